package org.govnews.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.govnews.model.Script;
import org.govnews.model.Span;
import org.junit.jupiter.api.Test;

/** The canonical form and its offset map back into the input. */
class TextNormalizerTest {

  static final TextNormalizer N = TextNormalizer.get();

  static String norm(String s) {
    return N.normalize(s).text().text();
  }

  @Test
  void widthFoldsButChinesePunctuationStays() {
    assertThat(norm("ＡＢＣ１２３，：；！？（）\u3000")).isEqualTo("ABC123,:;!?() ");
    assertThat(norm("。、“”《》")).isEqualTo("。、“”《》");
  }

  @Test
  void ellipsesAndCircledNumbersAreKept() {
    assertThat(norm("……⋯①②⑴㈠")).isEqualTo("……⋯①②⑴㈠");
  }

  @Test
  void cornerQuotesAndMiddleDotsBecomeTheCanonicalOnes() {
    assertThat(norm("「通知」『要求』")).isEqualTo("“通知”‘要求’");
    assertThat(norm("买买提・艾力 阿不都‧热合曼 a•b c･d e∙f")).isEqualTo("买买提·艾力 阿不都·热合曼 a·b c·d e·f");
  }

  @Test
  void invisibleCharactersAreDroppedAndTheMapSkipsThem() {
    String in = "\uFEFF会\u200B议\u00AD召\u200C\u200D\u200E\u200F\u2060开\u202A\u202E\u2066\u2069。";
    TextNormalizer.Result r = N.normalize(in);
    assertThat(r.text().text()).isEqualTo("会议召开。");
    MappedText t = r.text();
    assertThat(t.span(1, 2)).isEqualTo(new Span(3, 4));
    assertThat(t.span(2, 3).of(in)).isEqualTo("召");
    assertThat(t.span(3, 4).of(in)).isEqualTo("开");
    assertThat(t.span().start()).isEqualTo(1);
    assertThat(t.span().end()).isEqualTo(in.length());
  }

  @Test
  void traditionalBecomesSimplifiedAndTheScriptIsReported() {
    TextNormalizer.Result trad = N.normalize("行政長官會同行政會議討論施政報告");
    assertThat(trad.text().text()).isEqualTo("行政长官会同行政会议讨论施政报告");
    assertThat(trad.script()).isEqualTo(Script.TRADITIONAL);
    TextNormalizer.Result simp = N.normalize("行政长官会同行政会议讨论施政报告");
    assertThat(simp.script()).isEqualTo(Script.SIMPLIFIED);
    TextNormalizer.Result mixed = N.normalize("會議討論報告，会议讨论报告");
    assertThat(mixed.text().text()).isEqualTo("会议讨论报告,会议讨论报告");
    assertThat(mixed.script()).isEqualTo(Script.MIXED);
    assertThat(N.normalize("會議").script()).as("too little evidence").isEqualTo(Script.SIMPLIFIED);
  }

  @Test
  void expansionsMapEveryOutputCharacterToItsSource() {
    String in = "a㎡b";
    TextNormalizer.Result r = N.normalize(in);
    assertThat(r.text().text()).isEqualTo("am2b");
    MappedText t = r.text();
    assertThat(t.span(1, 3)).isEqualTo(new Span(1, 2));
    assertThat(t.span(3, 4)).isEqualTo(new Span(2, 3));
  }

  @Test
  void aLongRunOfExpansionsGrowsTheMap() {
    String in = "㍻".repeat(50);
    TextNormalizer.Result r = N.normalize(in);
    assertThat(r.text().length()).isEqualTo(100);
    assertThat(r.text().span(98, 100)).isEqualTo(new Span(49, 50));
  }

  @Test
  void supplementaryCharactersKeepBothUnitsInTheirSpan() {
    String in = "甲\uD840\uDC00乙";
    TextNormalizer.Result r = N.normalize(in);
    assertThat(r.text().text()).isEqualTo(in);
    assertThat(r.text().span(1, 3)).isEqualTo(new Span(1, 3));
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    assertThat(norm("a\uD800b\uDC00")).isEqualTo("a\uFFFDb\uFFFD");
  }

  @Test
  void theSharedInstanceIsShared() {
    assertThat(TextNormalizer.get()).isSameAs(N);
  }

  @Test
  void traditionalZheBecomesTheParticleOnlyInItsWords() {
    assertThat(norm("隨著經濟發展,本著原則,抓住著力點")).isEqualTo("随着经济发展,本着原则,抓住着力点");
    assertThat(norm("著名學者的著作")).isEqualTo("著名学者的著作");
  }
}
