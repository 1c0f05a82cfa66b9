package org.govnews.internal.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govnews.internal.normalize.MappedText;

/**
 * Splits normalized text into paragraphs, one per non-blank line, and repairs the page layout: a
 * prose line that stops mid-sentence ({@code …压力依然很大,常态} / {@code 化防控任务…}) is joined to the next
 * line, and the label line of a form (主席 / 柯文哲) to its value. Headings, place-name lines and lines
 * ending a sentence are never joined. Stateless and thread-safe.
 */
public final class ParagraphSegmenter {

  /**
   * The day that opens a digest's item (9月7日 中共毕节市委召开…, 是日 …): the space after it parts no clauses.
   */
  private static final Pattern ITEM_DAY =
      Pattern.compile("(?:\\d{1,2}月)?\\d{1,2}(?:[~～至-]\\d{1,2})?日(?=\\s)|[是同]日(?=\\s)");

  /** Characters a finished paragraph may end with. */
  /**
   * What opens a story's first paragraph: a dateline (中评社香港5月14日电, 新华社北京3月5日电) or our paper's or a
   * site's own mark (本报讯, 【文汇网讯】). Such a line starts a paragraph, whatever the line before it (a
   * caption ending 图片来源:大公报).
   */
  private static final Pattern DATELINE =
      Pattern.compile("[\\p{IsHan}]{2,16}?[0-9]{1,2}月[0-9]{1,2}日电|【[^】]{1,14}讯】|本报讯");

  private static final String TERMINAL = "。!?！？;；:：…”’)）】》」』\"";

  /**
   * Labels of the fields of minutes and notices, in simplified script (the text is normalized
   * first): the headings of the Taipei City Government's published 市政会议 records and of the mainland
   * 会议纪要 template (GB/T 9704 公文格式 examples).
   */
  private static final Set<String> FIELD_LABELS =
      Set.of(
          "主席", "主持", "主持人", "出席", "出席人员", "列席", "列席人员", "请假", "缺席", "记录", "纪录", "记录人", "开会日期",
          "开会时间", "开会地点", "会议时间", "会议地点", "时间", "地点", "发文机关", "发文字号");

  /** The longest of {@link #FIELD_LABELS}. */
  private static final int MAX_LABEL = 5;

  private ParagraphSegmenter() {}

  /** The paragraphs of {@code text}, in order. */
  public static List<MappedText> segment(MappedText text) {
    List<MappedText> lines = lines(text);
    List<MappedText> out = new ArrayList<>(lines.size());
    // The lines of the paragraph being built are collected and joined once at the end: joining
    // each line onto the text so far copied it again and again, quadratic in a page of thousands
    // of lines that all end in 、 or , (issue 4, bounded work). What continues() needs of the
    // paragraph so far (its length, last character, whether it reads as prose) is kept as counts.
    List<MappedText> pending = new ArrayList<>();
    Shape shape = null;
    for (MappedText line : lines) {
      MappedText first = pending.size() == 1 ? pending.get(0) : null;
      if (first != null && isFieldLabel(first.text()) && !isFieldLabel(line.text())) {
        String f = first.text();
        pending.set(
            0,
            f.endsWith(":")
                ? MappedText.join(List.of(first, line))
                : MappedText.field(first, line));
        shape = Shape.of(pending.get(0).text());
      } else if (shape != null && continues(shape, line)) {
        pending.add(line);
        shape = shape.plus(line.text());
      } else {
        if (shape != null) {
          out.add(MappedText.join(pending));
        }
        pending = new ArrayList<>();
        pending.add(line);
        shape = Shape.of(line.text());
      }
    }
    if (shape != null) {
      out.add(MappedText.join(pending));
    }
    return out;
  }

  /**
   * What {@link #continues} reads of a paragraph being built: its length, its last character, its
   * clause marks and whether it holds a {@code 。}, summed over its lines.
   */
  private record Shape(
      int length, char last, int marks, boolean stop, boolean stack, boolean item) {
    static Shape of(String s) {
      boolean stop = s.indexOf('。') >= 0;
      int day = itemDayEnd(s);
      return new Shape(
          s.length(),
          s.charAt(s.length() - 1),
          countMarks(s),
          stop,
          !stop && spacedClauses(s, day),
          day >= 0);
    }

    Shape plus(String s) {
      Shape o = of(s);
      return new Shape(length + o.length, o.last, marks + o.marks, stop || o.stop, false, item);
    }

    /** Running text: clauses, a full stop, or a digest's item, which opens with its day. */
    boolean prose() {
      return marks >= 2 || stop || item;
    }
  }

  private static List<MappedText> lines(MappedText text) {
    String s = text.text();
    List<MappedText> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || isLineBreak(s.charAt(i))) {
        if (i > start) {
          MappedText line = text.strip(start, i);
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
    return c == '\n'
        || c == '\r'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u0085'
        || c == '\f'
        || c == '\u000B';
  }

  /**
   * Whether a line is only the label of a field of a meeting's minutes (会议纪录) or notice, set above
   * its value as Taipei's 市政会议 records and many 会议纪要 forms lay them out (主席 / 柯文哲, 出席 / A、B…).
   */
  private static boolean isFieldLabel(String s) {
    int n = s.length();
    if (n > MAX_LABEL + 1) {
      return false; // most lines: no hash of the whole line
    }
    return FIELD_LABELS.contains(n > 1 && s.charAt(n - 1) == ':' ? s.substring(0, n - 1) : s);
  }

  /**
   * Whether a paragraph is a field of minutes or a notice, its label then a colon or a space
   * (主席:柯文哲, 开会日期 2021-07-20): a record's line, never a heading.
   */
  public static boolean isField(String s) {
    int n = s.length();
    int k = 0;
    while (k < n && s.charAt(k) != ':' && s.charAt(k) != '：' && !MappedText.isBlank(s.charAt(k))) {
      k++;
    }
    int v = k;
    while (v < n && (s.charAt(v) == ':' || s.charAt(v) == '：' || MappedText.isBlank(s.charAt(v)))) {
      v++;
    }
    return k > 0 && v > k && v < n && FIELD_LABELS.contains(s.substring(0, k));
  }

  /** Whether {@code next} continues the sentence that the paragraph {@code a} broke off. */
  private static boolean continues(Shape a, MappedText next) {
    String b = next.text();
    char last = a.last();
    if (TERMINAL.indexOf(last) >= 0 || a.stack() || opensStory(b)) {
      return false;
    }
    if (b.length() < 8) {
      // …电视电话会 / 议在织金召开。: a short end of a sentence whose word the layout broke
      return b.length() >= 2
          && a.length() >= 30
          && a.prose()
          && b.indexOf('。') >= 0
          && Character.isIdeographic(last)
          && Character.isIdeographic(b.charAt(0))
          && !WordStarts.boundaryAt(last + b.substring(0, Math.min(3, b.length())), 1);
    }
    if (last == '、') {
      return a.length() >= 8; // a list never ends in 、: the next line goes on with it
    }
    if (!isProse(b) && b.length() < 30) {
      return false;
    }
    if (last == ',' || last == '，') {
      return a.length() >= 8;
    }
    return a.length() >= 30 && a.prose() && Character.isIdeographic(last);
  }

  /** Whether {@code b} opens with a {@link #DATELINE}; most lines have no 电, 讯 or 【 early on. */
  private static boolean opensStory(String b) {
    int end = Math.min(b.length(), 24);
    for (int i = 0; i < end; i++) {
      char c = b.charAt(i);
      if (c == '电' || c == '讯' || c == '【') {
        return DATELINE.matcher(b).lookingAt();
      }
    }
    return false;
  }

  /** A line with clause punctuation reads as running text, not as a heading. */
  static boolean isProse(String s) {
    return countMarks(s) >= 2 || s.indexOf('。') >= 0;
  }

  /**
   * The clause marks of {@code s}: {@code , ， 。}. Enumeration commas ({@code 、}) are not counted:
   * headlines list bodies with them (听取全国人大常委会、国务院、…党组工作汇报) as much as prose does.
   */
  private static int countMarks(String s) {
    int marks = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '。') {
        marks++;
      }
    }
    return marks;
  }

  /**
   * Where the {@link #ITEM_DAY} that opens {@code s} ends, -1 if none. Every match opens with an
   * ASCII digit, 是 or 同: most lines open otherwise and build no matcher.
   */
  private static int itemDayEnd(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    char c = s.charAt(0);
    if (!(c >= '0' && c <= '9') && c != '是' && c != '同') {
      return -1;
    }
    Matcher day = ITEM_DAY.matcher(s);
    return day.lookingAt() ? day.end() : -1;
  }

  /**
   * Whether a line is a headline stack set on one line, its clauses parted by spaces between
   * Chinese characters (中共中央政治局常务委员会召开会议 听取…汇报 习近平主持会议): such a line is complete, however long.
   */
  private static boolean spacedClauses(String s, int dayEnd) {
    for (int i = dayEnd >= 0 ? dayEnd + 1 : 1; i + 1 < s.length(); i++) {
      if (s.charAt(i) == ' '
          && Character.isIdeographic(s.charAt(i - 1))
          && Character.isIdeographic(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
