package org.govnews.bench;

import java.util.concurrent.TimeUnit;
import org.govnews.GovNewsParser;
import org.govnews.model.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full parse of one article ({@code testdata/101.txt}) scaled to 1 KB, 100 KB and 10 MB of
 * UTF-8: the cost per character should not grow with the size. One operation = one parse.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ScalingBenchmark {

  @Param({"1KB", "100KB", "10MB"})
  public String size;

  GovNewsParser parser;
  String text;

  @Setup
  public void setup() {
    parser = GovNewsParser.create();
    text = BenchInputs.scaledArticle(BenchInputs.parseSize(size));
  }

  /** govnews: full parse of the scaled article, from {@code String}. */
  @Benchmark
  public Document parseScaled() {
    return parser.parse(text, "scaled-" + size);
  }
}
