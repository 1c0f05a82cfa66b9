package org.govnews.robust;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.govnews.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same article in another dress gives the same records, spans aside: re-encoded as GB18030,
 * UTF-16 with a byte-order mark, UTF-8 with a byte-order mark; with CRLF line ends; with fullwidth
 * digits and punctuation. Records are compared without their spans ({@link Robust#records}), since
 * offsets into the input change with the line ends and the BOM.
 */
class EncodingEquivalenceTest {

  private static final Charset GB18030 = Charset.forName("GB18030");

  static Stream<Path> articles() {
    return Robust.corpus().stream();
  }

  @ParameterizedTest
  @MethodSource("articles")
  void sameRecordsInEveryEncodingAndForm(Path article) {
    String text = Robust.read(article);
    Document reference = Robust.PARSER.parse(text, article.toString());
    Object expected = Robust.records(reference);
    assertThat(reference.articles()).isNotEmpty();

    same(expected, Robust.PARSER.parse(text.getBytes(UTF_8), "utf-8"), "UTF-8");
    same(expected, Robust.PARSER.parse(text.getBytes(GB18030), "gb18030"), "GB18030");
    same(
        expected,
        Robust.PARSER.parse(
            bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(UTF_16LE)), "utf-16le"),
        "UTF-16LE with BOM");
    same(
        expected,
        Robust.PARSER.parse(
            bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(UTF_16BE)), "utf-16be"),
        "UTF-16BE with BOM");
    same(
        expected,
        Robust.PARSER.parse(
            bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(UTF_8)),
            "utf-8-bom"),
        "UTF-8 with BOM");

    String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
    same(expected, Robust.PARSER.parse(crlf, "crlf"), "CRLF");
    same(expected, Robust.PARSER.parse(crlf.getBytes(GB18030), "crlf-gb18030"), "CRLF in GB18030");

    same(
        expected,
        Robust.PARSER.parse(fullwidth(text), "fullwidth"),
        "fullwidth digits and punctuation");
    same(
        expected,
        Robust.PARSER.parse(fullwidth(crlf).getBytes(GB18030), "fullwidth-gb18030"),
        "fullwidth, CRLF, GB18030");
  }

  private static void same(Object expected, Document d, String form) {
    assertThat(Robust.records(d)).as("records of the %s form", form).isEqualTo(expected);
    Robust.checkInvariants(d);
  }

  private static byte[] bom(byte[] bom, byte[] body) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(bom);
    b.writeBytes(body);
    return b.toByteArray();
  }

  /** ASCII digits and punctuation as their fullwidth forms (０, ，, ：, （ …). */
  static String fullwidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean convert = (c >= '0' && c <= '9') || ",:;!?()%.-/".indexOf(c) >= 0;
      sb.append(convert ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return sb.toString();
  }
}
