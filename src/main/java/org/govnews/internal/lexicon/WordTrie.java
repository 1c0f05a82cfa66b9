package org.govnews.internal.lexicon;

import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A set of words looked up by position without building strings: the longest word that starts (or,
 * built reversed, ends) at an index. Children are kept in sorted arrays and found by binary search,
 * so a lookup allocates nothing; the root's children are also indexed by char, because most lookups
 * (one at every position of a text) end at the root. Immutable after construction.
 */
final class WordTrie {
  private static final class Node {
    char[] keys = new char[0];
    Node[] children = new Node[0];

    /** The word's position in the words the trie was built from; -1 where no word ends. */
    int id = -1;

    /** The length of the words that end here. */
    int depth;

    @Nullable Node child(char c) {
      int k = Arrays.binarySearch(keys, c);
      return k >= 0 ? children[k] : null;
    }

    Node add(char c) {
      int k = Arrays.binarySearch(keys, c);
      if (k >= 0) {
        return children[k];
      }
      int at = -k - 1;
      char[] nk = new char[keys.length + 1];
      Node[] nc = new Node[keys.length + 1];
      System.arraycopy(keys, 0, nk, 0, at);
      System.arraycopy(children, 0, nc, 0, at);
      nk[at] = c;
      nc[at] = new Node();
      nc[at].depth = depth + 1;
      System.arraycopy(keys, at, nk, at + 1, keys.length - at);
      System.arraycopy(children, at, nc, at + 1, keys.length - at);
      keys = nk;
      children = nc;
      return nc[at];
    }
  }

  private final Node root = new Node();
  private final boolean reversed;
  private @Nullable Node[] first = new Node[0];

  private WordTrie(boolean reversed) {
    this.reversed = reversed;
  }

  /** Indexes the root's children by char once the words are in. */
  private WordTrie seal() {
    if (root.keys.length > 0) {
      first = new Node[root.keys[root.keys.length - 1] + 1];
      for (int k = 0; k < root.keys.length; k++) {
        first[root.keys[k]] = root.children[k];
      }
    }
    return this;
  }

  private @Nullable Node start(char c) {
    return c < first.length ? first[c] : null;
  }

  /**
   * A trie for "the longest word starting at i"; each word's id is its position in the iteration
   * order of {@code words}.
   */
  static WordTrie forward(Collection<String> words) {
    return build(words, false);
  }

  /** A trie for "the longest word ending at end". */
  static WordTrie backward(Collection<String> words) {
    return build(words, true);
  }

  private static WordTrie build(Collection<String> words, boolean reversed) {
    WordTrie t = new WordTrie(reversed);
    int id = 0;
    for (String w : words) {
      Node n = t.root;
      for (int i = 0; i < w.length(); i++) {
        n = n.add(w.charAt(reversed ? w.length() - 1 - i : i));
      }
      if (!w.isEmpty()) {
        n.id = id;
      }
      id++;
    }
    return t.seal();
  }

  /** Length of the longest word starting at {@code i}, at most {@code max}; 0 when none. */
  int longestAt(String s, int i, int max) {
    Node n = longestNodeAt(s, i, max);
    return n == null ? 0 : n.depth;
  }

  /** The id of the longest word starting at {@code i}, at most {@code max} long; -1 when none. */
  int longestIdAt(String s, int i, int max) {
    Node n = longestNodeAt(s, i, max);
    return n == null ? -1 : n.id;
  }

  /** The node of the longest word starting at {@code i}, at most {@code max} long, or null. */
  private @Nullable Node longestNodeAt(String s, int i, int max) {
    if (reversed) {
      throw new IllegalStateException("a backward trie");
    }
    int limit = max >= s.length() - i ? s.length() : i + max;
    if (i >= limit) {
      return null;
    }
    Node n = start(s.charAt(i));
    Node best = null;
    for (int k = i + 1; n != null; k++) {
      if (n.id >= 0) {
        best = n;
      }
      if (k >= limit) {
        break;
      }
      n = n.child(s.charAt(k));
    }
    return best;
  }

  /** Length of the longest word starting at {@code i}; 0 when none. */
  int longestAt(String s, int i) {
    return longestAt(s, i, Integer.MAX_VALUE);
  }

  /** Length of the longest word ending at {@code end} (exclusive); 0 when none. */
  int longestEndingAt(String s, int end) {
    if (!reversed) {
      throw new IllegalStateException("a forward trie");
    }
    if (end <= 0) {
      return 0;
    }
    Node n = start(s.charAt(end - 1));
    if (n == null) {
      return 0;
    }
    int best = n.id >= 0 ? 1 : 0;
    for (int k = end - 2; k >= 0; k--) {
      n = n.child(s.charAt(k));
      if (n == null) {
        break;
      }
      if (n.id >= 0) {
        best = end - k;
      }
    }
    return best;
  }
}
