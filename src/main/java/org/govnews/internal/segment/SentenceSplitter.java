package org.govnews.internal.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/**
 * Sentence boundaries inside one paragraph, from ICU's sentence {@link BreakIterator}, with the
 * fix-up ICU needs for Chinese: an opening quote or bracket after {@code 。} belongs to the next
 * sentence, not the previous one. Each thread keeps its own iterator (ICU's are not thread-safe,
 * and cloning one per paragraph cost more than the breaking), so one splitter serves every thread.
 */
public final class SentenceSplitter {

  private static final ThreadLocal<BreakIterator> ITERATOR =
      ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ULocale.SIMPLIFIED_CHINESE));
  private static final String OPENING = "“‘(（《【〔[";

  private SentenceSplitter() {}

  private static boolean dotBetweenHan(String p, int e) {
    return e >= 2
        && e < p.length()
        && p.charAt(e - 1) == '.'
        && Character.isIdeographic(p.charAt(e - 2))
        && Character.isIdeographic(p.charAt(e));
  }

  /** Sentence end offsets of {@code paragraph}, each exclusive, the last one its length. */
  public static int[] ends(String paragraph) {
    return ends(paragraph, Integer.MAX_VALUE);
  }

  /** The end of the first sentence of {@code paragraph}: ICU breaks no further. */
  public static int firstEnd(String paragraph) {
    return ends(paragraph, 1)[0];
  }

  /** The first {@code limit} ends as {@link #ends(String)} finds them, then its length. */
  private static int[] ends(String paragraph, int limit) {
    BreakIterator it = ITERATOR.get();
    it.setText(paragraph);
    int[] ends = new int[8];
    int count = 0;
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      int e = end;
      while (e > 0 && OPENING.indexOf(paragraph.charAt(e - 1)) >= 0 && e < paragraph.length()) {
        e--;
      }
      if (dotBetweenHan(paragraph, e)) {
        continue; // 「美食.文化产业推动」: a dot between Chinese characters parts words, ends nothing
      }
      int prev = count == 0 ? 0 : ends[count - 1];
      if (e > prev) {
        if (count + 1 >= ends.length) {
          ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[count++] = e;
        if (count == limit) {
          break;
        }
      }
    }
    if (count == 0 || ends[count - 1] != paragraph.length()) {
      ends[count++] = paragraph.length();
    }
    it.setText(""); // the thread's iterator must not keep the paragraph alive
    return Arrays.copyOf(ends, count);
  }
}
