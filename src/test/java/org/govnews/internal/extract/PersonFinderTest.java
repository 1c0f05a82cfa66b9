package org.govnews.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.govnews.internal.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names and their titles, found from the structure of official news: title chains, list
 * punctuation, verbs after a subject, family names. Sentences are in the normalized form the
 * extractor sees (ASCII comma, colon and brackets; 、 and 。 as printed).
 */
class PersonFinderTest {
  private static final PersonFinder F = new PersonFinder(Lexicon.builtIn());

  /**
   * Mentions as {@code 名[头衔/头衔]}, one after another; each mention's span must quote its name
   * (spaces inside a printed name, 王 宁, are dropped from the name).
   */
  private static String show(String s, List<Mention> ms) {
    for (Mention m : ms) {
      assertThat(s.substring(m.start(), m.end()).replace(" ", ""))
          .as("the span of %s in %s", m.name(), s)
          .isEqualTo(m.name());
    }
    return ms.stream()
        .map(m -> m.name() + "[" + String.join("/", m.titles()) + "]")
        .collect(Collectors.joining(" "));
  }

  private static String subject(String s, String verb) {
    int v = s.indexOf(verb);
    assertThat(v).as("%s in %s", verb, s).isPositive();
    return show(s, F.subjectBefore(s, v));
  }

  // ---- isName ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "林武",
        "蓝佛安",
        "王予波",
        "李强",
        "欧阳明高",
        "叶刘淑仪", // a married woman's name in Hong Kong: her husband's family name, then hers
        "买买提·艾力",
        "艾尔肯·吐尼亚孜",
        "阿不都热合曼·买买提",
        "热合曼·阿不都热合曼江"
      })
  void personalNames(String name) {
    assertThat(F.isName(name)).as(name).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "李", // a family name alone
        "欧阳", // a compound family name alone
        "欧阳明高大", // five characters
        "王小明明", // four characters need a compound family name, or two family names (叶刘淑仪)
        "省委", // an organ (委 ends no name)
        "王书记", // a name shape ending in a title head
        "司长", // a title head
        "常委", // a title head that starts with a family name
        "江苏", // a place
        "成功", // a common word listed as no name
        "常务",
        "强调", // a verb
        "宣布",
        "党中央", // an organ
        "林 武", // a space inside
        "王a", // not Han
        "新征程·", // the dot ends it
        "杭州·2022", // digits
        "·艾力", // a bullet before a name
        "中华人民共和国·成立七十周年", // seven characters before the dot
        "书香·全民阅读活动启动仪式", // ten characters after the dot
        "新时代·新征程·新伟业·新担当·新作为" // too long for a name
      })
  void noPersonalNames(String word) {
    assertThat(F.isName(word)).as(word).isFalse();
  }

  // ---- isTitle ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "省委副书记",
        "全国人大常委会副委员长",
        "中央党校(国家行政学院)校长(院长)",
        "副总经理(主持工作)",
        "中国-东盟中心秘书长",
        "G20峰会主席",
        "自由贸易试验区管委会主任",
        "省长"
      })
  void titles(String t) {
    assertThat(F.isTitle(t)).as(t).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "省委", "中央党校(国家行政学院)", "他们的领导", "其主任", "省委书记,省长", "国务院副总理、国务委员", "全省各级领导干部"})
  void noTitles(String t) {
    assertThat(F.isTitle(t)).as(t).isFalse();
  }

  @Test
  void aTitleOfMoreThanFortyCharactersIsNoTitle() {
    String org = "国务院新冠肺炎疫情联防联控机制综合组";
    assertThat(F.isTitle(org + "组长")).isTrue();
    assertThat(F.isTitle(org + org + org + "组长")).isFalse();
  }

  // ---- isCollective ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "中央和国家机关有关部门负责同志",
        "省直有关部门主要负责人",
        "专家学者",
        "全国人大常委会委员共160人",
        "委员共54人",
        "各民主党派中央负责人",
        "企业家代表",
        "市四套班子领导",
        "出席会议人员共120人",
        " 市委常委 "
      })
  void unnamedGroups(String g) {
    assertThat(F.isCollective(g)).as(g).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"省委书记王宁", "李强", "大家", "会议"})
  void namedOrNoGroups(String g) {
    assertThat(F.isCollective(g)).as(g).isFalse();
  }

  // ---- stripModifiers ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "李强7月21日下午在京主持会议。|主持|李强",
        "王宁12日在昆明会见客人。|会见|王宁",
        "王宁2023年12月12日上午在昆明会见客人。|会见|王宁",
        "王宁12月12日至14日在昆明调研。|调研|王宁",
        "王宁今天(5月8日)上午会见客人。|会见|王宁",
        "王宁日前会见客人。|会见|王宁",
        "王宁近日在红河州调研。|调研|王宁",
        "王宁上午9时30分会见客人。|会见|王宁",
        "王宁应邀出席。|出席|王宁",
        "王宁一行专程赴京。|赴|王宁",
        "王宁等会见客人。|会见|王宁",
        "王宁率云南省代表团访问。|访问|王宁",
        "王宁对企业家们表示。|表示|王宁",
        "王宁在讲话中强调。|强调|王宁",
        "王宁讲话时强调。|强调|王宁",
        "王宁作出重要批示强调。|强调|王宁",
        "王宁也表示。|表示|王宁",
        "王宁在省委常委会会议上强调。|强调|王宁",
        "国务院副总理何立峰28日出席会议。|出席|国务院副总理何立峰",
        "省长王予波出席会议。|出席|省长王予波"
      })
  void timePlaceAndAdverbsBetweenSubjectAndVerbAreStripped(String s, String verb, String subject) {
    int v = s.indexOf(verb);
    assertThat(s.substring(0, F.stripModifiers(s, 0, v))).as(s).isEqualTo(subject);
  }

  @Test
  void strippingStopsAtItsLowerBound() {
    String s = "会上,王宁12日在昆明会见客人。";
    int v = s.indexOf("会见");
    assertThat(F.stripModifiers(s, 3, v)).isEqualTo(5);
    assertThat(F.stripModifiers(s, 9, v))
        .as("在昆明 starts before the bound: it is not stripped")
        .isEqualTo(v);
    assertThat(F.stripModifiers(s, v, v)).isEqualTo(v);
  }

  @Test
  void aDateIsNotCutInsideItsDigits() {
    // 21日 is a modifier, 1日 inside it is not where it starts
    String s = "李强7月21日主持会议。";
    assertThat(F.stripModifiers(s, 0, s.indexOf("主持"))).isEqualTo(2);
  }

  // ---- subjectBefore ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "何立峰出席会议并讲话。|出席|何立峰[]",
        "李强7月21日下午在京主持会议。|主持|李强[]",
        "国务院副总理何立峰,国务委员吴政隆出席会议。|出席|何立峰[国务院副总理] 吴政隆[国务委员]",
        "国务院副总理何立峰28日出席会议。|出席|何立峰[国务院副总理]",
        "何立峰、吴政隆28日在京出席会议。|出席|何立峰[] 吴政隆[]",
        "孙春兰、胡春华和刘鹤出席会议。|出席|孙春兰[] 胡春华[] 刘鹤[]",
        "会上,省委书记王宁、省长王予波出席。|出席|王宁[省委书记] 王予波[省长]",
        "省委书记王宁,省长王予波,省政协主席刘晓凯出席。|出席|王宁[省委书记] 王予波[省长] 刘晓凯[省政协主席]",
        "中共中央政治局常委、国务院总理李强出席会议。|出席|李强[中共中央政治局常委/国务院总理]",
        "国务院副总理何立峰,中央有关部门负责人出席会议。|出席|何立峰[国务院副总理]",
        "国务院副总理何立峰,委员共54人出席。|出席|何立峰[国务院副总理]",
        "秘书长韩军和委员共54人出席会议。|出席|韩军[秘书长]",
        "赵乐际委员长主持会议。|主持|赵乐际[委员长]",
        "同时,王宁、王予波出席。|出席|王宁[] 王予波[]"
      })
  void subjectsOfAVerb(String s, String verb, String expected) {
    assertThat(subject(s, verb)).as(s).isEqualTo(expected);
  }

  @Test
  void aListOfLeadersSharesItsTitle() {
    String s = "省委副书记商黎光,省领导李凤岐、吴伟、卢东亮、韦韬、张复明、孙洪山、汤志平出席会议。";
    assertThat(subject(s, "出席"))
        .isEqualTo("商黎光[省委副书记] 李凤岐[省领导] 吴伟[省领导] 卢东亮[省领导] 韦韬[省领导] 张复明[省领导] 孙洪山[省领导] 汤志平[省领导]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "中央有关部门负责人出席会议。|出席",
        "全体与会人员出席。|出席",
        "会议指出,要抓好落实。|落实",
        "省委书记王宁;省长王予波出席。|出席",
        "国务院副总理何立峰:有关部门负责同志出席。|出席"
      })
  void noOneOrNotOnlyThoseBefore(String s, String verb) {
    List<Mention> ms = F.subjectBefore(s, s.indexOf(verb));
    if (s.contains(";")) {
      // the clause before ; has its own verb-less subject: only the one after it is the subject
      assertThat(show(s, ms)).isEqualTo("王予波[省长]");
    } else {
      assertThat(ms).as(s).isEmpty();
    }
  }

  @Test
  void nothingBeforeTheVerbIsNoSubject() {
    assertThat(F.subjectBefore("出席会议。", 0)).isEmpty();
  }

  // ---- parseGroup ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "省委书记王宁、省长王予波|王宁[省委书记] 王予波[省长]",
        "省委副书记、省长王予波|王予波[省委副书记/省长]",
        "王宁书记|王宁[书记]",
        "以及王宁|王宁[]",
        "同时王宁、王予波|王宁[] 王予波[]",
        "孙春兰与胡春华|孙春兰[] 胡春华[]",
        "省委书记王宁及市委常委|王宁[省委书记]",
        "省委书记王宁以及市委常委|王宁[省委书记]",
        "省长王予波和省委常委|王予波[省长]",
        "王 宁|王宁[]",
        "市委书记 王 宁|王宁[市委书记]",
        "自治区主席艾尔肯·吐尼亚孜|艾尔肯·吐尼亚孜[自治区主席]",
        "省委书记欧阳明高|欧阳明高[省委书记]",
        "严金海、达娃|严金海[] 达娃[]",
        "严金海、禚宝林|严金海[] 禚宝林[]",
        "达娃、严金海|达娃[] 严金海[]"
      })
  void groups(String g, String expected) {
    assertThat(show(g, F.parseGroup(g, 0, g.length()))).as(g).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "和市委常委", // a title with no name names nobody
        "省委常委",
        "王宁、", // an empty item
        "达娃", // a rare family name with no sure name to vouch for it
        "王宁、北京", // a place is no person
        "王宁、市委", // nor is an organ
        "王宁、师生",
        "王宁、达娃、成功",
        "成功和胡春华",
        "会议强调"
      })
  void noGroups(String g) {
    assertThat(F.parseGroup(g, 0, g.length())).as(g).isEmpty();
  }

  @Test
  void aGroupInsideASentenceKeepsItsOffsets() {
    String s = "会上,省委书记王宁、省长王予波出席。";
    List<Mention> ms = F.parseGroup(s, 3, s.indexOf("出席"));
    assertThat(show(s, ms)).isEqualTo("王宁[省委书记] 王予波[省长]");
    assertThat(ms.get(0).start()).isEqualTo(7);
    assertThat(ms.get(1).start()).isEqualTo(12);
    assertThat(F.parseGroup(s, 3, 3)).isEmpty();
  }

  // ---- scan ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "中共中央政治局常委、中央书记处书记蔡奇出席会议并讲话。|蔡奇[中共中央政治局常委/中央书记处书记]",
        "中共中央政治局常委、中央书记处书记蔡奇陪同。|蔡奇[中共中央政治局常委/中央书记处书记]",
        "习近平总书记出席会议。|习近平[总书记]",
        "国务院副总理何立峰,国务委员吴政隆出席会议。|何立峰[国务院副总理] 吴政隆[国务委员]",
        "会议由省委书记王强主持。|王强[省委书记]",
        "李强总理主持会议。|李强[总理]",
        "国务院总理李强说,要抓好落实。|李强[国务院总理]",
        "中共中央政治局常委、中央纪委书记李希还强调,要抓好落实。|李希[中共中央政治局常委/中央纪委书记]",
        "中共中央政治局常委、中央纪委书记李希来到企业调研。|李希[中共中央政治局常委/中央纪委书记]",
        "省长王予波。|王予波[省长]",
        "省长王予波|王予波[省长]",
        "赵乐际委员长出席。|赵乐际[委员长]",
        "赵乐际委员长|赵乐际[委员长]",
        "王宁书记、王予波省长出席。|王宁[书记] 王予波[省长]",
        "李强总理、丁薛祥副总理出席。|李强[总理] 丁薛祥[副总理]",
        "王沪宁主席出席。|王沪宁[主席]",
        "王宁秘书长出席。|王宁[秘书长]",
        "王宁市长出席。|王宁[市长]",
        "王宁副主席出席。|王宁[副主席]",
        "王宁委员长说|王宁[委员长]",
        "王宁副总理强调|王宁[副总理]",
        "王宁省长强调|王宁[省长]",
        "与会的省委书记王宁出席。|王宁[省委书记]",
        "省长王予波和省委书记王宁出席。|王予波[省长] 王宁[省委书记]",
        "市长助理王宁出席|王宁[市长助理]",
        "省委书记欧阳明高出席|欧阳明高[省委书记]",
        "省长王宁2023年|王宁[省长]",
        "省长王宁:|王宁[省长]",
        "国务院副总理张国清在会上强调|张国清[国务院副总理]",
        "国务院副总理张国清表示|张国清[国务院副总理]",
        "副省长王宁同志出席|王宁[副省长]",
        "全国政协主席汪洋出席。|汪洋[全国政协主席]",
        "中共中央政治局委员、中央宣传部部长李书磊应邀出席会议。|李书磊[中共中央政治局委员/中央宣传部部长]",
        "国务院副总理韩正28日出席会议。|韩正[国务院副总理]",
        "政务司司长陈国基分享了经验。|陈国基[政务司司长]"
      })
  void titledNames(String s, String expected) {
    assertThat(show(s, F.scan(s))).as(s).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"李强", "王宁同志任省委书记。", "王书记出席", "会议指出,要抓好落实。", "省长", "李强主任出席。", "何立峰出席会议并讲话。"})
  void noTitledNames(String s) {
    assertThat(F.scan(s)).as(s).isEmpty();
  }

  // ---- titlesBefore ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "中共中央政治局常委、国务院总理李强|中共中央政治局常委/国务院总理",
        "省委副书记、省长、省新冠肺炎疫情防控工作领导小组组长王予波|省委副书记/省长/省新冠肺炎疫情防控工作领导小组组长",
        "与省委书记王宁|省委书记",
        "在省委书记王宁|省委书记",
        "率领省委书记王宁|省委书记",
        "会议由省委书记王宁|省委书记",
        "由省长王宁|省长",
        "陪同省长王宁|省长",
        "看望了省长王宁|省长",
        "出席省长王宁|省长",
        "是省长王宁|省长",
        "此外省长王宁|省长",
        "以及省长王宁|省长",
        "其中省长王宁|省长",
        "同时省长王宁|省长",
        "听取省长王宁|省长",
        "邀请省长王宁|省长",
        "会见省长王宁|省长",
        "被省长王宁|省长",
        "把省长王宁|省长",
        "主持省长王宁|省长",
        "的省长王宁|省长",
        "自由贸易试验区管委会主任王宁|自由贸易试验区管委会主任",
        "人力资源和社会保障厅厅长王宁|人力资源和社会保障厅厅长",
        "省委书记唐登杰和省长王宁|省长",
        "省委书记唐登杰及省长王宁|省长",
        "省委书记唐登杰、省长王宁|省长",
        "省委书记,省长王宁|省长",
        "、省长王宁|省长",
        "中央党校(国家行政学院)校长(院长)王宁|中央党校(国家行政学院)校长(院长)",
        "G20峰会秘书长王宁|G20峰会秘书长",
        "中国-东盟中心秘书长王宁|中国-东盟中心秘书长"
      })
  void titleChains(String s, String expected) {
    int end = s.length() - (s.endsWith("王予波") ? 3 : 2);
    assertThat(String.join("/", F.titlesBefore(s, end))).as(s).isEqualTo(expected);
  }

  @Test
  void noTitleChain() {
    assertThat(F.titlesBefore("会议强调王宁", 4)).isEmpty();
    assertThat(F.titlesBefore("王宁", 0)).isEmpty();
    assertThat(F.titlesBefore("省长", 2)).containsExactly("省长");
  }

  @Test
  void aTitleChainIsLookedForOnlySoFarBack() {
    String chain = "省委常委、".repeat(50) + "省长";
    List<String> titles = F.titlesBefore(chain, chain.length());
    assertThat(titles).hasSizeLessThanOrEqualTo(PersonFinder.MAX_GROUP / 5 + 1).contains("省长");
    assertThat(titles).last().isEqualTo("省长");
  }

  // ---- prefersShorter, boundaryAt ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "李希还强调|true",
        "李希来到企业|true",
        "李强说|true",
        "蔡奇陪同|true",
        "李希带队调研|true",
        "王宁主持会议|true",
        "王宁召开会议|true",
        "王宁举行会议|true",
        "王予波出席|false",
        "王予波|false",
        "王予|false",
        "北京大学|false"
      })
  void twoCharacterNamesBeforeWhatFollows(String s, boolean shorter) {
    assertThat(F.prefersShorter(s, 0)).as(s).isEqualTo(shorter);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "李强说|true",
        "李强,|true",
        "李强|true",
        "李强出席|true",
        "李强同志|true",
        "李强总理|true",
        "李强1|true",
        "李强宁|false",
        "李强乐|false"
      })
  void whereANameMayEnd(String s, boolean boundary) {
    assertThat(F.boundaryAt(s, 2)).as(s).isEqualTo(boundary);
  }
}
