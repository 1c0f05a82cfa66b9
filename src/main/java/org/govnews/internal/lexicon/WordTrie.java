package org.govnews.internal.lexicon;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A set of words looked up by position without building strings: the longest word that starts (or,
 * built reversed, ends) at an index. Each node keeps its children in a small open-addressing table
 * keyed by char, so a step down costs one probe or two, not a binary search (the walk that runs at
 * every position of every sentence spent most of its time there), and allocates nothing; the root's
 * children are also indexed by char, because most lookups end at the root. Immutable after
 * construction.
 */
final class WordTrie {
  /** The table of a node without children: one empty slot, so lookups need no length test. */
  private static final Node[] NO_CHILDREN = new Node[1];

  private static final class Node {
    final char key;

    /** The length of the words that end here. */
    final int depth;

    /** Children by {@link #slot}, linear probing; at most half full, its length a power of two. */
    Node[] table = NO_CHILDREN;

    int size;

    /** The word's position in the words the trie was built from; -1 where no word ends. */
    int id = -1;

    Node(char key, int depth) {
      this.key = key;
      this.depth = depth;
    }

    static int slot(char c, int mask) {
      int h = c * 0x9E3779B9;
      return (h ^ (h >>> 16)) & mask;
    }

    @Nullable Node child(char c) {
      Node[] t = table;
      int mask = t.length - 1;
      for (int k = slot(c, mask); ; k = (k + 1) & mask) {
        Node n = t[k];
        if (n == null || n.key == c) {
          return n;
        }
      }
    }

    Node add(char c) {
      Node n = child(c);
      if (n != null) {
        return n;
      }
      if (2 * (size + 1) > table.length) {
        Node[] old = table;
        table = new Node[old.length * 2];
        for (Node o : old) {
          if (o != null) {
            put(o);
          }
        }
      }
      n = new Node(c, depth + 1);
      put(n);
      size++;
      return n;
    }

    private void put(Node n) {
      int mask = table.length - 1;
      int k = slot(n.key, mask);
      while (table[k] != null) {
        k = (k + 1) & mask;
      }
      table[k] = n;
    }
  }

  private final Node root = new Node('\0', 0);
  private final boolean reversed;

  /**
   * Hashed bits of the first two chars (in walking order) of the words of two or more chars, and
   * the bits of the one-char words: 16 KB that tell most positions no word starts there without
   * touching the nodes, which lie all over the heap (the walks at every position of a text spent
   * most of their time waiting for them).
   */
  private final long[] pairs = new long[1 << 10];

  private final long[] singles = new long[1 << 10];
  private @Nullable Node[] first = new Node[0];

  private WordTrie(boolean reversed) {
    this.reversed = reversed;
  }

  /** Indexes the root's children by char once the words are in. */
  private WordTrie seal() {
    int max = -1;
    for (Node n : root.table) {
      if (n != null) {
        max = Math.max(max, n.key);
      }
    }
    first = new Node[max + 1];
    for (Node n : root.table) {
      if (n != null) {
        first[n.key] = n;
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
      if (w.length() == 1) {
        set(t.singles, w.charAt(0));
      } else if (w.length() > 1) {
        set(
            t.pairs,
            reversed
                ? pair(w.charAt(w.length() - 1), w.charAt(w.length() - 2))
                : pair(w.charAt(0), w.charAt(1)));
      }
      if (!w.isEmpty()) {
        n.id = id;
      }
      id++;
    }
    return t.seal();
  }

  private static int pair(char a, char b) {
    int h = (a * 31 + b) * 0x9E3779B9;
    return h >>> 16;
  }

  private static void set(long[] bits, int k) {
    bits[k >>> 6] |= 1L << k;
  }

  private static boolean get(long[] bits, int k) {
    return (bits[k >>> 6] & (1L << k)) != 0;
  }

  /**
   * Whether some word starts (in a backward trie: ends) with {@code c}: false, and no lookup at a
   * position holding {@code c} finds a word.
   */
  boolean hasFirst(char c) {
    return start(c) != null;
  }

  /** Whether a word may start with {@code a} then {@code b} (false: none does). */
  private boolean mayPair(char a, char b) {
    return get(pairs, pair(a, b));
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
    char c = s.charAt(i);
    if (i + 1 >= limit || !mayPair(c, s.charAt(i + 1))) {
      return get(singles, c) ? start(c) : null; // no longer word starts here
    }
    Node n = start(c);
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

  /** Whether {@code s[from, to)} is one of the words: a set lookup without the substring. */
  boolean holds(String s, int from, int to) {
    if (to - from < 2) {
      return to - from == 1 && get(singles, s.charAt(from));
    }
    int first = reversed ? to - 1 : from;
    int step = reversed ? -1 : 1;
    if (!mayPair(s.charAt(first), s.charAt(first + step))) {
      return false;
    }
    Node n = start(s.charAt(first));
    for (int k = 1; n != null && k < to - from; k++) {
      n = n.child(s.charAt(first + k * step));
    }
    return n != null && n.id >= 0;
  }

  /** Length of the longest word starting at {@code i}; 0 when none. */
  int longestAt(String s, int i) {
    return longestAt(s, i, Integer.MAX_VALUE);
  }

  /** Length of the longest word ending at {@code end} (exclusive); 0 when none. */
  int longestEndingAt(String s, int end) {
    return longestEndingAt(s, 0, end);
  }

  /** Length of the longest word that ends at {@code end} and starts at {@code from} or after. */
  int longestEndingAt(String s, int from, int end) {
    if (!reversed) {
      throw new IllegalStateException("a forward trie");
    }
    if (end <= from) {
      return 0;
    }
    char c = s.charAt(end - 1);
    if (end - from < 2 || !mayPair(c, s.charAt(end - 2))) {
      return get(singles, c) ? 1 : 0; // no longer word ends here
    }
    Node n = start(c);
    if (n == null) {
      return 0;
    }
    int best = n.id >= 0 ? 1 : 0;
    for (int k = end - 2; k >= from; k--) {
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
