package org.govnews.internal.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A few words looked for together in one pass over a range: each position's char is tested against
 * the words' first chars, and only a word with that first char is compared there. Looking for each
 * word in turn walked the range once a word (ten times for the presentations), which cost more than
 * the patterns these tests spare. Whether a word stands in the range is the same either way. The
 * words may come in groups (up to 32), and one pass tells which groups have a word in the range.
 * Immutable.
 */
final class WordSet {
  private static final int MASK = 0xFF;

  /** The words by first char: {@code byFirst[c & MASK]} holds every word whose first char is c. */
  private final String[][] byFirst;

  /** The group bit of each word of {@link #byFirst}. */
  private final int[][] bitOf;

  /** Bits of the first chars, hashed as {@code c & MASK}: a clear bit, no word starts there. */
  private final long[] firsts = new long[(MASK + 1) / 64];

  /** The bits of all groups. */
  private final int all;

  /** One group of words. */
  WordSet(String... words) {
    this(new String[][] {words});
  }

  /** Groups of words: group {@code g} has bit {@code 1 << g} in {@link #groupsIn}. */
  WordSet(String[][] groups) {
    if (groups.length > 32) {
      throw new IllegalArgumentException("more than 32 groups");
    }
    List<List<String>> words = new ArrayList<>();
    List<List<Integer>> bits = new ArrayList<>();
    for (int k = 0; k <= MASK; k++) {
      words.add(new ArrayList<>());
      bits.add(new ArrayList<>());
    }
    int a = 0;
    for (int g = 0; g < groups.length; g++) {
      a |= 1 << g;
      for (String w : groups[g]) {
        if (w.isEmpty()) {
          throw new IllegalArgumentException("an empty word");
        }
        int h = w.charAt(0) & MASK;
        words.get(h).add(w);
        bits.get(h).add(1 << g);
        firsts[h >>> 6] |= 1L << h;
      }
    }
    all = a;
    byFirst = new String[MASK + 1][];
    bitOf = new int[MASK + 1][];
    for (int k = 0; k <= MASK; k++) {
      byFirst[k] = words.get(k).toArray(new String[0]);
      bitOf[k] = bits.get(k).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Whether one of the words stands whole inside {@code t[from, to)}. */
  boolean holdsIn(String t, int from, int to) {
    return groupsIn(t, from, to, 1) != 0;
  }

  /** The bits of the groups that have a word standing whole inside {@code t[from, to)}. */
  int groupsIn(String t, int from, int to) {
    return groupsIn(t, from, to, all);
  }

  /** {@link #groupsIn}, done once the groups of {@code enough} are found. */
  private int groupsIn(String t, int from, int to, int enough) {
    int found = 0;
    int end = Math.min(to, t.length());
    for (int k = Math.max(0, from); k < end; k++) {
      int h = t.charAt(k) & MASK;
      if ((firsts[h >>> 6] & (1L << h)) == 0) {
        continue;
      }
      String[] ws = byFirst[h];
      for (int i = 0; i < ws.length; i++) {
        String w = ws[i];
        if ((found & bitOf[h][i]) == 0 && k + w.length() <= end && t.startsWith(w, k)) {
          found |= bitOf[h][i];
          if ((found & enough) == enough) {
            return found;
          }
        }
      }
    }
    return found;
  }
}
