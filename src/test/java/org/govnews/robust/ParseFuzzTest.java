package org.govnews.robust;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.govnews.GovNewsException;

/**
 * Jazzer fuzz tests of the byte entry point ({@code parse(byte[], String)}) and of HTML read from a
 * {@code String}. A plain {@code mvn verify} runs them in regression mode: once on each seed in
 * {@code src/test/resources/org/govnews/robust/ParseFuzzTestInputs/<method>/} (testdata articles,
 * as UTF-8, GB18030 and UTF-16, and pages made of them). Fuzzing, one method per run (Jazzer fuzzes
 * only one fuzz test per JVM), bounded by {@code maxDuration}:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B test -Dtest='ParseFuzzTest#fuzzBytes'
 * JAZZER_FUZZ=1 mvn -B test -Dtest='ParseFuzzTest#fuzzHtml'
 * </pre>
 *
 * A finding fails the run and Jazzer writes the input as {@code crash-*} into the method's inputs
 * folder; move it to {@code src/test/resources/org/govnews/robust/crashers/} (named {@code bytes-…}
 * or {@code html-…} after the method), where {@link CrashersTest} replays it on every build.
 * Instrumentation is set in {@code src/test/resources/junit-platform.properties}.
 *
 * <p>Documented outcomes only: a document that keeps the span invariants and parses again to the
 * same document, or {@link GovNewsException} with reason NOT_TEXT for bytes that are not text.
 * Anything else, a stack overflow included, is a finding.
 */
class ParseFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void fuzzBytes(byte[] input) {
    checkBytes(input);
  }

  @FuzzTest(maxDuration = "60s")
  void fuzzHtml(byte[] input) {
    checkHtml(input);
  }

  /**
   * Whether to parse each input twice and compare (determinism). Off while fuzzing, where it would
   * halve the executions; ParserPropertiesTest and the regression runs check it.
   */
  private static final boolean TWICE =
      System.getenv("JAZZER_FUZZ") == null || System.getenv("JAZZER_FUZZ").isEmpty();

  /** The byte entry point: a checked document, or NOT_TEXT. */
  static void checkBytes(byte[] input) {
    // a bug already reported (Robust.REPORTED) is no new finding
    Robust.unlessReported(() -> Robust.parseCheckedBytes(input, TWICE));
  }

  /**
   * HTML given as a {@code String}: the input as UTF-8 text, as it is (the decoder decides whether
   * it is HTML) and inside a page's body (so that it is read as HTML).
   */
  static void checkHtml(byte[] input) {
    String s = new String(input, UTF_8);
    Robust.unlessReported(() -> Robust.parseChecked(s, TWICE));
    Robust.unlessReported(
        () ->
            Robust.parseChecked(
                "<!DOCTYPE html><html><head><title>标题</title></head><body>" + s, TWICE));
  }
}
