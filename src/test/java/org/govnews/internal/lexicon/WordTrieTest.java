package org.govnews.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups in place answer as the same lookups on a substring. */
class WordTrieTest {
  private static final List<String> WORDS = List.of("书记", "副书记", "省长", "长", "委员长", "委员");
  private static final String TEXT = "省委副书记、省长委员长委员书记长";

  @Test
  void holdsIsMembership() {
    WordTrie forward = WordTrie.forward(WORDS);
    WordTrie backward = WordTrie.backward(WORDS);
    for (int from = 0; from <= TEXT.length(); from++) {
      for (int to = from; to <= TEXT.length(); to++) {
        boolean listed = WORDS.contains(TEXT.substring(from, to));
        assertThat(forward.holds(TEXT, from, to)).as("%d-%d", from, to).isEqualTo(listed);
        assertThat(backward.holds(TEXT, from, to)).as("%d-%d", from, to).isEqualTo(listed);
      }
    }
  }

  @Test
  void boundedEndingIsTheSubstringsEnding() {
    WordTrie backward = WordTrie.backward(WORDS);
    for (int from = 0; from <= TEXT.length(); from++) {
      for (int end = from; end <= TEXT.length(); end++) {
        String sub = TEXT.substring(from, end);
        assertThat(backward.longestEndingAt(TEXT, from, end))
            .as("%d-%d", from, end)
            .isEqualTo(backward.longestEndingAt(sub, sub.length()));
      }
    }
  }
}
