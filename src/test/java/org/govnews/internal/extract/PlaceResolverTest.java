package org.govnews.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.model.Place;
import org.govnews.model.PlaceLevel;
import org.govnews.model.Post;
import org.junit.jupiter.api.Test;

/** Place names to GB/T 2260 divisions, shared names decided by context, titles with places. */
class PlaceResolverTest {
  static final Lexicon LEX = Lexicon.builtIn();
  static final PlaceResolver R = new PlaceResolver(LEX);
  static final PostParser POSTS = new PostParser(LEX, R);

  static Set<String> anchors(String opening, Optional<String> outlet) {
    return R.anchors(List.of(new PlaceResolver.Stretch(opening, 0, opening.length())), outlet);
  }

  @Test
  void fullAndShortNames() {
    Place p = R.resolve("小店区", Set.of()).orElseThrow();
    assertThat(p.code()).contains("140105");
    assertThat(p.level()).contains(PlaceLevel.COUNTY);
    assertThat(p.parents()).containsExactly("山西省", "太原市");
    assertThat(p.candidates()).isEmpty();
    assertThat(R.resolve("太原", Set.of()).orElseThrow().code()).contains("140100");
  }

  @Test
  void unknownAndEmptyNamesAreNoPlace() {
    assertThat(R.resolve("", Set.of())).isEmpty();
    assertThat(R.resolve("会议室", Set.of())).isEmpty();
    assertThat(R.resolve("太原会议室", Set.of())).as("a chain that stops").isEmpty();
  }

  @Test
  void aSharedNameIsDecidedByTheContextOrKeepsItsCandidates() {
    Place open = R.resolve("鼓楼区", Set.of()).orElseThrow();
    assertThat(open.code()).isEmpty();
    assertThat(open.level()).contains(PlaceLevel.COUNTY);
    assertThat(open.candidates()).contains("320106", "320302", "350102", "410204");
    assertThat(open.parents()).isEmpty();
    Set<String> nanjing = anchors("南京市召开会议", Optional.empty());
    assertThat(R.resolve("鼓楼区", nanjing).orElseThrow().code()).contains("320106");
    Set<String> fujian = anchors("会议召开", Optional.of("福建日报"));
    assertThat(R.resolve("鼓楼区", fujian).orElseThrow().code()).contains("350102");
    Set<String> elsewhere = anchors("山西省召开会议", Optional.empty());
    assertThat(R.resolve("鼓楼区", elsewhere).orElseThrow().candidates()).hasSizeGreaterThan(1);
  }

  @Test
  void anchorsAreUnambiguousFullNamesInTheOpeningAndTheOutletsProvince() {
    Set<String> a = anchors("太原市小店区和鼓楼区,太原召开会议", Optional.of("山西日报"));
    assertThat(a).contains("140100", "140105", "140000");
    assertThat(a).doesNotContain("320106");
    assertThat(anchors("会议召开", Optional.of("人民日报"))).isEmpty();
    String far = "会".repeat(700) + "小店区";
    assertThat(anchors(far, Optional.empty())).as("only the opening counts").isEmpty();
  }

  @Test
  void renamedAndMergedDivisionsResolveToTheirSuccessor() {
    Place p = R.resolve("莱芜市", Set.of()).orElseThrow();
    assertThat(p.code()).contains("370100");
    assertThat(p.name()).isEqualTo("莱芜市");
  }

  @Test
  void chainsResolveToTheirLastPlace() {
    Place p = R.resolve("晋中市太谷区", Set.of()).orElseThrow();
    assertThat(p.code()).contains("140703");
    assertThat(R.placePrefixLength("晋中市太谷区委书记")).isEqualTo(6);
    assertThat(R.placePrefixLength("山西省太原市小店区委书记")).isEqualTo(9);
    assertThat(R.placePrefixLength("会议")).isZero();
    assertThat(R.placePrefixLength("太原")).isEqualTo(2);
  }

  @Test
  void zonesHaveNoCodeButTheirParents() {
    Place z = R.resolve("太原综改示范区", Set.of()).orElseThrow();
    assertThat(z.level()).contains(PlaceLevel.ZONE);
    assertThat(z.code()).isEmpty();
    assertThat(z.parents()).containsExactly("山西省", "太原市");
    Place bare = R.resolve("中北高新区", Set.of()).orElseThrow();
    assertThat(bare.level()).contains(PlaceLevel.ZONE);
    assertThat(bare.parents()).isEmpty();
  }

  @Test
  void levelWordsNameTheContextsDivisionOfThatLevel() {
    Set<String> taiyuan = anchors("太原市小店区召开会议", Optional.empty());
    assertThat(R.ofLevelWord("省委", taiyuan).orElseThrow().code()).contains("140000");
    assertThat(R.ofLevelWord("市政府", taiyuan).orElseThrow().code()).contains("140100");
    assertThat(R.ofLevelWord("县委", taiyuan).orElseThrow().name())
        .as("a district is of county level")
        .isEqualTo("小店区");
    assertThat(R.ofLevelWord("县委", anchors("太原市召开会议", Optional.empty()))).isEmpty();
    assertThat(R.ofLevelWord("县委", anchors("清徐县召开会议", Optional.empty())).orElseThrow().code())
        .contains("140121");
    assertThat(R.ofLevelWord("国务院", taiyuan)).isEmpty();
    assertThat(R.ofLevelWord("", taiyuan)).isEmpty();
    assertThat(R.ofLevelWord("省委", Set.of())).isEmpty();
    Set<String> two = anchors("山西省和山东省召开会议", Optional.empty());
    assertThat(R.ofLevelWord("省委", two)).as("two provinces: undecided").isEmpty();
  }

  @Test
  void actingTitlesAndOrgansAfterAPlace() {
    Post acting = POSTS.parse("代省长", Set.of());
    assertThat(acting.acting()).isTrue();
    assertThat(acting.post()).isEqualTo("省长");
    assertThat(acting.organ()).contains("省政府");
    assertThat(POSTS.parse("代表", Set.of()).acting()).as("代 that is not acting").isFalse();
    Post mayor = POSTS.parse("太原市人民政府市长", Set.of());
    assertThat(mayor.place().flatMap(Place::code)).contains("140100");
    assertThat(mayor.post()).isEqualTo("市长");
    assertThat(POSTS.parse("太原市政协主席", Set.of()).organ()).contains("市政协");
    assertThat(POSTS.parse("太原市人大常委会主任", Set.of()).organ()).contains("市人大常委会");
    assertThat(POSTS.parse("太原市纪委书记", Set.of()).organ()).contains("市纪委");
    assertThat(POSTS.parse("太原市政府秘书长", Set.of()).organ()).contains("市政府");
    Post none = POSTS.parse("同志", Set.of());
    assertThat(none.organ()).isEmpty();
    assertThat(none.post()).isEqualTo("同志");
    assertThat(none.deputy()).isFalse();
  }
}
