package org.govnews.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.ProfilerConfig;

/**
 * The main class of {@code target/benchmarks.jar}: runs the benchmarks with the JMH options given
 * on the command line (all of {@code org.openjdk.jmh.Main}'s: a name filter, {@code -f}, {@code
 * -wi}, {@code -i}, {@code -prof}, {@code -rf json}, ...), always with the GC profiler, then prints
 * the figures of issue 5 as Markdown tables: MB/s of UTF-8 input, ratios against the baselines of
 * the same run, cost per character by size, allocation per input byte and character, 2-thread
 * scaling, and the targets met or missed.
 *
 * <p>{@code -h}, {@code -l}, {@code -lp}, {@code -lprof} and {@code -lrf} go straight to JMH.
 */
public final class Report {

  private static final String CORPUS = CorpusBenchmark.class.getName() + ".";
  private static final String SCALING = ScalingBenchmark.class.getName() + ".";

  private Report() {}

  public static void main(String[] args)
      throws RunnerException, CommandLineOptionException, IOException {
    CommandLineOptions cmd = new CommandLineOptions(args);
    if (cmd.shouldHelp()
        || cmd.shouldList()
        || cmd.shouldListWithParams()
        || cmd.shouldListProfilers()
        || cmd.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    boolean hasGc = false;
    for (ProfilerConfig p : cmd.getProfilers()) {
      String k = p.getKlass();
      hasGc |= k.equals("gc") || k.equals(GCProfiler.class.getName());
    }
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(cmd);
    if (!hasGc) {
      builder.addProfiler(GCProfiler.class);
    }
    Options options = builder.build();
    String loadBefore = loadAverage();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.println(new Report.Table(results, loadBefore, loadAverage()).render());
  }

  /** The figures of one run. */
  static final class Table {
    private final Map<String, RunResult> byName = new HashMap<>();
    private final long corpusBytes;
    private final long corpusChars;
    private final long htmlBytes;
    private final long htmlChars;
    private final Map<String, long[]> scaled = new HashMap<>();
    private final StringBuilder out = new StringBuilder();
    private final String loadBefore;
    private final String loadAfter;

    Table(Collection<RunResult> results, String loadBefore, String loadAfter) {
      this.loadBefore = loadBefore;
      this.loadAfter = loadAfter;
      for (RunResult r : results) {
        String name = r.getParams().getBenchmark();
        String size = r.getParams().getParam("size");
        byName.put(size == null ? name : name + ":" + size, r);
        if (size != null && !scaled.containsKey(size)) {
          String text = BenchInputs.scaledArticle(BenchInputs.parseSize(size));
          scaled.put(size, new long[] {BenchInputs.utf8Length(text), text.length()});
        }
      }
      List<BenchInputs.Doc> corpus = BenchInputs.corpus();
      List<BenchInputs.Doc> html = BenchInputs.html();
      corpusBytes = BenchInputs.totalBytes(corpus);
      corpusChars = BenchInputs.totalChars(corpus);
      htmlBytes = BenchInputs.totalBytes(html);
      htmlChars = BenchInputs.totalChars(html);
    }

    String render() {
      line("## govnews benchmark, " + LocalDate.now() + ": " + machine());
      line("");
      line(
          String.format(
              Locale.ROOT,
              "Text corpus: %d files of testdata, %,d chars, %,d UTF-8 bytes. HTML: %d pages, %,d chars, %,d bytes.",
              BenchInputs.corpus().size(),
              corpusChars,
              corpusBytes,
              BenchInputs.HTML_PAGES.length,
              htmlChars,
              htmlBytes));
      line("MB = 10^6 bytes of UTF-8 input. Ratios are against baselines of this same run.");
      if (!loadBefore.isEmpty()) {
        line(
            "Load average (1/5/15 min) before the run: "
                + loadBefore
                + ", after: "
                + loadAfter
                + ". The benchmark itself adds 1 to 2; more means other processes shared the "
                + Runtime.getRuntime().availableProcessors()
                + " cores and the wall-clock figures are low.");
      }
      line("");
      throughput();
      scaling();
      allocation();
      threads();
      targets();
      return out.toString();
    }

    private void throughput() {
      line("### Throughput");
      line("");
      line(
          "| Benchmark | Input | MB/s | Mchar/s | ± | vs ICU sentences | vs ICU NFKC | vs jsoup parse |");
      line("|---|---|---:|---:|---:|---:|---:|---:|");
      String[][] rows = {
        {"parseString", "text"}, {"parseBytes", "text"}, {"parseHtml", "html"},
        {"icuSentences", "text"}, {"icuNfkc", "text"}, {"jsoupHtml", "html"},
      };
      for (String[] row : rows) {
        RunResult r = byName.get(CORPUS + row[0]);
        if (r == null) {
          continue;
        }
        boolean text = row[1].equals("text");
        double mbs = mbPerSecond(row[0], text);
        double chars = (text ? corpusChars : htmlChars) / secondsPerOp(r) / 1e6;
        line(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.2f | %.2f | %s | %s | %s | %s |",
                row[0],
                text ? "testdata (text)" : "HTML pages",
                mbs,
                chars,
                relErr(r),
                text ? ratio(mbs, mbPerSecond("icuSentences", true)) : "",
                text ? ratio(mbs, mbPerSecond("icuNfkc", true)) : "",
                text ? "" : ratio(mbs, mbPerSecond("jsoupHtml", false))));
      }
      line("");
    }

    private void scaling() {
      if (scaled.isEmpty()) {
        return;
      }
      line("### Cost per character, one article scaled");
      line("");
      line(
          "| Size | Chars | ms/op | ± | ns/char | vs 100KB | B/op | B per input byte | B per input char |");
      line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
      Double base = nsPerChar("100KB");
      for (String size : new String[] {"1KB", "100KB", "10MB"}) {
        RunResult r = byName.get(SCALING + "parseScaled:" + size);
        if (r == null) {
          continue;
        }
        long[] bc = scaled.get(size);
        double ns = nsPerChar(size);
        double alloc = allocPerOp(r);
        line(
            String.format(
                Locale.ROOT,
                "| %s | %,d | %.3f | %s | %.0f | %s | %s | %s | %s |",
                size,
                bc[1],
                secondsPerOp(r) * 1e3,
                relErr(r),
                ns,
                base == null ? "" : ratio(ns, base),
                bytesFmt(alloc),
                perUnit(alloc, bc[0]),
                perUnit(alloc, bc[1])));
      }
      line("");
    }

    private void allocation() {
      line("### Allocation (-prof gc, gc.alloc.rate.norm)");
      line("");
      line("| Benchmark | B/op | B per input byte | B per input char |");
      line("|---|---:|---:|---:|");
      for (String name :
          new String[] {
            "parseString",
            "parseBytes",
            "parseHtml",
            "parseString2Threads",
            "icuSentences",
            "icuNfkc",
            "jsoupHtml"
          }) {
        RunResult r = byName.get(CORPUS + name);
        if (r == null) {
          continue;
        }
        boolean html = name.contains("Html");
        double alloc = allocPerOp(r);
        line(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s |",
                name,
                bytesFmt(alloc),
                perUnit(alloc, html ? htmlBytes : corpusBytes),
                perUnit(alloc, html ? htmlChars : corpusChars)));
      }
      line("");
    }

    private void threads() {
      line("### Two threads sharing one parser");
      line("");
      line("| Benchmark | 1 thread MB/s | 2 threads MB/s | 2 threads / 1 thread |");
      line("|---|---:|---:|---:|");
      for (String[] pair :
          new String[][] {
            {"parseString", "parseString2Threads"}, {"icuSentences", "icuSentences2Threads"}
          }) {
        if (byName.containsKey(CORPUS + pair[0]) && byName.containsKey(CORPUS + pair[1])) {
          double one = mbPerSecond(pair[0], true);
          double two = mbPerSecond(pair[1], true);
          line(
              String.format(
                  Locale.ROOT, "| %s | %.2f | %.2f | %s |", pair[0], one, two, ratio(two, one)));
        }
      }
      line("");
    }

    private void targets() {
      line("### Targets of issue 5");
      line("");
      line("| Target | Measured | Met |");
      line("|---|---:|---|");
      if (has("parseString") && has("icuSentences")) {
        double r = mbPerSecond("parseString", true) / mbPerSecond("icuSentences", true);
        target(
            "parse from String >= 0.25x ICU sentence breaking",
            String.format(Locale.ROOT, "%.4fx", r),
            r >= 0.25);
      }
      Double big = nsPerChar("10MB");
      Double mid = nsPerChar("100KB");
      if (big != null && mid != null) {
        double r = big / mid;
        target(
            "cost per char at 10 MB <= 1.5x that at 100 KB",
            String.format(Locale.ROOT, "%.2fx", r),
            r <= 1.5);
      }
      if (has("parseString")) {
        double perChar = allocPerOp(byName.get(CORPUS + "parseString")) / corpusChars;
        target(
            "allocation <= 16 B per input char (parseString)",
            String.format(Locale.ROOT, "%.0f B/char", perChar),
            perChar <= 16);
      }
      if (has("parseString") && has("parseString2Threads")) {
        double r = mbPerSecond("parseString2Threads", true) / mbPerSecond("parseString", true);
        target("2 threads >= 1.7x one thread", String.format(Locale.ROOT, "%.2fx", r), r >= 1.7);
      }
      line("");
    }

    private void target(String what, String measured, boolean met) {
      line("| " + what + " | " + measured + " | " + (met ? "yes" : "**no**") + " |");
    }

    private boolean has(String name) {
      return byName.containsKey(CORPUS + name);
    }

    private double mbPerSecond(String name, boolean text) {
      RunResult r = byName.get(CORPUS + name);
      if (r == null) {
        return Double.NaN;
      }
      return (text ? corpusBytes : htmlBytes) / secondsPerOp(r) / 1e6;
    }

    private Double nsPerChar(String size) {
      RunResult r = byName.get(SCALING + "parseScaled:" + size);
      return r == null ? null : secondsPerOp(r) * 1e9 / scaled.get(size)[1];
    }

    private void line(String s) {
      out.append(s).append('\n');
    }
  }

  /** Seconds per operation, whatever the mode's unit (ops/s, ms/op, ...). */
  static double secondsPerOp(RunResult r) {
    Result<?> p = r.getPrimaryResult();
    String unit = p.getScoreUnit();
    double score = p.getScore();
    if (unit.startsWith("ops/")) {
      return seconds(unit.substring(4)) / score;
    }
    if (unit.endsWith("/op")) {
      return score * seconds(unit.substring(0, unit.length() - 3));
    }
    throw new IllegalArgumentException("unknown unit " + unit);
  }

  private static double seconds(String unit) {
    return switch (unit) {
      case "ns" -> 1e-9;
      case "us" -> 1e-6;
      case "ms" -> 1e-3;
      case "s" -> 1;
      case "min" -> 60;
      case "hr" -> 3600;
      case "day" -> 86400;
      default -> throw new IllegalArgumentException("unknown time unit " + unit);
    };
  }

  /** Bytes allocated per operation (gc.alloc.rate.norm), NaN without the GC profiler. */
  static double allocPerOp(RunResult r) {
    for (String key : r.getSecondaryResults().keySet()) {
      if (key.endsWith("gc.alloc.rate.norm")) {
        Result<?> alloc = r.getSecondaryResults().get(key);
        return alloc.getScore();
      }
    }
    return Double.NaN;
  }

  private static String relErr(RunResult r) {
    Result<?> p = r.getPrimaryResult();
    double err = p.getScoreError();
    return Double.isNaN(err) ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * err / p.getScore());
  }

  private static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) ? "" : String.format(Locale.ROOT, "%.3fx", a / b);
  }

  private static String bytesFmt(double b) {
    return Double.isNaN(b) ? "n/a" : String.format(Locale.ROOT, "%,.0f", b);
  }

  private static String perUnit(double b, long n) {
    return Double.isNaN(b) ? "n/a" : String.format(Locale.ROOT, "%.1f", b / n);
  }

  /** The 1, 5 and 15 minute load averages of {@code /proc/loadavg}, empty where there is none. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String machine() {
    String cpu = "";
    try {
      for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (l.startsWith("model name")) {
          cpu = l.substring(l.indexOf(':') + 1).strip() + ", ";
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave the CPU model out
    }
    return cpu
        + Runtime.getRuntime().availableProcessors()
        + " cores, JDK "
        + System.getProperty("java.runtime.version")
        + " ("
        + System.getProperty("java.vm.name")
        + "), "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.arch");
  }
}
