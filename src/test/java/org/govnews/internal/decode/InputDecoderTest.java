package org.govnews.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.govnews.GovNewsException;
import org.govnews.model.Diagnostic;
import org.junit.jupiter.api.Test;

/** Bytes to text: byte-order marks, declared and detected charsets, malformed and binary input. */
class InputDecoderTest {

  static final String PROSE =
      "省委常委会召开会议，传达学习中央经济工作会议精神，研究部署我省贯彻落实工作。"
          + "省委书记主持会议并讲话。会议强调，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，"
          + "加快构建新发展格局，着力推动高质量发展，更好统筹发展和安全，确保各项工作落地见效。"
          + "会议要求，各级党委和政府要切实扛起政治责任，抓好年终岁末各项工作，保障群众温暖过冬。";

  static final Charset GB18030 = Charset.forName("GB18030");

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static String codes(DecodedInput in) {
    return String.join(",", in.diagnostics().stream().map(Diagnostic::code).toList());
  }

  @Test
  void utf8ByteOrderMarkIsDroppedAndNamesTheCharset() {
    DecodedInput in =
        InputDecoder.decode(
            concat(bytes(0xEF, 0xBB, 0xBF), PROSE.getBytes(StandardCharsets.UTF_8)));
    assertThat(in.text()).isEqualTo(PROSE);
    assertThat(in.encoding()).isEqualTo("UTF-8");
    assertThat(in.diagnostics()).isEmpty();
  }

  @Test
  void utf16ByteOrderMarksPickTheByteOrder() {
    DecodedInput le =
        InputDecoder.decode(concat(bytes(0xFF, 0xFE), PROSE.getBytes(StandardCharsets.UTF_16LE)));
    DecodedInput be =
        InputDecoder.decode(concat(bytes(0xFE, 0xFF), PROSE.getBytes(StandardCharsets.UTF_16BE)));
    assertThat(le.text()).isEqualTo(PROSE);
    assertThat(le.encoding()).isEqualTo("UTF-16LE");
    assertThat(be.text()).isEqualTo(PROSE);
    assertThat(be.encoding()).isEqualTo("UTF-16BE");
  }

  @Test
  void aLoneByteIsNotMistakenForAByteOrderMark() {
    DecodedInput in = InputDecoder.decode(new byte[] {'a'});
    assertThat(in.text()).isEqualTo("a");
    assertThat(in.encoding()).isEqualTo("UTF-8");
  }

  @Test
  void validUtf8WithoutMarkIsUtf8() {
    DecodedInput in = InputDecoder.decode(PROSE.getBytes(StandardCharsets.UTF_8));
    assertThat(in.text()).isEqualTo(PROSE);
    assertThat(in.encoding()).isEqualTo("UTF-8");
  }

  @Test
  void undeclaredGbBytesAreDetectedAndReadAsGb18030() {
    String text = PROSE + "朱镕基";
    DecodedInput in = InputDecoder.decode(text.getBytes(GB18030));
    assertThat(in.encoding()).isEqualTo("GB18030");
    assertThat(in.text()).isEqualTo(text);
    assertThat(in.diagnostics()).isEmpty();
  }

  @Test
  void detectionSkipsAPrefixThatStartsInsideAUtf8Sequence() {
    byte[] utf8 = PROSE.getBytes(StandardCharsets.UTF_8);
    // a stream cut inside its first character: not valid UTF-8 from byte 0, UTF-8 after it
    byte[] cut = java.util.Arrays.copyOfRange(utf8, 1, utf8.length);
    DecodedInput in = InputDecoder.decode(cut);
    assertThat(in.encoding()).isEqualTo("UTF-8");
    assertThat(codes(in)).isEqualTo("MALFORMED_INPUT");
    assertThat(in.text()).endsWith(PROSE.substring(1));
  }

  @Test
  void aPageDeclaringGb2312IsReadAsGb18030() {
    String page =
        "<html><head><meta charset=\"gb2312\"><title>会议</title></head><body><p>"
            + PROSE
            + "朱镕基</p></body></html>";
    DecodedInput in = InputDecoder.decode(page.getBytes(GB18030));
    assertThat(in.encoding()).isEqualTo("GB18030");
    assertThat(in.text()).contains("朱镕基").contains("会议强调");
    assertThat(in.diagnostics()).isEmpty();
  }

  @Test
  void aPageDeclaringGbkWhoseBytesAreUtf8IsReadAsUtf8WithADiagnostic() {
    String page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"></head>"
            + "<body><p>"
            + PROSE
            + "</p></body></html>";
    DecodedInput in = InputDecoder.decode(page.getBytes(StandardCharsets.UTF_8));
    assertThat(in.encoding()).isEqualTo("UTF-8");
    assertThat(in.text()).contains("会议强调");
    assertThat(codes(in)).isEqualTo("CHARSET_MISMATCH");
    assertThat(in.diagnostics().get(0).message()).contains("GB18030").contains("UTF-8");
  }

  @Test
  void aPageDeclaringUtf8WhoseBytesAreGbIsDetectedWithADiagnostic() {
    String page = "<html><head><meta charset=utf-8></head><body><p>" + PROSE + "</p></body></html>";
    DecodedInput in = InputDecoder.decode(page.getBytes(GB18030));
    assertThat(in.encoding()).isEqualTo("GB18030");
    assertThat(in.text()).contains("会议强调");
    assertThat(codes(in)).isEqualTo("CHARSET_MISMATCH");
    assertThat(in.diagnostics().get(0).message()).contains("declares UTF-8");
  }

  @Test
  void anAsciiPageDeclaringLatin1KeepsItsDeclaration() {
    String page =
        "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Caf\u00e9 news</p></body></html>";
    DecodedInput in = InputDecoder.decode(page.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(in.encoding()).isEqualTo("ISO-8859-1");
    assertThat(in.text()).contains("Caf\u00e9 news");
  }

  @Test
  void aPageDeclaringBig5IsReadAsBig5Hkscs() {
    String trad = "行政長官會同行政會議今日舉行會議，討論施政報告。";
    String page = "<html><head><meta charset='big5'></head><body><p>" + trad + "</p></body></html>";
    DecodedInput in = InputDecoder.decode(page.getBytes(Charset.forName("Big5-HKSCS")));
    assertThat(in.encoding()).isEqualTo("Big5-HKSCS");
    assertThat(in.text()).contains(trad);
  }

  @Test
  void anUnknownDeclaredCharsetIsIgnored() {
    String page =
        "<html><head><meta charset=\"x-no-such-set\"></head><body><p>"
            + PROSE
            + "</p></body></html>";
    DecodedInput in = InputDecoder.decode(page.getBytes(StandardCharsets.UTF_8));
    assertThat(in.encoding()).isEqualTo("UTF-8");
    assertThat(in.diagnostics()).isEmpty();
  }

  @Test
  void aFewMalformedBytesBecomeReplacementCharactersWithADiagnostic() {
    byte[] b = concat(PROSE.getBytes(GB18030), bytes(0x81), "。".getBytes(GB18030));
    DecodedInput in = InputDecoder.decode(b);
    assertThat(in.text()).startsWith(PROSE);
    assertThat(in.text()).contains("\uFFFD");
    assertThat(codes(in)).isEqualTo("MALFORMED_INPUT");
    assertThat(in.diagnostics().get(0).message()).startsWith("1 malformed");
  }

  @Test
  void mostlyUndecodableBytesAreNotText() {
    byte[] b = new byte[400];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 2 == 0 ? 0xFF : 0x81);
    }
    assertThatThrownBy(() -> InputDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), b)))
        .isInstanceOf(GovNewsException.class)
        .hasMessageContaining("undecodable")
        .extracting(e -> ((GovNewsException) e).reason())
        .isEqualTo(GovNewsException.Reason.NOT_TEXT);
  }

  @Test
  void aShortRunOfBadBytesIsStillText() {
    DecodedInput in =
        InputDecoder.decode(
            concat(
                bytes(0xEF, 0xBB, 0xBF), bytes(0xFF, 0xFF), "ab".getBytes(StandardCharsets.UTF_8)));
    assertThat(in.text()).isEqualTo("\uFFFD\uFFFDab");
    assertThat(codes(in)).isEqualTo("MALFORMED_INPUT");
  }

  @Test
  void nulBytesMeanBinary() {
    byte[] b = concat("PK".getBytes(StandardCharsets.US_ASCII), new byte[40]);
    assertThatThrownBy(() -> InputDecoder.decode(b))
        .isInstanceOf(GovNewsException.class)
        .hasMessageContaining("NUL")
        .extracting(e -> ((GovNewsException) e).reason())
        .isEqualTo(GovNewsException.Reason.NOT_TEXT);
  }

  @Test
  void manyControlBytesMeanBinary() {
    byte[] b = new byte[50];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThatThrownBy(() -> InputDecoder.decode(b))
        .isInstanceOf(GovNewsException.class)
        .hasMessageContaining("control bytes");
  }

  @Test
  void lineBreaksTabsAndFormFeedsAreNotControlNoise() {
    String text = "会议\r\n\t强调\f要求\n";
    DecodedInput in = InputDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
    assertThat(in.text()).isEqualTo(text);
  }

  @Test
  void emptyInputIsEmptyText() {
    DecodedInput in = InputDecoder.decode(new byte[0]);
    assertThat(in.text()).isEmpty();
    assertThat(in.diagnostics()).isEmpty();
    assertThat(in.pageDate()).isEmpty();
    assertThat(in.pageSource()).isEmpty();
  }

  @Test
  void stringInputIsUtf16AndPlainTextStaysAsItIs() {
    DecodedInput in = InputDecoder.decode("会议强调，<要>坚持。");
    assertThat(in.encoding()).isEqualTo("UTF-16");
    assertThat(in.text()).isEqualTo("会议强调，<要>坚持。");
  }

  @Test
  void htmlIsRecognisedByItsOpeningOrItsBlockTags() {
    assertThat(InputDecoder.looksLikeHtml("  <!DOCTYPE html><html>")).isTrue();
    assertThat(InputDecoder.looksLikeHtml("<html lang=zh>")).isTrue();
    assertThat(InputDecoder.looksLikeHtml("<?xml version=\"1.0\"?><rss>")).isTrue();
    assertThat(InputDecoder.looksLikeHtml("<!-- saved page -->")).isTrue();
    assertThat(InputDecoder.looksLikeHtml("<span>会议</span>")).isTrue();
    assertThat(InputDecoder.looksLikeHtml("会议<p>强调")).isTrue();
    assertThat(InputDecoder.looksLikeHtml("会议<P class=x>强调")).isTrue();
    assertThat(InputDecoder.looksLikeHtml("会议<div>强调")).isTrue();
    assertThat(InputDecoder.looksLikeHtml("会议<br/>强调")).isTrue();
    assertThat(InputDecoder.looksLikeHtml("text <body> text")).isTrue();
    assertThat(InputDecoder.looksLikeHtml("<")).isFalse();
    assertThat(InputDecoder.looksLikeHtml("<1> 会议")).isFalse();
    assertThat(InputDecoder.looksLikeHtml("a < b and c > d")).isFalse();
    assertThat(InputDecoder.looksLikeHtml("")).isFalse();
  }

  @Test
  void gbAndBig5NamesWidenToTheirSupersets() {
    for (String n : new String[] {"gb2312", "GBK", "gb18030", "x-gbk", "CP936", "EUC-CN"}) {
      assertThat(InputDecoder.widen(n)).as(n).isEqualTo(GB18030);
    }
    assertThat(InputDecoder.widen("big5").name()).isEqualTo("Big5-HKSCS");
    assertThat(InputDecoder.widen("Big5-HKSCS").name()).isEqualTo("Big5-HKSCS");
    assertThat(InputDecoder.widen("utf-8")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(InputDecoder.widen("no-such-charset")).isNull();
  }
}
