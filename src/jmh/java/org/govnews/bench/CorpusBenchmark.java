package org.govnews.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.govnews.GovNewsParser;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation = the whole input set once: the 30 testdata articles (from {@code String} or {@code
 * byte[]}), or the 7 bundled HTML pages. The baselines run over exactly the same strings. {@link
 * Report} turns ops/s into MB/s of UTF-8 input.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CorpusBenchmark {

  /** Shared by every thread of a benchmark: the 2-thread runs share one parser. */
  GovNewsParser parser;

  List<BenchInputs.Doc> corpus;
  List<BenchInputs.Doc> html;

  @Setup
  public void setup() {
    parser = GovNewsParser.create();
    corpus = BenchInputs.corpus();
    html = BenchInputs.html();
  }

  /** Per-thread ICU state: a break iterator is not thread-safe. */
  @State(Scope.Thread)
  public static class Icu {
    BreakIterator sentences;
    Normalizer2 nfkc;

    @Setup
    public void setup() {
      sentences = BreakIterator.getSentenceInstance(ULocale.SIMPLIFIED_CHINESE);
      nfkc = Normalizer2.getNFKCInstance();
    }
  }

  /** govnews: full parse of the text corpus, from {@code String}. */
  @Benchmark
  public void parseString(Blackhole bh) {
    for (BenchInputs.Doc d : corpus) {
      bh.consume(parser.parse(d.text(), d.name()));
    }
  }

  /**
   * govnews: full parse of the text corpus, from UTF-8 {@code byte[]} (charset sniffing included).
   */
  @Benchmark
  public void parseBytes(Blackhole bh) {
    for (BenchInputs.Doc d : corpus) {
      bh.consume(parser.parse(d.bytes(), d.name()));
    }
  }

  /**
   * govnews: full parse of the HTML pages, from {@code String} (jsoup parse and extraction
   * included).
   */
  @Benchmark
  public void parseHtml(Blackhole bh) {
    for (BenchInputs.Doc d : html) {
      bh.consume(parser.parse(d.text(), d.name()));
    }
  }

  /** govnews: {@link #parseString} on 2 threads sharing one parser; the score is their sum. */
  @Benchmark
  @Threads(2)
  public void parseString2Threads(Blackhole bh) {
    parseString(bh);
  }

  /** Baseline: ICU sentence BreakIterator over the text corpus, every boundary visited. */
  @Benchmark
  public int icuSentences(Icu icu) {
    int n = 0;
    for (BenchInputs.Doc d : corpus) {
      BreakIterator it = icu.sentences;
      it.setText(d.text());
      for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
        n++;
      }
    }
    return n;
  }

  /** Baseline: {@link #icuSentences} on 2 threads, what 2 threads give on this machine. */
  @Benchmark
  @Threads(2)
  public int icuSentences2Threads(Icu icu) {
    return icuSentences(icu);
  }

  /** Baseline: ICU NFKC normalization of the text corpus. */
  @Benchmark
  public void icuNfkc(Icu icu, Blackhole bh) {
    for (BenchInputs.Doc d : corpus) {
      bh.consume(icu.nfkc.normalize(d.text()));
    }
  }

  /** Baseline: jsoup parsing of the HTML pages (no extraction). */
  @Benchmark
  public void jsoupHtml(Blackhole bh) {
    for (BenchInputs.Doc d : html) {
      bh.consume(Jsoup.parse(d.text()));
    }
  }
}
