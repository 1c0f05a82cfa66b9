package org.govnews.internal.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govnews.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads date expressions ({@code 2月20日}, {@code 28日}, {@code 25日至26日}, {@code 今天(3月25日)}, {@code
 * 今日}) and resolves what they leave out against what the article knows: the byline's date, then the
 * page metadata or the caller's reference date. A year is given only when one of those states it; a
 * year in the body never dates the article. Immutable.
 *
 * @param year the known year, 0 when none
 * @param month the known month, 0 when none
 * @param day the known day (for 今日), 0 when none
 */
record DateContext(int year, int month, int day) {

  /** A date expression and where it stands in its string. */
  record Found(Optional<PartialDate> date, int start, int end) {}

  static final Pattern DATE =
      Pattern.compile(
          // 本月22日, 今(14)日 and 昨(2)日 (Macau and Xinhua) are days of a month the text does not name
          // 民国110年 is Taiwan's era (Minguo) year: 1911 + 110
          "(?:(\\d{4})年|民国(\\d{2,3})年)?(?:(\\d{1,2})月|本月|[今昨]\\()?(\\d{1,2})(?:日?(?:至|—|–|-|~)(?:\\d{1,2}月)?\\d{1,2})?\\)?日"
              + "|(今天|今日|昨天|昨日|明天|本月)(?:\\(([\\d一二三四五六七八九十]{1,3})月([\\d一二三四五六七八九十]{1,3})日\\))?"
              + "|(近日|日前|近期|目前)"
              + "|([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
              // 苗栗县政府十三日召开…: a day in numerals alone, as Taiwan's papers write it, where an
              // event follows (not 三日内, 十日之后)
              + "|(?<![一二三四五六七八九十百千万〇零\\d月])([一二三四五六七八九十]{1,3})日"
              + "(?=上午|下午|晚间|晚上|早上|凌晨|全天|召开|举行|举办|在|于|出席|主持|起)");

  static DateContext of(int year, int month, int day, Optional<LocalDate> fallback) {
    if (month > 0 && day > 0 && year == 0 && fallback.isPresent()) {
      return new DateContext(fallback.get().getYear(), month, day);
    }
    if (month > 0) {
      return new DateContext(year, month, day);
    }
    return fallback
        .map(d -> new DateContext(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
        .orElse(new DateContext(0, 0, 0));
  }

  /** The chars a date expression can start with. */
  private static final FirstChars STARTS = new FirstChars(DATE);

  /** The first date expression in {@code s[from, to)}, or null. */
  @Nullable Found first(String s, int from, int to) {
    Matcher m = null;
    for (int k = from; (m = next(m, s, k, to)) != null; k = m.end()) {
      Found f = resolve(m);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** The last date expression in {@code s[from, to)}, or null. */
  @Nullable Found last(String s, int from, int to) {
    Found found = null;
    Matcher m = null;
    for (int k = from; (m = next(m, s, k, to)) != null; k = m.end()) {
      Found f = resolve(m);
      if (f != null) {
        found = f;
      }
    }
    return found;
  }

  /**
   * {@code find()} of {@link #DATE} in {@code s[from, to)} with transparent bounds (十三日|召开: the
   * event after the region), the matcher on the match, or null: the same match, for the pattern is
   * tried only where its first char stands (most positions, and most sentences, hold none) and
   * holds no anchor, so that a match tried at {@code k} in the region {@code [k, to)} is the match
   * {@code find()} tries at {@code k}. The matcher is made at the first such position.
   */
  private static @Nullable Matcher next(@Nullable Matcher m, String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!STARTS.mayStart(s.charAt(k))) {
        continue;
      }
      if (m == null) {
        m = DATE.matcher(s).useTransparentBounds(true);
      }
      if (m.region(k, to).lookingAt()) {
        return m;
      }
    }
    return null;
  }

  private @Nullable Found resolve(Matcher m) {
    if (m.group(4) != null) {
      int d = Integer.parseInt(m.group(4));
      int mo = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int y =
          m.group(1) != null
              ? Integer.parseInt(m.group(1))
              : m.group(2) != null ? 1911 + Integer.parseInt(m.group(2)) : 0;
      if (d < 1 || d > 31 || mo > 12) {
        return null;
      }
      return new Found(Optional.of(date(y, mo, d)), m.start(), m.end());
    }
    if (m.group(5) != null) {
      String w = m.group(5);
      if (m.group(6) != null) {
        int mo = ChineseNumber.parse(m.group(6)).orElse(0);
        int d = ChineseNumber.parse(m.group(7)).orElse(0);
        if (mo < 1 || mo > 12 || d < 1 || d > 31) {
          return null;
        }
        return new Found(Optional.of(date(0, mo, d)), m.start(), m.end());
      }
      if ((w.equals("今天") || w.equals("今日")) && day > 0 && month > 0) {
        return new Found(Optional.of(date(year, month, day)), m.start(), m.end());
      }
      return new Found(Optional.empty(), m.start(), m.end());
    }
    if (m.group(9) != null) {
      // 五月二十一日, as Hong Kong releases write it
      int mo = ChineseNumber.parse(m.group(9)).orElse(0);
      int d = ChineseNumber.parse(m.group(10)).orElse(0);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) {
        return null;
      }
      return new Found(Optional.of(date(0, mo, d)), m.start(), m.end());
    }
    if (m.group(11) != null) {
      int d = ChineseNumber.parse(m.group(11)).orElse(0);
      return d < 1 || d > 31 ? null : new Found(Optional.of(date(0, 0, d)), m.start(), m.end());
    }
    return new Found(Optional.empty(), m.start(), m.end());
  }

  /** A date with what the text leaves out taken from the context. */
  PartialDate date(int y, int mo, int d) {
    if (mo == 0) {
      if (month == 0) {
        return new PartialDate(OptionalInt.empty(), OptionalInt.empty(), d);
      }
      mo = month;
    }
    if (y == 0 && year != 0) {
      y = year;
      // an article of early January about late December: the year before
      if (month > 0 && mo - month >= 6) {
        y--;
      }
    }
    try {
      if (y != 0) {
        LocalDate.of(y, mo, d);
      }
    } catch (java.time.DateTimeException e) {
      y = 0;
    }
    return new PartialDate(y == 0 ? OptionalInt.empty() : OptionalInt.of(y), OptionalInt.of(mo), d);
  }
}
