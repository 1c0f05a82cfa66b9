package org.govnews.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The folder test of issue 5: the command line over a folder of articles against a program that
 * decodes the same files and runs ICU sentence breaking over them, both as whole runs.
 *
 * <pre>
 *   java -cp target/benchmarks.jar org.govnews.bench.FolderRun [DIR] [CLI OPTION...]
 * </pre>
 *
 * Without {@code DIR} it writes {@code target/folder-run}: 4,000 files, each a {@code testdata}
 * article scaled to about 10 KB (40 MB in all). The ICU program runs in this JVM from a cold start
 * (its first pass is the figure; a warm pass is shown too). The command line runs as {@code java
 * -jar target/govnews.jar -q -o FILE DIR} in a JVM of its own; its startup, timed on one small
 * file, is taken out.
 */
public final class FolderRun {
  private static final int FILES = 4_000;
  private static final int FILE_BYTES = 10 * 1024;

  private FolderRun() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path dir = args.length > 0 ? Path.of(args[0]) : make(Path.of("target", "folder-run"));
    List<String> options = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      options.add(args[i]);
    }
    List<Path> files = files(dir);
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    double cold = icuSeconds(files);
    double warm = icuSeconds(files);
    Path out = Files.createTempFile("folder-run", ".jsonl");
    try {
      double startup = cliSeconds(List.of(files.get(0).toString()), options, out);
      double cli = cliSeconds(List.of(dir.toString()), options, out) - startup;
      double mb = bytes / 1e6;
      System.out.printf(
          Locale.ROOT,
          "%d files, %.1f MB%n"
              + "ICU program (decode + sentences), first pass: %.2f s, %.1f MB/s (warm pass %.1f"
              + " MB/s)%n"
              + "command line%s: %.2f s after %.2f s of startup, %.1f MB/s%n"
              + "ratio command line / ICU program: %.3f%n",
          files.size(),
          mb,
          cold,
          mb / cold,
          mb / warm,
          options.isEmpty() ? "" : " " + String.join(" ", options),
          cli,
          startup,
          mb / cli,
          cold / cli);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** Decodes every file as UTF-8 and visits every ICU sentence boundary; wall seconds. */
  private static double icuSeconds(List<Path> files) throws IOException {
    long t0 = System.nanoTime();
    BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.SIMPLIFIED_CHINESE);
    long boundaries = 0;
    for (Path f : files) {
      sentences.setText(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      while (sentences.next() != BreakIterator.DONE) {
        boundaries++;
      }
    }
    if (boundaries == 0) {
      throw new IllegalStateException("no sentence in " + files.size() + " files");
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** One run of the command line in a JVM of its own; wall seconds. */
  private static double cliSeconds(List<String> inputs, List<String> options, Path out)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-jar", "target/govnews.jar", "-q"));
    cmd.addAll(options);
    cmd.addAll(List.of("-o", out.toString()));
    cmd.addAll(inputs);
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    int status = p.waitFor();
    double s = (System.nanoTime() - t0) / 1e9;
    if (status != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " exited with " + status);
    }
    return s;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no file in " + dir);
      }
      return files;
    }
  }

  /** Writes the default folder once: the corpus articles in turn, each scaled to 10 KB. */
  private static Path make(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        if (s.count() == FILES) {
          return dir;
        }
      }
    }
    Files.createDirectories(dir);
    List<BenchInputs.Doc> corpus = BenchInputs.corpus();
    List<String> scaled = new ArrayList<>();
    for (BenchInputs.Doc d : corpus) {
      scaled.add(BenchInputs.scaled(d.text(), FILE_BYTES));
    }
    for (int i = 0; i < FILES; i++) {
      try {
        Files.writeString(
            dir.resolve(String.format(Locale.ROOT, "%05d.txt", i)),
            scaled.get(i % scaled.size()),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }
}
