package org.govnews.robust;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.govnews.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs of the kinds issue 4 lists, each of which must finish, without a stack overflow,
 * running out of memory or an undocumented exception, and lose nothing. The time bound is a hang
 * detector, not a speed test: a linear parse of any of these takes a few seconds, a quadratic one
 * hours.
 */
class BoundedWorkTest {

  /** Generous: what a slow CI machine needs for a linear parse of a few MB, many times over. */
  private static final Duration HANG = Duration.ofSeconds(60);

  private static final String SENTENCE = "省委书记主持召开会议，强调要坚决落实各项部署。";

  private static Document parse(String input) {
    Document d = assertTimeoutPreemptively(HANG, () -> Robust.PARSER.parse(input, "hostile"));
    Robust.checkInvariants(d);
    return d;
  }

  private static Optional<Document> parse(byte[] input) {
    return assertTimeoutPreemptively(HANG, () -> Robust.parseCheckedBytes(input));
  }

  private static String repeatTo(String unit, int length) {
    StringBuilder sb = new StringBuilder(length + unit.length());
    while (sb.length() < length) {
      sb.append(unit);
    }
    sb.setLength(length);
    return sb.toString();
  }

  @Test
  void listCommasInARow() {
    parse("、".repeat(200_000));
    parse("会议强调" + "、".repeat(200_000) + "要坚决落实。");
  }

  @Test
  void fiftyThousandNamesInOneAttendeeList() {
    String[] surnames = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};
    String[] given = {"三", "四", "伟", "芳", "强", "军", "明", "华", "平", "刚", "涛", "洋"};
    Random r = new Random(1);
    StringBuilder sb = new StringBuilder("省领导");
    for (int i = 0; i < 50_000; i++) {
      if (i > 0) {
        sb.append('、');
      }
      sb.append(surnames[r.nextInt(surnames.length)])
          .append(given[r.nextInt(given.length)])
          .append(given[r.nextInt(given.length)]);
    }
    sb.append("出席会议。");
    Document d = parse(sb.toString());
    assertThat(d.articles()).hasSize(1);
  }

  @Test
  void fiftyThousandTitlesChained() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      if (i > 0) {
        sb.append('、');
      }
      sb.append(i % 3 == 0 ? "省委副书记" : i % 3 == 1 ? "省长" : "省政府党组书记");
    }
    sb.append("张三主持会议并讲话。");
    parse(sb.toString());
  }

  /**
   * Three million characters of running news text with its punctuation stripped: one sentence with
   * a meeting verb every few characters.
   */
  @Test
  void threeMillionCharactersOfNewsWithoutPunctuation() {
    parse(repeatTo("省委书记主持召开会议强调要坚决落实各项部署", 3_000_000));
  }

  @Test
  void threeMillionCharactersWithoutPunctuationOrVerbs() {
    Random r = new Random(3);
    StringBuilder sb = new StringBuilder(3_000_000);
    while (sb.length() < 3_000_000) {
      // CJK ideographs from the rarer half of the block: no verb or title words
      sb.append((char) (0x7000 + r.nextInt(0x2000)));
    }
    parse(sb.toString());
    parse(repeatTo("abcdefghij0123456789", 300_000));
  }

  @Test
  void hundredThousandNestedDivs() {
    String page =
        "<html><body>"
            + "<div>".repeat(100_000)
            + SENTENCE
            + "</div>".repeat(100_000)
            + "</body></html>";
    Document d = parse(page);
    assertThat(d.text()).contains(SENTENCE);
    // never closed, and elements jsoup nests in other ways
    parse("<html><body>" + "<div><span><b>".repeat(30_000) + SENTENCE);
    parse("<table><tr><td>".repeat(10_000) + SENTENCE);
    parse("<ul><li>".repeat(20_000) + SENTENCE);
  }

  @Test
  void oneTagWithHundredThousandAttributes() {
    StringBuilder sb = new StringBuilder("<html><body><div");
    for (int i = 0; i < 100_000; i++) {
      sb.append(" a").append(i).append("=\"x\"");
    }
    sb.append("><p>").append(SENTENCE).append("</p></div></body></html>");
    Document d = parse(sb.toString());
    assertThat(d.text()).contains(SENTENCE);
  }

  @Test
  void twoMegabyteScript() {
    String script = repeatTo("var a = '<div>省委书记，</div>'; // 。\n", 2 << 20);
    String page =
        "<html><head><script>"
            + script
            + "</script></head><body><p>"
            + SENTENCE
            + "</p><script>"
            + script
            + "</script></body></html>";
    Document d = parse(page);
    assertThat(d.text()).contains(SENTENCE).doesNotContain("var a");
    // an unclosed script runs to the end of the page
    parse("<html><body><p>" + SENTENCE + "</p><script>" + script);
  }

  @Test
  void loneSurrogatesNulRtlZeroWidthAndEmoji() {
    String[] parts = {
      "\uD800",
      "\uDC00",
      "\uDBFF\uDBFF",
      "\u0000",
      "\u202E",
      "\u202B",
      "\u2067",
      "\u200F",
      "\u200B",
      "\u200D",
      "\uFEFF",
      "\u2060",
      "\u00AD",
      "\uD83D\uDE00",
      "\uD83C\uDDE8\uD83C\uDDF3",
      "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
      "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
      "\u05E2\u05D1\u05E8\u05D9\u05EA",
      "省委书记",
      "张三",
      "主持",
      "会议",
      "，",
      "。",
      "、",
      "\n",
      "\uFFFD",
      "\uFFFF",
      "\uDB40\uDC01"
    };
    Random r = new Random(2);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 150_000) {
      sb.append(parts[r.nextInt(parts.length)]);
    }
    String text = sb.toString();
    Document d = parse(text);
    assertThat(d.text()).isEqualTo(text);
    // the same as UTF-8 bytes, lone surrogates written as CESU-8 (malformed in UTF-8)
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1)))) {
        b.write(0xED);
        b.write(0xA0 | ((c >> 6) & 0x1F));
        b.write(0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)) {
        b.writeBytes(text.substring(i, i + 2).getBytes(UTF_8));
        i++;
      } else {
        b.writeBytes(String.valueOf(c).getBytes(UTF_8));
      }
    }
    parse(b.toByteArray()); // a document, or NOT_TEXT for the NULs: both documented
    parse(("<html><body><p>" + text.replace("<", "") + "</p></body></html>"));
  }

  // ---- found while writing these tests -------------------------------------------------

  /** A meta source of a million spaces: its regex was quadratic (HtmlText.metaSource, fixed). */
  @Test
  void metaSourceOfAMillionSpaces() {
    String page =
        "<html><head><meta name=\"source\" content=\"人民网"
            + " ".repeat(1_000_000)
            + "日报\"></head><body><p>"
            + SENTENCE
            + "</p></body></html>";
    parse(page);
  }

  /**
   * A hundred thousand lines, each ending in 、 so that layout repair joins them all into one
   * paragraph: the join was quadratic (ParagraphSegmenter.segment, fixed).
   */
  @Test
  void hundredThousandLinesJoinedIntoOneParagraph() {
    Document d = parse(repeatTo("张三、李四、王五、赵六、\n", 1_200_000));
    assertThat(d.articles()).hasSize(1);
    assertThat(d.articles().get(0).paragraphs()).hasSize(1);
  }

  /** Running text, then a hundred thousand heading-like lines. */
  @Test
  void hundredThousandHeadingsAfterProse() {
    parse(SENTENCE + "\n" + repeatTo("小店区召开会议\n", 800_000));
  }

  /** Three thousand short articles (byline, body, heading), one after another. */
  @Test
  void manySmallArticles() {
    parse(repeatTo("本报讯(记者 张三)" + SENTENCE + "\n标题\n", 100_000));
  }
}
