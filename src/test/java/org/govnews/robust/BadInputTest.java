package org.govnews.robust;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.govnews.GovNewsException;
import org.govnews.GovNewsException.Reason;
import org.govnews.GovNewsParser;
import org.govnews.ParseOptions;
import org.govnews.model.Diagnostic;
import org.govnews.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each kind of bad input gets its documented outcome (README, "Limits and errors"): blank input a
 * document with no articles; binary or undecodable input {@code GovNewsException} NOT_TEXT; input
 * over the size limit TOO_LARGE; an unreadable file or stream UNREADABLE; malformed bytes in
 * otherwise good text U+FFFD and a diagnostic; null arguments a NullPointerException naming the
 * parameter.
 */
class BadInputTest {

  private static final GovNewsParser PARSER = Robust.PARSER;
  private static final String PROSE = "省委书记张三主持召开省委常委会会议，传达学习中央精神，研究部署全省工作。";

  // ---- empty and blank: a document with no articles -------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\n\n\n",
        " \t\r\n\f\u000B ",
        "\u3000\u3000",
        "\u200B\u200D\uFEFF\u2060",
        "\u00A0\u2028\u2029",
        "<html><head><title></title></head><body></body></html>",
        "<p> </p><div>\n</div>",
        "<html><body><script>var x = '省委书记';</script><style>p{}</style></body></html>"
      })
  void blankTextGivesNoArticles(String blank) {
    Document d = PARSER.parse(blank, "blank");
    assertThat(d.articles()).as("articles of %s", escape(blank)).isEmpty();
    Robust.checkInvariants(d);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\r\n\r\n", "\t \n"})
  void blankBytesStreamAndFileGiveNoArticles(String blank, @TempDir Path dir) throws IOException {
    byte[] bytes = blank.getBytes(UTF_8);
    assertThat(PARSER.parse(bytes, "blank").articles()).isEmpty();
    assertThat(PARSER.parse(new ByteArrayInputStream(bytes), "blank").articles()).isEmpty();
    Path f = Files.write(dir.resolve("blank.txt"), bytes);
    assertThat(PARSER.parse(f).articles()).isEmpty();
  }

  @Test
  void byteOrderMarkAloneGivesNoArticles() {
    assertThat(PARSER.parse(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom").articles())
        .isEmpty();
    assertThat(PARSER.parse(new byte[] {(byte) 0xFF, (byte) 0xFE}, "bom").articles()).isEmpty();
    assertThat(PARSER.parse(new byte[] {(byte) 0xFE, (byte) 0xFF}, "bom").articles()).isEmpty();
  }

  // ---- not text: NOT_TEXT ----------------------------------------------------------------

  @Test
  void binaryIsNotText() {
    Random r = new Random(42);
    byte[] random = new byte[8192];
    r.nextBytes(random);
    assertNotText(random);

    byte[] png = new byte[2048];
    r.nextBytes(png);
    System.arraycopy(
        new byte[] {
          (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
        },
        0,
        png,
        0,
        16);
    assertNotText(png);

    byte[] zeros = new byte[1000];
    assertNotText(zeros);

    // a .html name does not make a binary file text
    byte[] elf = new byte[4096];
    r.nextBytes(elf);
    System.arraycopy(
        new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0, elf, 0, 16);
    assertThatThrownBy(() -> PARSER.parse(elf, "page.html"))
        .isInstanceOfSatisfying(
            GovNewsException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT));
  }

  @Test
  void textWithNulsIsNotText() {
    // UTF-16 without a byte-order mark: every other byte of ASCII is NUL
    assertNotText(
        "<html><body><p>This page is UTF-16 without a BOM.</p></body></html>".getBytes(UTF_16LE));
  }

  @Test
  void undecodableBytesAreNotText() {
    // a UTF-16 byte-order mark, then nothing but unpaired surrogates: all replacement characters
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(0xFF);
    b.write(0xFE);
    for (int i = 0; i < 200; i++) {
      b.write(0x00);
      b.write(0xDC);
    }
    assertNotText(b.toByteArray());

    // a UTF-8 byte-order mark, then bytes that are no UTF-8 at all
    byte[] junk = new byte[400];
    junk[0] = (byte) 0xEF;
    junk[1] = (byte) 0xBB;
    junk[2] = (byte) 0xBF;
    for (int i = 3; i < junk.length; i++) {
      junk[i] = (byte) (0xF8 + i % 8);
    }
    assertNotText(junk);
  }

  @Test
  void notTextFromStreamAndFileToo(@TempDir Path dir) throws IOException {
    byte[] bin = new byte[3000];
    new Random(7).nextBytes(bin);
    bin[0] = 0;
    bin[1] = 0;
    assertThatThrownBy(() -> PARSER.parse(new ByteArrayInputStream(bin), "stream"))
        .isInstanceOfSatisfying(
            GovNewsException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT));
    Path f = Files.write(dir.resolve("binary.html"), bin);
    assertThatThrownBy(() -> PARSER.parse(f))
        .isInstanceOfSatisfying(
            GovNewsException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT));
  }

  private static void assertNotText(byte[] bytes) {
    assertThatThrownBy(() -> PARSER.parse(bytes, "binary"))
        .isInstanceOfSatisfying(
            GovNewsException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NOT_TEXT);
              assertThat(e.getMessage()).isNotBlank();
            });
  }

  // ---- over the size limit: TOO_LARGE ---------------------------------------------------

  @Test
  void overTheLimitIsTooLargeFromEveryEntryPoint(@TempDir Path dir) throws IOException {
    GovNewsParser small = GovNewsParser.create(ParseOptions.defaults().withMaxInputChars(100));
    String ok = "省".repeat(100);
    String over = "省".repeat(101);
    assertThat(small.parse(ok, "at-limit").articles()).hasSize(1);
    assertTooLarge(() -> small.parse(over, "over"));

    byte[] okBytes = "a".repeat(100).getBytes(UTF_8);
    byte[] overBytes = "a".repeat(101).getBytes(UTF_8);
    assertThat(small.parse(okBytes, "at-limit").articles()).hasSize(1);
    assertTooLarge(() -> small.parse(overBytes, "over"));
    assertThat(small.parse(new ByteArrayInputStream(okBytes), "at-limit").articles()).hasSize(1);
    assertTooLarge(() -> small.parse(new ByteArrayInputStream(overBytes), "over"));
    // a stream is read only up to the limit: an endless one fails too
    assertTooLarge(() -> small.parse(endless(), "endless"));
    Path f = Files.write(dir.resolve("big.txt"), overBytes);
    assertTooLarge(() -> small.parse(f));
    // 34 chars of Chinese are 102 UTF-8 bytes: byte input counts bytes
    assertTooLarge(() -> small.parse("省".repeat(34).getBytes(UTF_8), "bytes"));
  }

  @Test
  void theDefaultLimitIsSixteenMebichars() {
    assertThat(ParseOptions.defaults().maxInputChars()).isEqualTo(16 << 20);
    String over = "a".repeat((16 << 20) + 1);
    assertTooLarge(() -> PARSER.parse(over, "over"));
    assertTooLarge(() -> PARSER.parse(endless(), "endless"));
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> ParseOptions.defaults().withMaxInputChars(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParseOptions.defaults().withMaxInputChars(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static InputStream endless() {
    return new InputStream() {
      @Override
      public int read() {
        return 'a';
      }
    };
  }

  private static void assertTooLarge(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            GovNewsException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(e.getMessage()).isNotBlank();
            });
  }

  // ---- unreadable: UNREADABLE ------------------------------------------------------------

  @Test
  void missingFileAndFailingStreamAreUnreadable(@TempDir Path dir) {
    assertThatThrownBy(() -> PARSER.parse(dir.resolve("no-such-file.html")))
        .isInstanceOfSatisfying(
            GovNewsException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
    assertThatThrownBy(() -> PARSER.parse(dir))
        .isInstanceOfSatisfying(
            GovNewsException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    assertThatThrownBy(() -> PARSER.parse(failing, "stream"))
        .isInstanceOfSatisfying(
            GovNewsException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
              assertThat(e.getCause()).isInstanceOf(IOException.class);
            });
  }

  // ---- malformed and mixed encodings: replacement and a diagnostic -----------------------

  @Test
  void malformedUtf8IsReplacedWithADiagnostic() {
    String text = (PROSE + "\n").repeat(20);
    byte[] good = text.getBytes(UTF_8);
    byte[] bad = good.clone();
    bad[100] = (byte) 0xFF; // not a UTF-8 byte
    bad[400] = (byte) 0xC3; // a lead byte, then no continuation
    bad[401] = 'x';
    Document d = PARSER.parse(bad, "malformed");
    assertThat(d.encoding()).isEqualToIgnoringCase("UTF-8");
    assertThat(d.text()).contains("\uFFFD");
    assertThat(d.diagnostics()).extracting(Diagnostic::code).contains("MALFORMED_INPUT");
    assertThat(d.articles()).isNotEmpty();
    Robust.checkInvariants(d);
  }

  @Test
  void truncatedUtf8IsReplacedWithADiagnostic() {
    byte[] good = (PROSE + PROSE).getBytes(UTF_8);
    byte[] cut = java.util.Arrays.copyOf(good, good.length - 1); // ends inside 。
    Document d = PARSER.parse(cut, "truncated");
    assertThat(d.diagnostics()).extracting(Diagnostic::code).contains("MALFORMED_INPUT");
    assertThat(d.text()).startsWith(PROSE);
    Robust.checkInvariants(d);
  }

  @Test
  void mixedEncodingsAreDecodedWithReplacementAndADiagnostic() {
    // a UTF-8 page with one paragraph pasted in as GB18030
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] utf8 = (PROSE + "\n").getBytes(UTF_8);
    for (int i = 0; i < 10; i++) {
      b.writeBytes(utf8);
    }
    b.writeBytes(("会议强调，要坚决落实各项部署。\n").getBytes(Charset.forName("GB18030")));
    for (int i = 0; i < 10; i++) {
      b.writeBytes(utf8);
    }
    Document d = PARSER.parse(b.toByteArray(), "mixed");
    assertThat(d.encoding()).isEqualToIgnoringCase("UTF-8");
    assertThat(d.diagnostics()).extracting(Diagnostic::code).contains("MALFORMED_INPUT");
    assertThat(d.text()).contains(PROSE).contains("\uFFFD");
    Robust.checkInvariants(d);
  }

  @Test
  void declaredCharsetThatDoesNotFitGivesADiagnostic() {
    String page =
        "<html><head><meta charset=\"gb2312\"><title>标题</title></head><body><p>"
            + PROSE
            + "</p></body></html>";
    Document d = PARSER.parse(page.getBytes(UTF_8), "mismatch.html");
    assertThat(d.diagnostics()).extracting(Diagnostic::code).contains("CHARSET_MISMATCH");
    assertThat(d.text()).contains(PROSE);
  }

  @Test
  void loneSurrogatesInAStringAreKept() {
    String text = PROSE + "\uD800" + PROSE + "\uDC00\n" + PROSE;
    Document d = PARSER.parse(text, "surrogates");
    assertThat(d.text()).isEqualTo(text);
    Robust.checkInvariants(d);
  }

  // ---- null arguments: NullPointerException naming the parameter ------------------------

  @Test
  void nullArgumentsNameTheParameter() {
    assertNpe(() -> PARSER.parse((String) null, "s"), "text");
    assertNpe(() -> PARSER.parse("text", null), "source");
    assertNpe(() -> PARSER.parse((byte[]) null, "s"), "bytes");
    assertNpe(() -> PARSER.parse(new byte[0], null), "source");
    assertNpe(() -> PARSER.parse((Path) null), "file");
    assertNpe(() -> PARSER.parse((InputStream) null, "s"), "in");
    assertNpe(() -> PARSER.parse(new ByteArrayInputStream(new byte[0]), null), "source");
    assertNpe(() -> GovNewsParser.create(null), "options");
  }

  @Test
  void nullOptionsNameTheParameter() {
    ParseOptions o = ParseOptions.defaults();
    assertNpe(() -> new ParseOptions(null, java.util.Map.of(), 10), "referenceDate");
    assertNpe(() -> new ParseOptions(java.util.Optional.empty(), null, 10), "extraLexicon");
    assertNpe(
        () ->
            o.withExtraLexicon(
                ParseOptions.LexiconKind.SURNAMES, java.util.Arrays.asList("欧阳", null)),
        "lexicon entry");
  }

  @Test
  void nullOptionsOfTheWithersNameTheParameter() {
    ParseOptions o = ParseOptions.defaults();
    assertNpe(() -> o.withReferenceDate(null), "date");
    assertNpe(() -> o.withExtraLexicon(null, List.of("欧阳")), "kind");
    assertNpe(() -> o.withExtraLexicon(ParseOptions.LexiconKind.SURNAMES, null), "entries");
  }

  private static void assertNpe(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter) {
    assertThatThrownBy(call)
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining(parameter);
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .forEach(
            c ->
                sb.append(
                    c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return sb.toString();
  }
}
