package org.govnews.internal.segment;

import java.util.ArrayList;
import java.util.List;
import org.govnews.internal.normalize.MappedText;

/**
 * Splits normalized text into paragraphs, one per non-blank line, and repairs the page layout:
 * a prose line that stops mid-sentence ({@code …压力依然很大,常态} / {@code 化防控任务…}) is joined to
 * the next line. Headings, place-name lines and lines ending a sentence are never joined.
 * Stateless and thread-safe.
 */
public final class ParagraphSegmenter {

  /** Characters a finished paragraph may end with. */
  private static final String TERMINAL = "。!?！？;；:：…”’)）】》」』\"";

  private ParagraphSegmenter() {}

  /** The paragraphs of {@code text}, in order. */
  public static List<MappedText> segment(MappedText text) {
    List<MappedText> lines = lines(text);
    List<MappedText> out = new ArrayList<>(lines.size());
    MappedText pending = null;
    for (MappedText line : lines) {
      if (pending != null && continues(pending, line)) {
        pending = pending.concat(line);
      } else {
        if (pending != null) {
          out.add(pending);
        }
        pending = line;
      }
    }
    if (pending != null) {
      out.add(pending);
    }
    return out;
  }

  private static List<MappedText> lines(MappedText text) {
    String s = text.text();
    List<MappedText> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || isLineBreak(s.charAt(i))) {
        if (i > start) {
          MappedText line = text.slice(start, i).strip();
          if (line.length() > 0) {
            lines.add(line);
          }
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\f'
        || c == '\u000B';
  }

  /** Whether {@code next} continues the sentence {@code line} broke off. */
  static boolean continues(MappedText line, MappedText next) {
    String a = line.text();
    String b = next.text();
    char last = a.charAt(a.length() - 1);
    if (TERMINAL.indexOf(last) >= 0 || b.length() < 8) {
      return false;
    }
    if (!isProse(b) && b.length() < 30) {
      return false;
    }
    if (last == ',' || last == '，' || last == '、') {
      return a.length() >= 8;
    }
    return a.length() >= 30 && isProse(a) && Character.isIdeographic(last);
  }

  /** A line with clause punctuation reads as running text, not as a heading. */
  static boolean isProse(String s) {
    int marks = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '。' || c == '、') {
        marks++;
      }
    }
    return marks >= 2 || s.indexOf('。') >= 0;
  }
}
