package org.govnews.internal.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries inside one paragraph, from ICU's sentence {@link BreakIterator}, with the
 * fix-up ICU needs for Chinese: an opening quote or bracket after {@code 。} belongs to the next
 * sentence, not the previous one. The prototype iterator is cloned per call, so one splitter serves
 * every thread.
 */
public final class SentenceSplitter {

  private static final BreakIterator PROTOTYPE =
      BreakIterator.getSentenceInstance(ULocale.SIMPLIFIED_CHINESE);
  private static final String OPENING = "“‘(（《【〔[";

  private SentenceSplitter() {}

  /** Sentence end offsets of {@code paragraph}, each exclusive, the last one its length. */
  public static int[] ends(String paragraph) {
    BreakIterator it;
    synchronized (PROTOTYPE) {
      it = PROTOTYPE.clone();
    }
    it.setText(paragraph);
    List<Integer> ends = new ArrayList<>();
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      int e = end;
      while (e > 0 && OPENING.indexOf(paragraph.charAt(e - 1)) >= 0 && e < paragraph.length()) {
        e--;
      }
      int prev = ends.isEmpty() ? 0 : ends.get(ends.size() - 1);
      if (e > prev) {
        ends.add(e);
      }
    }
    if (ends.isEmpty() || ends.get(ends.size() - 1) != paragraph.length()) {
      ends.add(paragraph.length());
    }
    return ends.stream().mapToInt(Integer::intValue).toArray();
  }
}
