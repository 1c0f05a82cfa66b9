package org.govnews.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lexicon files are data anyone can edit by hand, so their form is checked: UTF-8 without a
 * byte-order mark, LF line ends, a {@code #} header first, one entry a line (the first column, no
 * blanks or list punctuation inside), no line twice, and — where order carries no meaning — entries
 * in code-point order within each section (a section is a run of entry lines between comment or
 * blank lines). A file whose order matters is listed below with the reason.
 */
class LexiconFilesTest {

  static final Path DIR = Path.of("src/main/resources/org/govnews/lexicon");

  /** Files whose row order means something, and what. Every other file must be sorted. */
  static final Map<String, String> ORDER_MATTERS =
      Map.of(
          "divisions.tsv",
          "rows by code, then the hand-added Hong Kong, Macau and Taiwan rows in the order listed",
          "district-councils.tsv",
          "codes are numbered in the order the areas are listed");

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static String utf8(Path p) throws IOException {
    byte[] b = Files.readAllBytes(p);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(p + " is not valid UTF-8", e);
    }
  }

  /** Entry lines grouped into sections: runs of entry lines between comment or blank lines. */
  static List<List<String>> sections(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank() || line.startsWith("#")) {
        if (!cur.isEmpty()) {
          out.add(cur);
          cur = new ArrayList<>();
        }
      } else {
        cur.add(line);
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  static int compareCodePoints(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return Integer.compare(x.length, y.length);
  }

  static String entry(String line) {
    int tab = line.indexOf('\t');
    return tab < 0 ? line : line.substring(0, tab);
  }

  @Test
  void thereAreLexiconFiles() throws IOException {
    assertThat(files())
        .extracting(p -> p.getFileName().toString())
        .contains("surnames.txt", "posts.tsv", "verbs.tsv", "divisions.tsv")
        .containsAll(ORDER_MATTERS.keySet());
  }

  @Test
  void utf8WithoutBomLfLineEndsAndAHeader() throws IOException {
    for (Path p : files()) {
      String t = utf8(p);
      assertThat(t).as(p + " byte-order mark").doesNotStartWith("\uFEFF");
      assertThat(t).as(p + " CR line ends").doesNotContain("\r");
      assertThat(t).as(p + " opens with a # header").startsWith("#");
      assertThat(t).as(p + " ends with a line end").endsWith("\n");
    }
  }

  @Test
  void oneEntryALineAndNoLineTwice() throws IOException {
    for (Path p : files()) {
      Set<String> seen = new HashSet<>();
      for (List<String> section : sections(utf8(p))) {
        for (String line : section) {
          String e = entry(line);
          assertThat(e).as(p + ": entry of line '" + line + "'").isNotEmpty().isEqualTo(e.strip());
          assertThat(e)
              .as(p + ": one entry a line: '" + line + "'")
              .doesNotContainPattern("[\\s,，、;；]");
          assertThat(line)
              .as(p + ": trailing blanks (an empty last column is a TAB)")
              .doesNotMatch(".*[ \u3000]$");
          assertThat(seen.add(line)).as(p + ": line twice: '" + line + "'").isTrue();
        }
      }
    }
  }

  @Test
  void sortedWithinSectionsWhereOrderCarriesNoMeaning() throws IOException {
    for (Path p : files()) {
      String name = p.getFileName().toString();
      if (ORDER_MATTERS.containsKey(name)) {
        continue;
      }
      for (List<String> section : sections(utf8(p))) {
        for (int i = 1; i < section.size(); i++) {
          String a = section.get(i - 1);
          String b = section.get(i);
          assertThat(compareCodePoints(entry(a), entry(b)))
              .as(
                  "%s: '%s' should come before '%s' (sort each section in code-point"
                      + " order, e.g. LC_ALL=C sort, or list the file in ORDER_MATTERS with its"
                      + " reason)",
                  name, b, a)
              .isLessThanOrEqualTo(0);
        }
      }
    }
  }
}
