package org.govnews.internal.lexicon;

import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A set of words looked up by position without building strings: the longest word that starts (or,
 * built reversed, ends) at an index. Children are kept in sorted arrays and found by binary search,
 * so a lookup allocates nothing. Immutable after construction.
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

  private WordTrie(boolean reversed) {
    this.reversed = reversed;
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
    return t;
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
    return t;
  }

  /** Length of the longest word starting at {@code i}, at most {@code max}; 0 when none. */
  int longestAt(CharSequence s, int i, int max) {
    if (reversed) {
      throw new IllegalStateException("a backward trie");
    }
    Node n = root;
    int best = 0;
    int limit = max >= s.length() - i ? s.length() : i + max;
    for (int k = i; k < limit; k++) {
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
  int longestAt(CharSequence s, int i) {
    return longestAt(s, i, Integer.MAX_VALUE);
  }

  /** Length of the longest word ending at {@code end} (exclusive); 0 when none. */
  int longestEndingAt(CharSequence s, int end) {
    if (!reversed) {
      throw new IllegalStateException("a forward trie");
    }
    Node n = root;
    int best = 0;
    for (int k = end - 1; k >= 0; k--) {
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

  /**
   * Every length of a word starting at {@code i}, longest first, into {@code out}; returns the
   * count.
   */
  int lengthsAt(CharSequence s, int i, int[] out) {
    Node n = root;
    int count = 0;
    int[] tmp = new int[out.length];
    for (int k = i; k < s.length() && count < out.length; k++) {
      n = n.child(s.charAt(k));
      if (n == null) {
        break;
      }
      if (n.word) {
        tmp[count++] = k - i + 1;
      }
    }
    for (int j = 0; j < count; j++) {
      out[j] = tmp[count - 1 - j];
    }
    return count;
  }
}
