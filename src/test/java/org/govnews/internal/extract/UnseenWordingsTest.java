package org.govnews.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.govnews.GovNewsParser;
import org.govnews.model.Article;
import org.govnews.model.Attendee;
import org.govnews.model.Directive;
import org.govnews.model.DistrictBrief;
import org.govnews.model.Meeting;
import org.govnews.model.MeetingFormat;
import org.govnews.model.Person;
import org.govnews.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Wordings met on real articles outside testdata (CCTV 新闻联播 items, Hong Kong and Macau releases,
 * city pages) that the parser once got wrong. The sentences are written for the test, in the same
 * wordings, with other names.
 */
class UnseenWordingsTest {

  private static final GovNewsParser PARSER = GovNewsParser.create();

  private static Article parse(String... lines) {
    return PARSER.parse(String.join("\n", lines), "test").articles().get(0);
  }

  private static Meeting only(Article a) {
    assertThat(a.meetings()).hasSize(1);
    return a.meetings().get(0);
  }

  private static Map<String, Role> roles(Meeting m) {
    return m.attendees().stream().collect(Collectors.toMap(Attendee::name, Attendee::role));
  }

  private static Map<String, List<String>> people(Article a) {
    return a.people().stream().collect(Collectors.toMap(Person::name, Person::titles));
  }

  @Test
  void aMeetingNamedAsTheSubjectIsHeldEvenWhenItsNameHoldsJiuye() {
    // 就 of 就业 opens no topic phrase (就…作出批示)
    Meeting m = only(parse("标题", "全国高校毕业生就业创业工作会议17日在京召开。赵明主持会议。"));
    assertThat(m.name()).isEqualTo("全国高校毕业生就业创业工作会议");
    assertThat(m.chair()).contains("赵明");
  }

  @Test
  void aWholeDayBetweenDateAndVerbStillHoldsTheMeeting() {
    Meeting m = only(parse("标题", "中共中央政治局常务委员会1月4日全天召开会议。"));
    assertThat(m.name()).isEqualTo("中共中央政治局常务委员会会议");
  }

  @Test
  void aHeadlineStackOnOneLineStaysTheHeadline() {
    Article a =
        parse(
            "中央政治局常务委员会召开会议 听取全国人大常委会、国务院、全国政协、最高人民法院、最高人民检察院党组工作汇报 听取中央书记处工作报告",
            "央视网消息(新闻联播):中央政治局常务委员会1月4日召开会议,听取工作汇报。");
    assertThat(a.headline().title()).hasValueSatisfying(t -> assertThat(t).endsWith("工作报告"));
    assertThat(a.byline()).isPresent();
    assertThat(a.meetings()).isNotEmpty();
  }

  @Test
  void speakersAfterAnAdverbialAreFoundWithTheirTitles() {
    Article a = parse("标题", "文化局局长梁小敏会后表示,步行区试行以来人流明显增加。", "财政司司长陈大波今日出席立法会会议后会见传媒时说,香港正值经济转型期。");
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("")).contains("梁小敏", "陈大波");
    assertThat(people(a)).containsEntry("梁小敏", List.of("文化局局长"));
  }

  @Test
  void aTitledNameBeforeAnUnlistedVerbIsAPerson() {
    Article a = parse("标题", "政务司司长陈国平分享三点体会。局长王伟分享经验。");
    assertThat(people(a)).containsEntry("陈国平", List.of("政务司司长")).containsEntry("王伟", List.of("局长"));
  }

  @Test
  void aBareNameAtTheMeetingCarriesTheTitlesItWasIntroducedWith() {
    Meeting m = only(parse("标题", "中共中央政治局常委、国务院总理张强到黑龙江调研。", "调研中,张强主持召开座谈会。"));
    assertThat(m.attendees()).hasSize(1);
    assertThat(m.attendees().get(0).titles()).containsExactly("中共中央政治局常委", "国务院总理");
  }

  @Test
  void aTitleMentionedOnlyLaterIsNotCarriedBack() {
    Meeting m = only(parse("标题", "全省工作会议5日召开。张强主持会议。", "报告说,在张强总书记的领导下,各项工作取得新进展。"));
    assertThat(m.attendees()).extracting(Attendee::titles).containsExactly(List.of());
  }

  @Test
  void hybridAndHongKongVideoSittingsAreVideo() {
    assertThat(only(parse("标题", "基本法座谈会今日举行,座谈会以线上和线下混合模式举行。")).format())
        .contains(MeetingFormat.VIDEO);
  }

  @Test
  void aPronounAfterAnAddressGoesToTheSpeakerNotTheLastListed() {
    Article a = parse("标题", "座谈会上,张明、李华、王强先后发言。听取大家发言后,赵刚发表重要讲话。他强调,要科学制定五年规划。");
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("")).containsExactly("赵刚");
  }

  @Test
  void aPronounAfterAnEscortClauseGoesToTheVisitor() {
    Article a = parse("标题", "在省委书记楼明和省长王凯陪同下,赵刚来到郑州考察。他强调,要推动高质量发展。");
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("")).containsExactly("赵刚");
    assertThat(people(a)).containsEntry("王凯", List.of("省长"));
  }

  @Test
  void aPassiveChairMakesTheMeetingItChairs() {
    Meeting m = only(parse("标题", "会展业发展委员会 2024年第一次平常全体会议,由委员会主席、经济财政司司长李伟明主持。"));
    assertThat(m.name()).isEqualTo("会展业发展委员会2024年第一次平常全体会议");
    assertThat(m.ordinal()).hasValue(1);
    assertThat(m.chair()).contains("李伟明");
  }

  @Test
  void aChairInsideAWhenClauseChairs() {
    Meeting m = only(parse("标题", "1月5日,省长王建民在主持召开省政府常务会议时强调,要抓好安全生产。"));
    assertThat(m.chair()).contains("王建民");
    assertThat(roles(m)).containsEntry("王建民", Role.CHAIR);
  }

  @Test
  void aSpeakerDuringAnInspectionKeepsTheStatement() {
    Article a = parse("标题", "王宁在调研时强调,要抓好安全生产。");
    assertThat(a.directives())
        .extracting(Directive::speaker)
        .extracting(o -> o.orElse(""))
        .containsExactly("王宁");
  }

  @Test
  void plenumOrdinalsAndFirstSittings() {
    assertThat(only(parse("标题", "省委十二届五次全会3月5日在长沙召开。")).ordinal()).hasValue(5);
    assertThat(only(parse("标题", "第二届数字中国建设峰会组委会举行首次会议。")).ordinal()).hasValue(1);
  }

  @Test
  void aGenericMeetingTakesItsNameFromTheHeadline() {
    Meeting m = only(parse("国务院召开全国深化\"放管服\"改革电视电话会议", "国务院总理李明出席会议并讲话,副总理丁成主持会议。"));
    assertThat(m.name()).isEqualTo("全国深化\"放管服\"改革电视电话会议");
    assertThat(m.chair()).contains("丁成");
    assertThat(m.format()).contains(MeetingFormat.VIDEO);
  }

  @Test
  void listTitlesLoseTheSentenceWordsBeforeThem() {
    Article a =
        parse("标题", "省政府召开常务会议。会议听取了省发展改革委主任刘强作的经济运行情况汇报。", "出席会议的还有副省长王晨、李鸿。香港特区代表为政务司司长陈国平。");
    assertThat(people(a))
        .containsEntry("刘强", List.of("省发展改革委主任"))
        .containsEntry("王晨", List.of("副省长"))
        .containsEntry("陈国平", List.of("政务司司长"));
  }

  @Test
  void portraitCaptionsHeadNoDistrictBrief() {
    Article a =
        parse(
            "招商推介会在武汉举行",
            "6月6日,2021黄石产业投资推介会在武汉举行。",
            "活动现场",
            "推介会由副市长何运平主持。",
            "黄石市委副书记、市长吴锦",
            "吴锦说,黄石与武汉联系从未如此紧密。");
    assertThat(a.districtBriefs()).isEmpty();
    assertThat(only(a).chair()).contains("何运平");
  }

  @Test
  void aSpaceAfterAnEnumerationCommaStaysOutOfTheNextNamesSpan() {
    String text = "标题\n会议在昆明召开。省领导王明、 王予波出席。";
    Article a = PARSER.parse(text, "test").articles().get(0);
    Person p = a.people().stream().filter(x -> x.name().equals("王予波")).findFirst().orElseThrow();
    assertThat(text.substring(p.span().start(), p.span().end())).isEqualTo("王予波");
  }

  @Test
  void theLongerTitleAfterANameWins() {
    assertThat(people(parse("标题", "王宁总书记指出,要抓好安全生产。")))
        .containsEntry("王宁", List.of("总书记"))
        .doesNotContainKey("王宁总");
  }

  @Test
  void aStudySessionIsAMeetingWithItsChair() {
    Meeting m =
        only(parse("标题", "中共中央政治局1月31日下午就扎实推进高质量发展进行第十一次集体学习。中共中央总书记赵刚在主持学习时强调,必须牢记高质量发展是硬道理。"));
    assertThat(m.name()).isEqualTo("中共中央政治局第十一次集体学习");
    assertThat(m.ordinal()).hasValue(11);
    assertThat(m.chair()).contains("赵刚");
  }

  @Test
  void aVerbWithAnObjectOfItsOwnHoldsNoMeetingOfItsSubject() {
    assertThat(parse("标题", "会议进行了分组讨论。").meetings()).isEmpty();
  }

  @Test
  void noNameEndsInsideADictionaryWord() {
    assertThat(people(parse("标题", "全省工作会议在沈阳开幕。"))).doesNotContainKey("全省工");
    assertThat(people(parse("标题", "王国强主持会议。"))).containsKey("王国强");
  }

  @Test
  void anyShortAdverbialMayStandBetweenSpeakerAndVerb() {
    Article a =
        parse(
            "标题",
            "财政司司长陈大波今早在会议开幕典礼致辞时指,香港致力发展创新科技。",
            "孙小菡今日出席公开活动后向传媒表示,注册局现时有很多短板。",
            "张三的秘书表示,要抓紧。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse(""))
        .containsExactly("陈大波", "孙小菡");
  }

  @Test
  void moreSpeechWordsAndTitles() {
    Article a =
        parse(
            "标题",
            "张永明回应称,赔偿问题要处理。",
            "专家组成员杨德明表示,香港要发展。",
            "国务院港澳事务办公室主任夏宝明今(14)日在政府总部听取意见。",
            "劳工及福利局局长孙小菡表示,修例要保障公众。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse(""))
        .containsExactly("张永明", "杨德明", "孙小菡");
    assertThat(people(a))
        .containsEntry("杨德明", List.of("专家组成员"))
        .containsEntry("孙小菡", List.of("劳工及福利局局长"))
        .doesNotContainKey("劳工");
  }

  @Test
  void meetingsCountedAreNoMeeting() {
    assertThat(parse("标题", "政策组与专家组举行多次不同形式的会议。").meetings()).isEmpty();
  }

  @Test
  void aHeadlineMayAskInItsFirstPart() {
    Article a = parse("60万账号外泄? 中铁总辟谣称消息不实", "新京报快讯(记者 裴小飞)中国铁路总公司今日辟谣。");
    assertThat(a.headline().title()).contains("60万账号外泄? 中铁总辟谣称消息不实");
    assertThat(a.byline()).hasValueSatisfying(b -> assertThat(b.outlet()).contains("新京报"));
  }

  @Test
  void theVisitorChairsTheForumOfTheSecondClause() {
    Meeting m = only(parse("标题", "4月14日至16日,国务院副总理丁成在陕西调研,并在西安主持召开座谈会。"));
    assertThat(m.chair()).contains("丁成");
  }

  @Test
  void aCommonWordBeforeATitleIsNoName() {
    assertThat(people(parse("标题", "会议强调,高校书记、校长要带头抓好落实。"))).doesNotContainKey("高校");
  }

  @Test
  void aPostTheArticleNeverNamesSpeaks() {
    Article a = parse("标题", "行政长官表示,今年是新中国成立75周年。行政长官指出,中央一直支持澳门。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse(""))
        .containsExactly("行政长官", "行政长官");
  }

  @Test
  void daysOfAMonthTheTextDoesNotName() {
    Article a = parse("标题", "(澳门电台消息)国务院港澳办主任夏宝明今(14)日在政府总部听取工作汇报。");
    assertThat(a.date()).hasValueSatisfying(d -> assertThat(d.toIso()).isEqualTo("---14"));
    Meeting m = only(parse("标题", "理事会2024年第二次会议本月22日至25日举行。"));
    assertThat(m.date()).hasValueSatisfying(d -> assertThat(d.toIso()).isEqualTo("---22"));
  }

  @Test
  void aListBeforeATopicPhraseSpeaks() {
    Meeting m = only(parse("标题", "全国政协第十次主席会议在京召开。全国政协副主席姜明、蒋作华、何报祥围绕学习贯彻全会精神作发言。"));
    assertThat(roles(m))
        .containsEntry("姜明", Role.SPEAKER)
        .containsEntry("蒋作华", Role.SPEAKER)
        .containsEntry("何报祥", Role.SPEAKER);
  }

  @Test
  void unnamedGroupsBetweenNamedOnesKeepEveryNamedAttendee() {
    // 市县领导A、B等,市直机关、县直单位负责人,企业董事长C等客商代表参加: two unnamed groups between the named
    Meeting m =
        only(
            parse(
                "标题",
                "5月8日,全市招商推介会在南昌举行。市县领导周文明、钱立新等,市直机关、县直机关单位主要负责人,"
                    + "远达集团董事长孙海涛等客商代表参加本次活动,共同见证项目签约。"));
    assertThat(m.attendees()).extracting(Attendee::name).containsExactly("周文明", "钱立新", "孙海涛");
    assertThat(roles(m)).containsEntry("孙海涛", Role.ATTENDEE);
  }

  @Test
  void anUnnamedSubjectIsNamedAfterFenbieWei() {
    // N名成员主讲,分别为A、B和C、D: the speakers follow the verb; 和 inside a middle item splits too
    Meeting m =
        only(
            parse(
                "标题",
                "研究中心今日举办座谈会,就年度报告作交流。",
                "座谈会由中心主任郑一鸣主持,四名研究员主讲,分别为学术委员会副主任冯国梁、省人大代表韩立和邓子平、省政协委员曾凡。"));
    assertThat(m.attendees())
        .extracting(Attendee::name)
        .containsExactly("郑一鸣", "冯国梁", "韩立", "邓子平", "曾凡");
    assertThat(roles(m)).containsEntry("邓子平", Role.SPEAKER).containsEntry("郑一鸣", Role.CHAIR);
    assertThat(people(parse("标题", "三位副市长出席会议,分别是韩立、邓子平和曾凡。"))).containsKeys("韩立", "邓子平", "曾凡");
  }

  @Test
  void namesBeforeDengAndAGroupTitleTakeThatTitle() {
    // A、B、C等区领导参加会议; 受县委书记X委托: 受 is no part of X's title
    Article a = parse("标题", "4月9日,区长孔德林主持召开区长办公会议。任晓红、谭雪、陆鸣等区领导参加会议。", "受区委书记严立新委托,区委副书记孔德林讲话。");
    Meeting m = only(a);
    assertThat(m.attendees())
        .filteredOn(x -> x.role() == Role.ATTENDEE)
        .extracting(Attendee::name, Attendee::titles)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("任晓红", List.of("区领导")),
            org.assertj.core.groups.Tuple.tuple("谭雪", List.of("区领导")),
            org.assertj.core.groups.Tuple.tuple("陆鸣", List.of("区领导")));
    assertThat(people(a)).containsEntry("严立新", List.of("区委书记"));
  }

  @Test
  void aProtocolListKeepsItsNamesPastTitleOnlyAndCollectiveItems() {
    // named leaders, then bodies that sat in: titles alone, 、-joined bodies, …负责同志 (ends in 同志)
    Meeting m =
        only(
            parse(
                "标题",
                "6月3日,省人大常委会召开会议。省监察委员会主任包文清,副省长施远、省检察院检察长庞敏,"
                    + "省人大常委会副秘书长,省人大专门委员会、工作委员会成员,省人大常委会工作部门负责同志列席了会议。"));
    assertThat(m.attendees()).extracting(Attendee::name).containsExactly("包文清", "施远", "庞敏");
    assertThat(roles(m)).containsEntry("庞敏", Role.OBSERVER);
  }

  @Test
  void countyFormulasOfMeetingsAttendanceAndSpeech() {
    // …安排会; 在分会场收听收看 (attends, on screen); 作主题发言; 促请 after a titled subject; 呼 as a surname
    assertThat(only(parse("标题", "5月9日,我县召开防汛工作安排会。副县长马立群出席。")).name()).isEqualTo("防汛工作安排会");
    Meeting screen = only(parse("标题", "全省防汛第二次全体会议召开。副县长甘文涛,各乡镇负责人在县政府三楼会议室收听收看。"));
    assertThat(screen.format()).contains(MeetingFormat.VIDEO);
    assertThat(roles(screen)).containsEntry("甘文涛", Role.ATTENDEE);
    assertThat(roles(only(parse("标题", "6月1日,市政协召开协商座谈会。市政协副主席呼建新作主题发言。"))))
        .containsEntry("呼建新", Role.SPEAKER);
    assertThat(parse("标题", "议员梁雪怡书面质询口岸通行能力,促请延长通关时间。").directives())
        .extracting(d -> d.speaker().orElse(""))
        .containsExactly("梁雪怡");
  }

  @Test
  void nounsAreNoSpeechVerbsAndCommonWordsNoSpeakers() {
    // 作的…说明, (the explanation), 根本要求和… (a noun), 充分 (a word, though 充 is a family name), 党的总书记
    Article a =
        parse(
            "标题",
            "5月6日,市人大常委会召开会议。会议听取了市委常委、组织部部长罗建作的关于人事事项的说明,拟任人选到会见面。",
            "会议指出,此案必须严惩。充分体现了根本要求和执政理念。",
            "他继续担任党的总书记。");
    assertThat(roles(only(a))).containsEntry("罗建", Role.PRESENTER);
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("")).containsOnly("");
    assertThat(people(a)).containsOnlyKeys("罗建");
  }

  @Test
  void aBulletedItemGivesItsPeopleToItsOwnMeetingOrNone() {
    // ◆ items of a briefs page: guests of a match and of a social event attend no meeting
    Article a =
        parse(
            "要闻简报",
            "◆9月24日,县直机关篮球赛开赛。县人大常委会副主任邵红,副县长简文斌出席开幕式。",
            "◆9月25日,我县召开秋粮收购工作调度会。副县长侯建军出席。",
            "◆9月26日,县政协组织侨胞开展联谊活动。县政协副主席葛新华参加。",
            "◆9月27日,全市安全生产会议召开。副县长柴志远,各乡镇(服务中心)、相关企业负责人等在县政府五楼会议室收听收看。");
    assertThat(a.meetings()).hasSize(2);
    assertThat(a.meetings().get(0).attendees()).extracting(Attendee::name).containsExactly("侯建军");
    assertThat(a.meetings().get(0).format()).isEmpty();
    assertThat(a.meetings().get(1).attendees()).extracting(Attendee::name).containsExactly("柴志远");
    assertThat(a.meetings().get(1).format()).contains(MeetingFormat.VIDEO);
  }

  @Test
  void bureausTitlesAndPronounsSpeakForTheRightOne() {
    Article a =
        parse(
            "标题",
            "议员陈美玲书面质询口岸通行能力,促请延长通关时间。海事局征询有关部门,认为须由内地决定。",
            "海事局并称,已制定临时预案。",
            "卓丽华副市长今(3)日出席活动时表示,感谢各界支持。",
            "副市长致词时表示,今天来到新区。",
            "何文强主持仪式。区委书记柯志勇在仪式上致辞,他说:今年全区发展很快。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse(""))
        .containsExactly("陈美玲", "海事局", "卓丽华", "卓丽华", "柯志勇");
  }

  @Test
  void foreignNamesAfterAForeignOfficeAreRead() {
    // no Chinese family name: read after 总统/秘书长, then found again bare (…表示)
    Article a =
        parse(
            "标题", "韩正30日在北京会见马里总统戈伊塔、塞内加尔总统法耶夫人一行。", "戈伊塔表示,马方坚定奉行一个中国政策。", "联合国秘书长古特雷斯表示,支持多边主义。");
    assertThat(people(a))
        .containsEntry("戈伊塔", List.of("马里总统"))
        .containsEntry("法耶", List.of("塞内加尔总统"))
        .containsEntry("古特雷斯", List.of("联合国秘书长"));
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse(""))
        .containsExactly("戈伊塔", "古特雷斯");
  }

  @Test
  void ordinalsFromTheHeadlineAndWithoutDi() {
    assertThat(only(parse("县政府召开第5次县长办公会议", "6月2日,县长祁东升主持召开县长办公会议。")).ordinal()).hasValue(5);
    assertThat(only(parse("标题", "6月2日,县政协十届七次主席会议召开。")).ordinal()).hasValue(7);
    assertThat(only(parse("标题", "6月2日,县委十五届一百零二次常委会会议召开。")).ordinal()).hasValue(102);
    // 双方 names no meeting
    assertThat(only(parse("标题", "两地官员今日会面,双方并举行工作会议,研究合作机制。")).name()).isEqualTo("工作会议");
  }

  @Test
  void theNamedSpeakerOfTheSentenceAndTheOneWhoQuotes() {
    Article a = parse("标题", "政府建议修订《护士注册条例》,医务卫生局局长卢启明表示,修例主要目的是完善管治。", "行政长官引述梁主任表示,中央非常关心澳门发展。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse(""))
        .containsExactly("卢启明", "行政长官");
  }

  @Test
  void appointmentsNameThePeopleWithThePostGivenOrTaken() {
    Article a = parse("标题", "会议经表决,免去韦国华、卜兆龙的省监委副主任职务,任命耿立新、冉海涛为省监委副主任。");
    assertThat(people(a))
        .containsEntry("韦国华", List.of("省监委副主任"))
        .containsEntry("卜兆龙", List.of("省监委副主任"))
        .containsEntry("耿立新", List.of("省监委副主任"))
        .containsEntry("冉海涛", List.of("省监委副主任"));
  }

  @Test
  void aLecturerOfAStudySessionPresents() {
    Meeting m = only(parse("标题", "中共中央政治局5月8日下午就数字经济进行第九次集体学习。南京大学教授龚建华同志就这个问题进行讲解,提出了工作建议。"));
    assertThat(m.attendees())
        .extracting(Attendee::name, Attendee::titles, Attendee::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("龚建华", List.of("南京大学教授"), Role.PRESENTER));
  }

  @Test
  void aListsGroupTitleGivesWayToThePersonsOwn() {
    Meeting m =
        only(parse("标题", "6月6日,全市招商推介会在武汉举行。市县领导蔡明亮、钟一鸣、严海等参加。", "推介会由副市长蔡明亮主持,阳新县委书记钟一鸣作招商项目推介。"));
    assertThat(m.attendees())
        .extracting(Attendee::name, Attendee::titles, Attendee::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("蔡明亮", List.of("副市长"), Role.CHAIR),
            org.assertj.core.groups.Tuple.tuple("钟一鸣", List.of("阳新县委书记"), Role.PRESENTER),
            org.assertj.core.groups.Tuple.tuple("严海", List.of("市县领导"), Role.ATTENDEE));
  }

  @Test
  void aShortCountyNameBeforeADistrictBodyIsThePlace() {
    Article a = parse("社谘委关注轻轨", "(澳门电台消息) 离岛社谘会召开平常会议,有委员关注轻轨开通时间。");
    assertThat(a.districtBriefs()).extracting(b -> b.district()).containsExactly("离岛");
  }

  @Test
  void listsPastCollectivesAndClausesAndLecturesAndNouns() {
    // …以及有关负责同志列席; A等市委委员、候补委员出席; 刘家义发表讲话,龚正主持 (a clause, not a list item);
    // 作…专题辅导 (a lecture); 建议名单的说明 (建议 is a noun)
    Article a =
        parse(
            "标题",
            "3月2日,市人大常委会召开会议。副主任项海、副主席欧阳清以及有关负责同志列席会议。",
            "市委副书记、市长梅远航等市委委员、候补委员出席会议。",
            "市委书记纪文斌发表讲话,市委副书记、市长梅远航主持会议。",
            "会议邀请法制委主任委员詹明作立法专题辅导。组织部部长凌峰作关于预备人选建议名单的说明。");
    Meeting m = only(a);
    assertThat(roles(m))
        .containsEntry("项海", Role.OBSERVER)
        .containsEntry("欧阳清", Role.OBSERVER)
        .containsEntry("纪文斌", Role.SPEAKER)
        .containsEntry("梅远航", Role.CHAIR)
        .containsEntry("詹明", Role.SPEAKER)
        .containsEntry("凌峰", Role.PRESENTER);
    assertThat(a.directives()).isEmpty();
  }

  @Test
  void speechesWithModifiersReadingsCountsAndThisMeeting() {
    Meeting m =
        only(
            parse(
                "标题",
                "6月2日,校友会召开理事会会议。现任校党委书记严冬、校长芦苇等200余人参加了此次会议。",
                "老校长邱远发表了激情澎湃的感言,校长芦苇作了热情洋溢的讲话,秘书长龚泽受邀致辞。",
                "副书记易平宣读了《关于表彰的决定》。"));
    assertThat(roles(m))
        .containsEntry("严冬", Role.ATTENDEE)
        .containsEntry("芦苇", Role.SPEAKER)
        .containsEntry("邱远", Role.SPEAKER)
        .containsEntry("龚泽", Role.SPEAKER)
        .containsEntry("易平", Role.PRESENTER);
    assertThat(m.attendees())
        .filteredOn(x -> x.name().equals("严冬"))
        .extracting(Attendee::titles)
        .containsExactly(List.of("校党委书记"));
    assertThat(only(parse("标题", "中共中央政治局12月27日召开专题民主生活会。")).name()).endsWith("民主生活会");
  }

  @Test
  void creditsAtTheEndInTheirCommonShapes() {
    String body = "本报讯 3月2日,县委召开常委会会议。会议强调,要抓好落实。";
    java.util.function.Function<String, List<String>> reporters =
        credit ->
            parse("县委召开常委会会议", body, credit).byline().map(b -> b.reporters()).orElse(List.of());
    assertThat(reporters.apply("(柏雪)")).containsExactly("柏雪"); // a line of its own
    assertThat(reporters.apply("(文/图 柏雪 任远航)")).containsExactly("柏雪", "任远航");
    assertThat(reporters.apply("(记者柏 雪)")).containsExactly("柏雪"); // a layout space
    assertThat(reporters.apply("(柏雪 天乐)")).containsExactly("柏雪", "天乐"); // one sure name vouches
    assertThat(reporters.apply("(记者 柏雪 通讯员 任远航)")).containsExactly("柏雪", "任远航");
    // after bulleted briefs the credit is the last brief's
    assertThat(
            parse("要闻简报", "●3月2日,县委召开常委会会议。", "●3月3日,县政府召开常务会议。", "(柏雪)")
                .byline()
                .map(b -> b.reporters())
                .orElse(List.of()))
        .isEmpty();
  }

  @Test
  void aCaptionOpeningWithAnInstitutionsPlaceIsNoDistrictHeading() {
    Article a =
        parse(
            "各地动态",
            "黄石",
            "3月2日,黄石市召开全市招商工作会议。",
            "湖北理工学院校友会第三届理事会成立大会",
            "鄂州",
            "3月3日,鄂州市召开全市安全生产工作会议。");
    assertThat(a.districtBriefs()).extracting(b -> b.district()).containsExactly("黄石", "鄂州");
  }

  @Test
  void aMainVenueNamedAfterTheWordAndBranchesWithBrackets() {
    Meeting m = only(parse("标题", "2月11日,全省安全生产大会召开。大会主会场设在太原迎泽宾馆,各市、县(市、区)设分会场。"));
    assertThat(m.venues().main()).contains("太原迎泽宾馆");
    assertThat(m.venues().branches()).containsExactly("各市", "县(市、区)");
  }

  @Test
  void anAgendaVerbRightAfterTheNameEndsIt() {
    Meeting m = only(parse("标题", "6月3日，市长周立新主持召开座谈会听取民营企业家意见建议。"));
    assertThat(m.name()).isEqualTo("座谈会");
    assertThat(m.chair()).contains("周立新");
    assertThat(only(parse("标题", "县政府召开常务会议研究部署防汛工作。副县长吴海出席会议。")).attendees())
        .extracting(Attendee::name)
        .containsExactly("吴海");
  }

  @Test
  void aLongListKeepsNamesThatReadAsPlacesOrOrgansOrHaveFourCharacters() {
    Meeting m = only(parse("标题", "市委常委会召开会议。市领导周海、乌兰、罗强、毛建党、李世科、多吉次仁出席会议。"));
    assertThat(m.attendees())
        .extracting(Attendee::name)
        .containsExactly("周海", "乌兰", "罗强", "毛建党", "李世科", "多吉次仁");
    // one sure name does not vouch for a place
    assertThat(only(parse("标题", "市委常委会召开会议。市领导周海、乌兰出席会议。")).attendees()).isEmpty();
  }

  @Test
  void aMeetingHeldOnADateWithYuBeforeIt() {
    Meeting m = only(parse("标题", "青年委员会2024年第二次全体会议于今(9)日于文化局大楼会议室举行。会议由委员会主席、文化局梁志明局长主持。"));
    assertThat(m.name()).isEqualTo("青年委员会2024年第二次全体会议");
    assertThat(m.ordinal()).hasValue(2);
    assertThat(m.chair()).contains("梁志明");
    assertThat(m.attendees().get(0).titles()).containsExactly("委员会主席", "文化局局长");
  }

  @Test
  void aListAfterChuxiShiciHuiyiHuanBaokuoNamesBodyNamePost() {
    Meeting m =
        only(
            parse(
                "标题",
                "体育委员会第一次全体会议于3月2日举行。出席是次会议还包括:体育局罗家辉局长、"
                    + "澳门某某联合总会何文光副会长兼秘书长、某某协进会无名氏助理、红十字会邓丽华理事,"
                    + "个人委员方嘉仪女士、邝志豪先生。"));
    Map<String, Role> roles = roles(m);
    assertThat(roles.keySet()).contains("罗家辉", "何文光", "邓丽华", "方嘉仪", "邝志豪");
    assertThat(m.attendees())
        .filteredOn(x -> x.name().equals("何文光"))
        .extracting(Attendee::titles)
        .containsExactly(List.of("澳门某某联合总会副会长兼秘书长"));
  }

  @Test
  void aMeetingWhereSomeoneSpeaksIsReported() {
    Meeting m = only(parse("标题", "省长罗志刚在全省防汛工作会议上强调，要压实责任。"));
    assertThat(m.name()).isEqualTo("全省防汛工作会议");
    assertThat(roles(m)).containsEntry("罗志刚", Role.SPEAKER);
    // a speech given before, cited in a demand, is no meeting of this article
    assertThat(parse("标题", "会议要求，要学习贯彻省委书记罗志刚在全省工作会议上的讲话精神。").meetings()).isEmpty();
  }

  @Test
  void aMeetingNamedAsideKeepsTheLaterAttendeesForTheMainOne() {
    Article a = parse("标题", "全市农村工作会议5日召开。", "市长罗志刚在市政府常务会议上要求，要抓好春耕。", "副市长马丽出席会议并讲话。");
    assertThat(a.meetings()).extracting(Meeting::name).containsExactly("全市农村工作会议", "市政府常务会议");
    assertThat(roles(a.meetings().get(0))).containsOnlyKeys("马丽");
    assertThat(roles(a.meetings().get(1))).containsOnlyKeys("罗志刚");
  }

  @Test
  void aPronounSpeakerSpeaksAtTheMeetingInAVisitReport() {
    Meeting m =
        only(
            parse(
                "标题", "9月2日，副市长孙丽带领市直部门负责人来我县调研。", "在随后召开的座谈会上，县长雷平汇报了全县工作。孙丽肯定了我县的工作。她指出，要抓好落实。"));
    assertThat(m.name()).isEqualTo("座谈会");
    assertThat(roles(m)).containsEntry("孙丽", Role.SPEAKER).containsEntry("雷平", Role.PRESENTER);
  }

  @Test
  void chairingAndOpeningTheMeetingNamesNoNewMeeting() {
    Meeting m = only(parse("标题", "市政协十三届三次会议开幕。", "上午9时,汪立主持并宣布会议开幕。"));
    assertThat(m.chair()).contains("汪立");
  }

  @Test
  void seatedOnTheRostrumAttends() {
    Meeting m = only(parse("标题", "省委全会3日开幕。", "省委书记钱明,省委常委高丽、孔强在主席台就座。"));
    assertThat(roles(m)).containsOnlyKeys("钱明", "高丽", "孔强");
  }

  @Test
  void aListJoinedToItsVerbByCommaFenbiePresents() {
    Meeting m = only(parse("标题", "全国政协常委会会议召开。", "统战部副部长张江、提案委员会主任孙平,分别就上述议题作了说明。"));
    assertThat(roles(m)).containsEntry("张江", Role.PRESENTER).containsEntry("孙平", Role.PRESENTER);
  }

  @Test
  void proposalsAtASymposiumAreSpeeches() {
    Meeting m = only(parse("标题", "省委召开党外人士座谈会。", "民革省委会主委郭硕、无党派人士代表郑国围绕建设生态强省提出意见建议。"));
    assertThat(roles(m)).containsEntry("郭硕", Role.SPEAKER).containsEntry("郑国", Role.SPEAKER);
  }

  @Test
  void aTaiwanHuibaoWithCouncillorsAndEveryBureau() {
    Meeting m = only(parse("标题", "县府昨日召开主管会报,由县长李明主持。副县长杨全、参议杨池、许宽及各局处室主管出席。"));
    assertThat(m.name()).isEqualTo("主管会报");
    assertThat(people(parse("标题", "副县长杨全、参议杨池、许宽及各局处室主管出席。"))).containsEntry("许宽", List.of("参议"));
    assertThat(roles(m)).containsOnlyKeys("李明", "杨全", "杨池", "许宽");
  }

  @Test
  void aProvinceOpensNoName() {
    Article a = parse("标题", "在现场办公会上,福建援宁干部和企业代表提出意见建议。");
    assertThat(a.people()).extracting(Person::name).doesNotContain("福建援");
  }

  @Test
  void shortPlaceNamesHeadBriefsAndKeywordLinesHeadNothing() {
    Article a =
        parse("各区今年这样干", "通州", "关键词:副中心、交通", "今年,通州将完成道路建设。", "平谷", "关键词:生态", "去年年底,平谷创建生态文明区。");
    assertThat(a.districtBriefs()).extracting(b -> b.district()).containsExactly("通州", "平谷");
  }

  @Test
  void theFootOfAHongKongReleaseAndATitleLineHeadNoBrief() {
    Article a =
        parse(
            "委员会明日举行公开聆讯",
            "******************",
            "证人:",
            "香港警务处高级督察(交通总部)",
            "李大文",
            "2019年5月30日(星期四)",
            "香港时间15时35分");
    assertThat(a.districtBriefs()).isEmpty();
    assertThat(a.headline().title()).contains("委员会明日举行公开聆讯");
  }

  @Test
  void aDotBetweenChineseCharactersEndsNoSentence() {
    Meeting m = only(parse("标题", "文化委员会“美食.文化推动”专责小组于12月3日举行会议,探讨发展策略。"));
    assertThat(m.name()).isEqualTo("文化委员会“美食.文化推动”专责小组会议");
  }

  @Test
  void theAttendanceAfterAStatementIsNoPartOfIt() {
    Meeting m = only(parse("标题", "专责小组于12月3日举行会议。委员建议加强宣传推广。 出席是次会议还有委员朱丽、叶伦。"));
    assertThat(roles(m)).containsOnlyKeys("朱丽", "叶伦");
  }

  @Test
  void aTaiwanPresidentNamedBeforeHisPostSpeaksAsThePost() {
    Article a = parse("标题", "林正德总统今(13)日上午接见消防人员。总统致词时表示,再过几天就是消防节。总统指出,要强化救灾能力。");
    assertThat(people(a)).containsEntry("林正德", List.of("总统"));
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("")).containsOnly("林正德");
    assertThat(a.directives()).hasSize(2);
  }

  @Test
  void anInstructionAndAStatementVerbWithADemandRightAfterIt() {
    Article a = parse("标题", "县长王丰指示,雨季将至,应多加宣导。", "委员认为要加强宣传推广,并鼓励学生参与。");
    assertThat(a.directives())
        .extracting(Directive::text)
        .anyMatch(t -> t.startsWith("雨季将至"))
        .anyMatch(t -> t.startsWith("要加强宣传推广"));
  }

  @Test
  void aSloganInQuotesOpensNoStatement() {
    Article a = parse("标题", "院长林立表示,中小企业是经济的根基。为落实刘平总统“均衡发展,在地希望”理念,推出计划。");
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("")).containsOnly("林立");
  }

  @Test
  void aDemandToFollowTheDeploymentIsNoBureau() {
    Article a = parse("标题", "会议指出,本次会议是实际行动。要按照党委的部署,认真做好各项工作。");
    assertThat(a.directives()).extracting(Directive::text).anyMatch(t -> t.startsWith("要按照党委的部署"));
  }

  @Test
  void aLeaderOnAnInspectionStressesWithoutANewSubject() {
    Article a = parse("标题", "省委常委、副省长赵明带队赴安顺市检查安全生产工作,强调要压实各方责任。");
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("")).containsExactly("赵明");
  }

  @Test
  void presentersHeardAboutTheirExplanations() {
    Meeting m =
        only(parse("标题", "全国政协常委会第十六次会议召开。", "会议听取了全国政协秘书长郑通关于常委会工作报告起草情况的说明,提案委员会主任傅杰关于提案工作的说明。"));
    assertThat(roles(m))
        .containsOnlyKeys("郑通", "傅杰")
        .containsEntry("郑通", Role.PRESENTER)
        .containsEntry("傅杰", Role.PRESENTER);
  }

  @Test
  void aPhotoCreditEndsNoStatementAndAWorkReportIsANoun() {
    Article a = parse("标题", "会议强调,要持续提升保障水平。要围绕政府工作报告明确的重大部署,争取政策支持。(图源:新华社)", "要加强经济运行监测。");
    assertThat(a.directives())
        .extracting(Directive::text)
        .noneMatch(t -> t.contains("图源"))
        .anyMatch(t -> t.startsWith("要围绕政府工作报告"));
  }

  @Test
  void twoMeetingsChairedOneAfterTheOther() {
    Article a = parse("标题", "县长房志明主持召开县政府党组会议和县政府常务会议。");
    assertThat(a.meetings()).extracting(Meeting::name).containsExactly("县政府党组会议", "县政府常务会议");
    assertThat(a.meetings()).allMatch(m -> m.chair().equals(Optional.of("房志明")));
    // the second, named by its kind alone, is the first one's body's
    Article b = parse("标题", "省长刘明主持召开省政府党组会议和常务会议。");
    assertThat(b.meetings()).extracting(Meeting::name).containsExactly("省政府党组会议", "省政府常务会议");
    assertThat(b.meetings()).allMatch(m -> m.chair().equals(Optional.of("刘明")));
  }

  @Test
  void theParticipantsMourningAfterAnEarlierSessionNameNoMeeting() {
    Meeting m =
        only(parse("标题", "全国政协常委会第十六次会议开幕。会议开始时,与会人士对第十五次常委会议后去世的副主席表示悼念。", "全国政协副主席王忠、李明出席会议。"));
    assertThat(roles(m)).containsOnlyKeys("王忠", "李明");
  }

  @Test
  void numberedPhotoCaptionsHeadNoBriefAndLeadersEnjoin() {
    Article a =
        parse(
            "省政协副主席张安顺来滁州调研",
            "省政协副主席张安顺来滁州调研(图1)",
            "3月5日,省政协副主席张安顺来滁州调研。张安顺叮嘱,要发挥区位交通优势。",
            "省政协副主席张安顺来滁州调研(图2)",
            "他强调,要发挥人民政协作用。");
    assertThat(a.districtBriefs()).isEmpty();
    assertThat(people(a)).containsOnlyKeys("张安顺");
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("")).containsOnly("张安顺");
    assertThat(a.directives()).hasSize(2);
  }

  @Test
  void closingCreditsOfAWebsiteAndOfATownship() {
    Article a = parse("标题", "区委召开常委会会议。会议还研究了其他事项。(本网记者:王浩然)");
    assertThat(a.byline())
        .hasValueSatisfying(b -> assertThat(b.reporters()).containsExactly("王浩然"));
    Article t = parse("标题", "镇里召开推进会。会议要求抓好落实。(西王镇 周雷)");
    assertThat(t.byline())
        .hasValueSatisfying(
            b -> {
              assertThat(b.reporters()).containsExactly("周雷");
              assertThat(b.place()).contains("西王镇");
            });
  }

  @Test
  void theLastNamedBeforeACountOfDelegatesSpeaks() {
    Meeting m = only(parse("标题", "市里召开座谈会。市政协副主席、农工党市委主委徐泽生等24名代表先后发言。"));
    assertThat(roles(m)).containsEntry("徐泽生", Role.SPEAKER);
  }

  @Test
  void theFieldsOfMinutesReportTheHeadlinesMeeting() {
    Meeting m = only(parse("第88次主管会报", "主席:柯文山", "纪录:林木", "出席:许阿雪、王荣进、洪月卿", "列席:黄铭材"));
    assertThat(m.name()).isEqualTo("第88次主管会报");
    assertThat(m.chair()).contains("柯文山");
    assertThat(roles(m))
        .containsEntry("许阿雪", Role.ATTENDEE)
        .containsEntry("洪月卿", Role.ATTENDEE)
        .containsEntry("黄铭材", Role.OBSERVER);
  }

  @Test
  void minutesLaidOutAsLabelLinesOverValueLines() {
    // 臺北市政府 records: each label on a line of its own, its value on the next
    Article a =
        parse(
            "臺北市政府第301次市政會議",
            "發文機關",
            "臺北市政府秘書處",
            "開會日期",
            "2020-03-17 09:00:00",
            "開會地點",
            "視訊會議",
            "主席",
            "柯文山",
            "紀錄",
            "陳玉芬",
            "出席",
            "彭正聲、蔡柄坤、黃山山(請假)、陳志明、黃清德(代)",
            "列席",
            "黃銘才、莊淑美");
    assertThat(a.headline().title()).contains("台北市政府第301次市政会议");
    assertThat(a.headline().subtitle()).isEmpty();
    Meeting m = only(a);
    assertThat(m.ordinal()).hasValue(301);
    assertThat(m.date().map(Object::toString)).contains("2020-03-17");
    assertThat(m.format()).contains(MeetingFormat.VIDEO);
    assertThat(m.chair()).contains("柯文山");
    assertThat(roles(m))
        .containsOnlyKeys("柯文山", "彭正声", "蔡柄坤", "陈志明", "黄清德", "黄铭才", "庄淑美")
        .containsEntry("黄清德", Role.ATTENDEE)
        .containsEntry("庄淑美", Role.OBSERVER);
    assertThat(people(a)).doesNotContainKey("纪录");
  }

  @Test
  void aDateFieldAfterTheChairDatesTheMinutes() {
    Meeting m = only(parse("第12次主管会报", "主席:柯文山", "开会日期:2020年3月17日"));
    assertThat(m.date().map(Object::toString)).contains("2020-03-17");
  }

  @Test
  void anAttendanceListPartedBySemicolons() {
    Meeting m = only(parse("标题", "3月2日,区委召开常委会会议。出席会议的有:区委书记李大同;区委副书记、区长赵二;区委副书记钱三。"));
    assertThat(roles(m)).containsOnlyKeys("李大同", "赵二", "钱三");
  }

  @Test
  void aSentenceOpeningWithBingBiaoshiGoesOnWithTheLastPerson() {
    Article a = parse("标题", "林德总统今(13)日上午接见消防人员。并表示,未来要继续强化防救灾体系。");
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("")).containsExactly("林德");
  }

  @Test
  void aSourceCreditWithItsReporter() {
    Article a = parse("标题", "市里召开座谈会。会议要求抓好落实。(来源:沧州日报 记者 屈明)");
    assertThat(a.byline())
        .hasValueSatisfying(
            b -> {
              assertThat(b.outlet()).contains("沧州日报");
              assertThat(b.reporters()).containsExactly("屈明");
            });
  }

  @Test
  void anOpeningThatEndsItsParagraphSaysTheNextOne() {
    Article a = parse("标题", "省委全会3日召开。", "会议号召——", "全省各级党组织要更加紧密地团结起来。", "全会指出:", "要坚定信心。");
    assertThat(a.directives())
        .extracting(Directive::text)
        .containsExactly("全省各级党组织要更加紧密地团结起来。", "要坚定信心。");
  }

  @Test
  void speakersPartedFromTheirVerbByAClauseOfHow() {
    Meeting m =
        only(parse("标题", "3月2日,市委召开专题协商座谈会。", "座谈会上,民进市委会主委赵平、市工商联主席钱安等围绕主题,结合各自调研成果作了发言。"));
    assertThat(roles(m)).containsEntry("赵平", Role.SPEAKER).containsEntry("钱安", Role.SPEAKER);
  }

  @Test
  void theMeetingThatHeardAReportStresses() {
    Article a =
        parse(
            "标题",
            "3月2日,省委书记张三主持召开省委常委会会议。",
            "会议听取关于河长制工作情况的汇报,强调要认真总结经验做法。要改善水体质量。",
            "会议传达学习重要指示精神。");
    assertThat(a.directives())
        .extracting(Directive::text)
        .containsExactly("要认真总结经验做法。", "要改善水体质量。");
    assertThat(a.directives()).allMatch(d -> d.speaker().isEmpty());
  }

  @Test
  void statementsWithoutAComma() {
    // Taiwan's county releases: 强调 and 指示 take their object at once, 并指出 goes on with the subject
    Article a =
        parse(
            "標題",
            "縣政府召開第3次縣務會議,由縣長李大明主持。李大明感謝團隊的努力,並指出未來兩年是關鍵期。",
            "李大明強調縣務會議的重要性。李大明指示各局處全面檢視土地開發方式。秘書長王中責成行政處加快辦理。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse("") + ":" + d.text())
        .containsExactly("李大明:未来两年是关键期。", "李大明:县务会议的重要性。", "李大明:各局处全面检视土地开发方式。", "王中:行政处加快办理。");
  }

  @Test
  void anAttendanceListClosedByItsVerbBeforeTheObservers() {
    Meeting m = only(parse("标题", "3月2日,省委书记张三主持召开省委常委会会议。", "李明、王红、赵飞、钱刚、孙丽出席,周文列席会议。"));
    assertThat(roles(m))
        .containsOnlyKeys("张三", "李明", "王红", "赵飞", "钱刚", "孙丽", "周文")
        .containsEntry("孙丽", Role.ATTENDEE)
        .containsEntry("周文", Role.OBSERVER);
  }

  @Test
  void aRareFamilyNameAfterTheListsTitleAmongSureNames() {
    Meeting m =
        only(parse("标题", "3月2日,部长张三主持召开部党组会议。", "部党组成员库尔班、李明、王红出席会议。", "省政协副主席陈青、赵飞及秘书长钱刚出席会议。"));
    Map<String, List<String>> titles =
        m.attendees().stream().collect(Collectors.toMap(Attendee::name, Attendee::titles));
    assertThat(titles)
        .containsEntry("库尔班", List.of("部党组成员"))
        .containsEntry("王红", List.of("部党组成员"))
        .containsEntry("赵飞", List.of("省政协副主席"))
        .containsEntry("钱刚", List.of("秘书长"));
  }

  @Test
  void sittingsBelongToTheSessionAndProposedSessionsAreNoRecords() {
    Meeting m =
        only(
            parse(
                "标题",
                "1月7日,省人大常委会第九次会议在西宁召开。省人大常委会主任李明主持第一次全体会议。",
                "会议决定,省政协常委会第十次会议于2022年1月14日召开;建议省政协第三次会议于2022年1月16日在西宁召开。",
                "省人大常委会副主任王红作关于个别代表的代表资格的审查报告。王红主持闭幕会议。"));
    assertThat(m.name()).isEqualTo("省人大常委会第九次会议");
    assertThat(roles(m)).containsEntry("李明", Role.CHAIR).containsEntry("王红", Role.CHAIR);
    Meeting l = only(parse("标题", "3月1日,县委召开理论学习中心组会议。县委书记赵飞作专题报告。"));
    assertThat(roles(l)).containsEntry("赵飞", Role.SPEAKER);
  }

  @Test
  void aMeetingNamedThenItsChairAfterAComma() {
    Meeting m = only(parse("標題", "金山縣政府第8次主管週報,縣長李大明主持,副縣長王中列席參加。"));
    assertThat(m.name()).isEqualTo("金山县政府第8次主管周报");
    assertThat(m.chair()).contains("李大明");
    assertThat(roles(m)).containsEntry("王中", Role.OBSERVER);
  }

  @Test
  void theMeetingsOfANumberedListOfItems() {
    // held-out set 8b: the lines of a TV news line-up were a headline stack, their meetings unread
    Article a = parse("1、全市春季森林防火工作会议召开", "2、中外围棋友谊赛在我市闭幕", "3、全市安全生产工作会议召开");
    assertThat(a.meetings())
        .extracting(Meeting::name)
        .containsExactly("全市春季森林防火工作会议", "全市安全生产工作会议");
  }

  @Test
  void aTimeAdverbOpeningTheBodyIsNoPerson() {
    // held-out set 8b: 连日来 after 本报讯(…) was read as a person of family name 连
    Article a = parse("标题", "本报讯(记者 赵明)连日来,某镇扎实推进秸秆禁烧工作。");
    assertThat(people(a)).doesNotContainKey("连日来");
  }

  @Test
  void aBulletedItemsChairAndADayInNumerals() {
    Meeting m = only(parse("标题", "  ●区委书记赵飞主持召开区规划委员会全体会议。区长钱刚出席。"));
    assertThat(m.chair()).contains("赵飞");
    Meeting d = only(parse("標題", "新竹縣政府十三日召開今年第二次縣務會議。"));
    assertThat(d.date().map(Object::toString)).contains("---13");
  }

  @Test
  void aSpeechGivenBeforeAnExplanationAndAnArrangement() {
    Article a =
        parse(
            "标题",
            "3月1日,市委书记张三主持召开市委常委会会议。",
            "会议传达学习了总书记在全国组织工作会议上重要讲话精神。",
            "会上,省有关负责人就《实施意见(稿)》作说明,各市主要负责人作交流发言。",
            "会上,市委常委、组织部部长赵飞对全市换届工作进行安排部署。");
    assertThat(a.meetings()).extracting(Meeting::name).containsExactly("市委常委会会议");
    assertThat(a.directives()).isEmpty();
    assertThat(roles(only(a))).containsEntry("赵飞", Role.SPEAKER);
  }

  @Test
  void aChairWhoBeginsToChairAndAMemberWhoWalksOut() {
    Meeting m = only(parse("标题", "北区区议会今天(7日)首次召开会议。新任主席何美英开始主持会议。民建联的李家文和北区乡委会主席周永强亦在默哀期间离席。"));
    assertThat(m.name()).isEqualTo("北区区议会会议");
    assertThat(m.chair()).contains("何美英");
    assertThat(m.attendees())
        .filteredOn(x -> x.name().equals("周永强"))
        .extracting(Attendee::titles)
        .containsExactly(List.of("北区乡委会主席"));
  }

  @Test
  void aFamilyNameWithAPostIsItsHolder() {
    Article a = parse("標題", "台南市議會今(5)日舉行成立大會,由議長陳中平主持,市長黃大明致詞。黃市長表示,他已拜會許多議員。陳議長強調,要相互尊重。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse(""))
        .containsExactly("黄大明", "陈中平");
    assertThat(roles(only(a))).containsEntry("黄大明", Role.SPEAKER);
  }

  @Test
  void theMeetingStatesAgainAfterAStatementParagraphAndAChairWithTitlesStresses() {
    Article a =
        parse(
            "标题",
            "9月29日上午,市委常委会召开会议。区党委副书记、自治区政府党组书记、自治区主席李明主持会议并讲话,强调,要统一部署。",
            "会议指出,丰收节成功举办。要坚持优先发展。",
            "会议审议了《总体方案》,强调要做好筹备工作。",
            "会议传达学习了总书记在主持政治局第二十九次集体学习时的重要讲话精神。该区领导赵飞、钱刚参加。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse("") + ":" + d.text())
        .contains("李明:要统一部署。", ":要做好筹备工作。");
    Meeting m = only(a);
    assertThat(m.attendees())
        .filteredOn(x -> x.name().equals("赵飞"))
        .extracting(Attendee::titles)
        .containsExactly(List.of("区领导"));
    assertThat(only(parse("标题", "全省安全生产电视会议在济南召开。")).format()).contains(MeetingFormat.VIDEO);
  }

  @Test
  void aNameOfTheMinoritiesAfterATitleWithOneSureName() {
    Meeting m = only(parse("标题", "3月5日,市委召开常委会会议。区党委常委、自治区常务副主席格桑多吉、姜明,自治区领导孟德平出席。"));
    assertThat(roles(m)).containsOnlyKeys("格桑多吉", "姜明", "孟德平");
  }

  @Test
  void taiwansCabinetAndCouncilSittings() {
    Meeting m = only(parse("標題", "行政院今(26)日召開行政院會,院長張明在致詞時表示,閣員要傾聽民意。"));
    assertThat(m.name()).isEqualTo("行政院会");
    Meeting c = only(parse("標題", "新竹市議會於昨日上午舉行第二屆第八次定期大會開幕儀式,由議長陳中平正式宣布開議。"));
    assertThat(c.name()).isEqualTo("新竹市议会第二届第八次定期大会");
    assertThat(c.chair()).contains("陈中平");
  }

  @Test
  void macauListsOfActingPostsAndNamesTheRulesMiss() {
    Meeting m =
        only(
            parse(
                "标题",
                "社會工作委員會今日舉行全體會議。出席會議的還包括:社工局區志明副局長、檢察院吳明德代廳長、澳門天主教美滿家庭協進會黃正為會長、"
                    + "澳門工會聯合總會梁偉文常務副理事長、社工局梁嘉明處長、林翠雲女士。",
                "社委會黃艷芳代主席表示,社委會的職責是協助特區政府制訂政策。"));
    Map<String, List<String>> titles =
        m.attendees().stream().collect(Collectors.toMap(Attendee::name, Attendee::titles));
    assertThat(titles)
        .containsEntry("吴明德", List.of("检察院代厅长"))
        .containsEntry("梁伟文", List.of("澳门工会联合总会常务副理事长"))
        .containsEntry("梁嘉明", List.of("社工局处长"))
        .containsEntry("林翠云", List.of());
    assertThat(titles.values()).noneMatch(t -> t.toString().contains("黄正为"));
  }

  @Test
  void onePagesVideoSittingMakesNoOtherMeetingOnIt() {
    Article a =
        parse(
            "标题",
            "6日 全省产业项目建设专题推进会召开。省委书记王明主持会议。",
            "8日 省委农村工作会议召开。会议以视频形式召开,全面落实中央部署。",
            "9日 省委书记王明主持召开省委深改组第十七次会议。");
    assertThat(a.meetings())
        .extracting(m -> m.format().map(Object::toString).orElse("-"))
        .containsExactly("-", "VIDEO", "-");
  }

  @Test
  void theDayThatOpensADigestItemDatesItsMeetingAndNamesNothing() {
    Article a = parse("山东省人民政府大事记", "二日 全省文化服务体系建设现场经验交流会在烟台召开。", "△全省铁路建设工作会议在济南召开。");
    assertThat(a.meetings())
        .extracting(m -> m.name() + " " + m.date().map(Object::toString).orElse("-"))
        .containsExactly("全省文化服务体系建设现场经验交流会 ---02", "全省铁路建设工作会议 ---02");
  }

  @Test
  void aDatedParagraphOfASigningIsAnItemOfItsOwn() {
    Meeting m =
        only(
            parse(
                "标题",
                "5月23日上午,市委召开就业创业座谈会。市委书记王明出席座谈会并讲话。副市长赵飞参加。",
                "5月23日中午,甲公司与乙公司签署合作协议。甲公司总经理刘强,市领导钱刚参加。"));
    assertThat(roles(m)).containsOnlyKeys("王明", "赵飞");
  }

  @Test
  void aDigestsMonthHeadingDatesItsItemsAndTheSameDayFollowsAnItemThatHeldNoMeeting() {
    Article a =
        parse(
            "江西省人民政府大事记 (2015年3月)",
            "一日 省长王明在南昌会见甲公司董事长刘强一行。",
            "△全省农村工作会议在南昌召开。副省长赵飞出席会议并讲话。",
            "△在收听收看全国春耕工作电视电话会议后,我省召开全省春耕工作电视电话会议。",
            "四日 全省林业工作会议召开。");
    assertThat(a.meetings())
        .extracting(m -> m.date().map(Object::toString).orElse("-"))
        .containsExactly("2015-03-01", "2015-03-01", "2015-03-04");
  }

  @Test
  void aMonthAloneOnItsLineIsTheMonthOfTheDaysBelowIt() {
    Article a =
        parse(
            "4月",
            "6日 全省产业项目推进会召开。省委书记王明出席会议并讲话。",
            "9日 省委书记王明主持召开省委深改组第十七次会议。",
            "5月",
            "2日 全省林业工作会议召开。");
    assertThat(a.meetings())
        .extracting(m -> m.date().map(Object::toString).orElse("-"))
        .containsExactly("--04-06", "--04-09", "--05-02");
  }

  @Test
  void aMonthInsideAHeadlineIsNoDigestHeading() {
    Article a = parse("全省春耕进入3月关键期", "6日 全省农业工作会议召开。");
    assertThat(only(a).date().map(Object::toString)).contains("---06");
  }

  @Test
  void speakersStayTheSubjectOfALongMatterTheySpokeOn() {
    Meeting m =
        only(
            parse(
                "标题",
                "12日,国务院总理王明在北京主持召开座谈会。",
                "刘强、赵飞、钱刚和孙丽着重就落实“两个市场”政策、稳妥推进新型工业化、优先发展职业教育、加快公共卫生体系改革、" + "支持发展个体工商户等发言。"));
    assertThat(roles(m))
        .containsEntry("刘强", Role.SPEAKER)
        .containsEntry("赵飞", Role.SPEAKER)
        .containsEntry("钱刚", Role.SPEAKER)
        .containsEntry("孙丽", Role.SPEAKER);
  }

  @Test
  void aSittingNamedWithAListInsideIsTheMeetingItsSpeakersBelongTo() {
    Article a = parse("标题", "12日,国务院总理王明主持召开座谈会。", "在高校负责人、科研院所负责人和企业家座谈会上,刘强、赵飞先后发言。");
    assertThat(a.meetings()).extracting(Meeting::name).contains("高校负责人、科研院所负责人和企业家座谈会");
  }

  @Test
  void aQuotedNameAfterTheVerbIsTheMeeting() {
    Meeting m = only(parse("标题", "5月5日,湖南省党政代表团在广州举行“湘粤两省经济合作座谈会”。广东省委书记王明,省委副书记、省长赵飞出席座谈会。"));
    assertThat(m.name()).isEqualTo("湘粤两省经济合作座谈会");
    assertThat(roles(m)).containsKeys("王明", "赵飞");
  }

  @Test
  void anEnlargedSittingCalledHuiIsAMeeting() {
    Meeting m = only(parse("标题", "3月2日,县委书记王明主持召开县委常委(扩大)会,县四大班子主要领导参加会议。"));
    assertThat(m.name()).isEqualTo("县委常委(扩大)会");
    assertThat(m.chair()).contains("王明");
  }

  @Test
  void eachClauseOfWhatWasDoneAtTheMeetingGivesItsPersonARole() {
    Meeting m =
        only(
            parse(
                "标题",
                "6月3日,城南镇召开社区换届工作部署会。",
                "会上,镇党委副书记刘强对换届工作具体事宜作了详细安排部署;组织委员赵飞就相关政策进行深入解读;纪委书记钱刚传达了换届纪律要求;"
                    + "最后,镇党委书记王明讲话,镇长孙丽进行大会总结。"));
    assertThat(roles(m))
        .containsEntry("刘强", Role.SPEAKER)
        .containsEntry("赵飞", Role.PRESENTER)
        .containsEntry("钱刚", Role.PRESENTER)
        .containsEntry("王明", Role.SPEAKER)
        .containsEntry("孙丽", Role.SPEAKER);
  }

  @Test
  void requirementsAndGuidanceGivenAtTheMeetingMakeSpeakersAndComingToGuideAttends() {
    Meeting m =
        only(
            parse(
                "标题",
                "11月3日,省委书记王明主持召开省委第5次专题会议。",
                "省委副书记、省长刘强作具体要求,国务院工作组组长赵飞提出指导意见。省督导组组长钱刚同志到会指导。"));
    assertThat(roles(m))
        .containsEntry("刘强", Role.SPEAKER)
        .containsEntry("赵飞", Role.SPEAKER)
        .containsEntry("钱刚", Role.ATTENDEE);
  }

  @Test
  void aBodysWorkReportIsPresented() {
    Meeting m = only(parse("标题", "1月13日上午,市政协十届三次会议开幕。市政协主席王明作市政协常务委员会工作报告;市委副书记、市长刘强等到会祝贺。"));
    assertThat(roles(m)).containsEntry("王明", Role.PRESENTER).containsEntry("刘强", Role.ATTENDEE);
  }

  @Test
  void aDemandVerbThatOpensAMeetingsNameOpensNoStatement() {
    Article a = parse("标题", "1月5日,镇党委书记王明主持召开动员部署会。", "王明要求大会期间做好安全保障。");
    assertThat(only(a).name()).isEqualTo("动员部署会");
    assertThat(a.directives()).extracting(Directive::speaker).containsExactly(Optional.of("王明"));
  }

  @Test
  void anAdverbThatStartsWithAFamilyNameIsNoSpeaker() {
    Meeting m =
        only(parse("标题", "1月5日,县委书记王明主持召开县委常委会会议。", "王明指出,各级各部门要把贯彻全会精神作为重要任务,周密安排部署,精心组织实施。"));
    assertThat(roles(m)).containsOnlyKeys("王明");
  }

  @Test
  void theBulletOfAnItemIsNoPartOfItsMeetingsName() {
    Article a = parse("一周要闻", "●全区安全生产工作会议召开。区委书记王明出席会议并讲话。");
    assertThat(only(a).name()).isEqualTo("全区安全生产工作会议");
  }

  @Test
  void membersListedAfterTheirCollectiveNounTakeItAsTheirTitle() {
    Meeting m = only(parse("标题", "文化谘询委员会昨(4)日召开会议。", "出席是次会议投票的委员,包括何志明、梁美玲、苏建华。"));
    assertThat(m.name()).isEqualTo("文化谘询委员会会议");
    assertThat(m.date().map(Object::toString)).contains("---04");
    assertThat(m.attendees())
        .extracting(x -> x.name() + " " + x.titles())
        .containsExactly("何志明 [委员]", "梁美玲 [委员]", "苏建华 [委员]");
  }

  @Test
  void oneBodysSittingsOnTwoDaysAreTwoMeetings() {
    Article a = parse("标题", "本报讯 3月2日,县长王明主持召开县政府党组会议。", "又讯 3月9日,县长王明主持召开县政府党组会议。");
    assertThat(a.meetings())
        .extracting(m -> m.name() + " " + m.date().map(Object::toString).orElse("-"))
        .containsExactly("县政府党组会议 --03-02", "县政府党组会议 --03-09");
  }

  @Test
  void theBodyThatConvenedBeforeTheChairedClauseIsNoPartOfTheName() {
    Article a = parse("标题", "本报讯 6月5日,委员会召开全体会议,主任王明主持。");
    assertThat(only(a).name()).isEqualTo("委员会全体会议");
    assertThat(only(a).chair()).contains("王明");
  }

  @Test
  void aMeetingWatchedBeforeOneHeldIsOnlyMentioned() {
    Article a = parse("标题", "6月2日,在收听收看全国安全生产电视电话会议后,我市召开全市安全生产电视电话会议。副市长王明出席会议并讲话。");
    assertThat(only(a).name()).isEqualTo("全市安全生产电视电话会议");
  }

  @Test
  void aPostHoldersSummingUpAndADateAfterANameAreReadAsSuch() {
    Meeting m =
        only(parse("标题", "1月2日,市委全体会议召开。市委书记王明主持会议并讲话,市委副书记、市长刘强总结部署经济工作。" + "副市长赵飞于1月2日下午出席会议。"));
    assertThat(roles(m))
        .containsEntry("刘强", Role.SPEAKER)
        .containsEntry("赵飞", Role.ATTENDEE)
        .doesNotContainKey("赵飞于");
  }

  @Test
  void aMarriedWomansFourCharacterNameIsWhole() {
    Article a = parse("標題", "【本報訊】勞工及福利局局長何陳麗珊今日出席會議。", "何陳麗珊表示,政府會加強支援。社會福利署署長李鄭美華回應說,會研究。");
    assertThat(people(a)).containsKeys("何陈丽珊", "李郑美华");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse("-"))
        .containsExactly("何陈丽珊", "李郑美华");
  }

  @Test
  void twoFamilyNamesThatAreOneWordOrANameAndItsVerbAreNoMarriedName() {
    Article a = parse("标题", "3月2日,市委书记王明主持召开会议。局长王林出席。", "铁路部门提醒广大旅客,请通过官方网站购票。");
    assertThat(people(a)).containsOnlyKeys("王明", "王林");
  }

  @Test
  void aRemarkOnAnothersSpeechKeepsTheSpeakersStatementGoing() {
    Article a =
        parse(
            "标题",
            "1月5日,县委书记王明主持召开县委常委会会议。",
            "王明指出,这次全会是一次重要会议。刘强书记的讲话站位高、思路明,为我县提供了行动纲领。各级各部门要把学习全会精神作为重要任务。" + "要高度重视安全生产工作。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse("-") + " " + d.text())
        .containsExactly("王明 这次全会是一次重要会议。", "王明 各级各部门要把学习全会精神作为重要任务。", "王明 要高度重视安全生产工作。");
  }

  @Test
  void theChairOfTheCollectiveStudyChairsTheStudyMeeting() {
    Meeting m =
        only(
            parse(
                "标题",
                "5月6日,自治区总工会召开党组理论学习中心组学习会议。自治区总工会党组书记、副主席王明主持集体学习。",
                "会上,自治区总工会党组副书记、主席买买提·艾力,党组成员、副主席刘强作交流发言。"));
    assertThat(m.chair()).contains("王明");
    assertThat(m.attendees())
        .extracting(x -> x.name() + " " + x.titles())
        .contains("买买提·艾力 [自治区总工会党组副书记, 主席]");
  }

  @Test
  void aPagesLabelBeforeTheLeadOpensNoSpeaker() {
    Article a = parse("标题", "[导读]王明说,我们应该采取切实有效的措施。", "24日,国务院总理王明主持召开座谈会。");
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("-")).containsExactly("王明");
  }

  @Test
  void theChairsRulingsInMinutesAreTheChairsNumberedDirectives() {
    Article a =
        parse(
            "台南市政府第88次市务会议纪录",
            "时间",
            "时间:民国110年5月4日(星期二)上午9时",
            "主席",
            "市长 王大明",
            "主席裁示事项:",
            "一、各局处要重视民意,以同理心处理。各区公所资料请择要提供。",
            "二、汛期将至,下列事项请相关单位办理:",
            "(一)请水利局加强巡查。",
            "三、社群媒体是市政推动重要的一环。");
    Meeting m = only(a);
    assertThat(m.name()).isEqualTo("台南市政府第88次市务会议");
    assertThat(m.chair()).contains("王大明");
    assertThat(m.attendees()).extracting(x -> x.name() + " " + x.titles()).contains("王大明 [市长]");
    assertThat(a.directives())
        .filteredOn(d -> d.text().matches("^(?:[一二三]、|\\(一\\)).*"))
        .extracting(d -> d.speaker().orElse("-") + " " + d.kind())
        .containsExactly("王大明 REQUIREMENT", "王大明 ASSESSMENT", "王大明 REQUIREMENT", "王大明 ASSESSMENT");
  }

  @Test
  void aQuotedNameBeforeTheTimeOfSpeakingIsTheMeeting() {
    Meeting m = only(parse("標題", "【本報訊】民政事務局局長何志明今天出席「社區參與 --- 經驗分享會」時表示,會加強支援。"));
    assertThat(m.name()).isEqualTo("社区参与---经验分享会");
  }

  @Test
  void aDigestsItemsAreReadWhateverTheirLinesAndDaysDo() {
    Article a =
        parse(
            "大 事 记",
            "5月7日 中共安顺市委召开全市领导干部大会,宣布省委决定:刘强同志任安顺市委委",
            "员、常委、副书记,提名作为市人民政府市长候选人。",
            "5月12日 安顺市人大常委会召开第二十次会议。会议接受王明辞去市长职务的请求。",
            "5月13日 代市长刘强主持召开会议,研究部署全市扶贫开发工作。",
            "5月21日全省文物工作研讨会在安顺召开。");
    assertThat(a.meetings())
        .extracting(m -> m.name() + " " + m.date().map(Object::toString).orElse("-"))
        .containsExactly(
            "全市领导干部大会 --05-07", "安顺市人大常委会第二十次会议 --05-12", "会议 --05-13", "全省文物工作研讨会 --05-21");
    assertThat(a.meetings().get(2).attendees())
        .extracting(x -> x.name() + " " + x.titles())
        .containsExactly("刘强 [代市长]");
  }

  @Test
  void aCountOrACaptionsMarkerIsNoPartOfATitle() {
    Article a = parse("标题", "本报讯 5月2日,民建联召开会议。民建联两位副主席何志明、梁美玲出席会议。", "(前排左起)民建联副主席何志明。");
    assertThat(people(a)).containsEntry("何志明", List.of("民建联副主席"));
    assertThat(people(a)).containsEntry("梁美玲", List.of("民建联副主席"));
  }

  @Test
  void aWishSentWithoutAComma() {
    Article a = parse("标题", "8月5日,委员会召开全体会议,主任王明主持。王明寄语委员会成员继续全力以赴。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse("-") + " " + d.kind())
        .containsExactly("王明 REQUIREMENT");
  }

  @Test
  void whoAttendedAnEventWhoseSpiritIsPassedOnDidNotAttendTheMeeting() {
    Meeting m =
        only(
            parse(
                "标题",
                "5月23日,县长王明主持召开县政府常务会议。",
                "会议还传达学习了刘强在福建调研时的讲话精神,国务院副总理赵飞出席数字经济峰会时的讲话精神,以及县委常委会会议精神。",
                "会议传达学习了全省会议精神,副县长钱刚出席会议并讲话,要求落实会议精神。"));
    assertThat(roles(m)).containsOnlyKeys("王明", "钱刚");
  }

  @Test
  void theGroupThatOpensTheSentenceSpeaksThroughALaterClause() {
    Article a =
        parse(
            "标题",
            "5月6日,市妇联召开党组会议。市妇联党组书记王明主持会议。",
            "大家结合工作谈了自己的感悟和打算,在交流发言中表示,要更加坚定地拥护“两个确立”。要更加坚定地走妇女发展道路。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse("-") + " " + d.kind())
        .containsExactly("- REQUIREMENT", "- REQUIREMENT");
  }

  @Test
  void theHeadsOfADelegationHoldTheMeetingItGoesOnToHold() {
    Meeting m = only(parse("标题", "5月5日,由湖南省委书记王明和省委副书记、省长刘强率领的湖南省党政代表团来广东考察,并在广州举行湘粤两省合作座谈会。"));
    assertThat(roles(m)).containsOnlyKeys("王明", "刘强");
  }

  @Test
  void aMeetingAtWhichSomeoneSpokeMayBeNamedAfterYu() {
    Article a = parse("標題", "行政長官王明周二(5日)於新一屆行政會議首次例行會議上表示,政府會加快建屋。", "至於專組在會議上跟進的議題,包括課後託管服務。");
    assertThat(only(a).name()).isEqualTo("新一届行政会议首次例行会议");
    assertThat(only(a).ordinal()).hasValue(1);
  }

  @Test
  void aMinguoYearIsTheYearOfTheCommonEra() {
    Meeting m = only(parse("標題", "中華民國112年3月7日,新竹市政府召開第300次市政會議,市長高大明主持。"));
    assertThat(m.date().map(Object::toString)).contains("2023-03-07");
  }

  @Test
  void aDateFieldOnALineOfItsOwnDatesTheMinutes() {
    Meeting m = only(parse("高雄市政府第52次市政會議紀錄", "時間:民國111年6月2日(星期四)上午9時", "主席:市長 陳志明"));
    assertThat(m.date().map(Object::toString)).contains("2022-06-02");
    assertThat(m.chair()).contains("陈志明");
  }

  @Test
  void decisionsOfASittingTitledAsSuchReportItDatedByItsOwnLine() {
    Article a =
        parse(
            "行政院第4001次院會決議",
            "院長提示:",
            "民國115年3月5日第4001次會議",
            "一、近來流感疫情升溫,請衛福部加強防治。",
            "二、請經濟部掌握電力供應情形。");
    Meeting m = only(a);
    assertThat(m.ordinal()).hasValue(4001);
    assertThat(m.date().map(Object::toString)).contains("2026-03-05");
    assertThat(a.headline().title()).contains("行政院第4001次院会决议");
    assertThat(a.directives()).extracting(d -> d.verb().orElse("")).containsOnly("提示");
    assertThat(a.directives()).hasSize(2);
  }

  @Test
  void aFriendlyReminderIsNoSpeaker() {
    Article a = parse("标题", "温馨提示:请市民注意防暑。");
    assertThat(a.directives()).isEmpty();
    assertThat(people(a)).isEmpty();
  }

  @Test
  void aShortNoteInBracketsAfterTheListKeepsItsNames() {
    Meeting m = only(parse("标题", "3月5日,全市安全生产工作会议召开。市领导范小国、陈洪林、王志刚及各县(市、区)主要负责人,市直各部门负责人参加会议。"));
    assertThat(roles(m)).containsOnlyKeys("范小国", "陈洪林", "王志刚");
  }

  @Test
  void aConsentGivenBeforeTheCommaLeavesTheMeetingHeld() {
    Meeting m = only(parse("标题", "市农业局在征得市委同意后,于8月7日召开了局领导班子专题民主生活会。"));
    assertThat(m.name()).isEqualTo("局领导班子专题民主生活会");
    assertThat(parse("标题", "会议同意市人大常委会第五次会议于1月16日召开。").meetings()).isEmpty();
  }

  @Test
  void aNameEndingLikeAnOrganIsANameBeforeTongzhiOrAPost() {
    Meeting m = only(parse("标题", "市供销社于8月7日召开了领导班子专题民主生活会。出席会议的领导有:县政协主席、督导组副组长李天会同志,监察室主任李端阳同志。"));
    assertThat(roles(m)).containsOnlyKeys("李天会", "李端阳");
    assertThat(people(parse("標題", "議長張鎮榮致詞時,肯定楊文科縣長就任以來陸續兌現政見。"))).containsKey("杨文科");
    assertThat(people(parse("标题", "市长办公会研究了防汛工作。"))).isEmpty();
  }

  @Test
  void aColonAfterASpeakersActOpensWhatWasSaid() {
    Article a = parse("标题", "市供销社于8月7日召开了领导班子专题民主生活会。督导组副组长李天明同志做了点评:大家开诚布公,有啥说啥。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse("-") + " " + d.text())
        .containsExactly("李天明 大家开诚布公,有啥说啥。");
    assertThat(roles(only(a))).containsEntry("李天明", Role.SPEAKER);
  }

  @Test
  void aTownIsNoPerson() {
    Article a = parse("标题", "8月12日上午,东方镇召开换届工作动员会,全镇干部职工参加会议。");
    assertThat(people(a)).isEmpty();
    assertThat(only(a).name()).isEqualTo("换届工作动员会");
  }

  @Test
  void aClauseWithLeEndingInAPostIsNoSpeaker() {
    Article a =
        parse("标题", "镇党委书记李大松在会上指出,此次会议圆满成功。并代表镇党委回答了人大代表在审议报告时提出的意见,最后提出了三点意见,一是要统一思想;二是要开拓创新。");
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("-")).containsOnly("李大松");
  }

  @Test
  void theHeadlineNamesTheMeetingTheBodyLeftUnnamed() {
    Meeting m =
        only(
            parse(
                "东方镇召开党委换届工作动员会",
                "根据部署,东方镇党委将进行换届。8月12日上午,东方镇在六楼会议室召开换届工作动员,全镇干部职工参加会议。",
                "镇委书记张大渊在会上作重要讲话。他指出,要严肃换届纪律。"));
    assertThat(m.name()).isEqualTo("党委换届工作动员会");
    assertThat(m.date().map(Object::toString)).contains("--08-12");
    assertThat(roles(m)).containsEntry("张大渊", Role.SPEAKER);
    assertThat(parse("东方镇召开党委换届工作动员会", "镇委书记张大渊指出,要严肃换届纪律。").meetings()).isEmpty();
  }

  @Test
  void aDemandToDealWithSomethingIsNoBureauOpeningASentence() {
    Article a = parse("标题", "国务院安委会召开全国电视电话会议。会议强调,必须坚持人民至上。必须有力应急处置。必须高效做好统筹。");
    assertThat(a.directives()).hasSize(3);
  }

  @Test
  void aJointSittingTakesTheOrdinalOfTheOneNamedFirst() {
    Meeting m = only(parse("標題", "縣長張三21日主持縣府第834次縣務會議暨103年第2次主管工作會報。"));
    assertThat(m.ordinal()).hasValue(834);
  }

  @Test
  void aFamilyNameAndAnAdverbIsThePersonGoingOn() {
    Article a = parse("标题", "总书记张三主持学习。张三说,“要先学一步”。张又提到,学习是第一堂课。");
    assertThat(people(a)).containsOnlyKeys("张三");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse("-") + " " + d.text())
        .contains("张三 学习是第一堂课。");
  }

  @Test
  void aCountedListSpeaksAndADayBeforeYesterdayIsNoName() {
    Meeting m = only(parse("标题", "中共总书记张三前日主持新一届政治局首次集体学习。李四、王五、赵六3名常委分别发言。"));
    assertThat(m.chair()).contains("张三");
    assertThat(roles(m)).containsEntry("李四", Role.SPEAKER).containsEntry("赵六", Role.SPEAKER);
  }

  @Test
  void aDigestsDayAndPlaceLedParagraphsAreBriefsOfTheirPlaces() {
    Article a =
        parse(
            "",
            "要闻",
            "18日,全省博物馆评估结果公布,山西博物院考核结果为优秀。",
            "县市区",
            "19日,洪洞县召开营商环境典型案例学习研读会,县委书记张小平主持并讲话。",
            "18日,翼城县委书记黄大君主持召开县委常委(扩大)会议。会议强调,要经常到一线调研。");
    assertThat(a.districtBriefs())
        .extracting(DistrictBrief::district)
        .containsExactly("洪洞县", "翼城县");
    assertThat(a.districtBriefs().get(0).meeting().map(Meeting::name)).contains("营商环境典型案例学习研读会");
    assertThat(a.districtBriefs().get(1).date().map(Object::toString)).contains("---18");
  }

  @Test
  void aStorysLeadAfterItsBylineIsNoDigestItem() {
    Article a = parse("扎实推进三夏工作", "本报讯(记者 史大国)连日来,荥阳市城关乡扎实推进三夏麦收。", "近日,惠济区刘寨街道兴南社区开展爱心蔬菜进社区活动。");
    assertThat(a.districtBriefs()).extracting(DistrictBrief::district).doesNotContain("惠济区");
  }

  @Test
  void theLabelAfterDengIsWhatTheListedAre() {
    Meeting m = only(parse("标题", "3月11日,县人大常委会主席团第三次会议召开。蓝伶俐、胡献如、叶武等主席团成员参加会议,王林生主持会议。"));
    assertThat(m.attendees())
        .extracting(x -> x.name() + " " + x.titles())
        .containsExactly("蓝伶俐 [主席团成员]", "胡献如 [主席团成员]", "叶武 [主席团成员]", "王林生 []");
    Meeting n = only(parse("标题", "3月11日,全县动员大会召开。县长路文东主持会议,杨小明,谭建新,车显忠等县四套班子领导出席了会议。"));
    assertThat(n.attendees())
        .filteredOn(x -> x.role() == Role.ATTENDEE)
        .extracting(x -> x.name() + " " + x.titles())
        .containsExactly("杨小明 [县四套班子领导]", "谭建新 [县四套班子领导]", "车显忠 [县四套班子领导]");
  }

  @Test
  void aDayBetweenTheOrganAndItsVerbIsNoPartOfTheName() {
    Meeting m = only(parse("标题", "中共中央政治局常务委员会八日全天召开会议,听取工作汇报。"));
    assertThat(m.name()).isEqualTo("中共中央政治局常务委员会会议");
    assertThat(m.date().map(Object::toString)).contains("---08");
    assertThat(only(parse("标题", "【专访】市政咨询委员会昨日举行平常大会,委员张三希望增加供应。")).name())
        .isEqualTo("市政咨询委员会平常大会");
  }

  @Test
  void aSessionClosedVictoriouslyIsReportedAndItsSittingsAreIt() {
    Meeting m =
        only(
            parse(
                "标题",
                "3月25日下午,政协第十一届某某县委员会第二次会议圆满完成各项议程,胜利闭幕。大会执行主席王征、多杰多旦、久美曲智尖措、谢宗华在主席台就座。会议期间,县委书记王大明等领导同志出席开、闭幕会。"));
    assertThat(m.name()).isEqualTo("政协第十一届某某县委员会第二次会议");
    assertThat(m.attendees())
        .extracting(x -> x.name() + " " + x.titles())
        .contains("久美曲智尖措 [大会执行主席]", "谢宗华 [大会执行主席]", "王大明 [县委书记]");
    assertThat(only(parse("标题", "3月1日,政协第十一届某某县委员会第二次会议隆重开幕。")).ordinal()).hasValue(2);
  }

  @Test
  void anOfficesStaffMemberChairsUnderTheOfficesName() {
    Meeting m = only(parse("标题", "3月20日,省人民政府新闻办公室举办新闻发布会。发布会由省人民政府新闻办公室张竞华主持。"));
    assertThat(m.chair()).contains("张竞华");
    assertThat(m.attendees()).extracting(x -> x.titles()).containsExactly(List.of("省人民政府新闻办公室"));
  }

  @Test
  void aNewTermsFirstSittingKeepsItsCouncil() {
    Meeting m = only(parse("標題", "東區區議會召開新一屆任期首次大會,開會5分鐘內已選出正、副主席。"));
    assertThat(m.name()).isEqualTo("东区区议会新一届任期首次大会");
  }

  @Test
  void eachItemOfARoundupMayCreditItsOwnReporter() {
    Article a =
        parse(
            "",
            "● 万州区 ●",
            "12月16日,万州区政协主席张三调研榨菜基地建设情况。(李四)",
            "● 开州区 ●",
            "12月17日,开州区政协主席王五参加区政协工作总结会并讲话。(赵六 孙七)");
    assertThat(a.byline().map(b -> b.reporters())).contains(List.of("李四", "赵六", "孙七"));
    assertThat(a.districtBriefs()).extracting(DistrictBrief::text).noneMatch(t -> t.contains("李四"));
  }

  @Test
  void onePlaceLedSubheadOfAStoryToldAboveItIsNoBrief() {
    Article a =
        parse(
            "李家明率行会成员见传媒 指成员意见对决策非常重要",
            "行政长官李家明周二(5日)上午于新一届行政会议首次例行会议前会见传媒。",
            "香港政府效率获世界公认",
            "李家明表示,公务员的表现与港府的效率直接挂钩。",
            "重申非常重视房屋问题",
            "至于房屋方面,李家明早前提到目标。");
    assertThat(a.districtBriefs()).isEmpty();
  }

  @Test
  void baokuoOpensAListNotATitle() {
    Article a = parse("标题", "县政府今(8)日上午召开县务会议。会议首先介绍新任主管,包括副县长李四明、副秘书长王五成。");
    assertThat(people(a)).containsEntry("李四明", List.of("副县长"));
  }

  @Test
  void aClosingMarkIsNoStatement() {
    Article a = parse("標題", "市政諮詢委員會昨日舉行平常大會。委員林宇明則期望當局交待時間表,並建議規劃單車徑。◇");
    assertThat(a.directives()).extracting(Directive::text).noneMatch(t -> t.equals("◇"));
  }

  @Test
  void aSittingNamedByItsTermKeepsItsCouncil() {
    Meeting m = only(parse("標題", "臺中市議會今(5)日舉行第2屆成立大會,議長林士明主持。"));
    assertThat(m.name()).isEqualTo("台中市议会第2届成立大会");
  }

  @Test
  void aCountedLabelAfterTheListIsWhatTheyAre() {
    Meeting m = only(parse("标题", "1月16日,市政协召开全体会议。会上,张建国、李华明、王平安等3位委员分别作了发言。"));
    assertThat(m.attendees())
        .extracting(x -> x.name() + " " + x.titles())
        .contains("张建国 [委员]", "王平安 [委员]");
  }

  @Test
  void thePointsPutAreTheSentencesThatFollow() {
    Article a = parse("标题", "11月7日,省人大常委会举行第八次会议。主任赵大明向被任命人员提出三点希望和要求。一是要增强政治意识。二是要狠抓落实。");
    assertThat(a.directives())
        .extracting(d -> d.speaker().orElse("-") + " " + d.text())
        .containsExactly("赵大明 一是要增强政治意识。", "赵大明 二是要狠抓落实。");
  }

  @Test
  void aDatelineOpensAParagraphAfterACaption() {
    Article a =
        parse(
            "港澳特首在港会面",
            "澳门行政长官何明(左)13日在港与香港行政长官高文会面。图片来源:大公报",
            "中评社香港5月14日电/澳门行政长官何明13日在港与香港行政长官高文会面。");
    assertThat(a.byline().flatMap(b -> b.outlet())).contains("中评社");
    assertThat(parse("标题", "江南网讯:1月16日,市政协召开常委会议。").byline().flatMap(b -> b.outlet()))
        .contains("江南网");
  }

  @Test
  void aPlenumReferredToAsQuanhuiIsTheSessionReported() {
    Meeting m =
        only(
            parse(
                "标题",
                "11月2日至3日,中国共产党某某省第十三届委员会第五次全体会议在南昌召开。",
                "全会由省委常委会主持,省委书记赵大明受省委常委会委托向全会作工作报告并发表讲话,省委副书记、省长钱小亮就《决定(讨论稿)》向全会作了说明。"));
    assertThat(roles(m)).containsEntry("赵大明", Role.SPEAKER).containsEntry("钱小亮", Role.PRESENTER);
  }

  @Test
  void aHostsVerbOpensNoTitle() {
    Article a = parse("標題", "行政長官崔世平今(23)日中午在禮賓府設宴款待中國國民黨榮譽主席吳伯雄一行。前往機場送行的有社會文化司司長張裕明。");
    assertThat(people(a))
        .containsEntry("吴伯雄", List.of("中国国民党荣誉主席"))
        .containsEntry("张裕明", List.of("社会文化司司长"));
  }

  @Test
  void yiYouBeforeTheVerbEndsNoName() {
    Meeting m = only(parse("標題", "副主席張華峰與署長陳甘美華於5月2日舉行會議。區議員羅舜泉、莊健成、陳灶良亦有出席會議。"));
    assertThat(roles(m)).containsKey("陈灶良").doesNotContainKey("陈灶良亦有");
  }

  @Test
  void aSectionsOwnStoryKeepsItsCreditWhenLedItemsFollowIt() {
    Article a =
        parse(
            "",
            "县市区",
            "19日,洪洞县召开营商环境研读会,县委书记张小平主持。(李四)",
            "要闻",
            "18日,全省博物馆评估结果公布。(王五)",
            "20日,翼城县召开常委会议。(赵六)",
            "19日,曲沃县举行月例会活动。");
    assertThat(a.byline().map(b -> b.reporters())).contains(List.of("李四", "王五", "赵六"));
    assertThat(a.byline().map(b -> b.raw())).contains("(李四)");
    assertThat(a.districtBriefs())
        .extracting(DistrictBrief::district)
        .containsExactly("洪洞县", "翼城县", "曲沃县");
  }

  @Test
  void aFamilyNameAndAPostOpeningTheClauseBeforeAnUnsaidSubjectSpeak() {
    Article a = parse("標題", "縣長王乾明21日上午主持縣務會議。", "澎湖觀光季節來臨,王縣長重申食安的重要性,希望各單位更加倍努力。");
    assertThat(a.directives()).extracting(d -> d.speaker().orElse("-")).containsExactly("王乾明");
  }
}
