package org.govnews.internal.extract;

import java.util.Arrays;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.internal.normalize.MappedText;
import org.jspecify.annotations.Nullable;

/**
 * The verbs of the sentence being read ({@link Lexicon#verbAt} at its positions), each position
 * looked up once: the opening, the meetings, the role events and the subject test each walk the
 * sentence asking at every position (42,470 asks a pass over {@code testdata}, for 18,483 distinct
 * positions). The answer at a position depends on the paragraph text alone, so a cached one is the
 * one the lexicon gives; a position outside the sentence, or a sentence not {@link #reset} to, is
 * asked of the lexicon. The arrays are reused from sentence to sentence (a generation stamp marks
 * what this sentence has asked) and grow to the longest sentence: no allocation per sentence. One
 * per extractor run, on one thread.
 */
final class SentenceVerbs {
  private final Lexicon lexicon;

  private @Nullable MappedText para;
  private int from;
  private int to;
  private int generation;
  private int[] asked = new int[0];
  private @Nullable String[] verbs = new String[0];

  SentenceVerbs(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Makes {@code s} the sentence whose positions are kept. */
  void reset(Sentence s) {
    para = s.para();
    from = s.start();
    to = s.end();
    int n = to - from;
    if (n > asked.length) {
      int size = Math.max(n, 2 * asked.length);
      asked = new int[size];
      verbs = new String[size];
      generation = 0;
    }
    generation++;
    if (generation == 0) { // wrapped round: every stamp is stale
      Arrays.fill(asked, 0);
      generation = 1;
    }
  }

  /** {@link Lexicon#verbAt} of {@code s}'s text at {@code j}. */
  @Nullable String at(Sentence s, int j) {
    if (s.para() != para || j < from || j >= to) {
      return lexicon.verbAt(s.text(), j);
    }
    int k = j - from;
    if (asked[k] != generation) {
      verbs[k] = lexicon.verbAt(s.text(), j);
      asked[k] = generation;
    }
    return verbs[k];
  }
}
