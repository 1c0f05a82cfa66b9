package org.govnews.robust;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.govnews.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost: every non-blank character of the decoded input lies inside some paragraph span,
 * and every span quotes its record, for every testdata article read as text, as bytes and as an
 * HTML page, and for generated input the parser cannot classify.
 */
class NothingLostTest {

  static Stream<Path> articles() {
    return Robust.corpus().stream();
  }

  @ParameterizedTest
  @MethodSource("articles")
  void everyArticleAsTextBytesAndHtml(Path article) {
    String text = Robust.read(article);
    Document asText = Robust.PARSER.parse(text, article.toString());
    Robust.checkInvariants(asText);
    assertThat(asText.articles()).isNotEmpty();

    Robust.checkInvariants(Robust.PARSER.parse(text.getBytes(UTF_8), article.toString()));

    Document asHtml = Robust.PARSER.parse(Robust.toHtml(text), article + ".html");
    Robust.checkInvariants(asHtml);
    assertThat(asHtml.articles()).isNotEmpty();
    assertThat(asHtml.text()).doesNotContain("不是正文");
  }

  @Test
  void generatedInput() {
    Random r = new Random(20261129);
    int passed = 0;
    for (int i = 0; i < 400; i++) {
      String text = Robust.generate(r, 1 + r.nextInt(120));
      try {
        if (Robust.unlessReported(
            () -> {
              Robust.parseChecked(text);
              Robust.parseCheckedBytes(text.getBytes(UTF_8));
            })) {
          passed++;
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("generated input " + i + ": " + escape(text), e);
      }
    }
    assertThat(passed).as("inputs not stopped by a reported bug").isGreaterThan(350);
  }

  @Test
  void unclassifiableInput() {
    // no headline, no byline, no sentence: still every character in some paragraph
    for (String text :
        new String[] {
          "x",
          "123",
          "………",
          "、、、",
          "\uD800",
          "😀😀",
          "abc def\nghi",
          "((((",
          "))))",
          "“”“”",
          "<<<>>>",
          "&&&",
          "=====\n-----\n*****",
          "省\n市\n县",
          "1.\n2.\n3.",
          "   。   ",
          "\u0000\u0001x"
        }) {
      Robust.parseChecked(text);
    }
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars()
        .forEach(
            c ->
                sb.append(
                    c < 0x20
                            || (c >= 0x7F && c < 0xA0)
                            || Character.isSurrogate((char) c)
                            || Character.getType(c) == Character.FORMAT
                        ? String.format("\\u%04X", c)
                        : String.valueOf((char) c)));
    return sb.toString();
  }
}
