package org.govnews.internal.extract;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers written in Chinese or Arabic numerals in short extracted spans: {@code 六十三} → 63, {@code
 * 一百零八} → 108, {@code 15} → 15. Chinese numerals go through ICU's {@link RuleBasedNumberFormat} (zh
 * spellout); {@code 零} and {@code ○} between digits become {@code 〇} first, the form ICU's rules
 * expect. Thread-safe: the formatter is cloned per parse, and its answers are kept in a concurrent
 * map.
 */
final class ChineseNumber {

  private static final RuleBasedNumberFormat PROTOTYPE =
      new RuleBasedNumberFormat(ULocale.SIMPLIFIED_CHINESE, RuleBasedNumberFormat.SPELLOUT);

  /**
   * ICU's answers by numeral: articles repeat the same few (十四, 二〇二四年), and each parse clones the
   * formatter and runs its rules, 2 % of the whole parse. Bounded: past this many numerals, new
   * ones are parsed and not kept.
   */
  private static final Map<String, OptionalInt> PARSED = new ConcurrentHashMap<>();

  private static final int MAX_PARSED = 4096;

  private ChineseNumber() {}

  /** The whole span as a non-negative integer, or empty. */
  static OptionalInt parse(String span) {
    String s = span.strip();
    if (s.isEmpty() || s.length() > 12) {
      return OptionalInt.empty();
    }
    boolean arabic = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        arabic = false;
        break;
      }
    }
    if (arabic) {
      return s.length() <= 9 ? OptionalInt.of(Integer.parseInt(s)) : OptionalInt.empty();
    }
    String t = s.replace('○', '〇').replace('O', '〇');
    if (t.indexOf('十') < 0 && t.indexOf('百') < 0 && t.indexOf('千') < 0 && t.indexOf('万') < 0) {
      t = t.replace('零', '〇'); // digit by digit: 二零二二
    }
    if (t.equals("十")) {
      return OptionalInt.of(10);
    }
    OptionalInt known = PARSED.get(t);
    if (known != null) {
      return known;
    }
    OptionalInt n = spellout(t);
    if (PARSED.size() < MAX_PARSED) {
      PARSED.put(t, n);
    }
    return n;
  }

  private static OptionalInt spellout(String t) {
    RuleBasedNumberFormat f;
    synchronized (PROTOTYPE) {
      f = PROTOTYPE.clone();
    }
    ParsePosition pos = new ParsePosition(0);
    Number n = f.parse(t, pos);
    if (n == null
        || pos.getIndex() != t.length()
        || n.doubleValue() < 0
        || n.doubleValue() != Math.floor(n.doubleValue())
        || n.doubleValue() > Integer.MAX_VALUE) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(n.intValue());
  }
}
