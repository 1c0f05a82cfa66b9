package org.govnews.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.govnews.model.Diagnostic;
import org.govnews.model.Headline;
import org.govnews.model.PartialDate;
import org.govnews.model.Span;
import org.junit.jupiter.api.Test;

/** The records check what they promise: spans in order, dates in range, no nulls. */
class ModelTest {

  @Test
  void spansAreOrderedAndNonNegative() {
    assertThat(new Span(0, 0).of("abc")).isEmpty();
    assertThat(new Span(1, 3).of("abc")).isEqualTo("bc");
    assertThatThrownBy(() -> new Span(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad span [-1, 2)");
    assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partialDatesPrintAsIso8601() {
    assertThat(new PartialDate(OptionalInt.of(2022), OptionalInt.of(2), 20).toIso())
        .isEqualTo("2022-02-20");
    assertThat(new PartialDate(OptionalInt.of(33), OptionalInt.of(12), 1).toIso())
        .isEqualTo("0033-12-01");
    assertThat(new PartialDate(OptionalInt.empty(), OptionalInt.of(2), 5).toIso())
        .isEqualTo("--02-05");
    assertThat(new PartialDate(OptionalInt.empty(), OptionalInt.empty(), 31)).hasToString("---31");
  }

  @Test
  void partialDatesCheckTheirRanges() {
    assertThatThrownBy(() -> new PartialDate(OptionalInt.empty(), OptionalInt.empty(), 0))
        .hasMessage("day 0");
    assertThatThrownBy(() -> new PartialDate(OptionalInt.empty(), OptionalInt.empty(), 32))
        .hasMessage("day 32");
    assertThatThrownBy(() -> new PartialDate(OptionalInt.empty(), OptionalInt.of(0), 1))
        .hasMessageStartingWith("month");
    assertThatThrownBy(() -> new PartialDate(OptionalInt.empty(), OptionalInt.of(13), 1))
        .hasMessageStartingWith("month");
    assertThatThrownBy(() -> new PartialDate(OptionalInt.of(2022), OptionalInt.empty(), 1))
        .hasMessage("a year without a month");
    assertThat(new PartialDate(OptionalInt.empty(), OptionalInt.of(1), 1).month()).hasValue(1);
    assertThat(new PartialDate(OptionalInt.empty(), OptionalInt.of(12), 31).day()).isEqualTo(31);
  }

  @Test
  void diagnosticsAndHeadlinesRejectNulls() {
    assertThat(new Diagnostic("MALFORMED_INPUT", "m").code()).isEqualTo("MALFORMED_INPUT");
    assertThatThrownBy(() -> new Diagnostic(null, "m")).hasMessage("code");
    assertThatThrownBy(() -> new Diagnostic("c", null)).hasMessage("message");
    Headline empty = Headline.empty();
    assertThat(empty.kicker()).isEmpty();
    assertThat(empty.title()).isEmpty();
    assertThat(empty.subtitle()).isEmpty();
    assertThatThrownBy(() -> new Headline(null, Optional.empty(), Optional.empty()))
        .hasMessage("kicker");
    assertThatThrownBy(() -> new Headline(Optional.empty(), null, Optional.empty()))
        .hasMessage("title");
    assertThatThrownBy(() -> new Headline(Optional.empty(), Optional.empty(), null))
        .hasMessage("subtitle");
  }
}
