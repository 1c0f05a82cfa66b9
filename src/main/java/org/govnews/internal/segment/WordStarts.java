package org.govnews.internal.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Whether a dictionary word of two or more Chinese characters starts at a position, by ICU's word
 * {@link BreakIterator} (its dictionary knows common words, not names: 陈国基分享 breaks as 陈|国|基|分享).
 * Extraction asks this where a name's end cannot be told from its word lists: a name whose next
 * characters form a known word ends there. Each thread keeps its own iterator.
 */
public final class WordStarts {

  private static final ThreadLocal<BreakIterator> ITERATOR =
      ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE));

  /** Context either side of the position that the dictionary sees. */
  private static final int CONTEXT = 8;

  private WordStarts() {}

  /**
   * Whether a word may end at {@code at}: false where the dictionary joins the characters on both
   * sides into one word (全省工|作会议: 工作 is a word, so no name ends after 工).
   */
  public static boolean boundaryAt(String s, int at) {
    return at <= 0 || at >= s.length() || wordLengthAt(s, at) > 0;
  }

  /** Whether a word of at least two Chinese characters starts at {@code at} in {@code s}. */
  public static boolean multiCharWordAt(String s, int at) {
    return at > 0
        && at + 1 < s.length()
        && Character.isIdeographic(s.charAt(at))
        && Character.isIdeographic(s.charAt(at + 1))
        && wordLengthAt(s, at) >= 2;
  }

  /**
   * The length of the word ICU starts at {@code at} (0 &lt; at &lt; length), 0 if none starts
   * there.
   */
  private static int wordLengthAt(String s, int at) {
    int from = Math.max(0, at - CONTEXT);
    BreakIterator it = ITERATOR.get();
    it.setText(s.substring(from, Math.min(s.length(), at + CONTEXT)));
    int k = at - from;
    int length = it.isBoundary(k) ? it.following(k) - k : 0;
    it.setText(""); // the thread's iterator must not keep the text alive
    return length;
  }
}
