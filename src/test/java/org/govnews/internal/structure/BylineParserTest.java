package org.govnews.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.internal.structure.BylineParser.Lead;
import org.junit.jupiter.api.Test;

/**
 * Every byline form the parser knows, on normalized text (where {@code （）：，} are ASCII): who
 * reported, for which outlet, from where, on which date, and where the body starts.
 */
class BylineParserTest {

  static final BylineParser P = new BylineParser(Lexicon.builtIn());

  static Lead lead(String p) {
    return P.lead(p).orElseThrow(() -> new AssertionError("no byline in " + p));
  }

  @Test
  void benbaoXunWithACredit() {
    String p = "本报讯(山西日报记者 杨文)28日,省政府召开常务会议。";
    Lead l = lead(p);
    assertThat(l.outlet()).isEqualTo("山西日报");
    assertThat(l.reporters()).containsExactly("杨文");
    assertThat(l.raw()).isEqualTo("本报讯(山西日报记者 杨文)");
    assertThat(p.substring(l.end())).startsWith("28日");
    assertThat(l.place()).isNull();
    assertThat(l.month()).isZero();
  }

  @Test
  void benbaoXunAloneSkipsTheColon() {
    String p = "本报讯: 省政府召开常务会议。";
    Lead l = lead(p);
    assertThat(l.outlet()).isNull();
    assertThat(l.reporters()).isEmpty();
    assertThat(p.substring(l.end())).startsWith("省政府");
  }

  @Test
  void newsInParentheses() {
    Lead l = lead("(澳门电台消息)行政长官今日出席活动。");
    assertThat(l.outlet()).isEqualTo("澳门电台");
    assertThat(l.raw()).isEqualTo("(澳门电台消息)");
  }

  @Test
  void newsWithAProgramme() {
    String p = "央视网消息(新闻联播):二十届中共中央政治局10月25日召开会议。";
    Lead l = lead(p);
    assertThat(l.outlet()).isEqualTo("央视网(新闻联播)");
    assertThat(p.substring(l.end())).startsWith("二十届");
    assertThat(lead("人民网消息:会议召开。").outlet()).isEqualTo("人民网");
  }

  @Test
  void wireFromAKnownOutletWithPlaceDateAndReporters() {
    String p = "新华社北京3月5日电(记者 张三 李四)国务院总理李强5日主持召开国务院常务会议。";
    Lead l = lead(p);
    assertThat(l.outlet()).isEqualTo("新华社");
    assertThat(l.place()).isEqualTo("北京");
    assertThat(l.reporters()).containsExactly("张三", "李四");
    assertThat(l.year()).isZero();
    assertThat(l.month()).isEqualTo(3);
    assertThat(l.day()).isEqualTo(5);
    assertThat(p.substring(l.end())).startsWith("国务院总理");
  }

  @Test
  void wireWithAYearAndNoCredit() {
    Lead l = lead("新华社北京2012年2月29日电 国务院召开常务会议。");
    assertThat(l.year()).isEqualTo(2012);
    assertThat(l.month()).isEqualTo(2);
    assertThat(l.day()).isEqualTo(29);
    assertThat(l.reporters()).isEmpty();
  }

  @Test
  void wireOfOurOwnPaperTakesTheOutletFromTheCredit() {
    Lead l = lead("本报北京8月24日电(人民日报记者冯春梅)会议召开。");
    assertThat(l.place()).isEqualTo("北京");
    assertThat(l.outlet()).isEqualTo("人民日报");
    assertThat(l.reporters()).containsExactly("冯春梅");
    Lead bare = lead("本报太原8月24日电 会议召开。");
    assertThat(bare.outlet()).isNull();
    assertThat(bare.place()).isEqualTo("太原");
    Lead station = lead("本台北京8月24日电(记者王明)会议召开。");
    assertThat(station.outlet()).isNull();
    assertThat(station.reporters()).containsExactly("王明");
  }

  @Test
  void wireOfAnUnknownOutletKeepsTheWholePrefix() {
    Lead l = lead("某某通讯社8月24日电 会议召开。");
    assertThat(l.outlet()).isEqualTo("某某通讯社");
    assertThat(l.place()).isNull();
  }

  @Test
  void xunWithReportersAndReportWord() {
    String p = "中国江西网讯 记者王明、实习生李华报道:近日,全省会议召开。";
    Lead l = lead(p);
    assertThat(l.outlet()).isEqualTo("中国江西网");
    assertThat(l.reporters()).containsExactly("王明", "李华");
    assertThat(p.substring(l.end())).startsWith("近日");
  }

  @Test
  void xunWithACreditInParentheses() {
    Lead l = lead("晋中网讯(通讯员 赵刚)会议召开。");
    assertThat(l.outlet()).isEqualTo("晋中网");
    assertThat(l.reporters()).containsExactly("赵刚");
  }

  @Test
  void xunOfAKnownOutletNeedsNoCredit() {
    Lead l = lead("人民网讯 会议召开。");
    assertThat(l.outlet()).isEqualTo("人民网");
    assertThat(l.reporters()).isEmpty();
  }

  @Test
  void aSentenceWithXunInItIsNoByline() {
    assertThat(P.lead("某某讯号会议召开。")).isEmpty();
    assertThat(P.lead("省政府召开常务会议。")).isEmpty();
  }

  @Test
  void reportersOfACreditWithSeveralRoleWords() {
    List<String> out = new ArrayList<>();
    String outlet = P.reporters("山西日报记者 杨文 通讯员 李强、王刚", out);
    assertThat(outlet).isEqualTo("山西日报");
    assertThat(out).containsExactly("杨文", "李强", "王刚");
    out.clear();
    assertThat(P.reporters("张三 李四", out)).isNull();
    assertThat(out).containsExactly("张三", "李四");
    out.clear();
    assertThat(P.reporters("记者 张三和李四 摄影 王五", out)).isNull();
    assertThat(out).containsExactly("张三", "李四", "王五");
  }

  @Test
  void namesStartWithAFamilyNameAndAreShort() {
    assertThat(P.looksLikeName("杨文")).isTrue();
    assertThat(P.looksLikeName("欧阳明高")).as("compound family name, four characters").isTrue();
    assertThat(P.looksLikeName("杨文明高")).as("single family name, four characters").isFalse();
    assertThat(P.looksLikeName("买买提·艾力")).isTrue();
    assertThat(P.looksLikeName("买买提·艾力·买买提·艾力·买买提")).as("over 16").isFalse();
    assertThat(P.looksLikeName("杨")).isFalse();
    assertThat(P.looksLikeName("杨文明高远")).isFalse();
    assertThat(P.looksLikeName("杨A")).isFalse();
    assertThat(P.looksLikeName("的话")).isFalse();
  }

  @Test
  void trailingCreditsAtTheEndOfTheLastParagraph() {
    String p = "会议要求,抓好落实。(记者刘勇)";
    Lead l = P.trailing(p).orElseThrow();
    assertThat(l.reporters()).containsExactly("刘勇");
    assertThat(p.substring(0, l.end())).isEqualTo("会议要求,抓好落实。");
    assertThat(P.trailing("抓好落实。(何霆轩  雷翠云)").orElseThrow().reporters())
        .containsExactly("何霆轩", "雷翠云");
    assertThat(P.trailing("抓好落实。(本报记者 张巨峰)").orElseThrow().reporters()).containsExactly("张巨峰");
  }

  @Test
  void notEveryClosingParenthesisIsACredit() {
    assertThat(P.trailing("图为会议现场。(王明摄)")).isEmpty();
    assertThat(P.trailing("会议审议了有关文件(草案)")).isEmpty();
    assertThat(P.trailing("会议召开。(的话)")).isEmpty();
    assertThat(P.trailing("会议召开。")).isEmpty();
  }

  @Test
  void editorCredits() {
    assertThat(P.editors("(以上由徐方伟编辑整理)")).contains(List.of("徐方伟"));
    assertThat(P.editors("本版由张三、李四编辑")).contains(List.of("张三", "李四"));
    assertThat(P.editors("责任编辑:龙慧")).contains(List.of("龙慧"));
    assertThat(P.editors("【责编:王明 李华】")).contains(List.of("王明", "李华"));
    assertThat(P.editors("会议由省长主持。")).isEmpty();
  }

  @Test
  void anOutletWithADotAndACreditThatLostItsBracket() {
    String p = "大众网·海报新闻济南2月11日讯记者 韩立 柏雪)春节后,省委召开会议。";
    Lead l = lead(p);
    assertThat(l.outlet()).isEqualTo("大众网·海报新闻");
    assertThat(l.place()).isEqualTo("济南");
    assertThat(l.reporters()).containsExactly("韩立", "柏雪");
    assertThat(p.substring(l.end())).startsWith("春节后");
  }

  @Test
  void aBracketedXunNamesTheOutletAlone() {
    String p = "【识港网讯】据南方日报消息,5月8日上午,省委召开会议。";
    Lead l = lead(p);
    assertThat(l.outlet()).isEqualTo("识港网");
    assertThat(l.reporters()).isEmpty();
    assertThat(p.substring(l.end())).startsWith("据南方日报");
  }

  @Test
  void ourOwnPaperFromAPlaceWithAPaddedName() {
    // held-out set 8a: 本报<place>讯 is our own paper's byline, its place no outlet; a space pads a
    // two-character name
    String p = "本报太原讯(记者李 明)5月6日,市委召开会议。";
    Lead l = lead(p);
    assertThat(l.outlet()).isNull();
    assertThat(l.place()).isEqualTo("太原");
    assertThat(l.reporters()).containsExactly("李明");
    assertThat(p.substring(l.end())).startsWith("5月6日");
    assertThat(lead("本报综合讯 会议召开。").place()).isNull();
  }

  @Test
  void benbaoXunWithACreditEndedByReportWord() {
    String p = "本报讯 记者赵志刚报道 5月6日,市委召开会议。";
    Lead l = lead(p);
    assertThat(l.reporters()).containsExactly("赵志刚");
    assertThat(l.outlet()).isNull();
    assertThat(p.substring(l.end())).startsWith("5月6日");
  }

  @Test
  void newsWithAReporterCreditAndNoColon() {
    String p = "晚报消息(记者孙立平)昨日上午,市委召开会议。";
    Lead l = lead(p);
    assertThat(l.outlet()).isEqualTo("晚报");
    assertThat(l.reporters()).containsExactly("孙立平");
    assertThat(p.substring(l.end())).startsWith("昨日上午");
  }

  @Test
  void aReporterThenWhereFromAfterASlash() {
    // held-out set 8b: the Taiwan papers' 記者X/綜合報導, taken for a headline line
    Lead l = lead("记者林志明/综合报导");
    assertThat(l.reporters()).containsExactly("林志明");
    assertThat(l.outlet()).isNull();
    assertThat(l.place()).isNull();
    assertThat(l.end()).isEqualTo("记者林志明/综合报导".length());
    String p = "记者: 黄建国/县府报导。县府昨日召开会议。";
    assertThat(p.substring(lead(p).end())).startsWith("县府昨日");
    assertThat(lead("记者陈美玲/厦门报导").place()).isEqualTo("厦门");
  }

  @Test
  void aReporterInBlackBracketsWithThePlaceAfterASlashOrGlued() {
    // held-out set 9: 【記者X/台北】 and 【記者X桃園報導】 opened no byline
    String p = "【记者林志明/厦门】市政府今日召开会议。";
    assertThat(lead(p).reporters()).containsExactly("林志明");
    assertThat(p.substring(lead(p).end())).startsWith("市政府");
    String q = "【记者陈美玲厦门报导】市议会昨日举行大会。";
    assertThat(lead(q).reporters()).containsExactly("陈美玲");
    assertThat(q.substring(lead(q).end())).startsWith("市议会");
  }

  @Test
  void aLabelledCreditEndingTheText() {
    // held-out set 9: …出席会议。 全媒体记者:刘丽娟 王俊 (no brackets) credited nobody
    assertThat(P.trailing("区领导刘畅出席会议。 全媒体记者:李红 王明").map(Lead::reporters))
        .contains(List.of("李红", "王明"));
    assertThat(P.trailing("融媒体记者:李红").map(Lead::reporters)).contains(List.of("李红"));
    assertThat(P.trailing("他对记者:说明情况")).isEmpty();
  }

  @Test
  void aWireStoryCarriedByAnotherPaperNamesTheWire() {
    String p = "据新华社电 国务院总理张三昨天主持召开国务院全体会议。";
    Lead l = lead(p);
    assertThat(l.outlet()).isEqualTo("新华社");
    assertThat(p.substring(l.end())).startsWith("国务院总理");
    assertThat(P.lead("据悉电力公司今天表示,电网运行平稳。")).isEmpty();
  }

  @Test
  void aBracketedSiteNewsNameIsTheOutlet() {
    String p = "【橙讯】行政长官今日会见访问团。";
    Lead l = lead(p);
    assertThat(l.outlet()).isEqualTo("橙讯");
    assertThat(p.substring(l.end())).startsWith("行政长官");
  }

  @Test
  void aTaiwanCreditMayNameTheOutletBeforeTheReporter() {
    String p = "【宝岛新闻网/特派记者王小明/台北报导】市议会今日开议。";
    Lead l = lead(p);
    assertThat(l.outlet()).isEqualTo("宝岛新闻网");
    assertThat(l.reporters()).containsExactly("王小明");
    assertThat(p.substring(l.end())).startsWith("市议会");
  }

  @Test
  void aSpecialReportInBracketsAndAnOutletBeforeABar() {
    assertThat(lead("【明报专讯】中共总书记前日主持会议。").outlet()).isEqualTo("明报");
    Lead l = lead("墨新闻|记者张大成/台北报导");
    assertThat(l.outlet()).isEqualTo("墨新闻");
    assertThat(l.reporters()).containsExactly("张大成");
  }

  @Test
  void aPhotoReportCreditsItsPhotographer() {
    assertThat(P.trailing("罗德明 摄影报道").map(Lead::reporters)).contains(List.of("罗德明"));
    assertThat(P.trailing("本报记者 王军方 摄")).isEmpty();
  }
}
