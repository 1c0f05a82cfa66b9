package org.govnews.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.model.Place;
import org.govnews.model.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles into organ and post, at every level the genre prints. */
class PostParserTest {
  private static final Lexicon LEX = Lexicon.builtIn();
  private static final PlaceResolver PLACES = new PlaceResolver(LEX);
  private static final PostParser POSTS = new PostParser(LEX, PLACES);

  @ParameterizedTest
  @CsvSource({
    "省委副书记, 省委, 副书记, true, false",
    "省长, 省政府, 省长, false, false",
    "省人大常委会党组书记, 省人大常委会党组, 书记, false, false",
    "署理政务司司长, 政务司, 司长, false, true",
    "省新冠肺炎疫情防控工作领导小组组长, 省新冠肺炎疫情防控工作领导小组, 组长, false, false",
    "县委常委, 县委, 常委, false, false",
    "副县长, 县政府, 副县长, true, false",
    "乡党委书记, 乡党委, 书记, false, false",
    "街道办事处主任, 街道办事处, 主任, false, false",
    "国务院副总理, 国务院, 副总理, true, false",
    "中共中央政治局常委, 中共中央政治局, 常委, false, false",
    "常务副省长, 省政府, 常务副省长, true, false",
  })
  void titleForms(String title, String organ, String post, boolean deputy, boolean acting) {
    Post p = POSTS.parse(title, Set.of());
    assertThat(p.organ()).as(title).contains(organ);
    assertThat(p.post()).as(title).isEqualTo(post);
    assertThat(p.deputy()).as(title).isEqualTo(deputy);
    assertThat(p.acting()).as(title).isEqualTo(acting);
  }

  @Test
  void aPlaceInsideATitle() {
    Post p = POSTS.parse("晋中市太谷区委书记", Set.of());
    assertThat(p.place().flatMap(Place::code)).contains("140703");
    assertThat(p.place().orElseThrow().parents()).containsExactly("山西省", "晋中市");
    assertThat(p.organ()).contains("区委");
    assertThat(p.post()).isEqualTo("书记");
  }

  @Test
  void resolvedPlacesAgreeWithTheirParents() {
    var g = LEX.gazetteer();
    for (String name : List.of("小店区", "太原", "湖北宜昌", "晋中市太谷区", "莱芜市", "鼓楼区", "南区")) {
      Place p = PLACES.resolve(name, Set.of()).orElseThrow();
      if (p.code().isPresent()) {
        var d = g.byCode(p.code().get());
        assertThat(d).as(name).isNotNull();
        assertThat(g.parents(d)).as(name).isEqualTo(p.parents());
      } else {
        assertThat(p.candidates()).as(name + " is ambiguous: not guessed").hasSizeGreaterThan(1);
      }
    }
    assertThat(PLACES.resolve("鼓楼区", Set.of()).orElseThrow().code()).isEmpty();
    assertThat(PLACES.resolve("莱芜市", Set.of()).orElseThrow().code()).contains("370100");
  }

  @Test
  void everyExpectedTitleOfTestdataHasAPost() throws IOException {
    Pattern titles = Pattern.compile("\"titles\":\\s*\\[([^\\]]*)\\]");
    Pattern str = Pattern.compile("\"([^\"]+)\"");
    int n = 0;
    try (Stream<Path> s = Files.list(Path.of("testdata"))) {
      for (Path p : s.filter(x -> x.toString().endsWith(".expected.json")).toList()) {
        Matcher m = titles.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          Matcher t = str.matcher(m.group(1));
          while (t.find()) {
            Post post = POSTS.parse(t.group(1), Set.of());
            assertThat(post.post()).as(p + ": " + t.group(1)).isNotBlank();
            assertThat(LEX.isPost(post.post()) || post.post().startsWith("常务"))
                .as(p + ": " + t.group(1) + " → " + post.post())
                .isTrue();
            n++;
          }
        }
      }
    }
    assertThat(n).isGreaterThan(50);
  }
}
