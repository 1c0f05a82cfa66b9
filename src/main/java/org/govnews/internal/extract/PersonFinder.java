package org.govnews.internal.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.internal.segment.WordStarts;
import org.govnews.internal.structure.Block;
import org.jspecify.annotations.Nullable;

/**
 * Finds person names without a word segmenter, from the structure official news gives them: a title
 * chain before the name ({@code 省委副书记、省长…组长蓝佛安}), a title after it ({@code 赵乐际委员长}), list
 * punctuation ({@code 省领导李凤岐、吴伟、…}), a verb after it ({@code 林武主持}), and a family name at the start
 * of a two-to-four-character name. Thread-safe.
 */
final class PersonFinder {

  /** Characters that end the name of a body: 卫生局, 检察院, 管理委员会, 同善堂. */
  private static final String BODY_END = "局署处厅委会办室司部院所堂府馆组社金";

  /** Characters that end no personal name but end organs and places (省委, 国务院, 太原市). */
  private static final String NOT_NAME_END = "委院部局厅会府省市县区镇乡村党组处科办室署司等和及与在于的了是为将把被对向从到副受";

  /** What a list item before a comma may end with: 等, 同志, spaces (A、B等,C出席). */
  private static final Pattern LIST_TAIL =
      Pattern.compile(
          "(?:等(?:人|代表|委员|同志|负责同志|领导|专家)?|等(?:\\d+|[一二三四五六七八九十百千]+)余?(?:人|名|位)(?:代表|委员|同志|专家|企业家|党员|干部)?"
              + "|同志|\\s+)*");

  /**
   * Time, place and adverbs between a subject and its verb. 就, 围绕 and 结合 open a topic (就…作出批示,
   * 围绕…作发言); 就 not where it starts a word of its own (就业, 就医, 就职…). Matched transparently (会上 looks
   * behind itself, so that 在会上 is taken whole) and by only the alternatives that can start where a
   * modifier is tried.
   */
  private static final Alternation TRAILING_MODIFIER =
      new Alternation(
          "(?:\\d{4}年)?(?:\\d{1,2}月|本月)?\\d{1,2}(?:日?(?:至|—|–|-|~)(?:\\d{1,2}月)?\\d{1,2})?日(?:上午|下午|晚上|晚间|早上|中午|凌晨|全天)?"
              + "|(?:今日|今天|昨日|昨天|明天|当天|当日)(?:\\((?:[\\d一二三四五六七八九十]{1,3}月)?[\\d一二三四五六七八九十]{1,3}日\\))?"
              + "(?:上午|下午|晚上)?|[今昨]\\([\\d一二三四五六七八九十]{1,3}\\)日(?:上午|下午|晚上)?"
              + "|日前|近日|前日|前天|上午|下午|晚上|晚间|早上|中午|凌晨|全天|今早|今晨"
              + "|(?:上午|下午|晚上)?\\s*\\d{1,2}时(?:\\d{1,2}分)?"
              + "|在[\\p{IsHan}0-9]{0,32}?(?:上|中|时|期间)?|(?<![关对由位属等])于[\\p{IsHan}]{4,15}"
              // 全体会议于今(12)日举行: 于 before a date, once the date is gone
              + "|(?<![位属由关对等])于"
              + "|受[\\p{IsHan}]{1,20}?委托|[亦也均]有|应邀|受邀|继续|专门|胜利|隆重|圆满|顺利|着重|首次|再次|多次|两次|开始|正式|踊跃|集中|分别|先后|一同|共同|也|还|又|则|均|亦|亲自|专程|(?<!负责|有关|其他|各位|全体)同志|一行|随后|首先|最后|同时|并|进一步"
              + "|等(?:人|代表|委员|同志|负责同志|领导|专家)?"
              // …等200余人, …等百余人
              + "|等(?:\\d+|[一二三四五六七八九十百千]+)余?(?:人|名|位)(?:代表|委员|同志|专家|企业家|党员|干部)?"
              // A、B…韩正6名常委分别发言: the list counted
              + "|(?:\\d+|[一二三四五六七八九十]+)(?:名|位)(?:常委|委员|代表|同志|领导|负责人)"
              + "|(?:分别)?率领?[\\p{IsHan}]{0,14}代表团|率团|带队"
              // A、B着重就落实…、推进…、加强…等发言: a matter may list many items
              + "|就(?!业|医|学|读|诊|近|地|是|职|任|餐)[^,。;:]{1,80}|(?:围绕|结合)[^,。;:]{1,40}|对(?:大家|记者|媒体|[\\p{IsHan}]{1,10}?(?:们|员工|群众|干部|代表|同志|企业家|学生|乡亲))"
              // 黄义喜对全市换届工作|进行安排部署: the matter dealt with
              + "|对[^,。;:]{1,40}(?:工作|问题|情况|事项|事宜|任务)|(?:作出|做出)(?:了)?(?:重要)?(?:指示|批示)"
              // 李四就相关政策进行深刻|解读, 张三对换届工作做了详细|安排部署: how it was done
              + "|(?:作|做|进行)了?(?:详细|具体|全面|深入|深刻|简要|认真|系统)"
              + "|发表(?:了)?(?:重要)?讲话|(?:主持|出席|参加)[\\p{IsHan}]{0,24}?并"
              + "|(?:出席|参加|主持|视察|考察|探访|巡视)[\\p{IsHan}]{0,24}?后|(?<!在)会(?:后|上|前)|席间"
              + "|(?:致辞|致词|讲话|发言|会见传媒|会见记者|接受采访|答记者问|座谈|调研|考察|视察|总结)时|在讲话中|在致辞中"
              // A、B,分别就…作了说明: the comma before 分别 joins the list to its verb
              + "|[,，](?=分别|均|先后)"
              + "|\\s+");

  /** A photo's place marker before a title, or a count inside one: (左起), 两位, 三名. */
  private static final Pattern TITLE_NOISE =
      Pattern.compile("^\\([^()]{0,8}?[左右]起?[^()]{0,4}\\)|[两二三四五六七八九十几]+[位名](?=副?\\p{IsHan})");

  /** A day that opens a clause before a title: 9月13日代市长, 13日上午市长. */
  private static final Pattern LEADING_DAY =
      Pattern.compile("(?:\\d{4}年)?(?:\\d{1,2}月)?\\d{1,2}(?:[~～至-]\\d{1,2})?日(?:上午|下午|晚上)?");

  private static final Pattern LEADING_CONNECTOR =
      Pattern.compile("^(?:另外|此外|同时|其中|以及|还有|而|并|和|及|与|同|由|随后|最后|首先|会上|会议上|座谈会上)+");

  private static final FirstChars CONNECTOR_STARTS = new FirstChars(LEADING_CONNECTOR);

  /**
   * The longest stretch a name group or title chain is looked for in: bounds the work on text
   * without punctuation.
   */
  static final int MAX_GROUP = 200;

  /** The longest modifier stripped at once: 就 and a matter of up to 80 chars, 着重 before it. */
  private static final int MAX_MODIFIER = 84;

  /** The longest foreign name read after a foreign office (阿卜杜勒·法塔赫·塞西). */
  private static final int MAX_FOREIGN_NAME = 12;

  /**
   * Unnamed groups (有关部门负责人, 市委常委, 副秘书长) a subject's list of named groups may hold between commas:
   * a protocol list names the leaders and then the bodies that sat in.
   */
  private static final int MAX_UNNAMED_GROUPS = 6;

  /**
   * Name lengths without a dot, in the order candidates are tried (constants: loops allocate none).
   */
  private static final int[] NAME_LENGTHS = {3, 4, 2};

  /** The lengths of the usual names, three characters first. */
  static final int[] THREE_OR_TWO = {3, 2};

  private static final String[] COLLECTIVE_CONJUNCTIONS = {"等", "以及", "及", "和"};
  private static final String[] ITEM_CONJUNCTIONS = {"和", "及", "与"};

  /** Words that make a post acting or executive (代厅长, 署理局长, 常务副理事长), as Macau writes them. */
  private static final String[] POST_PREFIXES = {"代", "署理", "常务"};

  private static final String[] TAIL_CONJUNCTIONS = {"以及", "和", "及", "等"};
  private static final String[] AND = {"和", "及"};

  /**
   * Words of the sentence a title chain may start with; not 和/及/由/经/对: they stand inside organ
   * names (人力资源和社会保障厅, 自由贸易试验区).
   */
  private static final String[] SENTENCE_WORDS = {
    "与",
    "在",
    "是",
    "把",
    "被",
    "的",
    "了",
    "率领",
    "陪同",
    "会见",
    "看望",
    "邀请",
    "听取",
    "主持",
    "出席",
    "另外",
    "此外",
    "同时",
    "其中",
    "以及",
    "还有",
    "则有",
    "的有",
    "包括",
    "款待",
    "宴请",
    "代表为",
    "代表是",
    "分别为",
    "分别是",
    "连同",
    "现任",
    "传达",
    // 准确把握省委书记X在…上的讲话精神: the verbs of a demand to study what a leader said
    "把握",
    "贯彻",
    "落实",
    "学习",
    "领会",
    "按照",
    "根据"
  };

  private final Lexicon lexicon;

  /**
   * The reading of each list item read so far, by the stripped item, in a finder made for one text
   * ({@link #forOneText}); null in the shared finder. A text asks about the same item several times
   * (a group's items, then the group again as an unnamed one; an item before and after it is split
   * at 和), and the reading depends on the item alone.
   */
  private final @Nullable Map<String, Optional<Item>> items;

  /**
   * The subject read before the end of each text asked about ({@link #subjectBefore} with the verb
   * at the end), in a finder made for one text; null in the shared finder. The reading depends on
   * the text alone, and a sentence's heads are asked about again: by the role events and the
   * meetings at the same verb, and by the subject test.
   */
  private final @Nullable Map<String, List<Mention>> subjects;

  PersonFinder(Lexicon lexicon) {
    this(lexicon, null, null);
  }

  private PersonFinder(
      Lexicon lexicon,
      @Nullable Map<String, Optional<Item>> items,
      @Nullable Map<String, List<Mention>> subjects) {
    this.lexicon = lexicon;
    this.items = items;
    this.subjects = subjects;
  }

  /**
   * A finder for one text, on one thread: it keeps what it read of the text's list items and
   * subjects (their number grows with the text, as the text's own records do).
   */
  PersonFinder forOneText() {
    return new PersonFinder(lexicon, new HashMap<>(), new HashMap<>());
  }

  /** Whether {@code s} is a plausible personal name: 林武, 蓝佛安, 欧阳明高, 买买提·艾力. */
  boolean isName(String s) {
    return isNameAt(s, 0, s.length());
  }

  /**
   * Whether {@code s[from, to)} is a plausible personal name ({@link #isName}). The word lists are
   * asked, in place, only about candidates that pass the tests on characters.
   */
  boolean isNameAt(String s, int from, int to) {
    int n = to - from;
    if (n < 2) {
      return false;
    }
    int dot = from;
    while (dot < to && s.charAt(dot) != '·') {
      dot++; // not indexOf: that would search the text past the candidate
    }
    if (dot > from && dot < to) {
      if (n > 16 || dot == to - 1 || dot - from > 6 || to - s.lastIndexOf('·', to - 1) - 1 > 8) {
        return false;
      }
      if (lexicon.postStartingAt(s, from) > 0) {
        return false; // 、主席买买提·艾力: the post ends the title chain, the name follows it
      }
      for (int i = from; i < to; i++) {
        if (s.charAt(i) != '·' && !Character.isIdeographic(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }
    if (n > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isIdeographic(s.charAt(i))) {
        return false;
      }
    }
    int sur = lexicon.surnameAt(s, from);
    // 叶刘淑仪, 陈甘美华: a married woman's name in Hong Kong and Macau, her husband's family name
    // before her own (冠夫姓). The dictionary's word test of the two family names comes last of
    // all, after every other test below: it costs the most, and such a candidate is a married
    // name or none
    boolean married =
        n == 4
            && sur == 1
            && lexicon.surnameAt(s, from + 1) == 1
            && "于与和及在对向从为同".indexOf(s.charAt(from + 1)) < 0 // 关于区域: a word
            && "一二三四五六七八九十两几多各".indexOf(s.charAt(from + 2)) < 0
            && ADVERB_AFTER_NAME.indexOf(s.charAt(to - 1)) < 0
            // 王林|出席: a two-character name and its verb
            && lexicon.verbAt(s, from + 2) == null
            && !lexicon.nameFollowerAt(s, from + 2);
    if (sur == 0
        || (n == 4 && sur != 2 && !married)
        || (!married && (n - sur < 1 || n - sur > 2))) {
      return false;
    }
    if (NOT_NAME_END.indexOf(s.charAt(to - 1)) >= 0 && !vouchedEnd(s, from, to)) {
      return false;
    }
    if (n - sur == 1 && "又还再却便则均亦".indexOf(s.charAt(to - 1)) >= 0) {
      return false; // 张又提到: a family name and an adverb, the known person going on
    }
    for (int i = from + 1; i < to; i++) {
      if (s.charAt(i) == '的' || s.charAt(i) == '了') {
        return false; // 党的总|书记: particles stand in no name
      }
    }
    // 福建援宁干部, 江苏籍: a province's short name opens no three-character name
    return !lexicon.isPost(s, from, to)
        && !lexicon.isOrgan(s, from, to)
        && !lexicon.gazetteer().isPlace(s, from, to)
        && !lexicon.isNotName(s, from, to)
        && !lexicon.isVerb(s, from, to)
        && lexicon.postEndingAt(s, from, to) == 0
        && !(n == 3 && lexicon.gazetteer().isProvince(s, from, from + 2))
        // 铁路部门: the two family names of a married name are one word
        && (!married || WordStarts.boundaryAt(s, from + 1));
  }

  /**
   * Whether a name may end in 会 or 科 (李天会, 杨文科), chars that mostly end an organ or a word: when 同志
   * or a post follows (李天会同志, 杨文科县长), which no 办公会 or 林业科 takes, or when it ends a list item right
   * after a post (副组长李天会).
   */
  private boolean vouchedEnd(String s, int from, int to) {
    char last = s.charAt(to - 1);
    return (last == '会' || last == '科')
        && (s.startsWith("同志", to)
            || lexicon.postStartingAt(s, to) > 0
            || (to == s.length() && from > 0 && lexicon.postEndingAt(s, from) > 0));
  }

  /** Two or three Han characters that could be a name but for an unknown family name. */
  private boolean hasNameShape(String s) {
    return isHan(s, 2, 3)
        && NOT_NAME_END.indexOf(s.charAt(s.length() - 1)) < 0
        && !lexicon.gazetteer().isPlace(s)
        && !isListedWord(s);
  }

  /**
   * Two to four Han characters that name no post, organ, collective or place with its level: a name
   * when the list around it holds other sure names.
   */
  private boolean listedName(String s) {
    return isHan(s, 2, 6)
        && (s.length() <= 4 || longListedName(s))
        && !isListedWord(s)
        && !isCollective(s)
        && !(s.length() > 2 && lexicon.gazetteer().isPlace(s))
        && s.indexOf('的') < 0
        && "等及与在了".indexOf(s.charAt(s.length() - 1)) < 0
        // 倪强出席 (…、倪强出席,王路列席): a name and its verb, the end of the list; 参加会议: a verb
        && lexicon.verbAt(s, s.length() - 2) == null
        && lexicon.verbAt(s, 0) == null;
  }

  /**
   * Five or six characters that may be a Tibetan name written without a dot (久美曲智尖措, among sure
   * names): no char of an organ's end, no post or organ word inside.
   */
  private boolean longListedName(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (NOT_NAME_END.indexOf(s.charAt(i)) >= 0
          || lexicon.postStartingAt(s, i) > 0
          || lexicon.verbAt(s, i) != null) {
        return false;
      }
    }
    return !isCollective(s) && !isTitle(s);
  }

  private static boolean isHan(String s, int min, int max) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isIdeographic(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A post, an organ, a verb or a common word of the lexicon, or a word ending in a post. */
  private boolean isListedWord(String s) {
    return lexicon.isPost(s)
        || lexicon.isOrgan(s)
        || lexicon.isNotName(s)
        || lexicon.verb(s) != null
        || lexicon.postEndingAt(s, s.length()) > 0;
  }

  /**
   * The people who are the subject of a verb at {@code verb}: the comma-separated groups right
   * before it, each a list of names with their titles ({@code 省委副书记商黎光,省领导李凤岐、吴伟…出席}). Empty when
   * what stands there is not a list of people.
   */
  List<Mention> subjectBefore(String s, int verb) {
    if (subjects == null || verb != s.length()) {
      return readSubject(s, verb);
    }
    List<Mention> known = subjects.get(s);
    if (known == null) {
      known = List.copyOf(readSubject(s, verb)); // unmodifiable: every caller shares it
      subjects.put(s, known);
    }
    return known;
  }

  /** {@link #subjectBefore}, read anew. */
  private List<Mention> readSubject(String s, int verb) {
    int rawEnd = verb; // before the modifiers are stripped: 负责同志 ends in 同志
    int end = stripModifiers(s, 0, rawEnd);
    List<Mention> out = new ArrayList<>();
    int skipped = 0;
    String label = null;
    while (end > 0) {
      int start = groupStart(s, end);
      List<Mention> group = parseGroup(s, start, end);
      if (out.isEmpty() && !group.isEmpty()) {
        List<String> last = group.get(group.size() - 1).titles();
        Matcher counted =
            end < rawEnd && s.charAt(end) == '等'
                ? COUNTED_LABEL.matcher(s).region(end, rawEnd)
                : null;
        if (last.size() == 1 && s.startsWith("等" + last.get(0), end - last.get(0).length() - 1)) {
          label = last.get(0); // A,B,C等县四套班子领导出席: the label of a list parted by commas
        } else if (counted != null && counted.lookingAt()) {
          label = counted.group(1); // A、B…李华典等17位委员分别作了发言: the count read as a modifier
          group = labelled(group, label);
        }
      } else if (label != null) {
        group = labelled(group, label);
      }
      if (group.isEmpty()) {
        // "…何立峰,中央有关部门负责人出席", "市领导A、B等,市直机关负责人,企业家代表C等参加": unnamed
        // groups between the named ones; such a group may hold brackets (各乡镇(服务中心)负责人)
        start = clauseStart(s, start);
        if (skipped < MAX_UNNAMED_GROUPS
            && (isUnnamedGroup(s.substring(start, end))
                || isUnnamedGroup(s.substring(start, rawEnd)))
            && start > 0
            && (s.charAt(start - 1) == ',' || s.charAt(start - 1) == '，')) {
          skipped++;
          rawEnd = start - 1;
          end = stripModifiers(s, 0, rawEnd);
          continue;
        }
        break;
      }
      out.addAll(0, group);
      if (start == 0 || (s.charAt(start - 1) != ',' && s.charAt(start - 1) != '，')) {
        break;
      }
      rawEnd = start - 1;
      end = stripModifiers(s, 0, rawEnd);
      if (!LIST_TAIL.matcher(s).region(end, rawEnd).matches()) {
        break; // 刘家义发表讲话,龚正主持: a clause of its own before the comma, not a list item
      }
    }
    return out;
  }

  /** A count and the label of those counted after a list: 等17位委员, 等三名代表. */
  private static final Pattern COUNTED_LABEL =
      Pattern.compile("等(?:[0-9]+|[一二三四五六七八九十百]+)余?[位名](委员|代表|常委|专家)");

  /** {@code group}'s untitled people given {@code label}. */
  private static List<Mention> labelled(List<Mention> group, String label) {
    List<Mention> out = new ArrayList<>(group.size());
    for (Mention m : group) {
      out.add(m.titles().isEmpty() ? new Mention(m.name(), List.of(label), m.start(), m.end()) : m);
    }
    return out;
  }

  /** The words a collective ends with; the other form of {@link #COLLECTIVE} ends with 人. */
  private static final String[] COLLECTIVE_HEADS = {
    "负责同志", "负责人", "有关同志", "同志", "人员", "代表", "成员", "委员", "常委", "领导", "干部", "群众", "嘉宾", "专家", "学者",
    "主管", "官员"
  };

  private static final Pattern COLLECTIVE =
      Pattern.compile(
          "[\\p{IsHan}()、]{0,40}?(?:"
              + String.join("|", COLLECTIVE_HEADS)
              + ")(?:等)?(?:共?\\d+人|共?[一二三四五六七八九十百]+人)?|[\\p{IsHan}]{0,12}共?\\d+人"
              // 各局处室主管, 各乡镇: 各 opens a group of bodies or their heads
              + "|各[\\p{IsHan}()、]{1,30}");

  /**
   * A list item that names nobody: a collective (市直机关负责同志) or titles alone (省人大常委会副秘书长,
   * 区政协专职常委、机关各委室主任、副主任).
   */
  private boolean isUnnamedGroup(String g) {
    if (isCollective(g)) {
      return true;
    }
    for (String item : g.strip().split("、", -1)) {
      Item p = isTitle(item) ? parseItem(item) : null;
      if (p == null || p.name != null) {
        return false;
      }
    }
    return true;
  }

  /** An unnamed group (有关部门负责同志, 委员共54人, 市委常委). */
  boolean isCollective(String g) {
    String t = g.strip();
    return mayBeCollective(t) && COLLECTIVE.matcher(t).matches();
  }

  /**
   * What every whole match of {@link #COLLECTIVE} has: it ends with 人 (a count), opens with 各, or
   * ends with a head of {@link #COLLECTIVE_HEADS}, perhaps then 等. Most groups asked about end
   * otherwise, and are turned away without the pattern.
   */
  private static boolean mayBeCollective(String t) {
    if (t.isEmpty()) {
      return false;
    }
    if (t.charAt(0) == '各' || t.charAt(t.length() - 1) == '人') {
      return true;
    }
    int end = t.charAt(t.length() - 1) == '等' ? t.length() - 1 : t.length();
    for (String h : COLLECTIVE_HEADS) {
      if (t.startsWith(h, end - h.length())) {
        return true;
      }
    }
    return false;
  }

  /** Strips time, place and adverbs between a subject and its verb: 李强7月21日下午在京主持. */
  int stripModifiers(String s, int from, int end) {
    for (int guard = 0; guard < 8 && end > from; guard++) {
      // the shortest modifier first, so that a name before it is never eaten
      int cut = -1;
      for (int k = end - 1; k >= Math.max(from, end - MAX_MODIFIER); k--) {
        char prev = k > 0 ? s.charAt(k - 1) : ' ';
        boolean midDate =
            Character.isDigit(s.charAt(k))
                && (Character.isDigit(prev) || "月年至日—–-~".indexOf(prev) >= 0);
        if (!midDate && TRAILING_MODIFIER.matches(s, k, end)) {
          cut = k;
          break;
        }
      }
      if (cut < 0) {
        break;
      }
      end = cut;
    }
    return end;
  }

  /** Where the comma-bounded clause holding {@code i} starts, brackets included. */
  private static int clauseStart(String s, int i) {
    int floor = Math.max(0, i - MAX_GROUP);
    while (i > floor && "，,。;:“”!?".indexOf(s.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  private static int groupStart(String s, int end) {
    int i = end;
    int floor = Math.max(0, end - MAX_GROUP);
    while (i > floor) {
      char c = s.charAt(i - 1);
      if (c == ')') {
        int open = shortBracketOpen(s, i - 1, floor);
        if (open >= 0) {
          i = open; // 及各县(市、区)主要负责人: a short note in brackets stays in its group
          continue;
        }
      }
      if (c == ','
          || c == '，'
          || c == ':'
          || c == '。'
          || c == ';'
          || c == '('
          || c == ')'
          || c == '“'
          || c == '”'
          || c == '!'
          || c == '?'
          || Block.isBullet(c)) {
        break; // ●区委书记张三主持: a bullet opens the group
      }
      i--;
    }
    return i;
  }

  /**
   * Where the bracket closed at {@code close} opens, when it holds a few Chinese chars and 、 only
   * ((市、区), (含)), else -1.
   */
  private static int shortBracketOpen(String s, int close, int floor) {
    for (int k = close - 1; k >= floor && k >= close - 8; k--) {
      char c = s.charAt(k);
      if (c == '(') {
        return k < close - 1 ? k : -1;
      }
      if (c != '、' && !Character.isIdeographic(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** A group of names: items separated by 、 (and a final 和/及), titles shared or chained. */
  List<Mention> parseGroup(String s, int start, int end) {
    String g = s.substring(start, end);
    int offset = start;
    if (!g.isEmpty() && CONNECTOR_STARTS.mayStart(g.charAt(0))) {
      Matcher lead = LEADING_CONNECTOR.matcher(g);
      if (lead.find()) {
        offset += lead.end();
        g = g.substring(lead.end());
      }
    }
    if (g.isEmpty()) {
      return List.of();
    }
    String groupTitle = null;
    // "A等市委委员、候补委员出席", "A以及各部门、单位负责同志列席": a collective that holds its own 、
    // after the last name is no one
    for (String conj : COLLECTIVE_CONJUNCTIONS) {
      int k = g.lastIndexOf(conj);
      if (k > 0 && g.indexOf('、', k) > 0 && isCollective(g.substring(k + conj.length()))) {
        g = g.substring(0, k);
        break;
      }
    }
    List<int[]> items = new ArrayList<>();
    int a = 0;
    for (int i = 0; i <= g.length(); i++) {
      if (i == g.length() || g.charAt(i) == '、') {
        items.add(new int[] {a, i});
        a = i + 1;
      }
    }
    // "孙春兰、胡春华和刘鹤", "政务司司长陈国基和民政及青年事务局局长麦美娟", "副主任A、代表B和C、委员D":
    // split an item at 和/及/与 when both sides read as people
    for (int n = 0; n < items.size(); n++) {
      int[] item = items.get(n);
      String text = g.substring(item[0], item[1]);
      for (String conj : ITEM_CONJUNCTIONS) {
        int k = text.lastIndexOf(conj);
        Item whole = k > 0 ? parseItem(text) : null;
        // 霍卫平及秘书长王建太 is two people, not one with the title 霍卫平及秘书长; 劳工及福利局局长孙玉菡 is one
        boolean glued = whole != null && whole.title != null && whole.title.contains(conj);
        if (k <= 0 || (whole != null && !glued)) {
          continue;
        }
        Item right = parseItem(text.substring(k + 1));
        Item left = parseItem(text.substring(0, k));
        if (right != null
            && right.name != null
            && left != null
            && (!glued || (left.name != null && !commonWord(left.name, 0, left.name.length())))) {
          items.set(n, new int[] {item[0], item[0] + k});
          items.add(n + 1, new int[] {item[0] + k + 1, item[1]});
          n++;
          break;
        }
        if (glued && right != null && right.name != null && endsWithName(text, k)) {
          // 民建联的赖嘉汶和屯门乡委会主席刘业强: no title holds a name; the one after 和 is read
          items.set(n, new int[] {item[0] + k + 1, item[1]});
          break;
        }
      }
    }
    // "…秘书长韩军和委员共54人出席": a collective joined to the last name is no one
    int[] tail = items.get(items.size() - 1);
    String tailItem = g.substring(tail[0], tail[1]);
    // "…董事长魏华山等客商代表参加": the same after 等; "A、B、C等区领导参加": the group's title is
    // theirs when they have none
    for (String conj : TAIL_CONJUNCTIONS) {
      int k = tailItem.lastIndexOf(conj);
      String after = k > 0 ? tailItem.substring(k + conj.length()) : "";
      if (k > 0 && isCollective(after) && parseItem(tailItem.substring(0, k)) != null) {
        items.set(items.size() - 1, new int[] {tail[0], tail[0] + k});
        // A、B、C等区领导, A、B等主席团成员: the label after 等 is what they are
        if (conj.equals("等") && isTitle(after.strip())) {
          groupTitle = after.strip();
        }
        break;
      }
    }
    // a list with one sure name vouches for its other items: a rare family name (信长星); with two,
    // also for names that read as a place or end like an organ (乌兰, 毛建党, 李世科) and for
    // four-character names of the minorities (白玛赤林)
    int sure = 0;
    // each item's reading, kept for the pass below, which reads the same item again
    Item[] read = new Item[items.size()];
    for (int n = 0; n < items.size(); n++) {
      int[] it = items.get(n);
      Item p = parseItem(g.substring(it[0], it[1]).strip());
      read[n] = p;
      sure += p != null && p.name != null ? 1 : 0;
    }
    boolean vouched = sure > 0;
    List<Mention> out = new ArrayList<>();
    List<String> pendingTitles = new ArrayList<>();
    List<String> shared = List.of();
    for (int n = 0; n < items.size(); n++) {
      int[] it = items.get(n);
      String raw = g.substring(it[0], it[1]);
      String item = raw.strip();
      if (item.isEmpty()) {
        return List.of();
      }
      if (markedAbsent(item)) {
        continue; // 陈庆安(请假): listed among those asked, not there
      }
      Item p = item.endsWith("(代)") ? parseItem(deputized(item)) : read[n];
      if (p == null
          && items.size() > 1
          && ((vouched && hasNameShape(compact(item)))
              || (sure >= 2 && listedName(compact(item))))) {
        p = new Item(null, compact(item), null, 0, item.length());
      }
      if (p == null && vouched && items.size() > 1) {
        // 部党组成员库热西、汪民, 市委常委罗布顿珠、赵六: a rare family name, a name of the minorities
        p = titledListedName(item);
      }
      if (p == null && sure >= 2 && it != items.get(items.size() - 1)) {
        // an item the lexicon cannot read (澳门明爱林玉珠总干事助理) among sure names; not the last,
        // which may run into the clause that follows (…、李晶参加会议); the title shared so far may
        // not be the next name's
        shared = List.of();
        continue;
      }
      if (p == null) {
        return List.of();
      }
      if (p.name == null) {
        pendingTitles.add(p.title);
        continue;
      }
      List<String> titles = new ArrayList<>(pendingTitles);
      if (p.title != null) {
        titles.add(p.title);
      }
      if (p.postTitle != null) {
        titles.add(p.postTitle);
      }
      if (titles.isEmpty()) {
        titles.addAll(shared);
      } else {
        // a post after the name is that person's own (社工局梁嘉辉处长、林翠倩女士): nothing to share
        shared = p.postTitle == null ? List.copyOf(titles) : List.of();
      }
      pendingTitles.clear();
      // the item was stripped: its name stands after the spaces it began with (王宁、 王予波)
      int nameStart = offset + it[0] + (raw.length() - raw.stripLeading().length()) + p.nameOffset;
      out.add(new Mention(p.name, titles, nameStart, nameStart + p.nameLength));
    }
    if (!pendingTitles.isEmpty()) {
      return List.of(); // a title with no name: "和市委常委出席会议" names nobody
    }
    if (groupTitle != null) {
      for (int k = 0; k < out.size(); k++) {
        Mention m = out.get(k);
        if (m.titles().isEmpty()) {
          out.set(k, new Mention(m.name(), List.of(groupTitle), m.start(), m.end()));
        }
      }
    }
    return out;
  }

  /** Marks of minutes that a listed member was away: 陈庆安(请假), (公假), (缺席). */
  private static boolean markedAbsent(String item) {
    return item.endsWith(")")
        && (item.endsWith("(请假)")
            || item.endsWith("(公假)")
            || item.endsWith("(病假)")
            || item.endsWith("(缺席)"));
  }

  /**
   * 黄清信(代): in minutes, a member whose deputy sat for them; the record lists the member, as the
   * minutes do.
   */
  private static String deputized(String item) {
    return item.endsWith("(代)") ? item.substring(0, item.length() - 3) : item;
  }

  private record Item(
      @Nullable String title,
      @Nullable String name,
      @Nullable String postTitle,
      int nameOffset,
      int nameLength) {}

  private static String compact(String s) {
    return s.replace(" ", "");
  }

  /**
   * A title then a name that only the list vouches for (部党组成员库热西, among sure names): the item of a
   * list whose other items read as people.
   */
  private @Nullable Item titledListedName(String item) {
    if (item.indexOf(' ') >= 0) {
      return null;
    }
    for (int len : NAME_LENGTHS) {
      if (item.length() <= len + 1 || !listedName(item.substring(item.length() - len))) {
        continue;
      }
      String title = listTitle(item.substring(0, item.length() - len));
      if (title != null) {
        int at = item.length() - len;
        return new Item(title, item.substring(at), null, at, len);
      }
    }
    return null;
  }

  /**
   * Whether {@code before} (what stands before a post) ends in a body, then a family name and one
   * or two more characters: 澳门天主教美满家庭协进会黄正为, the Macau order of a name the rules do not read.
   */
  private boolean heldByName(String before) {
    for (int len : new int[] {3, 2}) {
      int at = before.length() - len;
      if (at >= 2
          && BODY_END.indexOf(before.charAt(at - 1)) >= 0
          && lexicon.surnameAt(before, at) == 1
          && isHan(before.substring(at), len, len)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name of three or two characters ends at {@code end} of {@code s}. */
  private boolean endsWithName(String s, int end) {
    return (end >= 3 && isName(s.substring(end - 3, end)))
        || (end >= 2 && isName(s.substring(end - 2, end)) && !commonWord(s, end - 2, 2));
  }

  /** One list item: a title, a name, or a title then a name (or a name then a title). */
  private @Nullable Item parseItem(String raw) {
    String item = raw.strip();
    if (items == null) {
      return readItem(item);
    }
    Optional<Item> known = items.get(item);
    if (known == null) {
      known = Optional.ofNullable(readItem(item));
      items.put(item, known);
    }
    return known.orElse(null);
  }

  /** {@link #parseItem} of a stripped item, read anew. */
  private @Nullable Item readItem(String item) {
    String c = compact(item);
    if (c.length() > 3 && (c.endsWith("女士") || c.endsWith("先生"))) {
      // 个人委员叶志灵女士: a form of address, no title
      return parseItem(item.substring(0, item.length() - 2));
    }
    if (isName(c)) {
      return new Item(null, c, null, 0, item.length());
    }
    if (c.length() > 40 || c.indexOf(' ') >= 0) {
      return null;
    }
    int post = lexicon.postEndingAt(c, c.length());
    if (post > 0) {
      // 赵乐际委员长: a name, then its title (副会长兼秘书长: two posts joined by 兼 are one)
      int postStart = c.length() - post;
      if (postStart > 1 && c.charAt(postStart - 1) == '兼') {
        postStart -= 1 + lexicon.postEndingAt(c, postStart - 1);
      }
      // 吴明泰代厅长, 梁伟峰常务副理事长: an acting or executive post, the word before it its own
      for (String pre : POST_PREFIXES) {
        if (postStart > pre.length() + 2 && c.startsWith(pre, postStart - pre.length())) {
          postStart -= pre.length();
          break;
        }
      }
      String before = c.substring(0, postStart);
      if (isName(before)) {
        return new Item(null, before, c.substring(before.length()), 0, before.length());
      }
      // 社会工作局韩卫局长, 检察院卓倩芝厅长: the body, the name, then the post (the order of Macau
      // and Taiwan releases); the title is the body with the post
      for (int len : new int[] {3, 2}) {
        int at = before.length() - len;
        String title =
            at >= 2 && BODY_END.indexOf(before.charAt(at - 1)) >= 0
                ? trimTitleStart(before.substring(0, at) + c.substring(before.length()))
                : null;
        if (title != null && isTitle(title) && isName(before.substring(at))) {
          return new Item(
              null,
              before.substring(at),
              title,
              originalIndex(item, at),
              originalIndex(item, before.length()) - originalIndex(item, at));
        }
      }
      if (heldByName(before)) {
        return null; // 澳门明爱黎妙玲理事: a name this reading misses, no title to pass on
      }
      String title = listTitle(c);
      return title != null ? new Item(title, null, null, 0, 0) : null;
    }
    for (int len : NAME_LENGTHS) {
      if (c.length() <= len) {
        continue;
      }
      String title =
          isNameAt(c, c.length() - len, c.length())
              ? listTitle(c.substring(0, c.length() - len))
              : null;
      if (title != null) {
        int at = originalIndex(item, c.length() - len);
        return new Item(title, c.substring(c.length() - len), null, at, item.length() - at);
      }
    }
    for (int len : NAME_LENGTHS) {
      // 陕西省人民政府新闻办公室张竞怡: an office and its staff member, the office their title
      String body = c.length() > len + 3 ? c.substring(0, c.length() - len) : "";
      if ((body.endsWith("办公室") || lexicon.isOrgan(body))
          && isNameAt(c, c.length() - len, c.length())) {
        int at = originalIndex(item, c.length() - len);
        return new Item(body, c.substring(c.length() - len), null, at, item.length() - at);
      }
    }
    int dot = c.indexOf('·');
    if (dot > 0) {
      // an ethnic name after a title: 自治区主席艾尔肯·吐尼亚孜
      for (int k = 0; k < dot; k++) {
        String title = c.substring(0, k);
        String name = c.substring(k);
        if (isTitle(title) && isName(name)) {
          return new Item(title, name, null, k, name.length());
        }
      }
    }
    return null;
  }

  /**
   * The title of a list item without the words of the sentence before it (会议听取了|省发展改革委主任,
   * 出席会议的还有|副委员长); null when it is no title, or when another person stands before it (省委书记楼阳生和|省长:
   * two items joined by 和, split by the caller).
   */
  private @Nullable String listTitle(String t) {
    if (!isTitle(t)) {
      return null;
    }
    String trimmed = trimTitleStart(t);
    int cut = t.length() - trimmed.length();
    if (cut > 0 && "和及与".indexOf(t.charAt(cut - 1)) >= 0) {
      return null;
    }
    return trimmed;
  }

  /** Where the {@code compact}-th non-space character of {@code item} stands. */
  private static int originalIndex(String item, int compact) {
    int seen = 0;
    for (int i = 0; i < item.length(); i++) {
      if (item.charAt(i) != ' ') {
        if (seen == compact) {
          return i;
        }
        seen++;
      }
    }
    return item.length();
  }

  /** A title ends with a title head word and holds no sentence punctuation. */
  boolean isTitle(String t) {
    // 中央党校(国家行政学院)校长(院长), 副总经理(主持工作): a gloss after the post
    String core =
        t.endsWith(")") && t.lastIndexOf('(') > 0 ? t.substring(0, t.lastIndexOf('(')) : t;
    if (t.isEmpty() || t.length() > 40 || lexicon.postEndingAt(core, core.length()) == 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("他她我你其们".indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (!(Character.isIdeographic(ch)
          || Character.isLetterOrDigit(ch)
          || ch == '('
          || ch == ')'
          || ch == '-'
          || ch == '·')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every person named in {@code s} with a title before ({@code 国务院总理李强}) or after ({@code 习近平总书记})
   * the name. Names without titles are found only as subjects of verbs.
   */
  List<Mention> scan(String s) {
    List<Mention> out = null; // most clauses name nobody: no list for them
    int i = 0;
    while (i < s.length()) {
      Mention m = titledAt(s, i);
      if (m != null) {
        if (out == null) {
          out = new ArrayList<>();
        }
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out == null ? List.of() : out;
  }

  /** A titled mention whose title ends (or whose name starts) at {@code i}. */
  private @Nullable Mention titledAt(String s, int i) {
    // every path below needs a title head ending at i, or a family name at i with an honorific
    // after the name: one char test each turns most positions away before any lookup
    if (!(i > 0 && lexicon.mayEndPost(s.charAt(i - 1)))
        && !(lexicon.maySurnameStart(s.charAt(i)) && honorificMayFollow(s, i))) {
      return null;
    }
    int post = i > 0 ? lexicon.postEndingAt(s, i) : 0;
    // the titles before i, looked for once at the first name found after them: every name below
    // needs them, so where there are none, no name after this post is asked about
    List<String> before = null;
    if (post > 0) {
      for (int len : NAME_LENGTHS) {
        if (i + len > s.length()) {
          continue;
        }
        // 蔡奇陪同, 李强说, 李希还: the last character belongs to what follows (asked after the
        // name test, which most candidates fail)
        if (isNameAt(s, i, i + len)
            && boundaryAt(s, i + len)
            && !(len == 3 && prefersShorter(s, i))) {
          before = before == null ? titlesBefore(s, i) : before;
          if (before.isEmpty()) {
            break;
          }
          return new Mention(s.substring(i, i + len), before, i, i + len);
        }
      }
      // no listed word follows (政务司司长陈国基分享…): a dictionary word starting right after
      // the name ends it
      for (int len : THREE_OR_TWO) {
        if (before != null && before.isEmpty()) {
          break;
        }
        if (i + len < s.length()
            && isNameAt(s, i, i + len)
            // the dictionary last, and the test with a char check before it first
            && WordStarts.multiCharWordAt(s, i + len)
            && !commonWord(s, i, len)) {
          before = before == null ? titlesBefore(s, i) : before;
          if (!before.isEmpty()) {
            return new Mention(s.substring(i, i + len), before, i, i + len);
          }
        }
      }
    }
    if (post > 0 && lexicon.isForeignTitle(s, i - post, i)) {
      // 埃及总统塞西, 阿塞拜疆总统阿利耶夫夫人: a foreign name, with no Chinese family name
      int len = lexicon.transliteratedAt(s, i, MAX_FOREIGN_NAME);
      if (len > 2 && s.startsWith("夫人", i + len - 1)) {
        len--;
      }
      List<String> titles = len < 2 ? List.of() : before != null ? before : titlesBefore(s, i);
      if (!titles.isEmpty()) {
        return new Mention(s.substring(i, i + len), titles, i, i + len);
      }
    }
    if (honorificMayFollow(s, i)
        && lexicon.surnameAt(s, i) > 0
        && (i == 0
            || !Character.isIdeographic(s.charAt(i - 1))
            || lexicon.postEndingAt(s, i) == 0)) {
      for (int len : THREE_OR_TWO) {
        if (i + len >= s.length()) {
          continue;
        }
        // the cheap tests first: most surnames are not followed by an honorific
        int p = lexicon.postStartingAt(s, i + len);
        if (p == 0 || !isHonorificAt(s, i + len, p)) {
          continue;
        }
        if (!(len == 3 && prefersShorter(s, i))
            && isNameAt(s, i, i + len)
            && boundaryAt(s, i + len + p)
            // 学习贯彻总书记: no name starts inside a word (the dictionary last: it costs the most)
            && (i == 0 || !Character.isIdeographic(s.charAt(i - 1)) || WordStarts.boundaryAt(s, i))
            && !commonWord(s, i, len)) {
          return new Mention(
              s.substring(i, i + len), List.of(s.substring(i + len, i + len + p)), i, i + len);
        }
      }
    }
    return null;
  }

  /**
   * Whether a two-character candidate is a word of the dictionary rather than a name: 高校书记, 委员关注,
   * 全年: the characters are one word to ICU. Three-character names are left alone.
   */
  static boolean commonWord(String s, int i, int len) {
    return len == 2 && !WordStarts.boundaryAt(s, i + 1);
  }

  /** Adverbs that follow a name but end none: 李希还强调, 王毅也表示. */
  private static final String ADVERB_AFTER_NAME = "还也又再便就却才都则均亦";

  /**
   * Whether the two-character name at {@code i} is meant rather than the three-character one: its
   * third character is an adverb (李希还…), or a word of two or more characters that may follow a name
   * starts there (李希来到…).
   */
  boolean prefersShorter(String s, int i) {
    if (i + 3 > s.length() || !isNameAt(s, i, i + 2)) {
      return false;
    }
    if (ADVERB_AFTER_NAME.indexOf(s.charAt(i + 2)) >= 0 || startsVerb(s, i + 2)) {
      return true;
    }
    String v = lexicon.verbAt(s, i + 2);
    return (v != null && v.length() >= 2)
        || lexicon.followerLengthAt(s, i + 2) >= 2
        // 王宁总书记: the longer title after the shorter name (总书记, not 书记 after 王宁总)
        || lexicon.postStartingAt(s, i + 2) > lexicon.postStartingAt(s, i + 3);
  }

  private boolean startsVerb(String s, int i) {
    String v = lexicon.verbAt(s, i);
    return v != null && lexicon.verb(v) != Lexicon.VerbClass.TRIGGER;
  }

  /**
   * Titles written after a name: 习近平总书记, 赵乐际委员长, 李强总理; Taiwan and Macau releases put the post after
   * the name as a rule (赖清德总统, 卓荣泰院长, 韩卫局长).
   */
  private static final String[] HONORIFICS = {
    "总书记", "主席", "委员长", "总理", "副总理", "副主席", "书记", "省长", "市长", "秘书长", "总统", "副总统", "院长", "部长", "县长",
    "区长", "局长", "司长", "署长"
  };

  /**
   * The first characters of {@link #HONORIFICS}, as bits: tested twice at every position of every
   * sentence, where a search of a string of them cost 2 % of the parse.
   */
  private static final BitSet HONORIFIC_STARTS = firstChars(HONORIFICS);

  private static BitSet firstChars(String[] words) {
    BitSet b = new BitSet();
    for (String w : words) {
      b.set(w.charAt(0));
    }
    return b;
  }

  /** Whether the post of length {@code p} at {@code at} is an honorific. */
  private static boolean isHonorificAt(String s, int at, int p) {
    for (String h : HONORIFICS) {
      if (h.length() == p && s.startsWith(h, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an honorific could follow a two- or three-character name at {@code i}: a cheap test
   * before the family-name and post lookups, which most positions fail.
   */
  private static boolean honorificMayFollow(String s, int i) {
    return (i + 2 < s.length() && HONORIFIC_STARTS.get(s.charAt(i + 2)))
        || (i + 3 < s.length() && HONORIFIC_STARTS.get(s.charAt(i + 3)));
  }

  /**
   * Whether a name may end at {@code i}: punctuation, a digit, a verb, a title head, a follower.
   */
  boolean boundaryAt(String s, int i) {
    if (i >= s.length()) {
      return true;
    }
    char c = s.charAt(i);
    if (!Character.isIdeographic(c)) {
      return true;
    }
    return lexicon.nameFollowerAt(s, i);
  }

  /** The title chain that ends at {@code end}: 省委副书记、省长、…组长. */
  List<String> titlesBefore(String s, int end) {
    List<String> titles = new ArrayList<>();
    int e = end;
    int floor = Math.max(0, end - MAX_GROUP);
    while (e > floor) {
      int b = e;
      while (b > floor) {
        char ch = s.charAt(b - 1);
        if (!(Character.isIdeographic(ch)
            || ch == '('
            || ch == ')'
            || ch == '-'
            || Character.isLetterOrDigit(ch))) {
          break;
        }
        b--;
      }
      String t = s.substring(b, e);
      // strip words before the title that belong to the sentence: 与, 在, 由 …
      t = trimTitleStart(t);
      if (!isTitle(t)) {
        break;
      }
      titles.add(0, t);
      if (b - 1 >= 0 && s.charAt(b - 1) == '、' && t.length() == e - b) {
        e = b - 1;
      } else {
        break;
      }
    }
    return titles;
  }

  private String trimTitleStart(String t) {
    // every match of LEADING_DAY opens with an ASCII digit (\d): most titles build no matcher
    Matcher day = !t.isEmpty() && isAsciiDigit(t.charAt(0)) ? LEADING_DAY.matcher(t) : null;
    if (day != null && day.lookingAt() && day.end() < t.length()) {
      t = t.substring(day.end()); // 9月13日 代市长桑维亮: a digest item's day
    }
    int cut = 0;
    // the chars of t, hashed into 128 bits: a word whose first char's bit is clear stands nowhere
    // in t, and is not searched for (forty searches of t a title, most for nothing)
    long low = 0;
    long high = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c & 64) == 0) {
        low |= 1L << c;
      } else {
        high |= 1L << c;
      }
    }
    for (String w : SENTENCE_WORDS) {
      char c = w.charAt(0);
      if ((((c & 64) == 0 ? low : high) & (1L << c)) == 0) {
        continue;
      }
      int k = t.lastIndexOf(w);
      if (k >= 0 && k + w.length() > cut && k + w.length() < t.length()) {
        String rest = t.substring(k + w.length());
        if (lexicon.postEndingAt(rest, rest.length()) > 0 && !lexicon.isPost(t.substring(k))) {
          cut = k + w.length();
        }
      }
    }
    // "省委书记唐登杰和省长": another person's title and name before 和
    for (String w : AND) {
      int j = t.lastIndexOf(w);
      if (j >= 2 && j + 1 < t.length() && j + 1 > cut) {
        String rest = t.substring(j + 1);
        // a titled person before it (省委书记唐登杰和省长), not part of an organ (劳工及福利局局长)
        boolean nameBefore =
            (j >= 3 && isNameAt(t, j - 3, j) && lexicon.postEndingAt(t, j - 3) > 0)
                || (isNameAt(t, j - 2, j) && lexicon.postEndingAt(t, j - 2) > 0);
        if (nameBefore && lexicon.postEndingAt(rest, rest.length()) > 0) {
          cut = j + 1;
        }
      }
    }
    // 受县委书记许红兵委托: 受 opens the phrase, no title begins with it; 该区领导: 该 points back
    // to the body the text named, the title is 区领导
    if (cut == 0
        && (t.startsWith("受") || t.startsWith("该"))
        && lexicon.postEndingAt(t, t.length()) > 0) {
      cut = 1;
    }
    // 由 opens a chair phrase (会议由市委书记王强主持) unless it is part of 自由, 理由, 缘由
    int k = t.lastIndexOf('由');
    if (k >= cut && k + 1 < t.length() && (k == 0 || "自理缘事经".indexOf(t.charAt(k - 1)) < 0)) {
      String rest = t.substring(k + 1);
      if (lexicon.postEndingAt(rest, rest.length()) > 0) {
        cut = k + 1;
      }
    }
    t = t.substring(cut);
    // (第一排左起)经民联两位副主席: a caption's place marker and a count are no part of the post
    // TITLE_NOISE opens with ( or holds 位 or 名: most titles hold neither and build no matcher
    if (!t.startsWith("(") && t.indexOf('位') < 0 && t.indexOf('名') < 0) {
      return t;
    }
    Matcher noise = TITLE_NOISE.matcher(t);
    return noise.find() ? noise.replaceAll("") : t;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
