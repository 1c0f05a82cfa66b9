package org.govnews.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs every benchmark reads, built the same way in each forked JVM and in {@link Report}
 * (which needs their sizes to turn scores into MB/s and allocation into bytes per input byte).
 *
 * <ul>
 *   <li>the text corpus: every {@code testdata/*.txt} of the repository, read from the working
 *       directory (run the benchmark from the project root);
 *   <li>the HTML pages bundled under {@code org/govnews/bench/html} (copies of seven corpus pages,
 *       see the {@code SOURCES.md} there);
 *   <li>one article ({@code testdata/101.txt}) scaled to a given UTF-8 size: its headline and lead,
 *       then its body paragraphs over and over, cut at a sentence end.
 * </ul>
 */
public final class BenchInputs {

  /** One input: its name, its text and its UTF-8 bytes. */
  public record Doc(String name, String text, byte[] bytes) {}

  /** The bundled HTML pages. */
  static final String[] HTML_PAGES = {
    "101.html", "114.html", "116.html", "124.html", "125.html", "126.html", "127.html"
  };

  /** The article the scaling benchmark repeats. */
  static final String SCALED_ARTICLE = "101.txt";

  private BenchInputs() {}

  /** The directory of the text corpus: {@code testdata} under the working directory. */
  static Path testdata() {
    Path dir = Path.of(System.getProperty("govnews.testdata", "testdata"));
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "no "
              + dir.toAbsolutePath()
              + ": run the benchmark from the project root (or set -Dgovnews.testdata=DIR)");
    }
    return dir;
  }

  /** Every {@code testdata/*.txt}, in name order. */
  public static List<Doc> corpus() {
    List<Doc> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(testdata())) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(f);
        out.add(
            new Doc(f.getFileName().toString(), new String(bytes, StandardCharsets.UTF_8), bytes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no *.txt in " + testdata().toAbsolutePath());
    }
    return out;
  }

  /** The bundled HTML pages; all are UTF-8. */
  public static List<Doc> html() {
    List<Doc> out = new ArrayList<>();
    for (String name : HTML_PAGES) {
      try (InputStream in = BenchInputs.class.getResourceAsStream("html/" + name)) {
        if (in == null) {
          throw new IllegalStateException("resource missing: org/govnews/bench/html/" + name);
        }
        byte[] bytes = in.readAllBytes();
        out.add(new Doc(name, new String(bytes, StandardCharsets.UTF_8), bytes));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** A size such as {@code 1KB}, {@code 100KB}, {@code 10MB} in bytes (K = 1024). */
  static int parseSize(String size) {
    String s = size.strip().toUpperCase(java.util.Locale.ROOT);
    if (s.endsWith("MB")) {
      return Integer.parseInt(s.substring(0, s.length() - 2)) * 1024 * 1024;
    }
    if (s.endsWith("KB")) {
      return Integer.parseInt(s.substring(0, s.length() - 2)) * 1024;
    }
    return Integer.parseInt(s);
  }

  /** {@link #SCALED_ARTICLE} scaled to at most {@code utf8Bytes}, see {@link #scaled}. */
  public static String scaledArticle(int utf8Bytes) {
    try {
      return scaled(
          Files.readString(testdata().resolve(SCALED_ARTICLE), StandardCharsets.UTF_8), utf8Bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code article} scaled to at most {@code utf8Bytes}: headline and lead once, then the body
   * paragraphs repeated, cut after the last sentence (or line) that fits.
   */
  static String scaled(String article, int utf8Bytes) {
    List<String> lines = article.lines().filter(l -> !l.isBlank()).toList();
    if (lines.size() < 3) {
      throw new IllegalStateException("an article to scale needs a headline, a lead and a body");
    }
    StringBuilder sb = new StringBuilder(utf8Bytes / 2);
    sb.append(lines.get(0)).append('\n').append(lines.get(1)).append('\n');
    long bytes = utf8Length(sb);
    int cut = sb.length();
    for (int i = 2; bytes <= utf8Bytes; i = i + 1 < lines.size() ? i + 1 : 2) {
      String line = lines.get(i);
      for (int k = 0; k < line.length() && bytes <= utf8Bytes; k++) {
        char c = line.charAt(k);
        sb.append(c);
        bytes += utf8Length(c);
        if (c == '。' && bytes <= utf8Bytes) {
          cut = sb.length();
        }
      }
      if (bytes + 1 <= utf8Bytes) {
        sb.append('\n');
        bytes++;
        cut = sb.length();
      }
    }
    sb.setLength(cut);
    if (sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
    return sb.toString();
  }

  static long utf8Length(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += utf8Length(s.charAt(i));
    }
    return n;
  }

  private static int utf8Length(char c) {
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800) {
      return 2;
    }
    return Character.isSurrogate(c) ? 2 : 3;
  }

  static long totalBytes(List<Doc> docs) {
    return docs.stream().mapToLong(d -> d.bytes().length).sum();
  }

  static long totalChars(List<Doc> docs) {
    return docs.stream().mapToLong(d -> d.text().length()).sum();
  }
}
