package org.govnews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.model.Article;
import org.govnews.model.Attendee;
import org.govnews.model.DistrictBrief;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.govnews.model.Person;
import org.govnews.model.Place;
import org.govnews.model.PlaceLevel;
import org.govnews.model.Post;
import org.junit.jupiter.api.Test;

/** Joinable keys: places resolved to GB/T 2260 codes, titles parsed into organ and post. */
class PlacesAndPostsTest {

  private static Document sample() {
    return GoldenCorpusTest.PARSER.parse(Path.of("testdata/000_e960017cbd72389b.txt"));
  }

  @Test
  void sampleDistrictsResolveToTheirCodes() {
    Map<String, Optional<Place>> places = new LinkedHashMap<>();
    for (Article a : sample().articles()) {
      for (DistrictBrief b : a.districtBriefs()) {
        places.put(b.district(), b.place());
      }
    }
    Map<String, String> codes =
        Map.of(
            "小店区", "140105", "迎泽区", "140106", "杏花岭区", "140107", "尖草坪区", "140108", "万柏林区", "140109",
            "晋源区", "140110", "清徐县", "140121", "阳曲县", "140122", "娄烦县", "140123", "古交市", "140181");
    codes.forEach(
        (name, code) -> {
          Place p = places.get(name).orElseThrow();
          assertThat(p.code()).as(name).contains(code);
          assertThat(p.level()).as(name).contains(PlaceLevel.COUNTY);
          assertThat(p.parents()).as(name).containsExactly("山西省", "太原市");
        });
    for (String zone : List.of("综改示范区", "中北高新区")) {
      Place p = places.get(zone).orElseThrow();
      assertThat(p.code()).isEmpty();
      assertThat(p.level()).contains(PlaceLevel.ZONE);
    }
  }

  @Test
  void titlesParseIntoOrganAndPost() {
    Meeting m = sample().articles().get(0).meetings().get(0);
    Attendee lan =
        m.attendees().stream().filter(a -> a.name().equals("蓝佛安")).findFirst().orElseThrow();
    assertThat(lan.posts()).hasSize(3);
    Post deputy = lan.posts().get(0);
    assertThat(deputy.organ()).contains("省委");
    assertThat(deputy.post()).isEqualTo("副书记");
    assertThat(deputy.deputy()).isTrue();
    Post governor = lan.posts().get(1);
    assertThat(governor.organ()).contains("省政府");
    assertThat(governor.post()).isEqualTo("省长");
    assertThat(governor.deputy()).isFalse();
    Post group = lan.posts().get(2);
    assertThat(group.organ()).contains("省疫情防控工作领导小组");
    assertThat(group.post()).isEqualTo("组长");
  }

  @Test
  void placeInsideATitleAndActingPosts() {
    Document d =
        GoldenCorpusTest.PARSER.parse(
            "会议\n3月1日,晋中市太谷区委书记王明主持召开区委常委会会议。署理商务及经济发展局局长陈百里出席会议。\n", "t");
    Meeting m = d.articles().get(0).meetings().get(0);
    Post secretary = m.attendees().get(0).posts().get(0);
    assertThat(secretary.place().flatMap(Place::code)).contains("140703");
    assertThat(secretary.organ()).contains("区委");
    assertThat(secretary.post()).isEqualTo("书记");
    Post acting = m.attendees().get(1).posts().get(0);
    assertThat(acting.acting()).isTrue();
    assertThat(acting.post()).isEqualTo("局长");
  }

  @Test
  void everyResolvedCodeExistsInTheDivisionData() throws IOException {
    var g = Lexicon.builtIn().gazetteer();
    int resolved = 0;
    for (Path p : GoldenCorpusTest.articles()) {
      for (Article a : GoldenCorpusTest.PARSER.parse(p).articles()) {
        for (DistrictBrief b : a.districtBriefs()) {
          for (String c : b.place().flatMap(Place::code).stream().toList()) {
            assertThat(g.byCode(c)).as(p + " " + b.district()).isNotNull();
            resolved++;
          }
        }
        for (Person x : a.people()) {
          assertThat(x.posts()).hasSameSizeAs(x.titles());
          for (Post post : x.posts()) {
            for (String c : post.place().flatMap(Place::code).stream().toList()) {
              assertThat(g.byCode(c)).as(p + " " + post.title()).isNotNull();
              resolved++;
            }
          }
        }
      }
    }
    assertThat(resolved).isGreaterThan(10);
  }

  @Test
  void sharedNamesAreDecidedByContextOrLeftWithCandidates() {
    Document open = GoldenCorpusTest.PARSER.parse("简讯\n鼓楼区\n3月1日,鼓楼区召开动员会,要求抓好落实工作。\n", "t");
    Place p = open.articles().get(0).districtBriefs().get(0).place().orElseThrow();
    assertThat(p.code()).isEmpty();
    assertThat(p.candidates()).hasSizeGreaterThan(1);
    Document fuzhou =
        GoldenCorpusTest.PARSER.parse(
            "福州市简讯\n本报讯 福州市各区近日部署工作。\n鼓楼区\n3月1日,鼓楼区召开动员会,要求抓好落实工作。\n", "t");
    Place q = fuzhou.articles().get(0).districtBriefs().get(0).place().orElseThrow();
    assertThat(q.code()).contains("350102");
  }
}
