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
    boolean word;

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

  /** A trie for "the longest word starting at i". */
  static WordTrie forward(Collection<String> words) {
    WordTrie t = new WordTrie(false);
    for (String w : words) {
      Node n = t.root;
      for (int i = 0; i < w.length(); i++) {
        n = n.add(w.charAt(i));
      }
      n.word = !w.isEmpty();
    }
    return t.seal();
  }

  /** A trie for "the longest word ending at end". */
  static WordTrie backward(Collection<String> words) {
    WordTrie t = new WordTrie(true);
    for (String w : words) {
      Node n = t.root;
      for (int i = w.length() - 1; i >= 0; i--) {
        n = n.add(w.charAt(i));
      }
      n.word = !w.isEmpty();
    }
    return t.seal();
  }

  /** Length of the longest word starting at {@code i}, at most {@code max}; 0 when none. */
  int longestAt(String s, int i, int max) {
    if (reversed) {
      throw new IllegalStateException("a backward trie");
    }
    int limit = max >= s.length() - i ? s.length() : i + max;
    if (i >= limit) {
      return 0;
    }
    Node n = start(s.charAt(i));
    if (n == null) {
      return 0;
    }
    int best = n.word ? 1 : 0;
    for (int k = i + 1; k < limit; k++) {
      n = n.child(s.charAt(k));
      if (n == null) {
        break;
      }
      if (n.word) {
        best = k - i + 1;
      }
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
    int best = n.word ? 1 : 0;
    for (int k = end - 2; k >= 0; k--) {
      n = n.child(s.charAt(k));
      if (n == null) {
        break;
      }
      if (n.word) {
        best = end - k;
      }
    }
    return best;
  }
}
