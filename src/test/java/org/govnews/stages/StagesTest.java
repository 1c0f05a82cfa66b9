package org.govnews.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govnews.GovNewsParser;
import org.govnews.internal.decode.DecodedInput;
import org.govnews.internal.decode.InputDecoder;
import org.govnews.internal.normalize.MappedText;
import org.govnews.internal.normalize.TextNormalizer;
import org.govnews.internal.segment.ParagraphSegmenter;
import org.govnews.internal.segment.SentenceSplitter;
import org.govnews.model.Article;
import org.govnews.model.Attendee;
import org.govnews.model.Byline;
import org.govnews.model.Directive;
import org.govnews.model.DirectiveKind;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.govnews.model.MeetingFormat;
import org.govnews.model.Role;
import org.govnews.model.Script;
import org.junit.jupiter.api.Test;

/** One test class a stage: what each stage promises, on small inputs written for it. */
class StagesTest {
  private static final GovNewsParser PARSER = GovNewsParser.create();

  // ---- decode

  @Test
  void decodeReadsBomsDeclaredCharsetsAndWidensGb2312() {
    String text = "朱镕基出席会议。";
    assertThat(InputDecoder.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)).text())
        .isEqualTo(text);
    byte[] gb =
        ("<html><head><meta charset=\"gb2312\"></head><body><p>" + text + "</p></body></html>")
            .getBytes(Charset.forName("GB18030"));
    DecodedInput d = InputDecoder.decode(gb);
    assertThat(d.encoding()).isEqualTo("GB18030");
    assertThat(d.text()).contains(text);
  }

  @Test
  void decodeTrustsTheBytesOverAWrongDeclaration() {
    byte[] utf8 =
        "<html><head><meta charset=\"gb2312\"></head><body><p>政务司司长出席会议。</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    DecodedInput d = InputDecoder.decode(utf8);
    assertThat(d.encoding()).isEqualTo("UTF-8");
    assertThat(d.text()).contains("政务司司长出席会议。");
    assertThat(d.diagnostics()).extracting(x -> x.code()).contains("CHARSET_MISMATCH");
  }

  @Test
  void decodeDropsScriptsAndNavigationFromHtml() {
    DecodedInput d =
        InputDecoder.decode(
            "<html><body><nav>首页 新闻</nav><script>var a='会议';</script>"
                + "<h1>标题</h1><div><p>第一段,说明情况。</p><p>第二段,继续说明。</p></div></body></html>");
    assertThat(d.text())
        .contains("标题")
        .contains("第一段")
        .contains("第二段")
        .doesNotContain("var a")
        .doesNotContain("首页");
  }

  // ---- normalize

  @Test
  void normalizeMapsWidthScriptAndKeepsOffsets() {
    String in = "行政長官（２０２４）「會議」";
    MappedText t = TextNormalizer.get().normalize(in).text();
    assertThat(t.text()).isEqualTo("行政长官(2024)“会议”");
    int k = t.text().indexOf("会议");
    assertThat(t.span(k, k + 2).of(in)).isEqualTo("會議");
    assertThat(TextNormalizer.get().normalize("新聞公報，行政長官會見傳媒").script())
        .isEqualTo(Script.TRADITIONAL);
    assertThat(TextNormalizer.get().normalize("乾隆年间").text().text()).isEqualTo("乾隆年间");
  }

  @Test
  void normalizeDropsZeroWidthCharacters() {
    String in = "林\u200B武";
    MappedText t = TextNormalizer.get().normalize(in).text();
    assertThat(t.text()).isEqualTo("林武");
    assertThat(t.span(0, 2).of(in)).isEqualTo(in);
  }

  // ---- segment

  @Test
  void segmentJoinsLinesTheLayoutBrokeButNotHeadings() {
    String in = "标题一行\n说明我省外防输入的压力依然很大,常态化防控任务仍然十分繁重,常态\n化防控任务仍然十分繁重。\n小店区\n2月17日,小店区召开动员会。\n";
    List<MappedText> ps = ParagraphSegmenter.segment(TextNormalizer.get().normalize(in).text());
    assertThat(ps)
        .extracting(MappedText::text)
        .containsExactly(
            "标题一行", "说明我省外防输入的压力依然很大,常态化防控任务仍然十分繁重,常态化防控任务仍然十分繁重。", "小店区", "2月17日,小店区召开动员会。");
  }

  @Test
  void sentencesKeepAnOpeningQuoteWithTheNextSentence() {
    String p = "第一句。“第二句是引语。”第三句。";
    int[] ends = SentenceSplitter.ends(p);
    assertThat(p.substring(0, ends[0])).isEqualTo("第一句。");
    assertThat(p.substring(ends[0], ends[1])).startsWith("“第二句");
  }

  // ---- structure

  @Test
  void bylinesInTheirCommonForms() {
    assertThat(byline("本报讯(山西日报记者 杨文)2月20日,省委召开会议。").outlet()).contains("山西日报");
    Byline x = byline("新华社北京3月5日电(记者张三、李四)习近平出席会议。");
    assertThat(x.outlet()).contains("新华社");
    assertThat(x.place()).contains("北京");
    assertThat(x.reporters()).containsExactly("张三", "李四");
    assertThat(byline("央视网消息（新闻联播）：国务院召开会议。").outlet()).contains("央视网(新闻联播)");
    assertThat(byline("(澳門電台消息) 北區社諮會舉行平常會議。").outlet()).contains("澳门电台");
    Byline tail = byline("会议召开。会议要求抓好落实。(记者刘勇)");
    assertThat(tail.reporters()).containsExactly("刘勇");
  }

  private static Byline byline(String lead) {
    Document d = PARSER.parse("标题\n" + lead + "\n", "t");
    return d.articles().get(0).byline().orElseThrow();
  }

  @Test
  void aHeadlineOverPlaceHeadingsOpensARoundup() {
    Document d =
        PARSER.parse("会议报道\n本报讯 3月1日,市委召开会议。\n简讯\n小店区\n3月2日,小店区召开动员会。\n" + "（以上由张三编辑整理）\n", "t");
    assertThat(d.articles()).hasSize(2);
    Article roundup = d.articles().get(1);
    assertThat(roundup.headline().title()).contains("简讯");
    assertThat(roundup.districtBriefs()).extracting(b -> b.district()).containsExactly("小店区");
    assertThat(roundup.editors()).containsExactly("张三");
  }

  // ---- extract

  @Test
  void titleChainsListsRolesAndOrdinals() {
    Meeting m =
        meeting(
            "会议\n2月20日,省委书记、省长王强主持召开省委第六十三次常委会会议。省委副书记李明,省领导赵一、钱二出席会议。"
                + "副省长孙三汇报有关情况。会议以视频方式召开。\n");
    assertThat(m.ordinal()).hasValue(63);
    assertThat(m.chair()).contains("王强");
    assertThat(m.format()).contains(MeetingFormat.VIDEO);
    assertThat(m.attendees())
        .extracting(Attendee::name)
        .containsExactly("王强", "李明", "赵一", "钱二", "孙三");
    assertThat(m.attendees().get(0).titles()).containsExactly("省委书记", "省长");
    assertThat(m.attendees().get(3).titles()).containsExactly("省领导");
    assertThat(m.attendees().get(4).role()).isEqualTo(Role.PRESENTER);
    assertThat(m.date().orElseThrow().toIso()).isEqualTo("--02-20");
  }

  @Test
  void speakersCarryOverSentencesAndPronounsResolve() {
    Article a =
        PARSER
            .parse("会议\n3月1日,市长王强主持召开市政府常务会议。他强调,要抓好落实。要守住底线。\n" + "要加强领导。\n会议以现场方式召开。\n", "t")
            .articles()
            .get(0);
    List<Directive> ds = a.directives();
    assertThat(ds).extracting(d -> d.speaker().orElse("-")).containsExactly("王强", "王强", "王强");
    assertThat(ds).extracting(Directive::kind).containsOnly(DirectiveKind.REQUIREMENT);
    assertThat(ds.get(0).text()).isEqualTo("要抓好落实。");
  }

  @Test
  void meetingsOnlyMentionedAreNotMeetings() {
    Article a =
        PARSER
            .parse("会议\n3月1日,国务院召开常务会议。会议决定,明年召开全国工作会议。\n" + "李强说,我们召开了全国稳住经济大盘电视电话会议。\n", "t")
            .articles()
            .get(0);
    assertThat(a.meetings()).extracting(Meeting::name).containsExactly("国务院常务会议");
  }

  @Test
  void unnamedGroupsGiveNoAttendee() {
    Meeting m = meeting("会议\n3月1日,县委书记王强主持召开县委常委会会议,和县委常委出席会议。\n");
    assertThat(m.attendees()).extracting(Attendee::name).containsExactly("王强");
  }

  @Test
  void peopleNamedAfterTheVerb() {
    Meeting m =
        meeting("会议\n3月1日,省委书记王强主持召开省委常委会会议。出席会议的还有省领导赵一、钱二,省政府秘书长孙三等。" + "列席会议的有省直有关部门负责同志。\n");
    assertThat(m.attendees()).extracting(Attendee::name).containsExactly("王强", "赵一", "钱二", "孙三");
    assertThat(m.attendees().get(3).titles()).containsExactly("省政府秘书长");
  }

  private static Meeting meeting(String text) {
    return PARSER.parse(text, "t").articles().get(0).meetings().get(0);
  }
}
