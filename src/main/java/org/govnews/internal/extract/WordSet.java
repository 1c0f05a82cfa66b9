package org.govnews.internal.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A few words looked for together in one pass over a range: each position's char is tested against
 * the words' first chars, and only a word with that first char is compared there. Looking for each
 * word in turn walked the range once a word (ten times for the presentations), which cost more than
 * the patterns these tests spare. Whether a word stands in the range is the same either way.
 * Immutable.
 */
final class WordSet {
  /** The words by first char: {@code byFirst[c & MASK]} holds every word whose first char is c. */
  private final String[][] byFirst;

  /** Bits of the first chars, hashed as {@code c & MASK}: a clear bit, no word starts there. */
  private final long[] firsts;

  private static final int MASK = 0xFF;

  WordSet(String... words) {
    List<List<String>> slots = new ArrayList<>();
    for (int k = 0; k <= MASK; k++) {
      slots.add(new ArrayList<>());
    }
    firsts = new long[(MASK + 1) / 64];
    for (String w : words) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("an empty word");
      }
      int h = w.charAt(0) & MASK;
      slots.get(h).add(w);
      firsts[h >>> 6] |= 1L << h;
    }
    byFirst = new String[MASK + 1][];
    for (int k = 0; k <= MASK; k++) {
      byFirst[k] = slots.get(k).toArray(new String[0]);
    }
  }

  /** Whether one of the words stands whole inside {@code t[from, to)}. */
  boolean holdsIn(String t, int from, int to) {
    int end = Math.min(to, t.length());
    for (int k = Math.max(0, from); k < end; k++) {
      int h = t.charAt(k) & MASK;
      if ((firsts[h >>> 6] & (1L << h)) == 0) {
        continue;
      }
      for (String w : byFirst[h]) {
        if (k + w.length() <= end && t.startsWith(w, k)) {
          return true;
        }
      }
    }
    return false;
  }
}
