package org.govnews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govnews.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Parses every article of {@code testdata/} and compares it with its expected records. The sample
 * page must match on every figure; so must the corpus as a whole: every expected record of every
 * article is found, so a change that loses one record anywhere fails. Records the parser finds
 * beyond the expected ones are printed as informational (the expected files list what a reader must
 * find, not everything the text mentions). Every miss is printed, so a failing run says what
 * changed.
 */
class GoldenCorpusTest {

  static final Path TESTDATA = Path.of("testdata");
  static final GovNewsParser PARSER = GovNewsParser.create();

  static List<Path> articles() throws IOException {
    try (Stream<Path> s = Files.list(TESTDATA)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> expected(Path article) throws IOException {
    String stem = article.getFileName().toString().replaceFirst("\\.txt$", "");
    Path exp = article.resolveSibling(stem + ".expected.json");
    assertThat(exp).as("expected records of " + article).exists();
    return (Map<String, Object>) MiniJson.parse(Files.readString(exp, StandardCharsets.UTF_8));
  }

  @Test
  void testdataIsNotEmptyAndEveryArticleHasExpectedRecords() throws IOException {
    List<Path> all = articles();
    assertThat(all).hasSizeGreaterThanOrEqualTo(21);
    for (Path p : all) {
      assertThat(expected(p)).containsKeys("_source", "meetings", "directives", "district_briefs");
    }
  }

  @Test
  void samplePageMatchesOnEveryFigure() throws IOException {
    Path sample = TESTDATA.resolve("000_e960017cbd72389b.txt");
    GoldScorer s = new GoldScorer();
    s.score("000", expected(sample), PARSER.parse(sample));
    s.misses.forEach(System.out::println);
    s.figures.forEach((k, v) -> assertThat(v.f1()).as(k + " " + v).isEqualTo(1.0));
    assertThat(s.misses.stream().filter(m -> !m.contains("informational"))).isEmpty();
  }

  @Test
  void corpusMatchesOnEveryFigure() throws IOException {
    GoldScorer s = new GoldScorer();
    for (Path p : articles()) {
      Document d = PARSER.parse(p);
      s.score(p.getFileName().toString(), expected(p), d);
    }
    s.misses.forEach(System.out::println);
    s.figures.forEach((k, v) -> System.out.println(k + " " + v));
    s.figures.forEach((k, v) -> assertThat(v.f1()).as(k + " " + v).isEqualTo(1.0));
    assertThat(s.misses.stream().filter(m -> !m.contains("informational"))).isEmpty();
  }
}
