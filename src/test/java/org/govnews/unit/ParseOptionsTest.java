package org.govnews.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govnews.GovNewsException;
import org.govnews.GovNewsParser;
import org.govnews.ParseOptions;
import org.govnews.ParseOptions.LexiconKind;
import org.govnews.model.Document;
import org.junit.jupiter.api.Test;

/** Options are immutable values with checked limits; extra lexicon entries reach the parser. */
class ParseOptionsTest {

  @Test
  void defaultsHaveNoDateNoExtrasAndSixteenMebibytes() {
    ParseOptions d = ParseOptions.defaults();
    assertThat(d.referenceDate()).isEmpty();
    assertThat(d.extraLexicon()).isEmpty();
    assertThat(d.maxInputChars())
        .isEqualTo(16 * 1024 * 1024)
        .isEqualTo(ParseOptions.DEFAULT_MAX_INPUT);
  }

  @Test
  void withersChangeOneComponentAndLeaveTheOriginal() {
    ParseOptions d = ParseOptions.defaults();
    ParseOptions dated = d.withReferenceDate(LocalDate.of(2022, 2, 20));
    ParseOptions small = dated.withMaxInputChars(5);
    ParseOptions extra = small.withExtraLexicon(LexiconKind.SURNAMES, List.of("禤"));
    ParseOptions more = extra.withExtraLexicon(LexiconKind.OUTLETS, List.of("晋中日报"));
    assertThat(d.referenceDate()).isEmpty();
    assertThat(dated.referenceDate()).contains(LocalDate.of(2022, 2, 20));
    assertThat(small.maxInputChars()).isEqualTo(5);
    assertThat(small.referenceDate()).isEqualTo(dated.referenceDate());
    assertThat(extra.extraLexicon()).containsExactly(Map.entry(LexiconKind.SURNAMES, List.of("禤")));
    assertThat(more.extraLexicon())
        .containsOnly(
            Map.entry(LexiconKind.SURNAMES, List.of("禤")),
            Map.entry(LexiconKind.OUTLETS, List.of("晋中日报")));
    assertThat(more.maxInputChars()).isEqualTo(5);
    assertThat(more.referenceDate()).isEqualTo(dated.referenceDate());
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> ParseOptions.defaults().withMaxInputChars(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxInputChars must be positive: 0");
    assertThatThrownBy(() -> ParseOptions.defaults().withMaxInputChars(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ParseOptions.defaults().withMaxInputChars(1).maxInputChars()).isEqualTo(1);
  }

  @Test
  void extraEntriesAreCopiedAndImmutable() {
    List<String> entries = new ArrayList<>(List.of("禤"));
    Map<LexiconKind, List<String>> map = new HashMap<>();
    map.put(LexiconKind.SURNAMES, entries);
    ParseOptions o = new ParseOptions(Optional.empty(), map, 100);
    entries.add("亓");
    map.put(LexiconKind.POSTS, List.of("巡视员"));
    assertThat(o.extraLexicon()).containsExactly(Map.entry(LexiconKind.SURNAMES, List.of("禤")));
    assertThatThrownBy(() -> o.extraLexicon().put(LexiconKind.POSTS, List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> o.extraLexicon().get(LexiconKind.SURNAMES).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullsAreRejectedWithTheirName() {
    assertThatThrownBy(() -> new ParseOptions(null, Map.of(), 1)).hasMessage("referenceDate");
    assertThatThrownBy(() -> new ParseOptions(Optional.empty(), null, 1))
        .hasMessage("extraLexicon");
    List<String> withNull = Arrays.asList("禤", null);
    assertThatThrownBy(() -> ParseOptions.defaults().withExtraLexicon(LexiconKind.POSTS, withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("lexicon entry");
  }

  @Test
  void anExtraSurnameLetsTheParserFindAName() {
    // 毌 is in no surname list: the reporter's credit only reads as a name once it is
    String text = "市政府召开常务会议\n3日，市政府召开常务会议，研究部署安全生产工作。\n会议要求，抓好落实。（记者毌明远）\n";
    Document plain = GovNewsParser.create().parse(text, "s");
    Document extended =
        GovNewsParser.create(
                ParseOptions.defaults().withExtraLexicon(LexiconKind.SURNAMES, List.of("毌")))
            .parse(text, "s");
    assertThat(plain.articles().get(0).byline()).isEmpty();
    assertThat(extended.articles().get(0).byline().orElseThrow().reporters())
        .containsExactly("毌明远");
  }

  @Test
  void theExceptionKeepsItsReasonAndCause() {
    IllegalStateException cause = new IllegalStateException("x");
    GovNewsException e = new GovNewsException(GovNewsException.Reason.UNREADABLE, "m", cause);
    assertThat(e.reason()).isEqualTo(GovNewsException.Reason.UNREADABLE);
    assertThat(e.getCause()).isSameAs(cause);
    assertThat(e).hasMessage("m");
    assertThat(new GovNewsException(GovNewsException.Reason.NOT_TEXT, "n").reason())
        .isEqualTo(GovNewsException.Reason.NOT_TEXT);
    assertThatThrownBy(() -> new GovNewsException(null, "m")).hasMessage("reason");
    assertThatThrownBy(() -> new GovNewsException(null, "m", cause)).hasMessage("reason");
    assertThat(GovNewsException.Reason.values())
        .containsExactly(
            GovNewsException.Reason.NOT_TEXT,
            GovNewsException.Reason.TOO_LARGE,
            GovNewsException.Reason.UNREADABLE);
  }
}
