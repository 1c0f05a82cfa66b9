package org.govnews.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.govnews.GovNewsParser;
import org.govnews.ParseOptions;
import org.govnews.model.Article;
import org.govnews.model.Attendee;
import org.govnews.model.Directive;
import org.govnews.model.DirectiveKind;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.govnews.model.MeetingFormat;
import org.govnews.model.PartialDate;
import org.govnews.model.Person;
import org.govnews.model.Place;
import org.govnews.model.Role;
import org.govnews.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The records {@link ArticleExtractor} reads from small articles written like the ones of {@code
 * testdata}: a headline, a lead with its dateline, a few sentences. The articles go through the
 * public facade, so what is asserted is what a user sees; every expected value is what the Chinese
 * text says.
 */
class ArticleExtractorTest {

  /** The publication date the caller gives: 今日 and a bare 28日 are read against it. */
  private static final LocalDate READING = LocalDate.of(2024, 3, 6);

  private static final GovNewsParser PARSER =
      GovNewsParser.create(ParseOptions.defaults().withReferenceDate(READING));

  /**
   * The first article of the text, after checking that every record's span quotes it: a name's span
   * is the name, a directive's span its text.
   */
  private static Article parse(String... lines) {
    Document doc = PARSER.parse(String.join("\n", lines), "test");
    assertThat(doc.articles()).as("articles").isNotEmpty();
    String text = doc.text();
    for (Article a : doc.articles()) {
      for (Meeting m : a.meetings()) {
        for (Attendee at : m.attendees()) {
          assertThat(quote(text, at.span()))
              .as("span of attendee %s", at.name())
              .isEqualTo(at.name());
        }
      }
      for (Person p : a.people()) {
        assertThat(quote(text, p.span())).as("span of person %s", p.name()).isEqualTo(p.name());
      }
      for (Directive d : a.directives()) {
        assertThat(quote(text, d.span())).as("span of directive").isEqualTo(d.text());
      }
    }
    return doc.articles().get(0);
  }

  private static String quote(String text, Span span) {
    return text.substring(span.start(), span.end());
  }

  private static Meeting onlyMeeting(Article a) {
    assertThat(a.meetings()).as("meetings").hasSize(1);
    return a.meetings().get(0);
  }

  private static Attendee attendee(Meeting m, String name) {
    return m.attendees().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + m.attendees()));
  }

  private static PartialDate ymd(int y, int m, int d) {
    return new PartialDate(OptionalInt.of(y), OptionalInt.of(m), d);
  }

  // ---------------------------------------------------------------- meetings

  @Test
  void aStandingMeetingWithChairAttendeesPresenterAndDirectives() {
    Article a =
        parse(
            "省政府召开第十二次常务会议",
            "本报讯 3月5日上午,省长王建军主持召开省政府第十二次常务会议。副省长李明、张华出席会议。" + "会议听取了省发展改革委主任刘强作的关于一季度经济运行情况的汇报。",
            "王建军强调,要坚定信心,狠抓落实。要加快推进重大项目建设。",
            "他指出,当前经济运行总体平稳。",
            "会议还研究了其他事项。");
    assertThat(a.date()).contains(ymd(2024, 3, 5));
    Meeting m = onlyMeeting(a);
    assertThat(m.name()).isEqualTo("省政府第十二次常务会议");
    assertThat(m.ordinal()).hasValue(12);
    assertThat(m.date()).contains(ymd(2024, 3, 5));
    assertThat(m.organizer()).contains("省政府");
    assertThat(m.chair()).contains("王建军");
    assertThat(m.format()).isEmpty();
    assertThat(m.venues().main()).isEmpty();
    assertThat(m.venues().branches()).isEmpty();
    assertThat(m.attendees())
        .extracting(Attendee::name, Attendee::role, Attendee::titles)
        .containsExactly(
            tuple("王建军", Role.CHAIR, List.of("省长")),
            tuple("李明", Role.ATTENDEE, List.of("副省长")),
            tuple("张华", Role.ATTENDEE, List.of("副省长")),
            tuple("刘强", Role.PRESENTER, List.of("省发展改革委主任")));
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse(""), d -> d.verb().orElse(""), Directive::kind)
        .containsExactly(
            tuple("王建军", "强调", DirectiveKind.REQUIREMENT),
            tuple("王建军", "强调", DirectiveKind.REQUIREMENT),
            tuple("王建军", "指出", DirectiveKind.ASSESSMENT));
    assertThat(a.directives())
        .extracting(Directive::text)
        .containsExactly("要坚定信心,狠抓落实。", "要加快推进重大项目建设。", "当前经济运行总体平稳。");
    for (Directive d : a.directives()) {
      assertThat(
              a.paragraphs().stream()
                  .anyMatch(
                      p ->
                          p.span().start() <= d.span().start()
                              && d.span().end() <= p.span().end()
                              && p.text().contains(d.text())))
          .as("span of %s inside a paragraph", d.text())
          .isTrue();
    }
    assertThat(a.people()).extracting(p -> p.name()).contains("王建军", "李明", "张华", "刘强");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "省政府召开第十二次常务会议|本报讯 3月5日,省长王建军主持召开省政府第十二次常务会议。|省政府第十二次常务会议|12",
        "市政协举行第3次主席会议|本报讯 3月5日,市政协举行第3次主席会议。市政协主席周敏主持会议。|市政协第3次主席会议|3",
        "全国人大常委会第三十八次会议在京闭幕|新华社北京3月5日电 十三届全国人大常委会第三十八次会议5日在京闭幕。"
            + "委员长栗战书主持会议。|十三届全国人大常委会第三十八次会议|38",
        "第十届智慧城市论坛在杭州举行|本报讯 以“数字赋能”为主题的第十届智慧城市论坛4日在杭州举行。|第十届智慧城市论坛|10",
        "市数据局召开首次党组会议|本报讯 3月4日,市数据局召开首次党组会议。局长陈明主持会议。|党组会议|1",
        "县政府召开防汛工作会议|本报讯 3月4日,县政府召开防汛工作会议。县长李红主持会议。|县政府防汛工作会议|0",
      })
  void meetingNamesAndOrdinals(String headline, String lead, String name, int ordinal) {
    Meeting m = onlyMeeting(parse(headline, lead));
    assertThat(m.name()).endsWith(name);
    if (ordinal == 0) {
      assertThat(m.ordinal()).isEmpty();
    } else {
      assertThat(m.ordinal()).hasValue(ordinal);
    }
  }

  @Test
  void aThemeBeforeTheNameIsNoPartOfIt() {
    Meeting m = onlyMeeting(parse("智慧城市论坛在杭州举行", "本报讯 以“数字赋能”为主题的第十届智慧城市论坛4日在杭州举行。"));
    assertThat(m.name()).isEqualTo("第十届智慧城市论坛");
    assertThat(m.date()).contains(ymd(2024, 3, 4));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "委员长会议决定,十四届全国人大常委会第十次会议将于6月24日至28日在北京举行。",
        "省委决定,下月召开全省经济工作会议。",
        "市政府拟于近期召开防汛工作会议。",
        "市委办公厅印发了关于召开全市组织工作会议的通知。",
      })
  void aMeetingAnnouncedOrPlannedIsNotReportedHeld(String sentence) {
    Article a = parse("会议预告", "本报讯 3月5日," + sentence);
    assertThat(a.meetings()).isEmpty();
  }

  @Test
  void aGenericNameInTheBodyTakesTheFullerOneOfTheHeadline() {
    Meeting m =
        onlyMeeting(
            parse("李强主持召开经济形势专家和企业家座谈会", "新华社北京3月5日电 国务院总理李强5日下午主持召开座谈会,听取专家和企业家对政府工作的意见建议。"));
    assertThat(m.name()).isEqualTo("经济形势专家和企业家座谈会");
    assertThat(m.chair()).contains("李强");
    assertThat(attendee(m, "李强").titles()).containsExactly("国务院总理");
  }

  @Test
  void aGenericNameTakesItsOrganizer() {
    Meeting m =
        onlyMeeting(parse("北区社谘会举行平常会议", "北区社谘会今日举行平常会议,民政事务专员李文主持会议。", "李文表示,地区工作要做到以民为本。"));
    assertThat(m.name()).isEqualTo("北区社谘会平常会议");
    assertThat(m.organizer()).contains("北区社谘会");
    assertThat(m.organizerPlace()).map(Place::name).contains("北区");
    assertThat(m.date()).as("今日 is the reading date").contains(ymd(2024, 3, 6));
    assertThat(m.chair()).contains("李文");
  }

  @Test
  void twoMeetingsOfOneArticleKeepTheirOwnDates() {
    Article a = parse("3月2日,区委召开常委会会议。区委书记王刚主持会议并讲话。", "4日,区委召开务虚会。");
    assertThat(a.meetings()).extracting(Meeting::name).containsExactly("区委常委会会议", "区委务虚会");
    assertThat(a.meetings())
        .extracting(Meeting::date)
        .containsExactly(Optional.of(ymd(2024, 3, 2)), Optional.of(ymd(2024, 3, 4)));
    assertThat(a.meetings().get(0).chair()).contains("王刚");
    assertThat(attendee(a.meetings().get(0), "王刚").role())
        .as("chairs and speaks: the chair is what counts")
        .isEqualTo(Role.CHAIR);
    assertThat(a.meetings().get(1).attendees()).isEmpty();
    assertThat(a.meetings().get(1).chair()).isEmpty();
  }

  // ---------------------------------------------------------------- roles

  @Test
  void attendeesListedAfterTheVerbAndObserversWhoSitIn() {
    Meeting m =
        onlyMeeting(
            parse(
                "全国人大常委会第三十八次会议在京闭幕",
                "新华社北京3月5日电 十三届全国人大常委会第三十八次会议5日在京闭幕。委员长栗战书主持会议。",
                "出席会议的还有副委员长王晨、曹建明,秘书长杨振武。",
                "国务院副总理刘鹤、最高人民法院院长周强列席会议。"));
    assertThat(m.chair()).contains("栗战书");
    assertThat(m.date()).contains(ymd(2024, 3, 5));
    assertThat(m.attendees())
        .extracting(Attendee::name, Attendee::role, Attendee::titles)
        .containsExactly(
            tuple("栗战书", Role.CHAIR, List.of("委员长")),
            tuple("王晨", Role.ATTENDEE, List.of("副委员长")),
            tuple("曹建明", Role.ATTENDEE, List.of("副委员长")),
            tuple("杨振武", Role.ATTENDEE, List.of("秘书长")),
            tuple("刘鹤", Role.OBSERVER, List.of("国务院副总理")),
            tuple("周强", Role.OBSERVER, List.of("最高人民法院院长")));
  }

  @Test
  void observersListedAfterTheirVerb() {
    Meeting m =
        onlyMeeting(
            parse(
                "市人大常委会举行第十五次会议",
                "本报讯 3月5日,市人大常委会举行第十五次会议。市人大常委会主任李军主持会议。",
                "列席会议的有副市长王芳,市中级人民法院院长赵刚。"));
    assertThat(m.ordinal()).hasValue(15);
    assertThat(attendee(m, "李军").role()).isEqualTo(Role.CHAIR);
    assertThat(attendee(m, "王芳").role()).isEqualTo(Role.OBSERVER);
    assertThat(attendee(m, "赵刚").role()).isEqualTo(Role.OBSERVER);
  }

  @Test
  void aDelegationRepresentativeNamedAfterTheDelegation() {
    Meeting m =
        onlyMeeting(
            parse("粤港合作联席会议举行", "新华社广州8月3日电 粤港合作联席会议3日在广州举行。澳门特区政府列席会议,澳门特区代表为经济财政司司长李伟农。"));
    assertThat(m.name()).isEqualTo("粤港合作联席会议");
    assertThat(m.date()).contains(ymd(2024, 8, 3));
    Attendee li = attendee(m, "李伟农");
    assertThat(li.role()).isEqualTo(Role.OBSERVER);
    assertThat(li.titles()).containsExactly("经济财政司司长");
  }

  @Test
  void theChairNamedInsideAnUnderClause() {
    Meeting m =
        onlyMeeting(
            parse(
                "全国政协召开座谈会",
                "新华社北京5月8日电 全国政协8日召开座谈会。在全国政协主席王沪宁主持下,与会委员围绕主题进行了交流。",
                "委员们认为,要加强协商。"));
    assertThat(m.name()).isEqualTo("全国政协座谈会");
    assertThat(m.organizer()).contains("全国政协");
    assertThat(m.chair()).contains("王沪宁");
    assertThat(attendee(m, "王沪宁").titles()).containsExactly("全国政协主席");
  }

  @Test
  void onePersonAttendsAndSpeaksAnotherChairs() {
    Meeting m =
        onlyMeeting(parse("省委召开全会", "省委十二届五次全会3月5日在长沙召开。省委书记沈晓明出席会议并作重要讲话。省委副书记、省长毛伟明主持会议。"));
    assertThat(m.name()).isEqualTo("省委十二届五次全会");
    assertThat(m.organizer()).contains("省委");
    assertThat(m.date()).contains(ymd(2024, 3, 5));
    assertThat(m.chair()).contains("毛伟明");
    assertThat(attendee(m, "沈晓明").role()).isEqualTo(Role.SPEAKER);
    assertThat(attendee(m, "毛伟明").titles()).containsExactly("省委副书记", "省长");
  }

  @Test
  void aPresenterWhoReportsToTheMeeting() {
    Meeting m =
        onlyMeeting(parse("省政府召开专题会议", "本报讯 9日,省政府召开专题会议。省长王建军主持会议。省财政厅厅长刘洋向会议作了关于预算执行情况的汇报。"));
    assertThat(m.name()).isEqualTo("省政府专题会议");
    assertThat(m.date()).as("9日 in the month of the reading").contains(ymd(2024, 3, 9));
    assertThat(attendee(m, "王建军").role()).isEqualTo(Role.CHAIR);
    assertThat(attendee(m, "刘洋").role()).isEqualTo(Role.PRESENTER);
    assertThat(attendee(m, "刘洋").titles()).containsExactly("省财政厅厅长");
  }

  // ---------------------------------------------------------------- format and venues

  @Test
  void aVideoConferenceWithMainAndBranchVenues() {
    Meeting m =
        onlyMeeting(
            parse(
                "王立新出席全省安全生产电视电话会议",
                "本报讯 6日,全省安全生产电视电话会议召开。省长王立新出席会议并讲话。" + "会议以视频会议形式召开,在省政府设主会场,在各市设分会场。"));
    assertThat(m.name()).isEqualTo("全省安全生产电视电话会议");
    assertThat(m.format()).contains(MeetingFormat.VIDEO);
    assertThat(m.venues().main()).contains("省政府");
    assertThat(m.venues().branches()).containsExactly("各市");
    assertThat(attendee(m, "王立新").role()).isEqualTo(Role.SPEAKER);
    assertThat(m.chair()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "会议以视频方式召开。|VIDEO",
        "会议以电视电话会议形式召开。|VIDEO",
        "会议采取现场会议与视频会议相结合的方式。|VIDEO",
        "会议以现场会议形式召开。|IN_PERSON",
        "会议以现场方式召开。|IN_PERSON",
        "会议在市行政中心召开。|",
        "与会人员观看了视频短片。|",
        "会后,与会人员来到现场察看。|",
      })
  void theFormatIsWhatTheTextStates(String sentence, MeetingFormat format) {
    Meeting m =
        onlyMeeting(parse("市政府召开常务会议", "本报讯 3月5日,市长刘明主持召开市政府常务会议。" + sentence, "刘明强调,要抓好安全生产。"));
    assertThat(m.name()).isEqualTo("市政府常务会议");
    assertThat(m.format()).isEqualTo(Optional.ofNullable(format));
  }

  @Test
  void branchVenuesAreSplitAtTheirConjunctions() {
    Meeting m =
        onlyMeeting(
            parse(
                "全省森林防火工作电视电话会议召开",
                "本报讯 3月5日,全省森林防火工作电视电话会议召开。会议以电视电话会议形式召开,在省应急管理厅设主会场,在长沙、株洲和湘潭等地设分会场。"));
    assertThat(m.format()).contains(MeetingFormat.VIDEO);
    assertThat(m.venues().main()).contains("省应急管理厅");
    assertThat(m.venues().branches()).containsExactly("长沙", "株洲", "湘潭");
  }

  // ---------------------------------------------------------------- directives

  @Test
  void aStatementGoesOnUntilANewParagraphOrTheMeetingsOwnNarrative() {
    Article a =
        parse(
            "省委召开全会",
            "省委十二届五次全会3月5日在长沙召开。省委书记沈晓明出席会议并作重要讲话。",
            "沈晓明指出,过去一年成绩来之不易。各项工作取得新进展。",
            "要持续推动高质量发展。",
            "会议审议通过了全会决议。",
            "全会号召,全省上下要团结奋斗。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse(""), Directive::verb, Directive::text)
        .containsExactly(
            tuple("沈晓明", Optional.of("指出"), "过去一年成绩来之不易。"),
            tuple("沈晓明", Optional.of("指出"), "各项工作取得新进展。"),
            tuple("沈晓明", Optional.of("指出"), "要持续推动高质量发展。"),
            tuple("", Optional.of("号召"), "全省上下要团结奋斗。"));
    assertThat(a.directives().get(0).kind()).isEqualTo(DirectiveKind.ASSESSMENT);
    assertThat(a.directives().get(2).kind()).isEqualTo(DirectiveKind.REQUIREMENT);
    assertThat(a.directives().get(3).kind())
        .as("号召 asks for action")
        .isEqualTo(DirectiveKind.REQUIREMENT);
  }

  @Test
  void aNewParagraphOpeningWithoutAContinuationEndsTheStatement() {
    Article a =
        parse("市政府召开常务会议", "本报讯 3月5日,市长刘明主持召开市政府常务会议。", "刘明指出,当前经济运行总体平稳。", "全市一季度地区生产总值增长百分之五。");
    assertThat(a.directives()).extracting(Directive::text).containsExactly("当前经济运行总体平稳。");
  }

  @Test
  void clausesAfterASemicolonAreStatementsOfTheirOwn() {
    Article a = parse("市政府召开常务会议", "本报讯 3月8日,市长刘明主持召开市政府常务会议。", "刘明强调,要做好防汛工作;要抓好安全生产。");
    assertThat(a.directives()).extracting(Directive::text).containsExactly("要做好防汛工作;", "要抓好安全生产。");
    assertThat(a.directives()).allSatisfy(d -> assertThat(d.speaker()).contains("刘明"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "他强调,要扎实推进高质量发展。|强调",
        "他指出,改革开放取得新的成效。|指出",
        "她表示,将继续做好服务工作。|表示",
        "他要求,各地要压实责任。|要求",
      })
  void aPronounMeansThePersonNamedLast(String sentence, String verb) {
    Article a =
        parse(
            "蔡奇出席会议并讲话",
            "新华社北京7月10日电 中央层面整治形式主义为基层减负专项工作机制会议7月10日在京召开。" + "中共中央政治局常委、中央书记处书记蔡奇出席会议并讲话。",
            sentence);
    Meeting m = onlyMeeting(a);
    assertThat(m.name()).isEqualTo("中央层面整治形式主义为基层减负专项工作机制会议");
    assertThat(m.date()).contains(ymd(2024, 7, 10));
    assertThat(attendee(m, "蔡奇").role()).isEqualTo(Role.SPEAKER);
    assertThat(attendee(m, "蔡奇").titles()).containsExactly("中共中央政治局常委", "中央书记处书记");
    assertThat(a.directives()).hasSize(1);
    Directive d = a.directives().get(0);
    assertThat(d.speaker()).contains("蔡奇");
    assertThat(d.verb()).contains(verb);
    assertThat(d.text()).isEqualTo(sentence.substring(sentence.indexOf(',') + 1));
  }

  @Test
  void aPronounWithNobodyNamedBeforeHasNoSpeaker() {
    Article a = parse("座谈会召开", "本报讯 3月5日,座谈会召开。", "他强调,要扎实推进高质量发展。");
    assertThat(a.directives()).noneMatch(d -> d.speaker().isPresent());
  }

  @Test
  void aSubjectSentenceGivesThePronounItsPerson() {
    Article a = parse("赵乐际在河南调研", "新华社郑州5月10日电 赵乐际7日至10日在河南调研,并主持召开座谈会。", "他强调,要坚持以人民为中心。");
    Meeting m = onlyMeeting(a);
    assertThat(m.name()).isEqualTo("座谈会");
    assertThat(m.chair()).contains("赵乐际");
    assertThat(a.directives())
        .singleElement()
        .satisfies(d -> assertThat(d.speaker()).contains("赵乐际"))
        .satisfies(d -> assertThat(d.text()).isEqualTo("要坚持以人民为中心。"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "会议指出,这项工作十分重要。|ASSESSMENT",
        "会议认为,主要经济指标好于预期。|ASSESSMENT",
        "会议指出,全市经济稳中向好。|ASSESSMENT",
        "会议强调,要把思想和行动统一到中央决策部署上来。|REQUIREMENT",
        "会议强调,必须守住安全底线。|REQUIREMENT",
        "会议强调,一是加强组织领导,二是做好宣传工作。|REQUIREMENT",
        "会议强调,加快推进重大项目建设。|REQUIREMENT",
        "会议要求,各级各部门狠抓落实。|REQUIREMENT",
        "会议指出,各地务必高度重视。|REQUIREMENT",
      })
  void requirementOrAssessment(String sentence, DirectiveKind kind) {
    Article a = parse("市委常委会召开会议", "本报讯 3月5日,市委常委会召开会议。", sentence);
    assertThat(a.directives())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(kind);
              assertThat(d.speaker()).isEmpty();
              assertThat(d.text()).isEqualTo(sentence.substring(sentence.indexOf(',') + 1));
            });
  }

  @Test
  void speakersWhoAreNoPerson() {
    Article a =
        parse(
            "省政府召开专题会议",
            "本报讯 9日,省政府召开专题会议。",
            "报告指出,财政收入增长较快。",
            "外交部发言人表示,中方对此表示欢迎。",
            "委员们认为,要加强协商。");
    assertThat(a.directives())
        .as("what a quoted report says is no directive of the article")
        .noneMatch(d -> d.text().contains("财政收入"));
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse(""), Directive::text)
        .containsExactly(tuple("外交部发言人", "中方对此表示欢迎。"), tuple("", "要加强协商。"));
  }

  @Test
  void aDemandWithoutASubjectBelongsToThePersonTheSentenceOpensWith() {
    Article a = parse("李强考察", "新华社北京3月5日电 国务院总理李强5日在北京考察,要求加快建设现代化产业体系。");
    assertThat(a.directives())
        .singleElement()
        .satisfies(d -> assertThat(d.speaker()).contains("李强"))
        .satisfies(d -> assertThat(d.verb()).contains("要求"))
        .satisfies(d -> assertThat(d.kind()).isEqualTo(DirectiveKind.REQUIREMENT))
        .satisfies(d -> assertThat(d.text()).isEqualTo("加快建设现代化产业体系。"));
  }

  // ---------------------------------------------------------------- article: headline, date,
  // briefs

  @Test
  void aHeadlineWithAKicker() {
    Article a =
        parse("李强强调:", "加快建设现代化产业体系", "新华社北京6月1日电 国务院总理李强1日主持召开国务院常务会议。", "李强指出,要加快推进新型工业化。");
    assertThat(a.headline().kicker()).contains("李强强调:");
    assertThat(a.headline().title()).contains("加快建设现代化产业体系");
    assertThat(a.headline().subtitle()).isEmpty();
    Meeting m = onlyMeeting(a);
    assertThat(m.name()).isEqualTo("国务院常务会议");
    assertThat(m.date()).contains(ymd(2024, 6, 1));
    assertThat(m.chair()).contains("李强");
  }

  @Test
  void aHeadlineWithASubtitle() {
    Article a = parse("省政府召开常务会议", "研究部署春季农业生产工作", "本报讯 3月5日,省长王建军主持召开省政府常务会议。");
    assertThat(a.headline().kicker()).isEmpty();
    assertThat(a.headline().title()).contains("省政府召开常务会议");
    assertThat(a.headline().subtitle()).contains("研究部署春季农业生产工作");
  }

  @Test
  void theDateOfAnArticleWithoutBylineComesFromItsLead() {
    Article a = parse("3月2日,区委召开常委会会议。区委书记王刚主持会议。");
    assertThat(a.date()).contains(ymd(2024, 3, 2));
    Article recently = parse("近日,县政府召开防汛工作会议。县长李红主持会议。", "李红强调,要确保安全度汛。");
    assertThat(recently.date()).as("近日 names no day").isEmpty();
    assertThat(onlyMeeting(recently).date()).isEmpty();
    assertThat(onlyMeeting(recently).name()).isEqualTo("县政府防汛工作会议");
    assertThat(recently.directives())
        .singleElement()
        .satisfies(d -> assertThat(d.speaker()).contains("李红"));
  }

  @Test
  void anItemAboutOneDistrictsBodyIsADistrictBrief() {
    Article a = parse("北区社谘会举行平常会议", "北区社谘会今日举行平常会议,民政事务专员李文主持会议。", "李文表示,地区工作要做到以民为本。");
    assertThat(a.districtBriefs())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.district()).isEqualTo("北区");
              assertThat(b.date()).contains(ymd(2024, 3, 6));
              assertThat(b.meeting()).map(Meeting::name).contains("北区社谘会平常会议");
              assertThat(b.directives())
                  .extracting(Directive::text)
                  .containsExactly("地区工作要做到以民为本。");
              assertThat(b.text()).startsWith("北区社谘会今日举行平常会议").endsWith("以民为本。");
            });
  }

  @Test
  void anArticleAboutNoDistrictHasNoBrief() {
    Article a = parse("省政府召开专题会议", "本报讯 9日,省政府召开专题会议。省长王建军主持会议。");
    assertThat(a.districtBriefs()).isEmpty();
  }

  private static List<String> people(Article a) {
    return a.people().stream().map(Person::name).toList();
  }

  @Test
  void aKickerWithoutColonEndsWithASpeechVerb() {
    Article a = parse("李强强调", "加快建设现代化产业体系", "新华社北京6月1日电 国务院总理李强1日主持召开国务院常务会议。");
    assertThat(a.headline().kicker()).contains("李强强调");
    assertThat(a.headline().title()).contains("加快建设现代化产业体系");
    assertThat(a.headline().subtitle()).isEmpty();
  }

  @Test
  void aDayAloneIsInTheMonthOfTheLead() {
    Article a = parse("2月26日,区委召开常委会会议。区委书记王刚主持会议。", "28日,区委召开务虚会。");
    assertThat(a.date()).contains(ymd(2024, 2, 26));
    assertThat(a.meetings())
        .extracting(Meeting::name, Meeting::date)
        .containsExactly(
            tuple("区委常委会会议", Optional.of(ymd(2024, 2, 26))),
            tuple("区委务虚会", Optional.of(ymd(2024, 2, 28))));
  }

  @Test
  void peopleWhoAccompanyAttendAndAStatementEndsAtTheNextSubject() {
    Article a =
        parse(
            "市政府召开常务会议",
            "本报讯 3月5日,市政府召开了常务会议。在市委书记张伟陪同下,市长刘明主持会议。" + "市长刘明强调,要做好防汛工作;要抓好安全生产;",
            "刘明指出,当前经济运行总体平稳。张华介绍了有关情况。");
    Meeting m = onlyMeeting(a);
    assertThat(m.name()).as("召开了: the particle is no part of the name").isEqualTo("市政府常务会议");
    assertThat(m.chair()).contains("刘明");
    assertThat(attendee(m, "张伟").role()).isEqualTo(Role.ATTENDEE);
    assertThat(attendee(m, "张伟").titles()).containsExactly("市委书记");
    assertThat(attendee(m, "张华").role()).as("介绍 presents").isEqualTo(Role.PRESENTER);
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse(""), Directive::text)
        .containsExactly(
            tuple("刘明", "要做好防汛工作;"), tuple("刘明", "要抓好安全生产;"), tuple("刘明", "当前经济运行总体平稳。"));
    assertThat(people(a)).contains("张伟", "刘明", "张华");
  }

  @Test
  void aDemandAfterAClauseOfPlaceAndDate() {
    Article a = parse("省委书记考察", "本报讯 3月5日上午,省委书记王建军在长沙考察,要求加快建设现代化产业体系。");
    assertThat(a.meetings()).isEmpty();
    assertThat(a.directives())
        .singleElement()
        .satisfies(d -> assertThat(d.speaker()).contains("王建军"))
        .satisfies(d -> assertThat(d.text()).isEqualTo("加快建设现代化产业体系。"));
  }

  @Test
  void aMeetingNamedAsSpeakerIsNoPerson() {
    Article a = parse("市政府召开常务会议", "本报讯 3月5日,市长刘明主持召开市政府常务会议。", "市政府常务会议强调,要抓好春耕生产。");
    assertThat(a.directives())
        .singleElement()
        .satisfies(d -> assertThat(d.speaker()).isEmpty())
        .satisfies(d -> assertThat(d.text()).isEqualTo("要抓好春耕生产。"));
  }

  @Test
  void aNameInTheClauseBeforeTheVerbOfHolding() {
    Meeting m = onlyMeeting(parse("全省经济工作会议召开", "本报讯 全省经济工作会议,3月5日在长沙召开。省长王建军出席会议并讲话。"));
    assertThat(m.name()).isEqualTo("全省经济工作会议");
    assertThat(m.date()).contains(ymd(2024, 3, 5));
    assertThat(attendee(m, "王建军").role()).isEqualTo(Role.SPEAKER);
  }

  @Test
  void aDelegationThatTakesPartIsAttending() {
    Meeting m =
        onlyMeeting(parse("市人大常委会举行会议", "本报讯 3月5日,市人大常委会举行会议。香港特区政府派员参加会议,香港特区代表为政务司司长陈国基。"));
    assertThat(m.name()).isEqualTo("市人大常委会会议");
    assertThat(attendee(m, "陈国基").role()).isEqualTo(Role.ATTENDEE);
    assertThat(attendee(m, "陈国基").titles()).containsExactly("政务司司长");
  }

  @Test
  void venuesBelongToTheFirstMeetingOnly() {
    Article a =
        parse(
            "全省森林防火工作电视电话会议召开",
            "本报讯 3月5日,全省森林防火工作电视电话会议召开。会议以电视电话会议形式召开,在省应急管理厅设主会场,在各市设分会场。",
            "6日,省应急管理厅召开党组会议。");
    assertThat(a.meetings()).hasSize(2);
    assertThat(a.meetings().get(0).venues().main()).contains("省应急管理厅");
    assertThat(a.meetings().get(1).name()).endsWith("党组会议");
    assertThat(a.meetings().get(1).date()).contains(ymd(2024, 3, 6));
    assertThat(a.meetings().get(1).venues().main()).isEmpty();
    assertThat(a.meetings().get(1).venues().branches()).isEmpty();
  }

  @Test
  void aMainVenueWithoutBranches() {
    Meeting m = onlyMeeting(parse("全省安全生产电视电话会议召开", "本报讯 6日,全省安全生产电视电话会议召开。会议以视频会议形式召开,在省政府设主会场。"));
    assertThat(m.venues().main()).contains("省政府");
    assertThat(m.venues().branches()).isEmpty();
  }
}
