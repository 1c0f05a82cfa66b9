package org.govnews.internal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govnews.internal.lexicon.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * Reads bylines (电头) at the start of a lead paragraph, reporter credits at the end of the last one,
 * and editor credits. Works on normalized text, where {@code （）：，} are ASCII. Thread-safe.
 */
final class BylineParser {

  /** A byline found at the start of a paragraph. */
  record Lead(
      int end,
      String raw,
      @Nullable String outlet,
      List<String> reporters,
      @Nullable String place,
      int year,
      int month,
      int day) {}

  private static final String DATE = "((?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日)";

  /** The role word that opens a reporter credit: 记者, 通讯员, 特约记者 …. */
  private static final String CREDIT_ROLE = "(?:特约|特派|见习)?(?:记者|通讯员|实习生)";

  /**
   * 本报讯(山西日报记者 杨文) / 本报讯 记者 张三 / 本报兰州讯(记者王 钊) (our own paper, from a place) / 本报讯 记者明绍庚报道 (a credit
   * ended by 报道, no bracket)
   */
  private static final Pattern BENBAO_XUN =
      Pattern.compile(
          "^本报(\\p{IsHan}{0,6}?)讯\\s*(?:\\(([^()]{0,60})\\)|("
              + CREDIT_ROLE
              + "[^()。:,]{1,40}?)(?:报道|\\s*:))?");

  /**
   * 新华社北京3月5日电(记者 张三 李四), 本报北京8月24日电(记者冯春梅), 新华社北京2012年2月29日电, 大众网·海报新闻济南2月11日讯记者 李兆辉 梁雯) (the
   * opening bracket lost)
   */
  private static final Pattern WIRE =
      Pattern.compile(
          "^([\\p{IsHan}A-Za-z/·]{2,24}?)\\s?"
              + DATE
              + "\\s?(?:电|讯)\\s*(?:\\(([^()]{0,60})\\)|((?:记者|通讯员)[^()。:]{1,60}?)\\))?\\s*[:]?");

  /** 央视网消息(新闻联播): / 日报消息(记者江宏坤) (a reporter credit needs no colon after it) */
  private static final Pattern NEWS =
      Pattern.compile(
          "^([\\p{IsHan}A-Za-z]{2,20}?)消息\\s*(?:(?:\\((?!"
              + CREDIT_ROLE
              + ")([^()]{1,20})\\))?\\s*[:]|\\(("
              + CREDIT_ROLE
              + "[^()]{1,40})\\)\\s*:?)");

  /** (澳门电台消息) */
  private static final Pattern NEWS_PAREN = Pattern.compile("^\\(([\\p{IsHan}A-Za-z]{2,20}?)消息\\)");

  /** 据新华社电, 据新华社北京1月5日电: a wire story carried by another paper (the outlet is known). */
  private static final Pattern CITED =
      Pattern.compile("^据(\\p{IsHan}{2,10}?)(?:\\p{IsHan}{0,6}?\\d{1,2}月\\d{1,2}日)?电\\s*[:,]?");

  /** 【橙讯】: a bracketed short name of a site's own news. */
  private static final Pattern BRACKET_XUN =
      Pattern.compile("^【(\\p{IsHan}{1,12}?)(?:快讯|专讯|讯)】\\s*");

  /** 中国江西网讯 记者A、实习生B报道:, 【识港网讯】 */
  private static final Pattern XUN =
      Pattern.compile(
          "^【?([\\p{IsHan}A-Za-z/·]{2,30}?)(?:快讯|讯)】?\\s*(?:\\(([^()]{0,60})\\)|((?:记者|通讯员|实习生|特约记者|见习记者)[^:。]{1,60}?)(?:报道)?\\s*[:,])?");

  /**
   * The Taiwan papers' byline, reporter then the place or manner of reporting after a slash:
   * 記者呂胤甫/綜合報導, 記者: 陳榮昌/縣府報導。, 〔記者…/台北報導〕, 【記者姚碩彥/台北】, 【亞太新聞網/特派記者張建奎/竹縣報導】
   */
  private static final Pattern SLASH_CREDIT =
      Pattern.compile(
          // 聯合報/記者X/台北報導, 墨新聞|記者X/台北報導
          "^[〔(【]?(?:(?<outlet>[\\p{IsHan}A-Za-z]{2,20}?)\\s*[/|｜]\\s*)?"
              + CREDIT_ROLE
              + "\\s*:?\\s*(?<names>[^/()。:【】]{2,30}?)\\s*/\\s*(?<place>\\p{IsHan}{0,6}?)"
              + "(?:报[导道][〕)】]?|】)\\s*[。:]?");

  /** 【記者鍾陽正桃園報導】: a reporter of three characters, the place glued to the name. */
  private static final Pattern GLUED_CREDIT =
      Pattern.compile(
          "^[【〔]" + CREDIT_ROLE + "\\s*(\\p{IsHan}{3})(\\p{IsHan}{2,6}?)报[导道][】〕]\\s*[。:]?");

  /**
   * a credit at the end of the last paragraph: (记者刘勇), (张巨峰), (何霆轩 雷翠云), (文/图 刘玺东 易赛楠), (记者蒋 波),
   * (来源:沧州日报 记者 屈鹏)
   */
  private static final Pattern TRAILING =
      Pattern.compile(
          "\\((?:(?:来源|稿源)[:：]\\s*(?<source>[\\p{IsHan}]{2,12})\\s+(?=记者|通讯员))?"
              + "(?:[文图](?:\\s*/\\s*[文图])?\\s*/?\\s*)?(?:本报|本网|本台)?(?:记者|通讯员|实习生)?\\s*[:：]?\\s*"
              + "(?<names>[\\p{IsHan}·]{1,4}(?:(?:\\s+|、)[\\p{IsHan}·]{1,4}){0,7})\\s*\\)$");

  /**
   * The same credit without brackets, labelled, ending the article's text or standing as its last
   * line: …出席会议。 全媒体记者:刘丽娟 王俊.
   */
  private static final Pattern LABELLED_TRAILING =
      Pattern.compile(
          "(?:^|(?<=[。!?\\s]))(?:全媒体|融媒体|本报|本网|本台)?(?:记者|通讯员)\\s*[:：]\\s*"
              + "(?<names>[\\p{IsHan}·]{2,4}(?:(?:\\s+|、)[\\p{IsHan}·]{2,4}){0,7})\\s*$");

  /** 罗德明 摄影报道 on a line of its own: a report told in photos, its photographer its reporter. */
  private static final Pattern PHOTO_REPORT =
      Pattern.compile(
          "^(?:本报|本台)?(?:记者)?\\s*(?<names>[\\p{IsHan}·]{2,4}(?:(?:\\s+|、)[\\p{IsHan}·]{2,4}){0,3})\\s*摄影报道\\s*$");

  private static final Pattern ROLE_WORDS =
      Pattern.compile("(?:本报|本台)?(?:特约|见习|摄影)?(?:记者|通讯员|实习生)|报道|摄影|供稿|整理|整合|综合|编辑");
  private static final Pattern EDITOR =
      Pattern.compile(
          "^\\(?\\s*(?:以上|本版|本组稿件|以上稿件)?由\\s*([\\p{IsHan}·、\\s]{2,20}?)\\s*(?:编辑整理|整理|编辑|辑)\\s*\\)?$");
  private static final Pattern EDITOR_LINE =
      Pattern.compile(
          "^[\\[【(]?\\s*(?:责任编辑|责编|编辑|本版编辑|网络编辑)\\s*[:：]\\s*([\\p{IsHan}·、\\s]{2,20})[\\]】)]?$");

  private final Lexicon lexicon;

  BylineParser(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The byline at the start of {@code p}, if there is one. */
  Optional<Lead> lead(String p) {
    Matcher m = start(BENBAO_XUN, p, "本报", 0, 0);
    if (m != null) {
      String credit = m.group(2) != null ? m.group(2) : m.group(3);
      List<String> reps = new ArrayList<>();
      String outlet = credit == null ? null : reporters(credit, reps);
      // 本报综合讯 names no place
      String place = lexicon.gazetteer().isPlace(m.group(1)) ? m.group(1) : null;
      return Optional.of(new Lead(skipColon(p, m.end()), m.group(), outlet, reps, place, 0, 0, 0));
    }
    m = start(NEWS_PAREN, p, "(", 0, 0);
    if (m != null) {
      return Optional.of(
          new Lead(skipColon(p, m.end()), m.group(), m.group(1), List.of(), null, 0, 0, 0));
    }
    m = start(NEWS, p, "消息", 2, 40);
    if (m != null) {
      String outlet = m.group(1) + (m.group(2) == null ? "" : "(" + m.group(2) + ")");
      List<String> reps = new ArrayList<>();
      if (m.group(3) != null) {
        reporters(m.group(3), reps);
      }
      return Optional.of(new Lead(m.end(), m.group(), outlet, reps, null, 0, 0, 0));
    }
    m = start(WIRE, p, "月", 3, 56);
    if (m != null) {
      String prefix = m.group(1);
      String outlet;
      String place;
      String known = lexicon.outletAt(prefix, 0);
      if (known != null && prefix.startsWith("·", known.length())) {
        known = null; // 大众网·海报新闻济南: the outlet goes on after the dot
      }
      if (prefix.startsWith("本报") || prefix.startsWith("本台")) {
        outlet = null;
        place = prefix.substring(2);
      } else if (known != null) {
        outlet = known;
        place = prefix.substring(known.length());
      } else {
        // 四川新闻网泸州4月26日讯: the dateline place ends the prefix
        outlet = prefix;
        place = "";
        for (int k = 2; k < prefix.length() - 1; k++) {
          var g = lexicon.gazetteer().matchAt(prefix, k);
          if (g != null && k + g.length() == prefix.length()) {
            outlet = prefix.substring(0, k);
            place = prefix.substring(k);
            break;
          }
        }
      }
      List<String> reps = new ArrayList<>();
      String credit = m.group(6) != null ? m.group(6) : m.group(7);
      if (credit != null) {
        String o = reporters(credit, reps);
        if (outlet == null) {
          outlet = o;
        }
      }
      int year = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int month = Integer.parseInt(m.group(4));
      int day = Integer.parseInt(m.group(5));
      if (month < 1 || month > 12 || day < 1 || day > 31) {
        year = 0; // 3月32日电: no date at all rather than a wrong one
        month = 0;
        day = 0;
      }
      return Optional.of(
          new Lead(
              skipColon(p, m.end()),
              m.group().strip(),
              outlet,
              reps,
              place.isEmpty() ? null : place,
              year,
              month,
              day));
    }
    m = start(CITED, p, "电", 3, 40);
    if (m != null && lexicon.outletAt(m.group(1), 0) != null) {
      String outlet = lexicon.outletAt(m.group(1), 0);
      return Optional.of(
          new Lead(skipColon(p, m.end()), m.group().strip(), outlet, List.of(), null, 0, 0, 0));
    }
    m = start(BRACKET_XUN, p, "讯】", 2, 16);
    if (m != null) {
      // 【橙讯】: one char names no outlet by itself; the site calls its news so
      String outlet = m.group(1).length() > 1 ? m.group(1) : m.group(1) + "讯";
      return Optional.of(new Lead(m.end(), m.group().strip(), outlet, List.of(), null, 0, 0, 0));
    }
    m = start(XUN, p, "讯", 2, 61);
    if (m != null
        && (m.group(2) != null
            || m.group(3) != null
            || lexicon.outletAt(p, 0) != null
            || m.group().startsWith("【")
            // 天津北方网讯:1月16日…: a site's own news, its colon after 讯
            || (m.group(1).endsWith("网") && m.end() < p.length() && p.charAt(m.end()) == ':'))) {
      List<String> reps = new ArrayList<>();
      String inner = m.group(2) != null ? m.group(2) : m.group(3);
      if (inner != null) {
        reporters(inner, reps);
      }
      return Optional.of(
          new Lead(skipColon(p, m.end()), m.group().strip(), m.group(1), reps, null, 0, 0, 0));
    }
    m = start(SLASH_CREDIT, p, "/", 3, 40);
    if (m != null) {
      return Optional.of(credited(p, m, m.group("outlet"), m.group("names"), m.group("place")));
    }
    m = start(GLUED_CREDIT, p, "报", 5, 16);
    if (m != null) {
      return Optional.of(credited(p, m, null, m.group(1), m.group(2)));
    }
    return Optional.empty();
  }

  /** A Taiwan paper's credit: the reporters, and the place they write from. */
  private Lead credited(String p, Matcher m, @Nullable String outlet, String names, String where) {
    List<String> reps = new ArrayList<>();
    reporters(names, reps);
    // …/台北報導 writes from a place; 綜合報導 (compiled) and 縣府報導 (from an office) do not
    String place = lexicon.gazetteer().isPlace(where) ? where : null;
    return new Lead(skipColon(p, m.end()), m.group(), outlet, reps, place, 0, 0, 0);
  }

  /**
   * The match of an anchored pattern at the start of {@code p}, or null. The pattern is tried only
   * when {@code literal}, which it needs, starts somewhere in {@code p[from, to]} (bounds that
   * count two chars for a Han character outside the BMP): most paragraphs fail that cheap test
   * before a Matcher is built. lookingAt, as find would try the pattern at every index.
   */
  private static @Nullable Matcher start(
      Pattern pattern, String p, String literal, int from, int to) {
    if (p.lastIndexOf(literal, to) < from) {
      return null;
    }
    Matcher m = pattern.matcher(p);
    return m.lookingAt() ? m : null;
  }

  private static int skipColon(String p, int i) {
    while (i < p.length() && (p.charAt(i) == ' ' || p.charAt(i) == ':' || p.charAt(i) == ',')) {
      i++;
    }
    return i;
  }

  /**
   * Fills {@code out} with the reporters of a credit such as {@code 山西日报记者 杨文} or {@code 记者A、实习生B};
   * returns the outlet named before the role word, or null.
   */
  @Nullable String reporters(String credit, List<String> out) {
    Matcher m = ROLE_WORDS.matcher(credit);
    String outlet = null;
    int from = 0;
    boolean any = false;
    List<String> parts = new ArrayList<>();
    while (m.find()) {
      if (!any && m.start() > 0) {
        String before = credit.substring(0, m.start()).strip();
        if (!before.isEmpty()) {
          outlet = before;
        }
      } else if (any) {
        parts.add(credit.substring(from, m.start()));
      }
      any = true;
      from = m.end();
    }
    parts.add(credit.substring(any ? from : 0));
    for (String part : parts) {
      String[] tokens = part.split("[\\s、,和及]+", 0);
      for (int k = 0; k < tokens.length; k++) {
        String name = tokens[k];
        // a two-character name padded by a layout space: 记者王 钊
        if (name.length() == 1 && k + 1 < tokens.length && tokens[k + 1].length() == 1) {
          name += tokens[++k];
        }
        if (looksLikeName(name)) {
          out.add(name);
        }
      }
    }
    return outlet;
  }

  /** 2–4 Han characters (or a dotted ethnic name) starting with a family name. */
  boolean looksLikeName(String s) {
    if (s.length() < 2) {
      return false;
    }
    if (s.indexOf('·') > 0) {
      return s.length() <= 16;
    }
    if (s.length() > 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isIdeographic(s.charAt(i))) {
        return false;
      }
    }
    return lexicon.surnameAt(s, 0) > 0 && !(s.length() == 4 && lexicon.surnameAt(s, 0) == 1);
  }

  /**
   * Whether {@code c} ends {@code s}, or stands before what ends it of line terminators (where
   * {@code $} also matches): a pattern that ends with {@code c$} cannot match otherwise, and most
   * paragraphs, which end with 。, are spared its search.
   */
  static boolean endsWith(String s, char c) {
    int e = s.length();
    for (int k = 0; k < 2 && e > 0 && LINE_ENDS.indexOf(s.charAt(e - 1)) >= 0; k++) {
      e--;
    }
    return e > 0 && s.charAt(e - 1) == c;
  }

  /** What {@code \\s} matches. */
  private static final String SPACES = " \t\n\u000B\f\r";

  /** What may follow the last line of input where {@code $} matches. */
  private static final String LINE_ENDS = "\n\r\u0085\u2028\u2029";

  /**
   * Whether {@code p} ends as a match of {@link #EDITOR} must: 辑 or 理 (编辑, 整理), then perhaps
   * spaces, a bracket and a line end. Every paragraph was searched for 由 from its end, and most
   * hold one somewhere, so the pattern ran on most of them.
   */
  private static boolean mayEndEditorCredit(String p) {
    int e = p.length();
    for (int k = 0; k < 2 && e > 0 && LINE_ENDS.indexOf(p.charAt(e - 1)) >= 0; k++) {
      e--;
    }
    if (e > 0 && p.charAt(e - 1) == ')') {
      e--;
    }
    while (e > 0 && SPACES.indexOf(p.charAt(e - 1)) >= 0) {
      e--;
    }
    return e > 0 && (p.charAt(e - 1) == '辑' || p.charAt(e - 1) == '理');
  }

  /**
   * Whether {@code p} opens as a match of {@link #EDITOR_LINE} must: perhaps a bracket and spaces,
   * then 责任编辑, 责编, 编辑, 本版编辑 or 网络编辑.
   */
  private static boolean mayOpenEditorLine(String p) {
    int i = 0;
    if (i < p.length() && "[【(".indexOf(p.charAt(i)) >= 0) {
      i++;
    }
    while (i < p.length() && SPACES.indexOf(p.charAt(i)) >= 0) {
      i++;
    }
    return i < p.length() && "责编本网".indexOf(p.charAt(i)) >= 0;
  }

  /** Reporters credited at the end of {@code p} and where the credit starts, or empty. */
  Optional<Lead> trailing(String p) {
    // the matchers only where the cheap tests leave a chance: most paragraphs end with 。
    Matcher m = endsWith(p, ')') ? TRAILING.matcher(p) : null;
    if (m == null || !m.find()) {
      if (p.strip().endsWith("摄影报道")) {
        m = PHOTO_REPORT.matcher(p);
      } else if (p.indexOf("记者") < 0 && p.indexOf("通讯员") < 0) {
        return Optional.empty();
      } else {
        m = LABELLED_TRAILING.matcher(p);
      }
      if (!m.find()) {
        return Optional.empty();
      }
    } else if (m.group().endsWith("摄)")) {
      return Optional.empty();
    }
    // names of two to four characters; a name split by a layout space (蒋 波) is joined; one sure
    // name vouches for a credit partner whose family name is not listed (郭颖 天乐)
    List<String> names = new ArrayList<>();
    boolean sure = false;
    String place = null;
    String[] tokens = m.group("names").split("[\\s、]+", 0);
    for (int k = 0; k < tokens.length; k++) {
      String n = tokens[k];
      if (ROLE_WORDS.matcher(n).matches()) {
        continue; // (记者 王心 通讯员 叁科)
      }
      if (k == 0 && tokens.length > 1 && isPlace(n)) {
        place = n; // (西王镇 周雷): where the reporter writes from
        continue;
      }
      if (n.length() == 1 && k + 1 < tokens.length && tokens[k + 1].length() <= 2) {
        n += tokens[++k];
      }
      if (n.length() < 2 || (n.length() > 4 && n.indexOf('·') < 0)) {
        return Optional.empty();
      }
      sure |= looksLikeName(n);
      names.add(n);
    }
    if (!sure) {
      return Optional.empty();
    }
    String source = m.pattern() == TRAILING ? m.group("source") : null;
    return Optional.of(new Lead(m.start(), m.group(), source, names, place, 0, 0, 0));
  }

  private boolean isPlace(String word) {
    return lexicon.gazetteer().isPlace(word)
        || (word.length() >= 3 && "镇乡村县区市".indexOf(word.charAt(word.length() - 1)) >= 0)
        || word.endsWith("街道");
  }

  /** Editors credited by a whole paragraph ((以上由徐方伟编辑整理), 责任编辑:龙慧), or empty. */
  Optional<List<String>> editors(String p) {
    Matcher m = mayEndEditorCredit(p) ? start(EDITOR, p, "由", 0, p.length()) : null;
    if (m == null) {
      m = mayOpenEditorLine(p) ? start(EDITOR_LINE, p, "编", 0, p.length()) : null;
      if (m == null) {
        return Optional.empty();
      }
    }
    List<String> names = new ArrayList<>();
    for (String n : m.group(1).split("[\\s、]+", 0)) {
      if (!n.isEmpty()) {
        names.add(n);
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }
}
