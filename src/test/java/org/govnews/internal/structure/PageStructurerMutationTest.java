package org.govnews.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.internal.normalize.MappedText;
import org.govnews.internal.normalize.TextNormalizer;
import org.govnews.model.Byline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the layout rules: how long a headline may be, which lines are places, where a page
 * splits, the headline that asks, credits at the end of a roundup. Paragraphs are given one per
 * line (no layout repair), so that each line is classified as printed.
 */
class PageStructurerMutationTest {

  private static final PageStructurer S = new PageStructurer(Lexicon.builtIn());

  /** One paragraph per line, normalized, not joined. */
  private static List<ArticleLayout> page(Optional<String> source, String... lines) {
    List<MappedText> ps =
        Arrays.stream(lines).map(l -> TextNormalizer.get().normalize(l).text()).toList();
    return S.structure(ps, source);
  }

  private static List<ArticleLayout> page(String... lines) {
    return page(Optional.empty(), lines);
  }

  /** What a line is classified as, alone on a page. */
  private static Block.Kind kindOf(String line) {
    List<ArticleLayout> as = page(line);
    return as.get(0).blocks().get(0).kind();
  }

  private static List<String> texts(List<Block> blocks) {
    return blocks.stream().map(Block::body).toList();
  }

  private static String repeat(String unit, int length) {
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      b.append(unit);
    }
    return b.substring(0, length);
  }

  // ---- headings ----

  @Test
  void aCctvHeadlineStackOnOneLineIsAHeading() {
    String stack =
        "中共中央政治局召开会议 研究部署学习宣传贯彻党的二十大精神 审议《中共中央政治局关于加强和维护党中央集中统一领导的若干规定》"
            + "《中共中央政治局贯彻落实中央八项规定实施细则》 中共中央总书记习近平主持会议";
    assertThat(stack.length()).isBetween(65, 160);
    assertThat(kindOf(stack)).isEqualTo(Block.Kind.HEADING);
  }

  @Test
  void aHeadingIsAtMost64CharactersUnlessItsPartsAreParted() {
    String headline64 = repeat("关于进一步加强和改进新时代基层治理工作推动经济社会高质量发展的实施意见", 64);
    assertThat(kindOf(headline64)).isEqualTo(Block.Kind.HEADING);
    String headline65 = repeat("关于进一步加强和改进新时代基层治理工作推动经济社会高质量发展的实施意见", 65);
    assertThat(kindOf(headline65)).as("65 characters in one run").isEqualTo(Block.Kind.PROSE);
  }

  @Test
  void aSpacedStackIsAtMost260CharactersWithFourPartsAnd160WithFewer() {
    String part = "深入学习贯彻党的二十大精神 ";
    String stack260 = repeat(part, 259) + "会";
    assertThat(stack260).hasSize(260);
    assertThat(kindOf(stack260)).isEqualTo(Block.Kind.HEADING);
    String stack261 = stack260 + "议";
    assertThat(kindOf(stack261)).isEqualTo(Block.Kind.PROSE);
    String run = repeat("关于进一步加强和改进新时代基层治理工作推动经济社会高质量发展的实施意见", 78);
    String threeParts = run + " " + run + " " + run;
    assertThat(threeParts).hasSize(236);
    assertThat(kindOf(threeParts.substring(0, 161))).isEqualTo(Block.Kind.PROSE);
    assertThat(kindOf(threeParts.substring(0, 160))).isEqualTo(Block.Kind.HEADING);
  }

  @Test
  void aLongLineWithACommaIsProse() {
    String line = "国务院总理李强主持召开国务院常务会议 听取关于今年以来国民经济和社会发展情况的汇报,部署做好下一阶段经济工作 研究进一步推动有效投资的措施";
    assertThat(line.length()).isGreaterThan(64);
    assertThat(kindOf(line))
        .as("clauses parted by a comma read as running text")
        .isEqualTo(Block.Kind.PROSE);
    assertThat(kindOf(line.replace(",", " ")))
        .as("the same parts parted by spaces are a headline stack")
        .isEqualTo(Block.Kind.HEADING);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "会议强调,要深入学习贯彻党的二十大精神,全面落实省委各项决策部署,推动高质量发展", // clauses, no full stop
        "会议要求,各级各部门要抓好落实,", // breaks off at a comma
        "会议审议了《关于加强基层治理的意见》、", // breaks off at 、
        "坚持以人民为中心的发展思想;", // ends a clause
        "新年伊始,总书记的这些话语意味深长!",
        "会议指出,要抓好落实。"
      })
  void linesThatAreNoHeadings(String line) {
    assertThat(kindOf(line)).as(line).isNotIn(Block.Kind.HEADING, Block.Kind.PLACE_HEADING);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "坚持稳中求进,推动经济社会高质量发展取得新成效", // one comma
        "省委常委会召开会议",
        "学习贯彻党的二十大精神,奋力谱写新篇章,为全面建设现代化国家", // 30 characters, two commas
      })
  void linesThatAreHeadings(String line) {
    assertThat(kindOf(line)).as(line).isEqualTo(Block.Kind.HEADING);
  }

  @Test
  void twoCommasMakeClausesOnlyPastThirtyCharacters() {
    String thirty = "学习贯彻党的二十大精神,奋力谱写新篇章,为全面建设现代化国家";
    assertThat(thirty).hasSize(30);
    assertThat(kindOf(thirty)).isEqualTo(Block.Kind.HEADING);
    String thirtyOne = thirty + "而";
    assertThat(kindOf(thirtyOne)).isEqualTo(Block.Kind.PROSE);
    String oneComma = "坚持稳中求进工作总基调,推动全省经济社会高质量发展取得新的更大成效";
    assertThat(oneComma.length()).isGreaterThan(30);
    assertThat(kindOf(oneComma)).isEqualTo(Block.Kind.HEADING);
  }

  // ---- captions and furniture ----

  @Test
  void aCaptionIsShort() {
    String caption80 = "图为" + repeat("省委常委会召开会议现场", 78);
    assertThat(caption80).hasSize(80);
    assertThat(kindOf(caption80)).isEqualTo(Block.Kind.CAPTION);
    String long81 = caption80 + "。";
    assertThat(kindOf(long81))
        .as("81 characters are running text")
        .isNotEqualTo(Block.Kind.CAPTION);
  }

  @Test
  void aCaptionHasAtMostOneFullStop() {
    assertThat(kindOf("图为会议现场。")).isEqualTo(Block.Kind.CAPTION);
    assertThat(kindOf("图为会议现场。会议强调,要抓好落实。")).isNotEqualTo(Block.Kind.CAPTION);
  }

  @Test
  void aMetaLineWithAFullStopIsProse() {
    assertThat(kindOf("来源:山西日报")).isEqualTo(Block.Kind.META);
    assertThat(kindOf("时间:2023年5月8日。会议在太原召开。")).isEqualTo(Block.Kind.PROSE);
  }

  // ---- place lines ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "郊区", // two characters: a county of 阳泉
        "太原市迎泽区", // six characters ending in 区
        "山西综改示范区唐槐产业园", // twelve characters, a zone
        "◆小店区",
        "(一)小店区",
        "【古交市】",
        "1.清徐县",
        "晋中开发区"
      })
  void placeLines(String line) {
    assertThat(S.isPlaceLine(line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "产业园", // a zone word alone names no place
        "示范区名", // four characters ending in neither a zone word nor 区县市旗
        "省委常委会召开会议",
        "加快建设现代化产业体系和经济区", // too long
        "小店区 坞城街道",
        "3个园区" // a count of zones
      })
  void noPlaceLines(String line) {
    assertThat(S.isPlaceLine(line)).as(line).isFalse();
  }

  // ---- splitting a page ----

  @Test
  void aPageOfHeadlinesOnlyIsOneArticleOfHeadlines() {
    List<ArticleLayout> as = page("深入学习贯彻党的二十大精神", "省委常委会召开会议");
    assertThat(as).hasSize(1);
    assertThat(texts(as.get(0).headline())).containsExactly("深入学习贯彻党的二十大精神", "省委常委会召开会议");
    assertThat(as.get(0).body()).isEmpty();
    assertThat(as.get(0).byline()).isEmpty();
  }

  @Test
  void headingsThatEndThePageAreItemsOfTheArticle() {
    List<ArticleLayout> as = page("省委常委会召开会议", "省委常委会召开会议,研究部署工作。", "相关链接", "党的二十大报告全文");
    assertThat(as).hasSize(1);
    assertThat(as.get(0).items())
        .extracting(i -> i.heading().body())
        .containsExactly("相关链接", "党的二十大报告全文");
  }

  @Test
  void aHeadlineOverPlaceHeadingsAtTheEndOfThePageOpensARoundup() {
    List<ArticleLayout> as =
        page("省委常委会召开会议", "省委常委会召开会议,研究部署工作。", "各地贯彻落实会议精神", "小店区", "小店区召开会议,传达学习会议精神。");
    assertThat(as).hasSize(2);
    assertThat(texts(as.get(1).headline())).containsExactly("各地贯彻落实会议精神");
    assertThat(as.get(1).items())
        .extracting(ArticleLayout.RoundupItem::place)
        .containsExactly(Optional.of("小店区"));
  }

  @Test
  void placeHeadingsWithoutAHeadlineOverThemStayInTheArticle() {
    List<ArticleLayout> as =
        page("各地贯彻落实会议精神", "各地认真传达学习会议精神。", "小店区", "小店区召开会议,传达学习会议精神。", "古交市", "古交市召开会议,研究部署工作。");
    assertThat(as).hasSize(1);
    assertThat(as.get(0).items())
        .extracting(ArticleLayout.RoundupItem::place)
        .containsExactly(Optional.of("小店区"), Optional.of("古交市"));
  }

  @Test
  void aHeadingBeforeAnyProseOpensNoSecondArticle() {
    List<ArticleLayout> as = page("省委常委会召开会议", "本报讯 省委常委会召开会议,研究部署工作。", "会议要求", "本报讯 会议要求,抓好落实。");
    assertThat(as).as("a heading run followed by a byline, after prose").hasSize(2);
    List<ArticleLayout> one = page("深入学习贯彻党的二十大精神", "省委常委会召开会议", "本报讯 省委常委会召开会议,研究部署工作。");
    assertThat(one).hasSize(1);
    assertThat(one.get(0).headline()).hasSize(2);
  }

  // ---- the headline that asks or exclaims ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "新年伊始,总书记谈了啥?",
        "奋进新征程!",
        "奋进新征程!建功新时代",
        "一图读懂政府工作报告!",
      })
  void aFirstLineThatAsksOrExclaimsIsTheHeadline(String first) {
    ArticleLayout a = page(first, "新年伊始,习近平总书记发表新年贺词。", "贺词指出,要坚定信心。").get(0);
    assertThat(texts(a.headline())).containsExactly(first);
    assertThat(a.headline().get(0).kind()).isEqualTo(Block.Kind.HEADING);
    assertThat(texts(a.body())).containsExactly("新年伊始,习近平总书记发表新年贺词。", "贺词指出,要坚定信心。");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "总书记在新年贺词中谈到了哪些事关全局的大事,又对新的一年提出了哪些要求?", // the comma stands in its second half
        "会议强调,要抓好落实。总书记谈了啥?", // a sentence ends in it
        "新年伊始,习近平总书记在新年贺词中谈到了一系列事关党和国家事业发展全局的重大问题,令人振奋,催人奋进!" // longer than 50
      })
  void aFirstLineThatIsASentenceStaysInTheBody(String first) {
    ArticleLayout a = page(first, "贺词指出,要坚定信心。").get(0);
    assertThat(a.headline()).isEmpty();
    assertThat(texts(a.body())).containsExactly(first, "贺词指出,要坚定信心。");
  }

  @Test
  void aFirstLineOf50CharactersMayAsk() {
    String q = "新年伊始," + repeat("习近平总书记在新年贺词中谈到了哪些事关全局的大事", 44) + "?";
    assertThat(q).hasSize(50);
    assertThat(texts(page(q, "贺词指出,要坚定信心。").get(0).headline())).containsExactly(q);
    String q51 = "新年伊始," + repeat("习近平总书记在新年贺词中谈到了哪些事关全局的大事", 45) + "?";
    assertThat(page(q51, "贺词指出,要坚定信心。").get(0).headline()).isEmpty();
  }

  @Test
  void aBylineFirstIsNoHeadline() {
    ArticleLayout a = page("本报讯 省委常委会召开会议,研究部署工作!", "会议要求,抓好落实。").get(0);
    assertThat(a.headline()).isEmpty();
    assertThat(a.byline()).isPresent();
  }

  // ---- credits at the end ----

  @Test
  void aSourceCreditAtTheEndIsCutAndNamesTheOutlet() {
    ArticleLayout a = page("省委常委会召开会议", "省委常委会召开会议,研究部署工作。(来源: 新华社 )").get(0);
    assertThat(texts(a.body())).containsExactly("省委常委会召开会议,研究部署工作。");
    assertThat(a.byline().orElseThrow().outlet()).contains("新华社");
  }

  @Test
  void aSourceCreditFillsTheOutletABylineLacks() {
    ArticleLayout a = page("省委常委会召开会议", "本报讯 省委常委会召开会议,研究部署工作。", "会议要求,抓好落实。(时政来源:人民网)").get(0);
    Byline b = a.byline().orElseThrow();
    assertThat(b.outlet()).contains("人民网");
    assertThat(b.raw().strip()).isEqualTo("本报讯");
    assertThat(texts(a.body())).containsExactly("省委常委会召开会议,研究部署工作。", "会议要求,抓好落实。");
  }

  @Test
  void theSourceLineOnTopWinsOverTheCreditAtTheEnd() {
    ArticleLayout a = page("省委常委会召开会议", "来源:山西日报", "省委常委会召开会议,研究部署工作。(来源:山西日报)").get(0);
    assertThat(a.byline().orElseThrow().outlet()).contains("山西日报");
    assertThat(texts(a.body())).containsExactly("省委常委会召开会议,研究部署工作。");
  }

  @Test
  void aReporterCreditedAtTheEndOfTheLastRoundupItem() {
    ArticleLayout a =
        page(
                Optional.of("山西日报"),
                "各地贯彻落实会议精神",
                "各地认真传达学习会议精神。",
                "小店区",
                "小店区召开会议,传达学习会议精神。",
                "古交市",
                "古交市召开会议,研究部署工作。(记者刘勇)")
            .get(0);
    List<ArticleLayout.RoundupItem> items = a.items();
    assertThat(items).hasSize(2);
    assertThat(texts(items.get(1).prose())).containsExactly("古交市召开会议,研究部署工作。");
    assertThat(texts(a.body())).containsExactly("各地认真传达学习会议精神。");
    Byline b = a.byline().orElseThrow();
    assertThat(b.reporters()).containsExactly("刘勇");
    assertThat(b.outlet()).contains("山西日报");
  }

  @Test
  void aReporterCreditedInTheBodyBeforeAnEmptyLastItem() {
    ArticleLayout a =
        page(Optional.of("山西日报"), "省委常委会召开会议", "省委常委会召开会议,研究部署工作。(记者刘勇)", "相关链接").get(0);
    assertThat(texts(a.body())).containsExactly("省委常委会召开会议,研究部署工作。");
    assertThat(a.items()).hasSize(1);
    assertThat(a.items().get(0).prose()).isEmpty();
    assertThat(a.byline().orElseThrow().reporters()).containsExactly("刘勇");
  }

  // ---- places of roundup headings ----

  @Test
  void thePlaceBeforeAColon() {
    ArticleLayout a =
        page(
                "各地开展安全生产检查",
                "各地开展安全生产检查,消除隐患。",
                "北京:全面排查隐患",
                "北京市开展检查,消除隐患。",
                "太原市小店区坞城街道:开展排查",
                "坞城街道开展检查,消除隐患。",
                "漕河泾新兴技术开发区:打造创新高地",
                "开发区开展检查,消除隐患。",
                "横琴粤澳深度合作区:推进琴澳一体化",
                "合作区开展检查,消除隐患。")
            .get(0);
    assertThat(a.items())
        .extracting(ArticleLayout.RoundupItem::place)
        .containsExactly(
            Optional.of("北京"),
            Optional.of(
                "太原市小店区"), // the street is no place of the gazetteer: the places it opens with
            Optional.of("漕河泾新兴技术开发区"), // a zone of ten characters before the colon
            Optional.of("横琴粤澳深度合作区"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "山西转型综合改革示范区召开会议|山西转型综合改革示范区",
        "上海临港新片区|上海临港新片区",
        "河北雄安新区发布总体规划|河北雄安新区",
        "湖北宜昌|湖北宜昌",
        "山西省太原市小店区召开会议|山西省太原市小店区"
      })
  void placePrefixes(String s, String place) {
    assertThat(S.placePrefix(s)).as(s).contains(place);
  }
}
