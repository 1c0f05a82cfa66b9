package org.govnews.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govnews.GovNewsParser;
import org.jsoup.Jsoup;

/**
 * A cross-check of the JMH figures for shared machines: the same workloads as {@link
 * CorpusBenchmark}, timed by the thread's CPU time instead of the wall clock, so that other
 * processes competing for the cores inflate the figures much less. Each workload is warmed up, then
 * timed in rounds; the best round counts. Not a replacement for JMH (no forks, no dead-code
 * protection beyond a checksum), only a way to see whether a ratio survives load.
 *
 * <p>{@code java -cp target/benchmarks.jar org.govnews.bench.CpuTime [seconds-per-workload]}
 */
public final class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile long sink;

  private CpuTime() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 6;
    GovNewsParser parser = GovNewsParser.create();
    List<BenchInputs.Doc> corpus = BenchInputs.corpus();
    List<BenchInputs.Doc> html = BenchInputs.html();
    BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.SIMPLIFIED_CHINESE);
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    long textBytes = BenchInputs.totalBytes(corpus);
    long htmlBytes = BenchInputs.totalBytes(html);

    Map<String, Double> mbs = new LinkedHashMap<>();
    mbs.put(
        "parseString",
        textBytes
            / best(
                seconds,
                () -> {
                  for (BenchInputs.Doc d : corpus) {
                    sink += parser.parse(d.text(), d.name()).articles().size();
                  }
                })
            / 1e6);
    mbs.put(
        "parseBytes",
        textBytes
            / best(
                seconds,
                () -> {
                  for (BenchInputs.Doc d : corpus) {
                    sink += parser.parse(d.bytes(), d.name()).articles().size();
                  }
                })
            / 1e6);
    mbs.put(
        "parseHtml",
        htmlBytes
            / best(
                seconds,
                () -> {
                  for (BenchInputs.Doc d : html) {
                    sink += parser.parse(d.text(), d.name()).articles().size();
                  }
                })
            / 1e6);
    mbs.put(
        "icuSentences",
        textBytes
            / best(
                seconds,
                () -> {
                  long n = 0;
                  for (BenchInputs.Doc d : corpus) {
                    sentences.setText(d.text());
                    for (int b = sentences.next(); b != BreakIterator.DONE; b = sentences.next()) {
                      n++;
                    }
                  }
                  sink += n;
                })
            / 1e6);
    mbs.put(
        "icuNfkc",
        textBytes
            / best(
                seconds,
                () -> {
                  for (BenchInputs.Doc d : corpus) {
                    sink += nfkc.normalize(d.text()).length();
                  }
                })
            / 1e6);
    mbs.put(
        "jsoupHtml",
        htmlBytes
            / best(
                seconds,
                () -> {
                  for (BenchInputs.Doc d : html) {
                    sink += Jsoup.parse(d.text()).childNodeSize();
                  }
                })
            / 1e6);

    System.out.println(
        "| Workload (CPU time, best round) | MB/s | vs ICU sentences | vs ICU NFKC | vs jsoup parse |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Map.Entry<String, Double> e : mbs.entrySet()) {
      boolean isHtml = e.getKey().contains("Html");
      System.out.println(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %s | %s | %s |",
              e.getKey(),
              e.getValue(),
              isHtml ? "" : ratio(e.getValue(), mbs.get("icuSentences")),
              isHtml ? "" : ratio(e.getValue(), mbs.get("icuNfkc")),
              isHtml ? ratio(e.getValue(), mbs.get("jsoupHtml")) : ""));
    }

    System.out.println();
    System.out.println("| Scaled article (CPU time) | Chars | ns/char | vs 100KB |");
    System.out.println("|---|---:|---:|---:|");
    Map<String, Double> perChar = new LinkedHashMap<>();
    for (String size : new String[] {"1KB", "100KB", "10MB"}) {
      String text = BenchInputs.scaledArticle(BenchInputs.parseSize(size));
      perChar.put(
          size,
          best(seconds, () -> sink += parser.parse(text, "scaled").articles().size())
              * 1e9
              / text.length());
      System.out.println(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %.0f | %s |",
              size,
              text.length(),
              perChar.get(size),
              perChar.containsKey("100KB") ? ratio(perChar.get(size), perChar.get("100KB")) : ""));
    }

    // two threads sharing the parser: does an operation cost more CPU when another thread parses
    // too?
    double one =
        best(
            seconds,
            () -> {
              for (BenchInputs.Doc d : corpus) {
                sink += parser.parse(d.text(), d.name()).articles().size();
              }
            });
    double[] two = new double[2];
    Thread[] threads = new Thread[2];
    for (int t = 0; t < 2; t++) {
      int k = t;
      threads[t] =
          new Thread(
              () ->
                  two[k] =
                      best(
                          seconds,
                          () -> {
                            for (BenchInputs.Doc d : corpus) {
                              sink += parser.parse(d.text(), d.name()).articles().size();
                            }
                          }));
      threads[t].start();
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    System.out.println();
    System.out.println(
        String.format(
            Locale.ROOT,
            "parseString CPU per op: 1 thread %.1f ms, 2 threads sharing the parser %.1f / %.1f ms (ratio %.2f)",
            one * 1e3,
            two[0] * 1e3,
            two[1] * 1e3,
            (two[0] + two[1]) / 2 / one));
    System.out.println("(checksum " + sink + ")");
  }

  /** CPU seconds per call of {@code op}: the best of several rounds after a warm-up. */
  private static double best(double seconds, Runnable op) {
    long warmEnd = System.nanoTime() + (long) (seconds * 0.4e9);
    while (System.nanoTime() < warmEnd) {
      op.run();
    }
    double best = Double.MAX_VALUE;
    long end = System.nanoTime() + (long) (seconds * 0.6e9);
    do {
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      int n = 0;
      do {
        op.run();
        n++;
      } while (THREADS.getCurrentThreadCpuTime() - cpu0 < 200_000_000L);
      best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9 / n);
    } while (System.nanoTime() < end);
    return best;
  }

  private static String ratio(double a, double b) {
    return String.format(Locale.ROOT, "%.4fx", a / b);
  }
}
