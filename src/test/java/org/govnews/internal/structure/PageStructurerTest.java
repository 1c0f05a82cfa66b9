package org.govnews.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.internal.normalize.MappedText;
import org.govnews.internal.normalize.TextNormalizer;
import org.govnews.internal.segment.ParagraphSegmenter;
import org.govnews.model.Byline;
import org.junit.jupiter.api.Test;

/** The articles of a page and the parts of each, on small pages written for each rule. */
class PageStructurerTest {

  static final PageStructurer S = new PageStructurer(Lexicon.builtIn());

  static List<ArticleLayout> pages(String text, Optional<String> pageSource) {
    List<MappedText> paragraphs =
        ParagraphSegmenter.segment(TextNormalizer.get().normalize(text).text());
    return S.structure(paragraphs, pageSource);
  }

  static List<ArticleLayout> pages(String text) {
    return pages(text, Optional.empty());
  }

  static List<String> texts(List<Block> blocks) {
    return blocks.stream().map(Block::body).toList();
  }

  static List<Block.Kind> kinds(ArticleLayout a) {
    return a.blocks().stream().map(Block::kind).toList();
  }

  @Test
  void headlineStackBylineAndBody() {
    List<ArticleLayout> as =
        pages(
            "深入学习贯彻党的二十大精神\n省委常委会召开会议\n传达学习中央经济工作会议精神\n"
                + "新华社太原12月20日电(记者 王明)20日,省委常委会召开会议。\n会议强调,要抓好落实。\n");
    assertThat(as).hasSize(1);
    ArticleLayout a = as.get(0);
    assertThat(texts(a.headline())).containsExactly("深入学习贯彻党的二十大精神", "省委常委会召开会议", "传达学习中央经济工作会议精神");
    Byline b = a.byline().orElseThrow();
    assertThat(b.outlet()).contains("新华社");
    assertThat(b.place()).contains("太原");
    assertThat(b.reporters()).containsExactly("王明");
    assertThat(a.bylineDate()).containsExactly(0, 12, 20);
    assertThat(texts(a.body())).containsExactly("20日,省委常委会召开会议。", "会议强调,要抓好落实。");
    assertThat(a.items()).isEmpty();
    assertThat(a.editors()).isEmpty();
    assertThat(kinds(a))
        .startsWith(Block.Kind.HEADING, Block.Kind.HEADING, Block.Kind.HEADING, Block.Kind.PROSE);
  }

  @Test
  void theHeadlineStackHasAtMostFourLines() {
    ArticleLayout a = pages("一行标题\n二行标题\n三行标题\n四行标题\n五行标题\n会议召开,研究部署工作。\n").get(0);
    assertThat(a.headline()).hasSize(4);
  }

  @Test
  void aBylineAloneOnItsLineIsNoBodyText() {
    ArticleLayout a = pages("省委常委会召开会议\n央视网消息(新闻联播):\n省委常委会20日召开会议,研究部署工作。\n").get(0);
    assertThat(a.byline().orElseThrow().outlet()).contains("央视网(新闻联播)");
    assertThat(kinds(a)).containsExactly(Block.Kind.HEADING, Block.Kind.BYLINE, Block.Kind.PROSE);
    assertThat(texts(a.body())).containsExactly("省委常委会20日召开会议,研究部署工作。");
  }

  @Test
  void furnitureCaptionsAndCreditsStayOutOfTheBody() {
    ArticleLayout a =
        pages(
                "省委常委会召开会议\n来源:山西日报\n发布日期:2022-02-20\n"
                    + "省委常委会召开会议,研究部署工作。\n图为会议现场。\n王明 摄\n(以上由徐方伟编辑整理)\n责任编辑:龙慧\n")
            .get(0);
    assertThat(texts(a.body())).containsExactly("省委常委会召开会议,研究部署工作。");
    assertThat(a.editors()).containsExactly("徐方伟", "龙慧");
    assertThat(kinds(a))
        .containsExactly(
            Block.Kind.HEADING,
            Block.Kind.META,
            Block.Kind.META,
            Block.Kind.PROSE,
            Block.Kind.CAPTION,
            Block.Kind.CAPTION,
            Block.Kind.CREDIT,
            Block.Kind.CREDIT);
    Byline b = a.byline().orElseThrow();
    assertThat(b.outlet()).as("the source line names the outlet").contains("山西日报");
    assertThat(b.reporters()).isEmpty();
  }

  @Test
  void theSourceLineFillsTheOutletABylineLacks() {
    ArticleLayout a = pages("会议召开\n本报讯 省委常委会召开会议,研究部署工作。\n来源:山西日报\n").get(0);
    assertThat(a.byline().orElseThrow().outlet()).contains("山西日报");
  }

  @Test
  void thePagesSourceIsTheOutletWhenNothingElseNamesOne() {
    ArticleLayout a = pages("会议召开\n省委常委会召开会议,研究部署工作。\n", Optional.of("晋中日报")).get(0);
    Byline b = a.byline().orElseThrow();
    assertThat(b.outlet()).contains("晋中日报");
    assertThat(b.span().start()).isEqualTo(b.span().end());
    assertThat(pages("会议召开\n省委常委会召开会议,研究部署工作。\n").get(0).byline()).isEmpty();
  }

  @Test
  void aReporterCreditedAtTheEndIsCutFromTheLastParagraph() {
    ArticleLayout a =
        pages("会议召开\n省委常委会召开会议,研究部署工作。\n会议要求,抓好落实。(记者刘勇)\n", Optional.of("山西日报")).get(0);
    assertThat(texts(a.body())).containsExactly("省委常委会召开会议,研究部署工作。", "会议要求,抓好落实。");
    Byline b = a.byline().orElseThrow();
    assertThat(b.reporters()).containsExactly("刘勇");
    assertThat(b.outlet()).contains("山西日报");
    assertThat(b.raw()).isEqualTo("(记者刘勇)");
  }

  @Test
  void aTrailingCreditCompletesABylineWithoutReporters() {
    ArticleLayout a = pages("会议召开\n本报讯 省委常委会召开会议,研究部署工作。\n会议要求,抓好落实。(记者刘勇)\n").get(0);
    assertThat(a.byline().orElseThrow().reporters()).containsExactly("刘勇");
    assertThat(a.byline().orElseThrow().raw().strip()).isEqualTo("本报讯");
  }

  @Test
  void headingsFollowedByABylineOpenANewArticle() {
    List<ArticleLayout> as =
        pages("省委常委会召开会议\n本报讯 省委常委会召开会议,研究部署工作。\n" + "省政府召开常务会议\n本报讯 省政府召开常务会议,研究部署安全生产工作。\n");
    assertThat(as).hasSize(2);
    assertThat(texts(as.get(1).headline())).containsExactly("省政府召开常务会议");
  }

  @Test
  void headingsWithoutABylineAreSectionsOfTheSameArticle() {
    List<ArticleLayout> as = pages("省委常委会召开会议\n省委常委会召开会议,研究部署工作。\n" + "一、关于安全生产\n会议要求,抓好安全生产工作。\n");
    assertThat(as).hasSize(1);
    assertThat(as.get(0).items()).hasSize(1);
    assertThat(as.get(0).items().get(0).place()).isEmpty();
  }

  @Test
  void aRoundupHeadlineOverPlaceHeadingsOpensARoundup() {
    List<ArticleLayout> as =
        pages(
            "省委常委会召开会议\n省委常委会召开会议,研究部署工作。\n"
                + "各地贯彻落实会议精神\n小店区\n小店区召开区委常委会会议,传达学习会议精神。\n"
                + "中北高新区\n中北高新区召开党工委会议,研究部署工作。\n");
    assertThat(as).hasSize(2);
    ArticleLayout r = as.get(1);
    assertThat(texts(r.headline())).containsExactly("各地贯彻落实会议精神");
    assertThat(r.body()).isEmpty();
    assertThat(r.items())
        .extracting(ArticleLayout.RoundupItem::place)
        .containsExactly(Optional.of("小店区"), Optional.of("中北高新区"));
    assertThat(texts(r.items().get(0).prose())).containsExactly("小店区召开区委常委会会议,传达学习会议精神。");
    assertThat(r.items().get(1).heading().kind()).isEqualTo(Block.Kind.PLACE_HEADING);
  }

  @Test
  void roundupItemsNamedByAColonOrByTheirOpeningPlaces() {
    ArticleLayout a =
        pages(
                "各地开展安全生产检查\n各地开展安全生产检查,消除隐患。\n"
                    + "太原:全面排查隐患\n太原市开展检查,消除隐患。\n"
                    + "湖北宜昌举行应急演练\n宜昌市开展演练,提高能力。\n"
                    + "上海临港新片区发布新政\n临港新片区发布政策,优化营商环境。\n"
                    + "会议室:全面排查隐患\n有关部门开展检查,消除隐患。\n")
            .get(0);
    assertThat(a.items())
        .extracting(ArticleLayout.RoundupItem::place)
        .containsExactly(
            Optional.of("太原"), Optional.of("湖北宜昌"), Optional.of("上海临港新片区"), Optional.empty());
  }

  @Test
  void placeLines() {
    assertThat(S.isPlaceLine("小店区")).isTrue();
    assertThat(S.isPlaceLine("古交市")).isTrue();
    assertThat(S.isPlaceLine("太原综改示范区")).isTrue();
    assertThat(S.isPlaceLine("某某旗")).isTrue();
    assertThat(S.isPlaceLine("区")).isFalse();
    assertThat(S.isPlaceLine("小店区1")).isFalse();
    assertThat(S.isPlaceLine("一个很长很长的不是地名的标题行")).isFalse();
    assertThat(S.isPlaceLine("全面推进乡村振兴")).isFalse();
  }

  @Test
  void placePrefixes() {
    assertThat(S.placePrefix("湖北宜昌举行演练")).contains("湖北宜昌");
    assertThat(S.placePrefix("山西省太原市小店区召开会议")).contains("山西省太原市小店区");
    assertThat(S.placePrefix("上海临港新片区发布新政")).contains("上海临港新片区");
    assertThat(S.placePrefix("全面推进乡村振兴")).isEmpty();
  }

  @Test
  void aPageOfPlaceLedStoriesUnderTheirOwnBylinesIsARoundup() {
    // held-out set 8b: a county-news page, each story a place-led title, 本报讯, its text and a
    // credit line; the credit closed the story and was read as the next story's headline
    List<ArticleLayout> as =
        pages(
            "县域快讯\n华阴举办农民丰收节\n本报讯\n9月23日,华阴市举办农民丰收节活动。\n(张建华)\n"
                + "礼泉推进果园改造\n本报讯\n日前,礼泉县启动果园改造工程。\n(李红 王涛)\n");
    assertThat(as).hasSize(1);
    ArticleLayout a = as.get(0);
    assertThat(texts(a.headline())).containsExactly("县域快讯");
    assertThat(a.items())
        .extracting(ArticleLayout.RoundupItem::place)
        .containsExactly(Optional.of("华阴"), Optional.of("礼泉"));
    assertThat(texts(a.items().get(0).prose())).containsExactly("9月23日,华阴市举办农民丰收节活动。");
    assertThat(a.byline().orElseThrow().reporters()).containsExactly("张建华", "李红", "王涛");
    assertThat(kinds(a)).contains(Block.Kind.REPORTER_CREDIT);
  }

  @Test
  void oneStoryWithAPlaceLedTitleIsAnArticle() {
    ArticleLayout a = pages("华阴举办农民丰收节\n本报讯\n9月23日,华阴市举办农民丰收节活动。\n(张建华)\n").get(0);
    assertThat(texts(a.headline())).containsExactly("华阴举办农民丰收节");
    assertThat(a.items()).isEmpty();
    assertThat(a.byline().orElseThrow().reporters()).containsExactly("张建华");
  }

  @Test
  void numberedLinesAreTheItemsOfAListNotAHeadline() {
    // held-out set 8b: a TV news line-up, 1、…会议举行 A B出席并讲话 C主持会议 / 2、…, taken for a headline
    // stack, its later lines for item headings (and 7、华阴市…协会成立 for a brief)
    ArticleLayout a = pages("1、全市春耕生产推进会议召开 张伟出席并讲话\n2、中外围棋友谊赛在我市闭幕\n3、华阴市书法家协会成立\n").get(0);
    assertThat(a.headline()).isEmpty();
    assertThat(a.items()).isEmpty();
    assertThat(texts(a.body()))
        .containsExactly("全市春耕生产推进会议召开 张伟出席并讲话", "中外围棋友谊赛在我市闭幕", "华阴市书法家协会成立");
    assertThat(a.byline()).isEmpty();
  }

  @Test
  void aTableOfContentsAndDayHeadingsAreNoHeadline() {
    // held-out set 8b: 【导读】 over ★ lines of a digest; 1月 / 1日 of a chronicle
    ArticleLayout digest =
        pages("【要目】\n★我市部署春耕生产工作\n★我市举办读书节\n【本市】\n★我市部署春耕生产工作\n3月5日,我市召开春耕生产工作会议。\n").get(0);
    assertThat(digest.headline()).isEmpty();
    ArticleLayout chronicle = pages("2月\n5日\n市委书记李明看望慰问了节日期间坚守岗位的干部职工。\n").get(0);
    assertThat(chronicle.headline()).isEmpty();
  }

  @Test
  void aOneLineStackWhoseLastPartSummarisesClauses() {
    // held-out set 8a: a 190-char one-line stack with commas in its last part was read as prose
    String stack =
        "市委常委会召开会议 传达学习中央政治局会议精神 李明主持 王红赵飞出席 会议传达学习贯彻落实《巡视工作规划》推进会精神,"
            + "讨论《市委巡视工作规划》,研究部署主题教育实践活动有关工作,讨论《关于加强党对地方外事工作领导体制改革的实施意见》";
    ArticleLayout a = pages(stack + "\n昨天上午,市委书记李明主持召开市委常委会会议。\n").get(0);
    assertThat(texts(a.headline())).containsExactly(stack);
  }

  @Test
  void aColumnAboutAPostHolderNamesNoDistrict() {
    // held-out set 9: the heading 山西省省长的一周 made a brief of the district 山西省
    assertThat(S.placePrefix("河北省省长的一周")).isEmpty();
    assertThat(S.placePrefix("河北省委书记的一周")).isEmpty();
    assertThat(S.placePrefix("河北省召开农村工作会议")).contains("河北省");
  }
}
