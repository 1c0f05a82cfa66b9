package org.govnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.govnews.model.Span;
import org.junit.jupiter.api.Test;

/** Slices, joins and strips keep pointing at the input characters they came from. */
class MappedTextTest {

  static MappedText of(String input) {
    return TextNormalizer.get().normalize(input).text();
  }

  @Test
  void emptyRangesMapToAPoint() {
    MappedText t = of("会议召开");
    assertThat(t.span(1, 1)).isEqualTo(new Span(1, 1));
    assertThat(t.span(4, 4)).as("at the end").isEqualTo(new Span(4, 4));
    assertThat(t.span(3, 1)).isEqualTo(new Span(3, 3));
    assertThat(of("").span()).isEqualTo(new Span(0, 0));
    assertThat(of("\u200B").span()).as("all dropped").isEqualTo(new Span(0, 0));
  }

  @Test
  void sliceAndConcatCarryTheMap() {
    String in = "ＡＢ会议，召开";
    MappedText t = of(in);
    MappedText a = t.slice(0, 2);
    MappedText b = t.slice(5, 7);
    MappedText ab = a.concat(b);
    assertThat(ab.text()).isEqualTo("AB召开");
    assertThat(ab.span(2, 4).of(in)).isEqualTo("召开");
    assertThat(ab.span(0, 2).of(in)).isEqualTo("ＡＢ");
    assertThat(ab.toString()).isEqualTo("AB召开");
    assertThat(ab.length()).isEqualTo(4);
  }

  @Test
  void stripDropsBlanksOnBothSidesAndKeepsTheMap() {
    String in = " \u3000会议召开\t\u200B ";
    MappedText t = of(in).strip();
    assertThat(t.text()).isEqualTo("会议召开");
    assertThat(t.span().of(in)).isEqualTo("会议召开");
    MappedText clean = of("会议");
    assertThat(clean.strip()).isSameAs(clean);
    assertThat(of("   ").strip().text()).isEmpty();
    assertThat(of("会议  ").strip().text()).isEqualTo("会议");
  }

  @Test
  void blanksAreWhiteSpaceControlsAndFormatCharacters() {
    assertThat(MappedText.isBlank(' ')).isTrue();
    assertThat(MappedText.isBlank('\u3000')).isTrue();
    assertThat(MappedText.isBlank('\u00A0')).isTrue();
    assertThat(MappedText.isBlank('\u0007')).isTrue();
    assertThat(MappedText.isBlank('\u200D')).isTrue();
    assertThat(MappedText.isBlank('会')).isFalse();
    assertThat(MappedText.isBlank('。')).isFalse();
  }
}
