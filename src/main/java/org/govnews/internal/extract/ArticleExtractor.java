package org.govnews.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.internal.lexicon.Lexicon.VerbClass;
import org.govnews.internal.normalize.MappedText;
import org.govnews.internal.segment.SentenceSplitter;
import org.govnews.internal.segment.WordStarts;
import org.govnews.internal.structure.ArticleLayout;
import org.govnews.internal.structure.Block;
import org.govnews.model.Article;
import org.govnews.model.Attendee;
import org.govnews.model.Directive;
import org.govnews.model.DirectiveKind;
import org.govnews.model.DistrictBrief;
import org.govnews.model.Headline;
import org.govnews.model.Meeting;
import org.govnews.model.MeetingFormat;
import org.govnews.model.Paragraph;
import org.govnews.model.PartialDate;
import org.govnews.model.Person;
import org.govnews.model.Role;
import org.govnews.model.Span;
import org.govnews.model.Venues;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of one article from its structure: meetings and their attendees, directives
 * with the speaker carried across sentences, roundup briefs, people. Thread-safe: all per-call
 * state lives in a {@link Run}.
 */
public final class ArticleExtractor {

  /** 在王沪宁主持下, 会议由市委副书记、市长张三主持: the chair named inside a clause. */
  private static final Pattern CHAIRED_BY =
      Pattern.compile("(?:在|由)([^,。;在由]{2,40}?)(?:主持下|主持(?=[,。;并]|$))");

  private static final Pattern ALSO_SPOKE =
      Pattern.compile("^[^,。;]{0,30}?并(?:作了?|发表了?)?[^,。;]{0,40}?(?:讲话|发言|致辞|报告)");
  private static final Pattern ORDINAL_CI = Pattern.compile("第([0-9零〇○一二两三四五六七八九十百千]{1,8})次");

  /** Layout spaces next to Chinese characters (会展业发展委员会 2024年…), which no name keeps. */
  private static final Pattern HAN_SPACE = Pattern.compile("(?<=\\p{IsHan}) +| +(?=\\p{IsHan})");

  /** 多次不同形式的会议, 各类会议: meetings counted, not one named. */
  private static final Pattern QUANTIFIED =
      Pattern.compile("多次|多场|多个|各类|各种|各项|各级|有关|相关|一系列|系列|不同|数次|几次|历次");

  /** The longest bare post taken as a speaker (行政长官, 有关负责人). */
  private static final int MAX_TITLE_SPEAKER = 12;

  /** The longest adverbial read between a speaker and the speech verb. */
  private static final int MAX_ADVERBIAL = 60;

  /** How far back a verb looks for the opening quote it may stand in (a slogan, a cited phrase). */
  private static final int MAX_QUOTE = 300;

  /** The longest meeting name read after 在 (在…会议上强调). */
  private static final int MAX_SPOKEN_AT = 50;

  private static final Pattern ORDINAL_PLENUM =
      Pattern.compile("届([0-9零〇○一二两三四五六七八九十百]{1,6})次(?=\\p{IsHan})");
  private static final Pattern ORDINAL_JIE = Pattern.compile("第([0-9零〇○一二两三四五六七八九十百千]{1,8})届");

  /** Nouns a reporting verb may head (建议名单, 建议人选, 要求清单): then it is no verb. */
  private static final String[] NOUN_HEADS = {"名单", "人选", "方案", "草案", "稿", "清单", "事项", "精神", "批示"};

  /** Words that make a report or demand after them a noun: 政府工作报告, 情况汇报, 部署要求. */
  private static final String[] NOUN_MODIFIERS = {
    "工作", "情况", "部署", "具体", "总体", "基本", "有关", "相关", "重要"
  };

  /**
   * A bureau that answers for itself: 交通事务局, 保安司司长办公室, 劳工处; not the words that end like one (要按照部署,
   * 服务大局, 好处, 处置).
   */
  private static final String BUREAU =
      "[\\p{IsHan}]{2,16}(?:(?<![布格大全结变当])局|(?<!部)署|(?<![到好益难之长短])处(?![置理罚分于在])|办公室|委员会|公署)";

  private static final Pattern BUREAU_START = Pattern.compile(BUREAU);

  /** 任免: 任命A、B为…副主任, 免去C的…职务: the people named, with the post given or taken. */
  private static final Pattern APPOINTMENT =
      Pattern.compile(
          "任命([^,。;:为]{2,40}?)为([^,。;:]{2,40}?)(?=[,。;]|$)|免去([^,。;:的]{2,40}?)的([^,。;:]{2,40}?)职务");

  private static final Pattern ORDINAL_BEFORE = Pattern.compile("第([0-9零〇○一二两三四五六七八九十百千]{1,8})次$");
  private static final Pattern ORDINAL_BARE = Pattern.compile("(?<![0-9])([0-9]{1,4})次");

  /**
   * Words before a trigger that say the meeting is not being reported held (将于…召开, 会议决定…召开). Looked
   * for with {@code String.contains}: a regex alternation tried at every position of the 200
   * characters before every verb dominated the work on long unpunctuated text.
   */
  private static final List<String> NOT_HELD =
      List.of(
          "将", "拟", "定于", "决定", "计划", "以来", "此前", "上次", "前不久", "曾", "筹备", "明年", "下月", "下周", "提请",
          "关于");

  private static final WordSet NOT_HELD_WORDS = new WordSet(NOT_HELD.toArray(new String[0]));

  /** The day that opens an item of a digest (大事记): 6日, 二日, 同日, △ (the same day). */
  private static final Pattern ITEM_DAY =
      Pattern.compile("(?:([\\d一二三四五六七八九十]{1,3})日|同日|是日|△|▲)\\s*");

  /** The chars a paragraph opening with its day may start with, digits aside (二日, 同日, △, 本月3日). */
  private static final String DAY_OPENERS = "一二三四五六七八九十同是△▲本今昨";

  /**
   * The month a digest's items fall in, as its heading states it: a line that is only a month (2月,
   * 2017年2月) or a short title ending with one in brackets (山东省人民政府大事记 (2011年6月)).
   */
  private static final Pattern MONTH_HEADING =
      Pattern.compile(
          "^(?:[^()()]{0,30}[((])?\\s*(?:(\\d{4})年)?(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?[))]?$");

  /** A sitting named by itself, part of a session: 第一次全体会议, 闭幕会议, 开幕会. */
  private static final Pattern SITTING =
      Pattern.compile("(?:第[一二三四五六七八九十\\d]{1,3}次)?(?:全体会议|全体大会|开幕会议?|闭幕会议?|预备会议|大会)");

  /** …会议的决定草案, …会议的通知: a document about a meeting, not the meeting. */
  private static final Pattern ABOUT_MEETING = Pattern.compile("^(?:的|之)(?:决定|议案|通知|建议|方案|筹备)");

  /** 听取了秘书长刘奇作的…报告: the presenter named inside the object. */
  private static final Pattern PRESENTED_BY =
      Pattern.compile(
          "听取(?:了)?([^,。;]{2,50}?)(?:所作|作)的"
              // 会议听取了秘书长A关于…的说明,主任B关于…的说明: one presenter a clause
              + "|(?:听取(?:了)?|,)([^,。;]{2,40}?)关于[^,。;]{1,120}?的(?:说明|汇报|报告)");

  /** What {@link #PRESENTS} ends with: one of these stands in every match. */
  private static final String[] PRESENTATIONS = {
    "汇报", "说明", "报告", "推介", "辅导", "宣讲", "讲话", "发言", "讲课", "感言"
  };

  /** 刘奇向会议作了…的汇报, 王晨就…作说明: a presentation with its content between. */
  private static final Pattern PRESENTS =
      Pattern.compile(
          "(?:向(?:会议|大会|常委会|全会|主任会议|委员长会议)|受[^,。;]{2,20}?委托,?)?(?:作|发表)(?:了)?[^,。;]{0,60}?的?("
              + String.join("|", PRESENTATIONS)
              + ")(?=[,。;]|$)");

  /**
   * The words that stand in every match of a pattern of {@code roleEvents}, by pattern, looked for
   * in one pass over the sentence before any pattern runs: 听取 (PRESENTED_BY), 陪同下 (ACCOMPANIED_BY),
   * ATTENDED_LIST's, 代表 (REPRESENTED_BY), the PRESENTATIONS (PRESENTS), 主持 (CHAIRED_BY).
   */
  private static final WordSet ROLE_WORDS =
      new WordSet(
          new String[][] {
            {"听取"}, {"陪同下"}, {"有", "包括", "席:", "员:", "席 ", "员 "}, {"代表"}, PRESENTATIONS, {"主持"}
          });

  private static final int HEARD = 1;
  private static final int ACCOMPANIED = 2;
  private static final int ATTENDED_WORDS = 4;
  private static final int REPRESENTED = 8;
  private static final int PRESENTATION_WORDS = 16;
  private static final int CHAIRED = 32;

  /** 在省委书记唐登杰和省长卢东亮陪同下: people who accompany. */
  private static final Pattern ACCOMPANIED_BY = Pattern.compile("在([^,。;在]{2,60}?)陪同下");

  /** The patterns that name people inside their match: 听取…所作的, 在…陪同下. */
  private static final List<Pattern> INNER_PERSON_PATTERNS = List.of(PRESENTED_BY, ACCOMPANIED_BY);

  /** 出席会议的还有省领导A、B, 列席会议的有…, 出席是次会议还包括:…, 出席会议的委员,包括…: the people come after the verb. */
  private static final Pattern ATTENDED_LIST =
      Pattern.compile(
          "(出席|参加|列席)(?:[^,。;:]{0,10}?(?:的(?:领导|同志|人员|嘉宾|(?<members>委员|成员|常委|议员))?"
              // 出席是次会议投票的委员,包括A、B: each of them is a 委员
              + "(?:还)?(?:(?<=[员委]),)?(?:有|包括)|还(?:有|包括))[:,]?"
              // 出席:A、B, or 出席 A、B opening the sentence (the attendance field of minutes)
              + "|(?:人员)?:)|^(出席|列席)(?:人员)?\\s+");

  /** The meeting as a sentence's subject, longest first: 会议听取…,强调…. */
  private static final String[] MEETING_SUBJECTS = {"常委会会议", "常委会", "会议", "全会", "大会"};

  /** A clause that says how the subject acts before its verb: ,结合各自工作作了发言; ,就…提出建议. */
  private static final Pattern ADVERBIAL_CLAUSE =
      Pattern.compile("(?:紧密)?结合|围绕|就|立足|聚焦|紧扣|分别|先后|纷纷|按照|根据|针对|从");

  /** After a verb whose subject is unnamed: …主讲,分别为 (the names follow). */
  private static final Pattern NAMED_AFTER =
      Pattern.compile("[^,。;]{0,12}?[,:]?(?:分别为|分别是|依次为|依次是|包括)[:]?");

  /** …列席会议,澳门特区代表为经济财政司司长李伟农: a delegation's representative, named after 为. */
  private static final Pattern REPRESENTED_BY = Pattern.compile("代表(?:为|是)([^,。;]{2,40})");

  /**
   * A field of minutes, its label then a colon or a space: 主席:柯文哲 (the chair's name is group 1),
   * 出席:…, 列席:…, 开会日期 2021-07-20 (group 2 marks a date field; year, month and day are groups 3 to 5
   * when written with dashes, as Taiwan's records do).
   */
  private static final Pattern MINUTES_FIELD =
      Pattern.compile(
          // 主席 柯文哲, 主席: 市长 黄敏惠 (the post, then the name)
          "(?:主席|主持人|主持)(?:\\s*:\\s*|\\s+)(?:\\p{IsHan}{1,8}\\s+)?([^,。;:\\s]{2,12})\\s*$|(?:出席|列席)(?:人员)?(?:\\s*:|\\s+)"
              + "|(?:开会|会议)?(?:日期|时间)(\\s*:\\s*|\\s+)(?:(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2}))?");

  /** What follows a meeting's name in the title of its minutes or decisions: 纪录, 决议. */
  private static final Pattern MINUTES_OF = Pattern.compile("(?:纪录|记录|纪要|决议)$");

  /** Groups that speak together: 大家认为, 与会人员表示. */
  private static final Pattern COLLECTIVE_SPEAKER =
      Pattern.compile("大家|大家一致|与会人员|与会人士|与会同志|与会代表|与会专家|与会嘉宾|与会领导|他们|委员们|代表们|双方|各方|与会者");

  private static final Pattern VIDEO_FORMAT =
      Pattern.compile(
          "以(?:视频|电视电话|网络视频|视频连线|视像|视讯|线上)(?:会议)?(?:的)?(?:方式|形式)|视频会议相结合|视频会议形式|电视电话会议形式|视频连线方式"
              // the venue field of minutes: 开会地点:视讯会议 (视讯 is Taiwan's word)
              + "|地点(?:\\s*:\\s*|\\s+)(?:视讯|视频)会议"
              // hybrid sittings count as video (corpus convention); 视像 is the Hong Kong word
              + "|线上(?:和|与|及|结合)?线下|召开视像会议|以视像会议|电视会议");

  /** One of these stands in every match of {@link #VIDEO_FORMAT}: looked for in one pass. */
  private static final WordSet VIDEO_WORDS = new WordSet("视频", "视讯", "电视会议", "电视电话", "视像", "线上");

  private static final FirstChars VIDEO_FORMAT_STARTS = new FirstChars(VIDEO_FORMAT);

  private static final Pattern IN_PERSON_FORMAT = Pattern.compile("以现场(?:会议)?(?:的)?(?:方式|形式)");
  private static final Pattern MAIN_VENUE =
      Pattern.compile("(?:在)?([^,。;]{2,20}?)设主会场|在([^,。;]{1,20}?主会场)");

  /** 主会场设在济南山东会堂: the main venue named after the word. */
  private static final Pattern MAIN_VENUE_AFTER = Pattern.compile("主会场设在([^,。;]{2,20})");

  private static final Pattern BRANCH_VENUE = Pattern.compile("(?:在)?([^,。;]{2,30}?)设分会场");
  private static final Pattern CONTINUATION =
      Pattern.compile(
          "^(?:要|必须|务必|坚决|一要|二要|三要|四要|五要|一是|二是|三是|四是|五是|第一|第二|第三|首先|其次|再次|最后|——|一方面|另一方面)"
              // 二、… (三)…: the numbered items of what was said
              + "|^(?:[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\))");

  /** A paragraph that is a numbered item: 二、…, (三)…. */
  private static final Pattern ENUMERATED_ITEM =
      Pattern.compile("[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\)");

  /** The chars every match of {@link #ENUMERATED_ITEM} opens with. */
  private static final String ENUMERATOR_FIRSTS = "一二三四五六七八九十(";

  /** A statement's enumerator: 一是, 第二, 其三, 二、, (三). */
  private static final Pattern ENUMERATOR =
      Pattern.compile(
          "^(?:一是|二是|三是|四是|五是|六是|第[一二三四五六七八九十]+|其[一二三四五]"
              + "|[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\))[,:]?");

  private static final FirstChars ENUMERATOR_STARTS = new FirstChars(ENUMERATOR);

  private static final Pattern ORDINAL_PREFIX =
      Pattern.compile("^(?:此次|本次|这次|该次)?(?:第[0-9零〇○一二两三四五六七八九十百千]{1,8}次|首次)?");

  /** The first chars of {@link #ORDINAL_PREFIX}'s words: 此次, 本次, 这次, 该次, 第…次, 首次. */
  private static final String ORDINAL_PREFIX_STARTS = "此本这该第首";

  private static final Pattern NO_CONTENT =
      Pattern.compile("^(?:具体|明确|几点|重要|殷切)?(?:要求|意见|建议|希望)?$");

  /** 以“…”为主题的第十届…年会: the theme is no part of the name. */
  private static final Pattern THEME = Pattern.compile("^.{0,60}?为主题的");

  /** The points a speaker puts, told one by one in the sentences after: 三点希望和要求。 */
  private static final Pattern POINTS =
      Pattern.compile("了?[一二三四五六七八九十两几0-9]+点(?:希望|要求|意见|建议)(?:[和与及](?:希望|要求|意见|建议))?[。:]?\\s*$");

  /** What a session did before it closed: 圆满完成各项议程, 完成了全部预定议程. */
  private static final Pattern AGENDA_DONE =
      Pattern.compile("(?:圆满|顺利)?完成(?:了)?(?:全部|各项)(?:预定)?议程$");

  private static final Pattern SESSION_PREFIX = Pattern.compile("^[零〇一二两三四五六七八九十百0-9]{1,4}届");

  /** Documents quoted as speaking: 报告说, 公报指出. Their content is no directive of the article. */
  private static final Pattern QUOTED_DOCUMENT =
      Pattern.compile("(?:报告|公报|通知|决定|意见|声明|文件|规划|方案|白皮书|讲话|文章|社论|评论员文章)");

  /** Bodies that speak for themselves: 政府表示, 外交部发言人表示. */
  private static final Pattern ORGANIZATION_SPEAKER =
      Pattern.compile("(?:特区)?政府|当局|中方|外交部发言人|[\\p{IsHan}]{2,12}(?:发言人|新闻发言人)" + "|" + BUREAU);

  private static final Pattern LEAD_CONNECTOR =
      Pattern.compile(
          // [导读]温家宝说,…: a page's label before the lead
          "^(?:[\\[【](?:导读|摘要|提要|核心提示)[\\]】]\\s*:?\\s*|另外|此外|同时|随后|最后|而|并|会上|会议上|座谈会上)");

  private static final FirstChars LEAD_CONNECTOR_STARTS = new FirstChars(LEAD_CONNECTOR);

  /** What a date opening a clause starts with (a clause is tried with lookingAt). */
  private static final FirstChars DATE_STARTS = new FirstChars(DateContext.DATE);

  private final Lexicon lexicon;
  private final PersonFinder persons;
  private final PlaceResolver places;
  private final PostParser posts;

  /** An extractor over the given lexicon. */
  public ArticleExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.persons = new PersonFinder(lexicon);
    this.places = new PlaceResolver(lexicon);
    this.posts = new PostParser(lexicon, places);
  }

  /** The records of one article. */
  public Article extract(ArticleLayout layout, Optional<LocalDate> fallbackDate) {
    return new Run(layout, fallbackDate).article();
  }

  /** Per-call state. */
  private final class Run {
    /** The extractor's finder, with a memory of the list items this text has read. */
    final PersonFinder persons = ArticleExtractor.this.persons.forOneText();

    final ArticleLayout layout;
    final DateContext dates;
    final Optional<PartialDate> articleDate;

    /** A person subject seen last: who 他/她 refers to. */
    @Nullable String lastSubject;

    /** The chair a page of minutes names in its 主席 field: who 主席裁示 refers to. */
    @Nullable String minutesChair;

    /** Whether the headline was read for the minutes (会议纪要, 院会决议) it titles. */
    boolean minutesTitleRead;

    final Map<String, Person> people = new LinkedHashMap<>();

    /**
     * The first chars of the names in {@link #people}, hashed into 128 bits (two longs, not a
     * BitSet, which would grow to 5 KB a text for the Han range): a name whose first char's bit is
     * clear is none of them, and is not copied out to be looked up.
     */
    private long personFirstsLow;

    private long personFirstsHigh;

    private boolean mayOpenPerson(char c) {
      return (((c & 64) == 0 ? personFirstsLow : personFirstsHigh) & (1L << c)) != 0;
    }

    /** The second meeting of 主持召开A和B, to the first: whoever chairs B chairs A. */
    final Map<Integer, Integer> pairedBefore = new java.util.HashMap<>();

    /** Each person's first titled mention: where it stands in the input, and the titles. */
    final Map<String, Introduction> introduced = new java.util.HashMap<>();

    /** Divisions the article names unambiguously: the context for shared place names. */
    final java.util.Set<String> anchors;

    /** A digest's month headings by where they start in the input: {year or 0, month}. */
    final java.util.NavigableMap<Integer, int[]> monthHeadings = new java.util.TreeMap<>();

    /**
     * The days of a digest's paragraphs that open with one (6日 …, 二日 …, and 同日 / △ for the day
     * before), by where the paragraph starts in the input.
     */
    final java.util.NavigableMap<Integer, Integer> itemDays = new java.util.TreeMap<>();

    Run(ArticleLayout layout, Optional<LocalDate> fallback) {
      this.layout = layout;
      int[] d = layout.bylineDate();
      DateContext ctx = DateContext.of(d[0], d[1], d[2], fallback);
      Optional<PartialDate> date = Optional.empty();
      if (d[1] > 0) {
        date = Optional.of(ctx.date(d[0], d[1], d[2]));
      } else if (!layout.body().isEmpty()) {
        Block lead = layout.body().get(0);
        String t = lead.text().text();
        int end = SentenceSplitter.firstEnd(t.substring(lead.bodyStart(), lead.bodyEnd()));
        DateContext.Found f = ctx.first(t, lead.bodyStart(), lead.bodyStart() + end);
        if (f != null && f.date().isPresent()) {
          date = f.date();
        }
      }
      if (d[1] == 0 && date.isPresent() && date.get().month().isPresent()) {
        PartialDate pd = date.get();
        ctx = DateContext.of(pd.year().orElse(0), pd.month().getAsInt(), pd.day(), fallback);
      }
      this.dates = ctx;
      this.articleDate = date;
      int lastDay = 0;
      for (Block b : layout.blocks()) {
        String bt = b.text().text();
        // a month heading is a short line: longer ones are not stripped and matched
        // every whole match ends with 月, 份 or a closing bracket: most lines build no matcher
        String heading = bt.length() <= 60 ? bt.strip() : "";
        Matcher m =
            !heading.isEmpty() && "月份)".indexOf(heading.charAt(heading.length() - 1)) >= 0
                ? MONTH_HEADING.matcher(heading)
                : null;
        if (m != null && m.matches() && m.regionEnd() <= 40) {
          int y = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
          int mo = ChineseNumber.parse(m.group(2)).orElse(0);
          monthHeadings.put(b.text().span().start(), new int[] {y, mo});
        }
        // 9月13日 代市长… (the day of a date), 二日 …, or 同日 / △ (the day before); most
        // paragraphs open with none of their chars and build no matcher
        if (b.bodyStart() >= b.bodyEnd()
            || (!Character.isDigit(bt.charAt(b.bodyStart()))
                && DAY_OPENERS.indexOf(bt.charAt(b.bodyStart())) < 0)) {
          continue;
        }
        Matcher dated = DateContext.DATE.matcher(bt);
        Matcher day = ITEM_DAY.matcher(bt);
        boolean opensWithDate =
            dated.region(b.bodyStart(), b.bodyEnd()).lookingAt() && dated.group(4) != null;
        if (opensWithDate || day.region(b.bodyStart(), b.bodyEnd()).lookingAt()) {
          String g = opensWithDate ? dated.group(4) : day.group(1);
          int dd = g == null ? lastDay : ChineseNumber.parse(g).orElse(0);
          if (dd >= 1 && dd <= 31) {
            itemDays.put(b.text().span().start(), dd);
            lastDay = dd;
          }
        }
      }
      // the headline, then paragraphs, as far as anchors reads
      List<PlaceResolver.Stretch> opening = new ArrayList<>();
      int chars = 0;
      for (Block b : layout.headline()) {
        opening.add(new PlaceResolver.Stretch(b.text().text(), 0, b.text().length()));
        chars += b.text().length();
      }
      for (Block b : layout.body()) {
        if (chars >= PlaceResolver.CONTEXT_CHARS) {
          break;
        }
        opening.add(new PlaceResolver.Stretch(b.text().text(), b.bodyStart(), b.bodyEnd()));
        chars += b.bodyEnd() - b.bodyStart();
      }
      this.anchors = places.anchors(opening, layout.byline().flatMap(bl -> bl.outlet()));
    }

    List<org.govnews.model.Post> postsOf(List<String> titles) {
      List<org.govnews.model.Post> out = new ArrayList<>(titles.size());
      for (String t : titles) {
        out.add(posts.parse(t, anchors));
      }
      return out;
    }

    Article article() {
      // sections under headings that name no place (活动现场, 一、…) go on with the body: a
      // meeting reported above is the one they speak of
      List<Sentence> body = new ArrayList<>(sentences(layout.body(), 0));
      List<ArticleLayout.RoundupItem> placed = new ArrayList<>();
      List<Integer> placedAt = new ArrayList<>();
      int p = layout.body().size();
      // one place-led heading among the subheads of a story told above them (…效率获世界公认 under
      // 李家超率行会成员见传媒): a section of the story, where a roundup opens with its items
      long placeLed = layout.items().stream().filter(item -> item.place().isPresent()).count();
      boolean section = placeLed == 1 && layout.items().size() >= 2 && !layout.body().isEmpty();
      for (ArticleLayout.RoundupItem item : layout.items()) {
        if (item.place().isPresent() && !section) {
          placed.add(item);
          placedAt.add(p);
        } else {
          body.addAll(sentences(item.prose(), p));
        }
        p += item.prose().size();
      }
      Extraction main = extract(body, true);
      List<DistrictBrief> briefs = new ArrayList<>();
      for (int k = 0; k < placed.size(); k++) {
        ArticleLayout.RoundupItem item = placed.get(k);
        Extraction x = extract(sentences(item.prose(), placedAt.get(k)), false);
        briefs.add(brief(item.place().get(), item.heading(), item.prose(), x));
      }
      if (layout.items().isEmpty()) {
        districtSubject().ifPresent(d -> briefs.add(brief(d, null, layout.body(), main)));
      }
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Block b : layout.blocks()) {
        paragraphs.add(new Paragraph(b.text().text(), b.text().span()));
      }
      return new Article(
          headline(),
          layout.byline(),
          articleDate,
          main.meetings,
          main.directives,
          briefs,
          List.copyOf(people.values()),
          layout.editors(),
          paragraphs);
    }

    Headline headline() {
      List<Block> h = layout.headline();
      List<String> lines = new ArrayList<>();
      for (Block b : h) {
        lines.add(b.text().text());
      }
      if (lines.isEmpty()) {
        return Headline.empty();
      }
      if (lines.size() == 1) {
        return new Headline(Optional.empty(), Optional.of(lines.get(0)), Optional.empty());
      }
      if (lines.size() == 2) {
        String first = lines.get(0);
        boolean kicker = first.endsWith(":") || endsWithSpeechVerb(first);
        return kicker
            ? new Headline(Optional.of(first), Optional.of(lines.get(1)), Optional.empty())
            : new Headline(Optional.empty(), Optional.of(first), Optional.of(lines.get(1)));
      }
      return new Headline(
          Optional.of(lines.get(0)),
          Optional.of(lines.get(1)),
          Optional.of(String.join(" ", lines.subList(2, lines.size()))));
    }

    private boolean endsWithSpeechVerb(String s) {
      for (int k = Math.max(0, s.length() - 2); k < s.length(); k++) {
        String v = lexicon.verbAt(s, k);
        if (v != null && k + v.length() == s.length() && lexicon.verb(v) == VerbClass.SPEECH) {
          return true;
        }
      }
      return false;
    }

    /** 北区社谘会…, 南区关爱队…: an item about one district's own body. */
    Optional<String> districtSubject() {
      List<String> candidates = new ArrayList<>();
      layout.headline().forEach(b -> candidates.add(b.text().text()));
      if (!layout.body().isEmpty()) {
        candidates.add(layout.body().get(0).body());
      }
      for (String s : candidates) {
        var m = lexicon.gazetteer().matchAt(s, 0);
        if (m == null) {
          // 离岛社谘会: a short county name, which only the body after it makes a place
          for (String body : lexicon.districtBodies()) {
            int k = firstWithin(s, body, 6);
            if (k >= 2 && !lexicon.gazetteer().lookup(s.substring(0, k)).isEmpty()) {
              return Optional.of(s.substring(0, k));
            }
          }
          continue;
        }
        for (String body : lexicon.districtBodies()) {
          if (s.startsWith(body, m.length())) {
            return Optional.of(s.substring(0, m.length()));
          }
        }
      }
      return Optional.empty();
    }

    DistrictBrief brief(String place, @Nullable Block heading, List<Block> prose, Extraction x) {
      StringBuilder text = new StringBuilder();
      for (Block b : prose) {
        text.append(b.body());
      }
      Optional<PartialDate> date = Optional.empty();
      for (Block b : prose) {
        DateContext.Found f = dates.first(b.text().text(), b.bodyStart(), b.bodyEnd());
        if (f != null) {
          date = f.date();
          break;
        }
      }
      Span span;
      if (heading != null && !prose.isEmpty()) {
        span =
            new Span(
                heading.text().span().start(), prose.get(prose.size() - 1).text().span().end());
      } else if (heading != null) {
        span = heading.text().span();
      } else if (!prose.isEmpty()) {
        span =
            new Span(
                prose.get(0).text().span().start(),
                prose.get(prose.size() - 1).text().span().end());
      } else {
        span = new Span(0, 0);
      }
      Optional<Meeting> meeting =
          x.meetings.isEmpty() ? Optional.empty() : Optional.of(x.meetings.get(0));
      return new DistrictBrief(
          place,
          date,
          text.toString(),
          meeting,
          x.directives,
          span,
          places.resolve(place, anchors));
    }

    List<Sentence> sentences(List<Block> blocks, int firstParagraph) {
      List<Sentence> out = new ArrayList<>();
      int p = firstParagraph;
      for (Block b : blocks) {
        String t = b.text().text();
        int from = b.bodyStart();
        int to = b.bodyEnd();
        while (to > from && MappedText.isBlank(t.charAt(to - 1))) {
          to--;
        }
        if (to > from) {
          int[] ends = SentenceSplitter.ends(t.substring(from, to));
          int s = from;
          for (int e : ends) {
            int end = from + e;
            // ;-clauses are statements of their own: "委员A建议…;委员B建议…"; not the items of a list
            // of those present (出席会议的有:A;B;C)
            int c = s;
            boolean listing = false;
            for (int k = s; k < end; k++) {
              if (t.charAt(k) != ';') {
                continue;
              }
              // every match holds 出席, 参加 or 列席: a clause without one builds no matcher
              listing =
                  listing
                      || ((occursIn(t, "出席", c, k - 1)
                              || occursIn(t, "参加", c, k - 1)
                              || occursIn(t, "列席", c, k - 1))
                          && ATTENDED_LIST.matcher(t).region(c, k).find());
              if (!listing) {
                out.add(new Sentence(b.text(), p, c, k + 1));
                c = k + 1;
              }
            }
            if (c < end) {
              out.add(new Sentence(b.text(), p, c, end));
            }
            s = end;
          }
        }
        p++;
      }
      return out;
    }

    /** The records of a run of sentences: the body, or one roundup item. */
    /**
     * The records of sentences {@code ss}: the article's body, or (not {@code body}) one item of a
     * roundup.
     */
    Extraction extract(List<Sentence> ss, boolean body) {
      Extraction x = new Extraction();
      List<Event> events = new ArrayList<>();
      List<MeetingDraft> drafts = new ArrayList<>();
      String speaker = null;
      String verb = null;
      boolean active = false;
      boolean awaited = false; // an opening ended its paragraph (全会指出:): the next one is said
      boolean recording = true;
      // the speaker of a numbered list of statements (主席裁示事项: 一、… 二、…): each item is theirs,
      // whatever the sentences inside an item do
      String listSpeaker = null;
      String listVerb = null;
      int lastPara = -1;
      // a bulleted item (◆…) of a briefs page is a report of its own: who attends in it attends the
      // item's meeting, or none
      int itemFirstMeeting = -1;
      int itemFirstEvent = 0;
      for (int i = 0; i < ss.size(); i++) {
        Sentence s = ss.get(i);
        String t = s.text();
        if (s.paragraph() != lastPara
            && s.start() == firstNonBlank(t)
            && s.start() < t.length()
            && (Block.isBullet(t.charAt(s.start())) || datedOtherEvent(s))) {
          closeItem(events, drafts, itemFirstMeeting, itemFirstEvent);
          itemFirstMeeting = drafts.size();
          itemFirstEvent = events.size();
        }
        int current = Math.max(reported(drafts), itemFirstMeeting);
        collectPeople(s);
        Opening open = opening(s);
        if (open != null && open.implicit && !open.person && active && !meetingOpens(s)) {
          open = null; // "…,鼓励…" inside a carried statement continues it
        }
        int narrativeEnd = open == null ? s.end() : open.contentStart;
        boolean newPara = s.paragraph() != lastPara;
        boolean carried =
            open == null && active && (!newPara || awaited || continues(t, s.start(), s.end()));
        awaited = false;
        boolean item =
            newPara
                && s.start() < s.end()
                && ENUMERATOR_FIRSTS.indexOf(t.charAt(s.start())) >= 0
                && ENUMERATED_ITEM.matcher(t).region(s.start(), s.end()).lookingAt();
        if (open == null && item && listVerb != null) {
          carried = true;
          active = true;
          speaker = listSpeaker;
          verb = listVerb;
        } else if (newPara && !carried) {
          listVerb = null;
        }
        Mention subject = open == null ? sentenceSubject(s) : null;
        if (carried && subject != null && possessive(t, subject.end())) {
          // 赵革书记的讲话站位高…: a remark about another's speech, inside the speaker's statement
          addPerson(subject, s, 0);
          lastPara = s.paragraph();
          continue;
        }
        if (carried
            && !startsWithSubject(s)
            && subject == null
            && !opensNarrative(s)
            && !bracketed(s)) {
          if (recording && hasWords(t, s.start(), s.end())) { // not a closing mark (◇) alone
            x.directives.add(directive(speaker, verb, s, s.start()));
          }
          if (item) {
            listSpeaker = speaker;
            listVerb = verb;
          }
          lastPara = s.paragraph();
          continue;
        }
        active = false;
        int before = events.size();
        if (subject != null) {
          lastSubject = subject.name();
          addPerson(subject, s, 0);
        }
        minutes(s, drafts, events);
        Map<Integer, Integer> created = meetings(s, s.start(), narrativeEnd, drafts, events);
        current = Math.max(reported(drafts), itemFirstMeeting);
        for (int m : created.values()) {
          if (drafts.get(m).aside) {
            current = m; // 李强在国务院常务会议上要求: this sentence's meeting, no later one's
          }
        }
        roleEvents(s, s.start(), narrativeEnd, events, current, created, subject);
        if (open != null) {
          speaker = open.speaker;
          verb = open.verb;
          recording = open.recorded;
          if (open.speaker != null && open.person) {
            lastSubject = open.speaker;
            Mention who = new Mention(open.speaker, open.titles, open.nameStart, open.nameEnd);
            events.add(new Event(who, Role.SPEAKER, s, current, true));
            addPerson(who, s, 0);
          }
          if (recording && !open.ahead) {
            x.directives.add(directive(open.speaker, open.verb, s, open.contentStart));
          }
          active = true;
          awaited = open.ahead;
          lastPara = s.paragraph();
        } else if (events.size() > before) {
          lastPara = s.paragraph();
        }
      }
      closeItem(events, drafts, itemFirstMeeting, itemFirstEvent);
      if (body && drafts.isEmpty() && !ss.isEmpty() && attendsUnnamed(events)) {
        // 召开换届工作动员, 在会上作重要讲话 under 八所镇召开党委换届工作动员会: the body names its
        // meeting short or not at all, the headline in full
        String name = headlineMeeting();
        if (name != null) {
          Sentence at = datedBefore(ss, events);
          draft(at, name, null, at.start(), at.start(), at.end(), drafts, false);
        }
      }
      String text = drafts.isEmpty() ? "" : joined(ss);
      // where each sentence stands, for a page of several meetings: looked up once each, not
      // searched
      Map<Sentence, Integer> order = new java.util.HashMap<>();
      for (int k = 0; drafts.size() > 1 && k < ss.size(); k++) {
        order.put(ss.get(k), k);
      }
      for (MeetingDraft d : drafts) {
        x.meetings.add(d.build(events, drafts, text, ss, order, this));
      }
      return x;
    }

    /**
     * The first sentence that holds a date before the first person at the meeting, else the first:
     * where a meeting the body did not name is dated.
     */
    private Sentence datedBefore(List<Sentence> ss, List<Event> events) {
      Sentence firstEvent = events.get(0).sentence();
      for (Sentence s : ss) {
        DateContext.Found f = dates.first(s.text(), s.start(), s.end());
        if (f != null && f.date().isPresent()) {
          return s;
        }
        if (s.equals(firstEvent)) {
          break;
        }
      }
      return ss.get(0);
    }

    /** Whether someone attended, spoke at or chaired a meeting no sentence named. */
    private static boolean attendsUnnamed(List<Event> events) {
      for (Event e : events) {
        if (!e.fromSpeech() && e.meeting() == -1) {
          return true;
        }
      }
      return false;
    }

    /** The meeting a headline reports held (…召开党委换届工作动员会, …工作会议召开), or null. */
    private @Nullable String headlineMeeting() {
      for (Block b : layout.headline()) {
        String h = b.text().text();
        for (int j = 0; j < h.length(); j++) {
          String v = lexicon.verbAt(h, j);
          if (v == null || lexicon.verb(v) != VerbClass.TRIGGER) {
            continue;
          }
          int from = j + v.length();
          int to = from;
          while (to < h.length() && !HEADLINE_BREAK.contains(h.charAt(to))) {
            to++;
          }
          String after = h.substring(from, to);
          if (lastMeetingHead(after, 0, after.length()) == after.length() && plausibleName(after)) {
            return after;
          }
          int start = j;
          while (start > 0 && !HEADLINE_BREAK.contains(h.charAt(start - 1))) {
            start--;
          }
          String before = h.substring(start, j);
          if (to == from
              && lastMeetingHead(before, 0, before.length()) == before.length()
              && plausibleName(before)) {
            return before;
          }
        }
      }
      return null;
    }

    /**
     * Ends a bulleted item that began with meeting {@code firstMeeting} and event {@code
     * firstEvent}: an item that reported no meeting gives its people to none.
     */
    private void closeItem(
        List<Event> events, List<MeetingDraft> drafts, int firstMeeting, int firstEvent) {
      if (firstMeeting >= 0 && drafts.size() == firstMeeting) {
        for (int k = firstEvent; k < events.size(); k++) {
          Event e = events.get(k);
          events.set(k, new Event(e.mention(), e.role(), e.sentence(), NO_MEETING, e.fromSpeech()));
        }
      }
    }

    private static boolean hasWords(String t, int from, int to) {
      for (int i = from; i < to; i++) {
        if (Character.isLetterOrDigit(t.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private static int firstNonBlank(String t) {
      int k = 0;
      while (k < t.length() && MappedText.isBlank(t.charAt(k))) {
        k++;
      }
      return k;
    }

    private String joined(List<Sentence> ss) {
      int n = 0;
      for (Sentence s : ss) {
        n += s.end() - s.start();
      }
      StringBuilder sb = new StringBuilder(n);
      for (Sentence s : ss) {
        sb.append(s.text(), s.start(), s.end());
      }
      return sb.toString();
    }

    /**
     * Whether {@code s} stands in a digest's item of another day than the meeting reported last
     * (9月13日 代市长X主持召开会议 after 9月12日's): then its meeting is another one.
     */
    private boolean otherDay(Sentence s, List<MeetingDraft> drafts) {
      Integer day = itemDays.get(s.para().span().start());
      Optional<PartialDate> last = drafts.get(reported(drafts)).date;
      return day != null && last.isPresent() && last.get().day() != day;
    }

    /**
     * Whether the verb at {@code j} tells of an event whose spirit the meeting passes on (会议传达学习了
     * 张国清出席…峰会时的讲话精神): its people were not at this meeting.
     */
    private boolean passedOn(String t, int from, int j, int to) {
      // the same clause: not 会议传达学习了…精神,市长X出席会议并讲话,要求…落实会议精神
      // or a clause that goes on a list of what was passed on (…讲话精神,张国清出席…时的讲话精神)
      int bound = Math.max(from, j - PersonFinder.MAX_GROUP);
      int floor = j;
      while (floor > bound
          && (",;".indexOf(t.charAt(floor - 1)) < 0
              || (floor - 3 >= bound && t.startsWith("精神", floor - 3)))) {
        floor--;
      }
      int ceiling = j;
      while (ceiling < Math.min(to, j + PersonFinder.MAX_GROUP)
          && ",;。".indexOf(t.charAt(ceiling)) < 0) {
        ceiling++;
      }
      return (occursIn(t, "传达", floor, j) || occursIn(t, "学习贯彻", floor, j))
          && occursIn(t, "精神", j, ceiling);
    }

    /** Whether a name ending at {@code end} is a possessor: 赵革书记的讲话, 李四的报告. */
    private boolean possessive(String t, int end) {
      int at = end + lexicon.postStartingAt(t, end);
      return at < t.length() && t.charAt(at) == '的';
    }

    /**
     * The person a narrative sentence opens with ("赵乐际7日至10日在河南调研。", "习近平发表了重要 讲话。"): who a
     * following 他/她 means.
     */
    private @Nullable Mention sentenceSubject(Sentence s) {
      String t = s.text();
      int clause = s.start();
      for (int k = 0; k < 2 && clause < s.end(); k++) {
        int ce = clause;
        while (ce < s.end() && t.charAt(ce) != ',') {
          ce++;
        }
        String c = t.substring(clause, Math.min(ce, clause + PersonFinder.MAX_GROUP));
        int off = leadConnectorEnd(c);
        // 在…陪同下: the people who accompany are not the subject; it follows them
        Matcher escort =
            c.startsWith("在", off) ? ACCOMPANIED_BY.matcher(c).region(off, c.length()) : null;
        if (escort != null && escort.lookingAt()) {
          if (escort.end() >= c.length()) {
            clause = ce + 1;
            continue;
          }
          off = escort.end();
        }
        // a person already named stands at the start whatever follows (李强走进…)
        for (int len : PersonFinder.THREE_OR_TWO) {
          if (off + len <= c.length()
              && mayOpenPerson(c.charAt(off))
              && people.containsKey(c.substring(off, off + len))) {
            String name = c.substring(off, off + len);
            return new Mention(
                name,
                Objects.requireNonNull(people.get(name)).titles(),
                clause + off,
                clause + off + len);
          }
        }
        for (int len : PersonFinder.THREE_OR_TWO) {
          if (off + len <= c.length()) {
            if (persons.isNameAt(c, off, off + len)
                && persons.boundaryAt(c, off + len)
                && !(len == 3 && persons.prefersShorter(c, off))
                && WordStarts.boundaryAt(c, off + len)) {
              return new Mention(
                  c.substring(off, off + len), List.of(), clause + off, clause + off + len);
            }
          }
        }
        for (Mention m : persons.scan(c)) {
          if (m.start() <= off + 40
              && persons.titlesBefore(c, m.start()).size() == m.titles().size()
              && noVerbBefore(c, off, m.start())) {
            return new Mention(m.name(), m.titles(), clause + m.start(), clause + m.end());
          }
          break;
        }
        if (off < c.length()
            && !(DATE_STARTS.mayStart(c.charAt(0)) && DateContext.DATE.matcher(c).lookingAt())) {
          return null;
        }
        clause = ce + 1;
      }
      return null;
    }

    private boolean noVerbBefore(String c, int from, int to) {
      for (int i = from; i < to; i++) {
        if (lexicon.verbAt(c, i) != null) {
          return false;
        }
      }
      return true;
    }

    /**
     * A field of minutes (会议纪录) under a headline that names the meeting (第439次主管会报 / 主席:A /
     * 出席:B、C): the headline's meeting is reported, and the chair field names its chair.
     */
    private void minutes(Sentence s, List<MeetingDraft> drafts, List<Event> events) {
      String t = s.text();
      if (!minutesTitleRead) {
        minutesTitleRead = true;
        if (drafts.isEmpty()) {
          minutesTitle(s, drafts, true); // 行政院第3595次院会决议 over numbered rulings: no field
        }
      }
      if (s.start() >= s.end() || "主出列开会日时".indexOf(t.charAt(s.start())) < 0) {
        return; // most sentences: no matcher needed
      }
      Matcher f = MINUTES_FIELD.matcher(t).region(s.start(), s.end());
      if (!f.lookingAt()) {
        return;
      }
      if (drafts.isEmpty()) {
        minutesTitle(s, drafts, false);
      }
      if (f.group(2) != null && drafts.size() == 1 && drafts.get(0).date.isEmpty()) {
        fieldDate(t, f, s.end()).ifPresent(d -> drafts.set(0, drafts.get(0).heldOn(d)));
      }
      String v = f.group(1);
      if (v != null && !drafts.isEmpty() && persons.isName(v)) {
        String post = t.substring(s.start() + 2, f.start(1)).replace(":", "").strip();
        Mention chair =
            new Mention(v, lexicon.isPost(post) ? List.of(post) : List.of(), f.start(1), f.end(1));
        minutesChair = v;
        events.add(new Event(chair, Role.CHAIR, s, drafts.size() - 1, false));
        addPerson(chair, s, 0);
      }
    }

    /**
     * The meeting a headline names as its minutes' (嘉义市政府第1015次市务会议纪录: the minutes of the meeting
     * named), dated by a date field set apart as its own line; with {@code titled}, only a headline
     * that says it is minutes or decisions (纪录, 纪要, 决议).
     */
    private void minutesTitle(Sentence s, List<MeetingDraft> drafts, boolean titled) {
      for (Block b : layout.headline()) {
        String line = b.text().text().strip();
        Matcher of = MINUTES_OF.matcher(line);
        if (titled && !of.find()) {
          continue;
        }
        String h = of.replaceFirst("");
        if (lastMeetingHead(h, 0, h.length()) == h.length() && plausibleName(h)) {
          draft(s, h, null, s.start(), s.start(), s.end(), drafts, false);
          if (drafts.size() == 1 && drafts.get(0).date.isEmpty()) {
            metaFieldDate().ifPresent(d -> drafts.set(0, drafts.get(0).heldOn(d)));
          }
          return;
        }
      }
    }

    /**
     * The day of the minutes' date field when the page set it apart as a line of its own
     * (时间:民国110年4月13日 上午8时, 日期:2021年4月13日, or a heading that opens with the date), which no
     * sentence holds.
     */
    private Optional<PartialDate> metaFieldDate() {
      for (Block b : layout.blocks()) {
        String t = b.text().text();
        if (b.kind() == Block.Kind.HEADING && b.bodyStart() < b.bodyEnd()) {
          // 民国107年4月12日第3595次会议: a line of its own opening with the sitting's date
          DateContext.Found day = dates.first(t, b.bodyStart(), b.bodyEnd());
          if (day != null && day.start() == b.bodyStart() && day.date().isPresent()) {
            return day.date();
          }
        }
        if (b.kind() != Block.Kind.META) {
          continue;
        }
        Matcher f = MINUTES_FIELD.matcher(t).region(b.bodyStart(), b.bodyEnd());
        if (f.lookingAt() && f.group(2) != null) {
          Optional<PartialDate> d = fieldDate(t, f, b.bodyEnd());
          if (d.isPresent()) {
            return d;
          }
        }
      }
      return Optional.empty();
    }

    /** The day of a date field of minutes: 2021-07-20, or a date as prose writes it. */
    private Optional<PartialDate> fieldDate(String t, Matcher f, int end) {
      if (f.group(3) != null) {
        int mo = Integer.parseInt(f.group(4));
        int d = Integer.parseInt(f.group(5));
        return mo >= 1 && mo <= 12 && d >= 1 && d <= 31
            ? Optional.of(dates.date(Integer.parseInt(f.group(3)), mo, d))
            : Optional.empty();
      }
      DateContext.Found found = dates.first(t, f.end(), end);
      return found == null ? Optional.empty() : found.date();
    }

    /**
     * Whether a paragraph opens with its own date and tells of an event that is no meeting
     * (5月23日中午,甲公司与乙公司签署协议): an item of its own, like a bulleted one.
     */
    private boolean datedOtherEvent(Sentence s) {
      String t = s.text();
      if (!DATE_STARTS.mayStart(t.charAt(s.start()))
          || !DateContext.DATE.matcher(t).region(s.start(), s.end()).lookingAt()) {
        return false;
      }
      if (!lexicon.otherEventIn(t, s.start(), s.end())) {
        return false;
      }
      for (int k = s.start() + 2; k <= s.end(); k++) {
        if (lexicon.meetingHeadEndingAt(t, k) > 0) {
          return false; // …座谈会暨校地合作签约活动: a meeting is told of too
        }
      }
      return true;
    }

    /** Whether the meeting is the sentence's subject: 会议听取…, 全会审议…, not 会议上 or 会议期间. */
    private static boolean meetingOpens(Sentence s) {
      String t = s.text();
      int k = s.start();
      while (k < s.end() && Character.isWhitespace(t.charAt(k))) {
        k++;
      }
      for (String w : MEETING_SUBJECTS) {
        if (t.startsWith(w, k)) {
          int a = k + w.length();
          return a < s.end() && "上前后期间中".indexOf(t.charAt(a)) < 0;
        }
      }
      return false;
    }

    /** A sentence wholly in brackets, (图源:新华社): a credit or a note, nobody's statement. */
    private static boolean bracketed(Sentence s) {
      String t = s.text(); // read in place: a stripped copy of every sentence for three chars
      int from = s.start();
      int to = s.end();
      while (from < to && Character.isWhitespace(t.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
        to--;
      }
      return to - from > 2 && t.charAt(from) == '(' && t.charAt(to - 1) == ')';
    }

    /** 会议通过…, 会议还研究了…: the meeting's own narrative ends a carried statement. */
    private boolean opensNarrative(Sentence s) {
      // read in place: a copy of every sentence for a test of its first few chars cost more
      String t = s.text();
      int end = s.end();
      int k = s.start();
      while (k < end && Character.isWhitespace(t.charAt(k))) {
        k++;
      }
      if (k + 2 > end) {
        return false; // every opening below is two chars or more
      }
      char c = t.charAt(k);
      return (c == '会' && "议上前后".indexOf(t.charAt(k + 1)) >= 0)
          // 出席是次会议还有…, 列席会议的有…: the attendance, not the statement going on
          || ("出参列".indexOf(c) >= 0 && ATTENDED_LIST.matcher(t).region(k, end).lookingAt());
    }

    private boolean startsWithSubject(Sentence s) {
      String t = s.text();
      // 交通事务局征询…: a body opens a sentence of its own
      int bodyEnd = Math.min(s.end(), s.start() + 18);
      if (bureauHeadIn(t, s.start() + 2, bodyEnd)
          && BUREAU_START.matcher(t).region(s.start(), bodyEnd).lookingAt()) {
        return true;
      }
      for (int j = s.start() + 2; j < Math.min(s.end(), s.start() + 40); j++) {
        String v = lexicon.verbAt(t, j);
        if (v != null && lexicon.verb(v) != VerbClass.TRIGGER) {
          List<Mention> m = persons.subjectBefore(t.substring(s.start(), j), j - s.start());
          if (!m.isEmpty()) {
            return true;
          }
        }
      }
      return false;
    }

    void collectPeople(Sentence s) {
      String t = s.text().substring(s.start(), s.end());
      for (Mention m : persons.scan(t)) {
        addPerson(m, s, s.start());
      }
      if (t.contains("任命") || t.contains("免去")) {
        Matcher a = APPOINTMENT.matcher(t);
        while (a.find()) {
          int g = a.group(1) != null ? 1 : 3;
          String post = a.group(g + 1);
          List<String> titles = persons.isTitle(post) ? List.of(post) : List.of();
          int at = a.start(g);
          for (String name : a.group(g).split("、", -1)) {
            if (persons.isName(name)) {
              addPerson(new Mention(name, titles, at, at + name.length()), s, s.start());
            }
            at += name.length() + 1;
          }
        }
      }
    }

    /**
     * The titles {@code name} was introduced with before {@code at} (国务院总理李强 … 李强主持召开座谈会): a reader
     * carries them forward; none if the person had no titled mention before.
     */
    List<String> titlesBefore(String name, int at) {
      Introduction i = introduced.get(name);
      return i != null && i.at() < at ? i.titles() : List.of();
    }

    void addPerson(Mention m, Sentence s, int offset) {
      if (!m.titles().isEmpty() && !introduced.containsKey(m.name())) {
        introduced.put(
            m.name(),
            new Introduction(
                s.para().span(offset + m.start(), offset + m.end()).start(), m.titles()));
      }
      Person p = people.get(m.name());
      if (p == null) {
        if (!m.name().isEmpty()) {
          char c = m.name().charAt(0);
          if ((c & 64) == 0) {
            personFirstsLow |= 1L << c;
          } else {
            personFirstsHigh |= 1L << c;
          }
        }
        people.put(
            m.name(),
            new Person(
                m.name(),
                m.titles(),
                s.para().span(offset + m.start(), offset + m.end()),
                postsOf(m.titles())));
      } else if (!m.titles().isEmpty()) {
        List<String> titles = new ArrayList<>(p.titles());
        for (String title : m.titles()) {
          if (!titles.contains(title)) {
            titles.add(title);
          }
        }
        people.put(m.name(), new Person(p.name(), titles, p.span(), postsOf(titles)));
      }
    }

    Directive directive(@Nullable String speaker, @Nullable String verb, Sentence s, int from) {
      String t = s.text();
      int end = s.end();
      while (end > from && MappedText.isBlank(t.charAt(end - 1))) {
        end--;
      }
      String text = t.substring(from, end);
      return new Directive(
          Optional.ofNullable(speaker),
          Optional.ofNullable(verb),
          kind(verb, text),
          text,
          s.para().span(from, end));
    }

    DirectiveKind kind(@Nullable String verb, String text) {
      if (verb != null && lexicon.verb(verb) == VerbClass.DEMAND) {
        return DirectiveKind.REQUIREMENT;
      }
      int head = 0;
      if (!text.isEmpty() && ENUMERATOR_STARTS.mayStart(text.charAt(0))) {
        Matcher enumerator = ENUMERATOR.matcher(text);
        head = enumerator.lookingAt() ? enumerator.end() : 0;
      }
      for (String m : lexicon.imperativeStarts()) {
        if (text.startsWith(m, head)) {
          return DirectiveKind.REQUIREMENT;
        }
      }
      for (String m : lexicon.requirementMarkers()) {
        int k = text.indexOf(m);
        while (k >= 0) {
          if (!m.equals("要") || isModalYao(text, k)) {
            return DirectiveKind.REQUIREMENT;
          }
          k = text.indexOf(m, k + 1);
        }
      }
      return DirectiveKind.ASSESSMENT;
    }

    /** 要 as "must", not inside 重要, 主要, 需要 …. */
    private boolean isModalYao(String t, int k) {
      char before = k > 0 ? t.charAt(k - 1) : ' ';
      char after = k + 1 < t.length() ? t.charAt(k + 1) : ' ';
      return "重主只首纲摘概必紧扼简需提想".indexOf(before) < 0 && "求素点闻件员害领".indexOf(after) < 0;
    }

    /** Whether {@code v} at {@code j} is a noun by the word before it (政府工作|报告, 情况|汇报). */
    private static boolean nounBefore(String t, int from, int j, String v) {
      if (!(v.equals("报告")
          || v.equals("汇报")
          || v.equals("要求")
          || v.equals("说明")
          || v.equals("指示"))) {
        return false;
      }
      for (String m : NOUN_MODIFIERS) {
        if (j - m.length() >= from && t.startsWith(m, j - m.length())) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a statement verb takes what it says without a comma: 强调县务会议的重要性, and 指出 after 并
     * (…的努力,并指出未来两年是关键期), as Taiwan's releases and county papers write them.
     */
    private static boolean statesBare(String t, int from, int j, String v) {
      return v.equals("强调") || (v.equals("指出") && j > from && t.charAt(j - 1) == '并');
    }

    /** Whether a meeting's name ends a few chars on from {@code i}: 动员|大会, 动员|部署会. */
    private boolean meetingNameGoesOn(String t, int i, int end) {
      for (int e = i + 2; e <= Math.min(end, i + 6); e++) {
        if (!Character.isIdeographic(t.charAt(e - 1))) {
          return false;
        }
        if (lexicon.meetingHeadEndingAt(t, e) > 0) {
          // the name ends there (动员大会。, 动员大会并讲话, 动员大会召开): not 要求大会期间…
          String v = e < t.length() ? lexicon.verbAt(t, e) : null;
          return e >= t.length()
              || !Character.isIdeographic(t.charAt(e))
              || "并暨上和".indexOf(t.charAt(e)) >= 0
              || (v != null && lexicon.verb(v) == VerbClass.TRIGGER);
        }
      }
      return false;
    }

    /** Whether a word that makes the verb before it a noun starts at {@code i} (建议|名单). */
    private static boolean nounAfter(String t, int i) {
      for (String n : NOUN_HEADS) {
        if (t.startsWith(n, i)) {
          return true;
        }
      }
      return false;
    }

    /** A statement opening in {@code s}: 林武强调, / 他表示, / 会议指出, / 委员A建议…. */
    @Nullable Opening opening(Sentence s) {
      String t = s.text();
      int clause = s.start();
      while (clause < s.end()) {
        int ce = clause;
        while (ce < s.end() && t.charAt(ce) != ',') {
          ce++;
        }
        Opening o = openingIn(s, clause, ce);
        if (o != null && (o.punctuated || o.person)) {
          return o;
        }
        if (o != null) {
          // 政府建议修订…,局长X表示,…: a named speaker later in the sentence says it, not the body
          // whose demand has no colon or comma
          Opening later = ce < s.end() ? openingAfter(s, ce + 1) : null;
          return later != null && later.person && later.punctuated ? later : o;
        }
        clause = ce + 1;
      }
      return null;
    }

    private @Nullable Opening openingAfter(Sentence s, int clause) {
      String t = s.text();
      while (clause < s.end()) {
        int ce = clause;
        while (ce < s.end() && t.charAt(ce) != ',') {
          ce++;
        }
        Opening o = openingIn(s, clause, ce);
        if (o != null) {
          return o;
        }
        clause = ce + 1;
      }
      return null;
    }

    /**
     * Whether {@code j} stands between “ and ” opened after {@code from}, at most {@link
     * #MAX_QUOTE} before.
     */
    private static boolean insideQuote(String t, int from, int j) {
      int depth = 0;
      // a bounded look back: every verb of a sentence asks, and a sentence may be very long
      for (int k = Math.max(from, j - MAX_QUOTE); k < j; k++) {
        char ch = t.charAt(k);
        if (ch == '“') {
          depth++;
        } else if (ch == '”' && depth > 0) {
          depth--;
        }
      }
      return depth > 0;
    }

    private boolean modalAt(String t, int i) {
      if (i < t.length() && t.charAt(i) == '要' && !t.startsWith("要求", i)) {
        return true;
      }
      for (String m : lexicon.requirementMarkers()) {
        if (t.startsWith(m, i)) {
          return true;
        }
      }
      return false;
    }

    private @Nullable Opening openingIn(Sentence s, int from, int clauseEnd) {
      String t = s.text();
      for (int j = from; j < Math.min(clauseEnd, from + 90); j++) {
        String v = lexicon.verbAt(t, j);
        if (v == null) {
          continue;
        }
        VerbClass c = lexicon.verb(v);
        // 作了讲话: / 做了点评: the colon opens what was said
        boolean spoke = c == VerbClass.SPEAKER && t.startsWith(":", j + v.length());
        if ((c != VerbClass.SPEECH && c != VerbClass.DEMAND && c != VerbClass.PRESENTER && !spoke)
            || v.endsWith("讲解")) {
          continue; // a lecture (进行讲解,…) opens no statement: what follows is the reporter's
        }
        if (insideQuote(t, s.start(), j)) {
          continue; // 落实“均衡台湾,在地希望”理念: a slogan's words open nothing
        }
        int after = j + v.length();
        if (t.startsWith("事项:", after)) {
          after += 2; // 主席裁示事项: the items follow
        }
        Matcher points = v.equals("提出") ? POINTS.matcher(t).region(after, s.end()) : null;
        if (points != null && points.lookingAt()) {
          // 提出三点希望和要求。一是要…: the points are the sentences that follow
          Opening o = subject(s, from, j, v);
          if (o != null) {
            o.contentStart = s.end();
            o.punctuated = true;
            o.ahead = true;
            return o;
          }
        }
        if ((j > from && t.charAt(j - 1) == '的')
            || (after < s.end() && "和与及、的".indexOf(t.charAt(after)) >= 0)
            || nounAfter(t, after)
            || nounBefore(t, from, j, v)
            || meetingNameGoesOn(t, after, clauseEnd)) {
          continue; // a noun: 作的说明, 根本要求和…, 要求的, 建议名单, 动员部署会
        }
        boolean punct =
            after < s.end()
                && (t.charAt(after) == ','
                    || t.charAt(after) == ':'
                    || t.charAt(after) == '“'
                    || t.charAt(after) == '—');
        if (c != VerbClass.DEMAND
            && !punct
            && !(c == VerbClass.SPEECH && modalAt(t, after))
            && !statesBare(t, from, j, v)) {
          continue; // 委员认为要建设…: a demand may follow a statement verb without a comma
        }
        if (c == VerbClass.PRESENTER && v.startsWith("作") && punct && t.charAt(after) == ',') {
          j = after - 1; // not its 说明 either
          continue; // 就《…》作说明,各市负责人作交流发言: the next clause is another's act
        }
        int content = punct && t.charAt(after) != '“' ? after + 1 : after;
        if (!punct && content < s.end() && t.charAt(content) == '了') {
          content++; // 强调了…的重要性
        }
        while (content < s.end() && t.charAt(content) == '—') {
          content++; // 会议号召——
        }
        int restEnd = s.end();
        while (restEnd > content && "。!?; \t\n\u000B\f\r".indexOf(t.charAt(restEnd - 1)) >= 0) {
          restEnd--;
        }
        int rest = restEnd - content;
        // 全会指出: / 会议号召—— ending the paragraph: what is said is the next paragraph
        boolean ahead = rest == 0 && punct && t.charAt(after) != ',' && t.charAt(after) != '“';
        // NO_CONTENT matches at most four chars and a line end: a longer rest is not copied
        if (!ahead
            && (rest < 2
                || (rest <= 5 && NO_CONTENT.matcher(t.substring(content, restEnd)).matches()))) {
          continue;
        }
        Opening o = subject(s, from, j, v);
        if (o != null) {
          o.contentStart = content;
          o.punctuated = punct;
          o.ahead = ahead;
          return o;
        }
      }
      return null;
    }

    /** Who stands before the verb at {@code j}: a pronoun, 会议, or one named person. */
    private @Nullable Opening subject(Sentence s, int from, int j, String verb) {
      String t = s.text();
      int quoting = t.indexOf("引述", from);
      if (quoting >= from + 2 && quoting < j) {
        j = quoting; // 行政长官引述夏主任表示: the one who quotes speaks
      }
      String region = t.substring(from, j);
      int start = from + leadConnectorEnd(region);
      int end = from + persons.stripModifiers(region, start - from, j - from);
      String core = t.substring(start, end);
      if (core.equals("他") || core.equals("她")) {
        // 县委书记X在仪式上致辞,他说: the subject of the sentence's first clause, else the last one
        String own = null;
        if (from > s.start()) {
          List<Mention> before = persons.scan(t.substring(s.start(), from));
          own = before.isEmpty() ? null : before.get(0).name();
        }
        String who = own != null ? own : lastSubject;
        // the one meant speaks at the meeting too (她指出 after 在座谈会上…孙丽肯定了…)
        return who == null ? null : new Opening(who, verb, true, List.of(), start, end);
      }
      if (mayBeCollectiveSpeaker(core) && COLLECTIVE_SPEAKER.matcher(core).matches()) {
        return new Opening(null, verb, false, List.of(), 0, 0);
      }
      if (core.length() == 1 && lastSubject != null && lastSubject.startsWith(core)) {
        // 习又提到 (Hong Kong papers): the family name alone, the person just spoken of
        return new Opening(lastSubject, verb, true, List.of(), start, end);
      }
      if (core.equals("主席") && minutesChair != null) {
        return new Opening(minutesChair, verb, true, List.of(), start, end); // 主席裁示事项:
      }
      if (core.equals("会议")
          || core.equals("全会")
          || core.equals("会议认为")
          || core.equals("常委会")
          || core.equals("大会")
          || (core.endsWith("会议") && core.length() <= 10 && !core.contains("在"))) {
        return new Opening(null, verb, false, List.of(), 0, 0);
      }
      if (core.isEmpty()) {
        if (lexicon.verb(verb) != VerbClass.DEMAND && lexicon.verb(verb) != VerbClass.SPEECH) {
          return null;
        }
        Mention m = leadingPerson(s);
        if (m == null
            && from > s.start()
            && COLLECTIVE_SPEAKER
                .matcher(t)
                .region(s.start(), Math.min(from, s.start() + 6))
                .lookingAt()) {
          // 大家结合工作谈了…,在交流发言中表示,要…: the group that opens the sentence says it
          return new Opening(null, verb, false, List.of(), 0, 0);
        }
        if (m == null && start > from && from == s.start() && lastSubject != null) {
          // 并表示,…: the sentence goes on with the person of the one before
          return new Opening(lastSubject, verb, true, List.of(), from, start);
        }
        if (m == null
            && lexicon.verb(verb) == VerbClass.SPEECH
            && !(meetingOpens(s) && (verb.equals("强调") || verb.equals("指出")))) {
          return null; // but 会议听取…汇报,强调要…: the meeting's own statement
        }
        // X带队赴…检查…工作,强调要…: the sentence's person speaks
        Opening o =
            m == null
                ? new Opening(null, verb, false, List.of(), 0, 0)
                : new Opening(m.name(), verb, true, m.titles(), m.start(), m.end());
        o.implicit = true;
        return o;
      }
      if (QUOTED_DOCUMENT.matcher(core).matches()) {
        Opening o = new Opening(null, verb, false, List.of(), 0, 0);
        o.recorded = false;
        return o;
      }
      if (lexicon.isOrgan(core)
          || (mayBeOrganizationSpeaker(core) && ORGANIZATION_SPEAKER.matcher(core).matches())) {
        return new Opening(core, verb, false, List.of(), 0, 0);
      }
      List<Mention> ms = persons.parseGroup(t, start, end);
      Mention m = ms.size() == 1 ? ms.get(0) : personBeforeAdverbial(t, start, end);
      Person known = people.get(core);
      if (m == null && known != null) {
        // 塞西表示: a name the article introduced that no rule of Chinese names reads
        m = new Mention(core, known.titles(), start, end);
      } else if (m != null) {
        m = knownLonger(t, m);
      }
      if (m == null && ms.isEmpty() && core.length() <= MAX_TITLE_SPEAKER) {
        // 林市长表示 after 市长林佳龙…: the one person of that family name who holds that post
        int sur = lexicon.surnameAt(core, 0);
        String holder =
            sur > 0 && core.length() > sur + 1 && persons.isTitle(core.substring(sur))
                ? holderBySurname(core.substring(0, sur), core.substring(sur))
                : null;
        if (holder != null) {
          return new Opening(holder, verb, false, List.of(), 0, 0);
        }
      }
      if (m == null && ms.isEmpty()) {
        // 副总统(致词时)表示 after 萧美琴副总统…: the one person the article gave that title; a post
        // that the article never names speaks as itself (行政长官表示, Macau releases)
        for (int e = Math.min(core.length(), MAX_TITLE_SPEAKER); e >= 2; e--) {
          String title = core.substring(0, e);
          if (core.length() - e > MAX_ADVERBIAL
              || title.indexOf('了') >= 0 // 代表镇党委回答了人大代表: a clause, no post
              || !persons.isTitle(title)) {
            continue;
          }
          String holder = holderOf(title);
          if (holder != null) {
            return new Opening(holder, verb, false, List.of(), 0, 0);
          }
          if (e == core.length()) {
            return new Opening(core, verb, false, List.of(), 0, 0);
          }
        }
      }
      return m == null ? null : new Opening(m.name(), verb, true, m.titles(), m.start(), m.end());
    }

    /**
     * {@code m}, or the longer name of a person the article introduced that stands where it does
     * (联合国秘书长古特雷斯表示: 古特雷 reads as a Chinese name, 古特雷斯 was introduced).
     */
    private Mention knownLonger(String t, Mention m) {
      for (Person p : people.values()) {
        String n = p.name();
        if (n.length() > m.name().length()
            && n.startsWith(m.name())
            && t.startsWith(n, m.start())) {
          return new Mention(n, m.titles(), m.start(), m.start() + n.length());
        }
      }
      return m;
    }

    /**
     * The one person the article named with family name {@code family} and a title ending in {@code
     * post}.
     */
    private @Nullable String holderBySurname(String family, String post) {
      String holder = null;
      for (Person p : people.values()) {
        if (p.name().startsWith(family)
            && p.name().length() > family.length()
            && p.titles().stream().anyMatch(x -> x.endsWith(post))) {
          if (holder != null) {
            return null;
          }
          holder = p.name();
        }
      }
      return holder;
    }

    /** The one person of the article so far who holds {@code title}; null if none or several. */
    private @Nullable String holderOf(String title) {
      String holder = null;
      for (Person p : people.values()) {
        if (p.titles().contains(title)) {
          if (holder != null) {
            return null;
          }
          holder = p.name();
        }
      }
      return holder;
    }

    /**
     * A person who opens {@code [start, end)} followed by an adverbial no modifier rule knows
     * (孙玉菡今日出席公开活动后向传媒|表示, 陈茂波今早在会议开幕典礼致辞时|指): an opening that reads as one person ending at a word
     * boundary, with at most {@link #MAX_ADVERBIAL} characters and no other person after it; of the
     * readings, a three-character name first (陈茂波, not 陈茂), as elsewhere. Not a name that modifies
     * a noun (张三的秘书表示).
     */
    private @Nullable Mention personBeforeAdverbial(String t, int start, int end) {
      Mention best = null;
      for (int e = start + 2; e < end && e <= start + PersonFinder.MAX_GROUP; e++) {
        if (end - e > MAX_ADVERBIAL || "的之等和及与、".indexOf(t.charAt(e)) >= 0) {
          continue;
        }
        List<Mention> ms = persons.parseGroup(t, start, e);
        // the dictionary after the name: it costs the most of these tests
        if (ms.size() != 1
            || ms.get(0).end() != e
            || !WordStarts.boundaryAt(t, e)
            || (ms.get(0).titles().isEmpty()
                && PersonFinder.commonWord(t, ms.get(0).start(), e - ms.get(0).start()))
            || !persons.scan(t.substring(e, end)).isEmpty()) {
          continue;
        }
        Mention m = ms.get(0);
        if (best == null || nameRank(m, t) < nameRank(best, t)) {
          best = m;
        }
      }
      return best;
    }

    /**
     * Whether a head ends in 并 before its modifiers (…调研,并在西安|主持召开): a second verb of the subject.
     */
    private boolean endsWithBing(String head) {
      int bare = persons.stripModifiers(head, 0, head.length());
      return head.startsWith("并", bare) || head.substring(0, bare).endsWith("并");
    }

    /** Three-character names first, then two, then longer; a 3 that {@code prefersShorter} last. */
    private int nameRank(Mention m, String t) {
      int len = m.end() - m.start();
      if (len == 3) {
        return persons.prefersShorter(t, m.start()) ? 9 : 0;
      }
      return len == 2 ? 1 : len;
    }

    /** The person a sentence opens with, for a later clause that omits its subject. */
    private @Nullable Mention leadingPerson(Sentence s) {
      String t = s.text();
      int clause = s.start();
      for (int k = 0; k < 2 && clause < s.end(); k++) {
        int ce = clause;
        while (ce < s.end() && t.charAt(ce) != ',') {
          ce++;
        }
        String c = t.substring(clause, ce);
        int off = leadConnectorEnd(c);
        Mention known = knownAt(c, off);
        if (known != null) {
          // 李大明感谢…,并指出: a bare name the article gave before, which no scan reads alone
          return new Mention(known.name(), known.titles(), clause + off, clause + known.end());
        }
        int sur = lexicon.surnameAt(c, off);
        int post = sur > 0 ? lexicon.postStartingAt(c, off + sur) : 0;
        String holder =
            post > 0
                ? holderBySurname(
                    c.substring(off, off + sur), c.substring(off + sur, off + sur + post))
                : null;
        if (holder != null) {
          // 王县长重申…,希望…: the one 王 the article named who holds that post
          return new Mention(holder, List.of(), clause + off, clause + off + sur + post);
        }
        for (Mention m : persons.scan(c)) {
          // a listed follower or a dictionary word after the name (议员X书面质询…,促请…)
          // the person's title chain opens the clause (区党委副书记、自治区主席齐扎拉主持…)
          int chain = String.join("、", m.titles()).length();
          if (m.start() - chain <= off + 12
              && (persons.boundaryAt(c, m.end()) || WordStarts.multiCharWordAt(c, m.end()))) {
            return new Mention(m.name(), m.titles(), clause + m.start(), clause + m.end());
          }
        }
        clause = ce + 1;
      }
      return null;
    }

    /** A person the article named before whose name opens {@code c} at {@code at}, then a word. */
    private @Nullable Mention knownAt(String c, int at) {
      for (int len = 4; len >= 2; len--) {
        if (at + len > c.length()) {
          continue;
        }
        Person p = people.get(c.substring(at, at + len));
        if (p != null
            && (persons.boundaryAt(c, at + len) || WordStarts.multiCharWordAt(c, at + len))) {
          return new Mention(p.name(), p.titles(), at, at + len);
        }
      }
      return null;
    }

    /** People with what they do: 林武主持, 商黎光…出席, 于英杰汇报, 在王沪宁主持下. */
    void roleEvents(
        Sentence s,
        int from,
        int to,
        List<Event> events,
        int meetingIndex,
        Map<Integer, Integer> created,
        @Nullable Mention subject) {
      String t = s.text();
      int words = ROLE_WORDS.groupsIn(t, from, to);
      for (Pattern p : INNER_PERSON_PATTERNS) {
        Matcher pm = matcherIfHolds(p, t, from, to, words, p == PRESENTED_BY ? HEARD : ACCOMPANIED);
        while (pm != null && pm.find()) {
          int g = pm.group(1) != null ? 1 : 2;
          String inner = pm.group(g);
          Role r = p == PRESENTED_BY ? Role.PRESENTER : Role.ATTENDEE;
          for (Mention m : persons.subjectBefore(inner, inner.length())) {
            events.add(
                new Event(
                    new Mention(
                        m.name(), m.titles(), pm.start(g) + m.start(), pm.start(g) + m.end()),
                    r,
                    s,
                    meetingIndex,
                    false));
            addPerson(m, s, pm.start(g));
          }
        }
      }
      Matcher al = matcherIfHolds(ATTENDED_LIST, t, from, to, words, ATTENDED_WORDS);
      while (al != null && al.find()) {
        String verb = al.group(1) != null ? al.group(1) : al.group(3);
        Role r = verb.equals("列席") ? Role.OBSERVER : Role.ATTENDEE;
        String members = al.group("members");
        int g = al.end();
        while (g < to) {
          int ge = g;
          while (ge < to && ",。;".indexOf(t.charAt(ge)) < 0) {
            ge++;
          }
          int end = persons.stripModifiers(t, g, ge);
          List<Mention> ms = persons.parseGroup(t, g, end);
          if (ms.isEmpty()) {
            break;
          }
          for (Mention m : ms) {
            if (members != null && m.titles().isEmpty()) {
              m = new Mention(m.name(), List.of(members), m.start(), m.end());
            }
            events.add(new Event(m, r, s, meetingIndex, false));
            addPerson(m, s, 0);
          }
          if (ge >= to || (t.charAt(ge) != ',' && t.charAt(ge) != ';')) {
            break; // 出席会议的有:A;B;C: one group a semicolon too
          }
          g = ge + 1;
        }
      }
      Matcher rb = matcherIfHolds(REPRESENTED_BY, t, from, to, words, REPRESENTED);
      while (rb != null && rb.find()) {
        Role r = occursIn(t, "列席", from, rb.start()) ? Role.OBSERVER : Role.ATTENDEE;
        boolean attends =
            r == Role.OBSERVER
                || occursIn(t, "出席", from, rb.start())
                || occursIn(t, "参加", from, rb.start());
        if (!attends) {
          continue;
        }
        for (Mention m :
            persons.parseGroup(t, rb.start(1), persons.stripModifiers(t, rb.start(1), rb.end(1)))) {
          events.add(new Event(m, r, s, meetingIndex, false));
          addPerson(m, s, 0);
        }
      }
      Matcher pr = matcherIfHolds(PRESENTS, t, from, to, words, PRESENTATION_WORDS);
      while (pr != null && pr.find()) {
        String head = t.substring(from, pr.start());
        List<Mention> ms = persons.subjectBefore(head, head.length());
        Role r =
            switch (pr.group(1)) {
              // a report on a matter is presented: 作关于个别代表的代表资格的审查报告, 作…情况的报告, a body's
              // 工作报告
              case "报告" ->
                  reportsOnAMatter(t, pr.start(), pr.start(1)) ? Role.PRESENTER : Role.SPEAKER;
              // a lecture or a speech: 作专题报告, 作立法专题辅导, 作了热情洋溢的讲话, 发表感言
              case "辅导", "宣讲", "讲话", "发言", "讲课", "感言" -> Role.SPEAKER;
              default -> Role.PRESENTER;
            };
        for (Mention m : ms) {
          events.add(
              new Event(
                  new Mention(m.name(), m.titles(), from + m.start(), from + m.end()),
                  r,
                  s,
                  meetingIndex,
                  false));
          addPerson(m, s, from);
        }
      }
      Matcher cm = matcherIfHolds(CHAIRED_BY, t, from, to, words, CHAIRED);
      java.util.Set<Integer> chairedBy = new java.util.HashSet<>();
      while (cm != null && cm.find()) {
        String inner = cm.group(1);
        chairedBy.add(cm.end(1));
        List<Mention> ms = persons.subjectBefore(inner, inner.length());
        for (Mention m : ms) {
          Mention at =
              new Mention(m.name(), m.titles(), cm.start(1) + m.start(), cm.start(1) + m.end());
          events.add(new Event(at, Role.CHAIR, s, meetingIndex, false));
          addPerson(m, s, cm.start(1));
          lastSubject = m.name();
        }
      }
      for (int j = from + 2; j < to; j++) {
        String v = lexicon.verbAt(t, j);
        if (v == null
            || chairedBy.contains(j)
            || nounBefore(t, from, j, v)
            || (t.charAt(j - 1) == '的' && v.length() == 2)) {
          continue; // 工作报告, 情况的说明: nouns
        }
        VerbClass c = Objects.requireNonNull(lexicon.verb(v)); // v is a verb of the list
        Role role =
            switch (c) {
              case CHAIR -> Role.CHAIR;
              case ATTENDEE -> Role.ATTENDEE;
              case OBSERVER -> Role.OBSERVER;
              case PRESENTER -> Role.PRESENTER;
              case SPEAKER -> Role.SPEAKER;
              default -> null;
            };
        if (role == null || passedOn(t, from, j, to)) {
          continue;
        }
        int hs = Math.max(from, j - PersonFinder.MAX_GROUP);
        String head = t.substring(hs, j);
        List<Mention> ms = shiftBack(persons.subjectBefore(head, head.length()), hs - from);
        int comma = head.lastIndexOf(',');
        if (ms.isEmpty()
            && comma > 0
            && ADVERBIAL_CLAUSE.matcher(head).region(comma + 1, head.length()).lookingAt()) {
          // "A、B等围绕主题,结合各自工作作了发言": a clause of how they did it parts them from the verb
          ms = shiftBack(persons.subjectBefore(head.substring(0, comma), comma), hs - from);
        }
        if (ms.isEmpty() && subject != null && endsWithBing(head)) {
          // "赵乐际…调研,…并(在西安)主持召开座谈会": the sentence's subject does it
          ms =
              List.of(
                  new Mention(
                      subject.name(),
                      subject.titles(),
                      subject.start() - from,
                      subject.end() - from));
        }
        if (ms.isEmpty()) {
          // "四名专家组成员主讲,分别为A、B和C": the unnamed subject is named after the verb
          Matcher named = NAMED_AFTER.matcher(t).region(j + v.length(), to);
          if (named.lookingAt()) {
            int target = created.getOrDefault(j, meetingIndex);
            int ge = named.end();
            while (ge < to && ",。;".indexOf(t.charAt(ge)) < 0) {
              ge++;
            }
            for (Mention m :
                persons.parseGroup(t, named.end(), persons.stripModifiers(t, named.end(), ge))) {
              events.add(new Event(m, role, s, target, false));
              addPerson(m, s, 0);
            }
          }
          continue;
        }
        if (role == Role.ATTENDEE
            && bingSoon(t, j + v.length(), to)
            && ALSO_SPOKE.matcher(t.substring(j + v.length(), to)).find()) {
          role = Role.SPEAKER;
        }
        int target = created.getOrDefault(j, meetingIndex);
        Integer pair = role == Role.CHAIR ? pairedBefore.get(target) : null;
        for (Mention m : ms) {
          Mention at = new Mention(m.name(), m.titles(), from + m.start(), from + m.end());
          if (pair != null) {
            events.add(new Event(at, role, s, pair, false));
          }
          events.add(new Event(at, role, s, target, false));
          addPerson(m, s, from);
          lastSubject = m.name();
        }
        j += v.length() - 1;
      }
    }

    /**
     * Whether the report of {@code [from, report)} is on a matter (关于…, …情况, 审查), not a lecture.
     */
    private static boolean reportsOnAMatter(String t, int from, int report) {
      return occursIn(t, "关于", from, report)
          || occursIn(t, "情况", from, report)
          || occursIn(t, "审查", from, report)
          || (report - 2 >= from && t.startsWith("工作", report - 2)); // 作常务委员会工作报告
    }

    /** Meetings reported held: 召开…会议, …会议在京举行, X举行首次会议, 主持…会议. */
    Map<Integer, Integer> meetings(
        Sentence s, int from, int to, List<MeetingDraft> drafts, List<Event> events) {
      Map<Integer, Integer> created = new java.util.HashMap<>();
      String t = s.text();
      for (int j = from; j < to; j++) {
        String v = lexicon.verbAt(t, j);
        if (v == null) {
          continue;
        }
        VerbClass c = lexicon.verb(v);
        if (c != VerbClass.TRIGGER && c != VerbClass.CHAIR && c != VerbClass.ATTENDEE) {
          continue;
        }
        if (v.equals("与会")
            && COLLECTIVE_SPEAKER.matcher(t.substring(j, Math.min(to, j + 4))).lookingAt()) {
          continue; // 与会人士对第十五次常委会议后…: the people at this meeting, no other one
        }
        if ((v.startsWith("收看") || v.startsWith("收听")) && j > 0 && t.charAt(j - 1) == '在') {
          continue; // 在收听收看全国…电视电话会议后,我省召开…: the meeting watched is only mentioned
        }
        int clauseStart = j;
        int floor = Math.max(from, j - PersonFinder.MAX_GROUP);
        while (clauseStart > floor && ",:;".indexOf(t.charAt(clauseStart - 1)) < 0) {
          clauseStart--;
        }
        // 同意 in the verb's own clause proposes the sitting (会议同意…于1月16日召开); a consent
        // before a comma was given (在征得…同意后,于8月7日召开了…)
        if (NOT_HELD_WORDS.holdsIn(t, floor, j)
            || occursIn(t, "同意", clauseStart, j)
            || t.startsWith("以来", j + v.length())
            || t.startsWith("建议", clauseStart)) {
          continue; // ;建议…第五次会议于1月16日召开: a sitting proposed, not one held
        }
        int after = j + v.length();
        if (after < to && t.charAt(after) == '了') {
          after++;
        }
        int ce = after;
        int ceiling = Math.min(to, after + 120);
        while (ce < ceiling && ",。;:".indexOf(t.charAt(ce)) < 0 && t.charAt(ce) != '并') {
          ce++;
        }
        String name = null;
        String organizer = null;
        int nameEnd = lastMeetingHead(t, after, ce);
        // the name ends its clause, a place word follows (…会议上, …会议期间) or the agenda does
        // (召开座谈会听取…): not 常委会第六次学习讲座
        if (nameEnd > after
            && (nameEnd == ce
                || "上中后时间期".indexOf(t.charAt(nameEnd)) >= 0
                || lexicon.agendaVerbAt(t, nameEnd)
                // 举行第八次定期大会开幕仪式: the opening of the sitting named
                || t.startsWith("开幕", nameEnd)
                || t.startsWith("闭幕", nameEnd))) {
          name = t.substring(after, nameEnd);
        }
        int close = after < ce ? closingQuote(t, after, ce) : -1;
        if (name == null
            && close > after + 2
            && lastMeetingHead(t, after + 1, close) == close
            && (close + 1 == ce || "上中后时".indexOf(t.charAt(close + 1)) >= 0)) {
          name = t.substring(after + 1, close); // 举行“苏皖两省经济社会发展座谈会”: quoted
          nameEnd = close + 1;
        }
        int subjEnd = persons.stripModifiers(t, clauseStart, j);
        String subj = t.substring(clauseStart, subjEnd).strip();
        int by = -1;
        for (int k = j - 1; c == VerbClass.CHAIR && name == null && k >= clauseStart; k--) {
          if (t.charAt(k) == '由') {
            by = k;
            break;
          }
        }
        if (by >= clauseStart) {
          // …全体会议,由委员会主席李伟农主持 / 推介会由副市长何运平主持: the meeting is what is chaired
          subj = t.substring(clauseStart, by).strip();
        }
        // 连江县政府第11次主管周报,县长王忠铭主持: the clause before is what is chaired
        boolean chairedAfter =
            c == VerbClass.CHAIR
                && name == null
                && by < 0
                && ce == after
                && clauseStart - 1 > from
                && t.charAt(clauseStart - 1) == ',';
        if (((c == VerbClass.TRIGGER && ce == after) || by >= clauseStart || chairedAfter)
            && name == null) {
          // …会议25日至26日在京召开 / …会议,下午3时于…召开: the verb ends its clause (not
          // 会议进行了分组讨论, whose verb has an object of its own)
          String cand = chairedAfter ? "" : subj;
          if (cand.isEmpty() && clauseStart - 1 > from) {
            int pe = clauseStart - 1;
            int ps = pe;
            while (ps > from && ",:;".indexOf(t.charAt(ps - 1)) < 0) {
              ps--;
            }
            cand = t.substring(ps, pe).strip();
          }
          cand = THEME.matcher(cand).replaceFirst("");
          cand = AGENDA_DONE.matcher(cand).replaceFirst(""); // …第二次会议圆满完成各项议程,胜利闭幕
          // 皮台田主持并宣布会议开幕: the name stands after the last verb of what a person does
          for (int k = cand.length() - 2; k > 0; k--) {
            String v2 = cand.startsWith("宣布", k) ? "宣布" : lexicon.verbAt(cand, k);
            VerbClass vc = v2 == null || v2.equals("宣布") ? null : lexicon.verb(v2);
            if ("宣布".equals(v2)
                || vc == VerbClass.CHAIR
                || vc == VerbClass.ATTENDEE
                || vc == VerbClass.TRIGGER) { // 委员会召开全体会议,主任张三主持
              String rest = cand.substring(k + Objects.requireNonNull(v2).length());
              if (!rest.isEmpty() && lastMeetingHead(rest, 0, rest.length()) == rest.length()) {
                cand = rest;
              }
              break;
            }
          }
          int e = lastMeetingHead(cand, 0, cand.length());
          if (e == cand.length() && e > 0) {
            name = cand;
          }
          subj = "";
        }
        if (name == null) {
          continue;
        }
        String bare = stripOrdinal(name);
        // 开、闭幕会: the sittings of a session, the kinds listed with a 、 between
        boolean generic =
            lexicon.isGenericMeeting(bare.indexOf('、') < 0 ? bare : bare.replace("、", ""));
        List<Mention> subjects =
            subj.isEmpty() ? List.of() : persons.subjectBefore(subj, subj.length());
        List<Mention> people = subjects;
        // …率领的代表团来江苏考察,并在南京举行…座谈会: the sentence's people hold it
        boolean goesOn =
            subj.isEmpty() && clauseStart > s.start() && t.startsWith("并", clauseStart);
        if (c == VerbClass.TRIGGER && (!subj.isEmpty() || goesOn)) {
          // 行政长官李家超率领…,与上海市市长龚正率领的…代表团…举行: titled people before the verb;
          // a bare name is no subject of 举行 ("并成功举办…")
          int scanFrom = Math.max(s.start(), clauseStart - PersonFinder.MAX_GROUP);
          List<Mention> titled =
              new ArrayList<>(shift(persons.scan(t.substring(scanFrom, clauseStart)), scanFrom));
          for (Mention m : shift(people, clauseStart)) {
            if (!m.titles().isEmpty()) {
              titled.add(m);
            }
          }
          if (titled.isEmpty() && people.isEmpty()) {
            titled.addAll(shift(persons.scan(subj), clauseStart));
          }
          people = titled;
        } else {
          people = shift(people, clauseStart);
        }
        if (people.isEmpty() && !subj.isEmpty() && c == VerbClass.TRIGGER && subjects.isEmpty()) {
          // 9月12日 毕节市人大常委会召开…: a digest item's day is no part of the body
          Matcher day = DateContext.DATE.matcher(subj);
          String body = day.lookingAt() ? subj.substring(day.end()).strip() : subj;
          organizer = SESSION_PREFIX.matcher(body).replaceFirst("");
          // 中共中央政治局常委会昨召开会议, …常务委员会八日全天召开: the day is the date's
          organizer = TRAILING_DAY.matcher(organizer).replaceFirst("");
          organizer = organizer.substring(organizer.lastIndexOf('】') + 1); // 【专访】…: a label
        }
        if (organizer != null && !plausibleOrganizer(organizer)) {
          organizer = null;
        }
        if (generic && organizer == null && drafts.isEmpty()) {
          // 李强出席会议并讲话 under the headline 国务院召开全国…电视电话会议: the headline names it
          String full = headlineName(name);
          generic = full.equals(name);
          name = full;
        }
        if (generic && organizer == null && !drafts.isEmpty() && !otherDay(s, drafts)) {
          // 出席会议, 举行第一次全体会议, 举行闭幕会: a sitting of the meeting already reported
          created.put(j, reported(drafts));
          continue;
        }
        if (generic && organizer == null && !v.endsWith("召开") && c != VerbClass.TRIGGER) {
          continue;
        }
        int about = Math.min(nameEnd < 0 ? after : nameEnd, t.length());
        // ABOUT_MEETING opens with 的 or 之: the rest of the paragraph is copied only then
        if ((about < t.length()
                && (t.charAt(about) == '的' || t.charAt(about) == '之')
                && ABOUT_MEETING.matcher(t.substring(about)).find())
            || (nameEnd > 0 && spiritAfter(t, nameEnd))) {
          continue; // 在主持…集体学习时的重要讲话精神: a speech given at it before
        }
        if (organizer != null
            && !name.startsWith(organizer)
            // 中西区区议会召开新一届任期首次大会, 台中市议会举行第2届成立大会: a sitting named by
            // its term only
            && (generic || lexicon.isOrgan(organizer) || TERM_FIRST.matcher(name).lookingAt())) {
          name = organizer + (name.startsWith("首次") ? name.substring(2) : name);
        }
        if (c == VerbClass.TRIGGER) {
          for (Mention m : people) {
            events.add(new Event(m, Role.ATTENDEE, s, drafts.size(), false));
            lastSubject = m.name();
          }
        }
        name = headlineName(name);
        int and = Math.max(name.indexOf('和'), name.indexOf('及'));
        if (and > 1
            && lexicon.meetingHeadEndingAt(name, and) > 0
            && plausibleName(name.substring(0, and))
            && plausibleName(name.substring(and + 1))
            && lastMeetingHead(name, and + 1, name.length()) == name.length()) {
          // 主持召开县政府党组会议和县政府常务会议: two meetings, one after the other, one chair
          String first = name.substring(0, and);
          int a = draft(s, first, organizer, clauseStart, j, ce, drafts, false);
          name = name.substring(and + 1);
          String body = organOf(first);
          if (body != null && lexicon.isGenericMeeting(stripOrdinal(name))) {
            name = body + name; // 省政府党组会议和常务会议: the second is the 省政府's too
          }
          if (plausibleName(name)) {
            int b = draft(s, name, organizer, clauseStart, j, ce, drafts, false);
            if (b != a) {
              pairedBefore.put(b, a);
            }
          }
        }
        if (!plausibleName(name)) {
          continue;
        }
        created.put(j, draft(s, name, organizer, clauseStart, j, ce, drafts, false));
        j = ce;
      }
      meetingsSpokenAt(s, from, to, drafts, created);
      return created;
    }

    /**
     * 王强在全省安全生产工作会议上强调, 在随后召开的座谈会上, 在立法会会议回答…时, 于行政会议上: a meeting named as the place where someone
     * speaks (not 在…会议上的讲话精神, a speech given before).
     */
    private void meetingsSpokenAt(
        Sentence s, int from, int to, List<MeetingDraft> drafts, Map<Integer, Integer> created) {
      String t = s.text();
      for (int k = from; k < to; k++) {
        char at = t.charAt(k);
        // 于行政会议上表示 (Hong Kong): 于 as 在, not 关于, 对于, 由于, 至于
        boolean yu = at == '于' && k > 0 && "关对由属位等终至基鉴".indexOf(t.charAt(k - 1)) < 0;
        if (at != '在' && !yu) {
          continue; // not indexOf: it would search the paragraph past this sentence
        }
        int limit = Math.min(to, k + 1 + MAX_SPOKEN_AT);
        // 、 may stand inside the name: 在各民主党派、全国工商联负责人和无党派人士座谈会上
        for (int h = k + 3; h <= limit && ",。;:".indexOf(t.charAt(h - 1)) < 0; h++) {
          if (lexicon.meetingHeadEndingAt(t, h) == 0 || !spokenAfter(t, h)) {
            continue;
          }
          String name = t.substring(k + 1, h).strip();
          int held = Math.max(name.lastIndexOf("召开的"), name.lastIndexOf("举行的"));
          if (held >= 0) {
            name = name.substring(held + 3); // 在随后召开的座谈会上
          }
          if (lexicon.isGenericMeeting(stripOrdinal(name))) {
            if (!drafts.isEmpty()) {
              break; // 在会议上: the meeting already reported
            }
            name = headlineName(name);
          }
          if (!name.equals("会议")
              && plausibleName(name)
              && lastMeetingHead(name, 0, name.length()) == name.length()) {
            created.put(k, draft(s, name, null, k, k, h, drafts, !drafts.isEmpty()));
          }
          break;
        }
      }
    }

    /** What may follow a meeting where someone speaks: 上, 期间, or a verb (回答, 听取, 讲话). */
    private boolean spokenAfter(String t, int h) {
      if (h >= t.length()) {
        return false;
      }
      if (t.startsWith("上的", h) || spiritAfter(t, h)) {
        return false; // 在…会议上重要讲话精神: a speech given before, passed on now
      }
      return t.charAt(h) == '上'
          || t.startsWith("期间", h)
          || t.startsWith("回答", h)
          || lexicon.agendaVerbAt(t, h)
          || (lexicon.verbAt(t, h) != null
              && lexicon.verb(Objects.requireNonNull(lexicon.verbAt(t, h))) != VerbClass.TRIGGER);
    }

    /** Whether 精神 follows within a few characters of the clause: 上重要讲话精神, 上讲话精神. */
    private static boolean spiritAfter(String t, int h) {
      for (int k = h; k < Math.min(t.length() - 1, h + 8); k++) {
        char c = t.charAt(k);
        if (c == ',' || c == '。' || c == ';') {
          return false;
        }
        if (c == '精' && t.charAt(k + 1) == '神') {
          return true;
        }
      }
      return false;
    }

    /** The meeting a later 出席会议 or 会上 refers to: the last reported, not one mentioned aside. */
    private int reported(List<MeetingDraft> drafts) {
      for (int k = drafts.size() - 1; k >= 0; k--) {
        if (!drafts.get(k).aside) {
          return k;
        }
      }
      return drafts.size() - 1;
    }

    /** The draft of meeting {@code name} (told at {@code verb} of its clause), added or found. */
    private int draft(
        Sentence s,
        String name,
        @Nullable String organizer,
        int clauseStart,
        int verb,
        int clauseEnd,
        List<MeetingDraft> drafts,
        boolean aside) {
      String t = s.text();
      int at = s.para().span(s.start(), s.end()).start();
      DateContext dates = datesAt(at);
      DateContext.Found when = dates.last(t, s.start(), verb);
      if (when == null) {
        when = dates.first(t, verb, clauseEnd);
      }
      Optional<PartialDate> date = when == null ? Optional.empty() : when.date();
      while (!name.isEmpty() && (Block.isBullet(name.charAt(0)) || name.charAt(0) == ' ')) {
        name = name.substring(1); // ●全区…会议召开: the bullet opens the item, not the name
      }
      Matcher dated = DateContext.DATE.matcher(name);
      if (dated.lookingAt() && dated.group(3) != null) {
        name = name.substring(dated.end()).strip(); // 9月21日全省…研讨会召开: the item's day
      }
      Matcher day = ITEM_DAY.matcher(name);
      if (day.lookingAt()) {
        name = name.substring(day.end()); // 6日 做好…推进会召开: the day is the item's, not the name's
      }
      // a digest's item: 6日 …, 二日 …, 同日 / △ (the day of the item before, whether or not that
      // item was a meeting)
      Integer itemDay = itemDays.get(s.para().span().start());
      if (itemDay != null && (date.isEmpty() || day.lookingAt())) {
        date = Optional.of(dates.date(0, 0, itemDay));
      } else if (day.lookingAt() && day.group(1) == null && !drafts.isEmpty()) {
        date = drafts.get(drafts.size() - 1).date;
      }
      MeetingDraft d =
          new MeetingDraft(
              HAN_SPACE.matcher(name).replaceAll(""),
              organizer != null ? organizer : organOf(name),
              ordinal(
                  HAN_SPACE.matcher(name).replaceAll(""),
                  t.substring(clauseStart, clauseEnd),
                  headlineOrdinal(name)),
              date,
              s.para().span(s.start(), s.end()),
              s,
              aside);
      for (int k = drafts.size() - 1; k >= 0; k--) {
        MeetingDraft e = drafts.get(k);
        if (d.date.isPresent() && e.date.isPresent() && !d.date.equals(e.date)) {
          continue; // 23日 and 29日 县政府党组会议: two sittings of one body
        }
        if (d.name.contains(e.name)
            && d.name.length() > e.name.length()
            && lexicon.isGenericMeeting(stripOrdinal(e.name))) {
          // 召开座谈会 …。在企业家座谈会上…: the same sitting, now named
          drafts.set(
              k, new MeetingDraft(d.name, e.organizer, e.ordinal, e.date, e.span, e.told, e.aside));
          return k;
        }
        if (e.name.contains(d.name) || d.name.contains(e.name)) {
          return k;
        }
      }
      if (!drafts.isEmpty() && SITTING.matcher(d.name).matches()) {
        return reported(drafts); // 张光荣主持闭幕会议: a sitting of the session reported
      }
      drafts.add(d);
      return drafts.size() - 1;
    }

    /**
     * The dates as known at input offset {@code at}: under a digest's month heading (2月,
     * (2011年6月)), that month and its year (or the article's year, the one before for a December
     * digest read in January); elsewhere the article's.
     */
    private DateContext datesAt(int at) {
      Map.Entry<Integer, int[]> heading = monthHeadings.floorEntry(at);
      if (heading == null) {
        return dates;
      }
      int mo = heading.getValue()[1];
      int y = heading.getValue()[0];
      return new DateContext(y != 0 ? y : dates.date(0, mo, 1).year().orElse(0), mo, 0);
    }

    /** Where the quote opening at {@code open} (“, 「) closes before {@code end}, or -1. */
    private static int closingQuote(String t, int open, int end) {
      char o = t.charAt(open);
      char c = o == '“' ? '”' : o == '「' ? '」' : o == '『' ? '』' : 0;
      if (c == 0) {
        return -1;
      }
      for (int k = open + 1; k < end; k++) {
        if (t.charAt(k) == c) {
          return k;
        }
      }
      return -1;
    }

    /** An organizer is a body: no verb, digit or clause inside (not "会议同意明年1月9日至11日"). */
    private boolean plausibleOrganizer(String o) {
      if (o.length() > 40 || o.endsWith("后") || o.endsWith("时") || o.endsWith("中")) {
        return false;
      }
      if (COLLECTIVE_SPEAKER.matcher(o).matches() || o.equals("两地") || o.equals("三方")) {
        return false; // 双方并举行工作会议: the parties, not a body that names the meeting
      }
      for (int i = 0; i < o.length(); i++) {
        char ch = o.charAt(i);
        if (Character.isDigit(ch) && !o.startsWith("第", Math.max(0, i - 1))) {
          return false;
        }
        if (ch == '于' || ch == '在' || ch == ',' || ch == '、' || lexicon.verbAt(o, i) != null) {
          return false;
        }
      }
      return true;
    }

    /**
     * The ordinal the headline writes right before the name the body gives (区政府召开第2次区长办公会议, then
     * 主持召开区长办公会议).
     */
    private OptionalInt headlineOrdinal(String name) {
      for (Block b : layout.headline()) {
        String h = b.text().text();
        int k = h.indexOf(name);
        if (k > 0) {
          Matcher m = ORDINAL_BEFORE.matcher(h).region(0, k);
          if (m.find()) {
            return ChineseNumber.parse(m.group(1));
          }
        }
      }
      return OptionalInt.empty();
    }

    /** A generic name in the body (座谈会) takes the fuller one of the headline. */
    private String headlineName(String name) {
      String bare = stripOrdinal(name);
      if (!lexicon.isGenericMeeting(bare)) {
        return name;
      }
      for (Block b : layout.headline()) {
        String h = b.text().text();
        for (int k = h.indexOf(bare); k > 0; k = h.indexOf(bare, k + 1)) {
          int st = k;
          while (st > 0
              && (Character.isIdeographic(h.charAt(st - 1))
                  || "、“”\"".indexOf(h.charAt(st - 1)) >= 0)
              && !verbEndsAt(h, st)
              && h.charAt(st - 1) != '在') {
            st--;
          }
          // 召开|…会议, or 在|…会议上 (李强在全国安全生产电视电话会议上强调)
          if (st < k && (verbEndsAt(h, st) || (st > 0 && h.charAt(st - 1) == '在'))) {
            return h.substring(st, k + bare.length());
          }
        }
      }
      return name;
    }

    private boolean verbEndsAt(String h, int end) {
      for (int len = 2; len <= 4 && len <= end; len++) {
        VerbClass c = lexicon.verb(h.substring(end - len, end));
        if (c == VerbClass.TRIGGER || c == VerbClass.CHAIR || c == VerbClass.ATTENDEE) {
          return true;
        }
      }
      return false;
    }

    /** Mentions found in a window that starts {@code offset} after the region they belong to. */
    private List<Mention> shiftBack(List<Mention> ms, int offset) {
      return offset == 0 ? ms : shift(ms, offset);
    }

    private List<Mention> shift(List<Mention> ms, int offset) {
      List<Mention> out = new ArrayList<>(ms.size());
      for (Mention m : ms) {
        out.add(new Mention(m.name(), m.titles(), m.start() + offset, m.end() + offset));
      }
      return out;
    }

    /** Not a list of meeting kinds (党委全体会议或…扩大会议, 开幕会和闭幕会) nor a fragment. */
    private boolean plausibleName(String name) {
      if (name.length() < 2
          || QUANTIFIED.matcher(name).lookingAt()
          || "和及与的或".indexOf(name.charAt(0)) >= 0
          || (name.charAt(0) == '会' && "和及与或、".indexOf(name.charAt(1)) >= 0)) {
        return false; // 会和闭幕会 is the tail of 开幕会和闭幕会; 会展业发展委员会… is a name
      }
      int or = Math.max(name.indexOf('或'), Math.max(name.indexOf('和'), name.indexOf('及')));
      return or < 0 || lexicon.meetingHeadEndingAt(name, or) == 0;
    }

    private int lastMeetingHead(String t, int from, int to) {
      for (int e = to; e > from + 1; e--) {
        int len = lexicon.meetingHeadEndingAt(t, e);
        if (len > 0 && len <= e - from) {
          return e;
        }
      }
      return -1;
    }

    private String stripOrdinal(String name) {
      // the pattern matches only the empty string at a name that opens with none of its words
      if (name.isEmpty() || ORDINAL_PREFIX_STARTS.indexOf(name.charAt(0)) < 0) {
        return name;
      }
      return ORDINAL_PREFIX.matcher(name).replaceFirst("");
    }

    private @Nullable String organOf(String name) {
      for (int len = Math.min(name.length() - 1, 12); len >= 2; len--) {
        if (lexicon.isOrgan(name.substring(0, len))) {
          return name.substring(0, len);
        }
      }
      return null;
    }

    /**
     * The meeting's ordinal: 第五次, then 十二届五次全会, then 首次 (a first sitting of a body that has 届:
     * 第二届…组委会首次会议 is 1), then 第N届 alone, then a bare 5次.
     */
    private OptionalInt ordinal(String name, String clause, OptionalInt inHeadline) {
      int joint = name.indexOf('暨');
      if (joint > 0) {
        // 第834次县务会议暨103年第2次主管工作会报: the sitting named first, as the name is its
        OptionalInt first = ordinal(name.substring(0, joint), clause, inHeadline);
        if (first.isPresent()) {
          return first;
        }
      }
      OptionalInt n = lastNumber(ORDINAL_CI, '次', name);
      if (n.isEmpty()) {
        n = inHeadline;
      }
      if (n.isEmpty()) {
        n = lastNumber(ORDINAL_PLENUM, '届', name);
      }
      if (n.isEmpty() && (name.contains("首次") || clause.contains("首次会议"))) {
        n = OptionalInt.of(1);
      }
      if (n.isEmpty()) {
        n = lastNumber(ORDINAL_JIE, '届', name);
      }
      if (n.isEmpty()) {
        n = lastNumber(ORDINAL_BARE, '次', name);
      }
      return n;
    }

    /** The last number {@code p} finds in {@code name}; every match holds {@code needed}. */
    private static OptionalInt lastNumber(Pattern p, char needed, String name) {
      if (name.indexOf(needed) < 0) {
        return OptionalInt.empty(); // most names: no matcher built
      }
      Matcher m = p.matcher(name);
      String last = null;
      while (m.find()) {
        last = m.group(1);
      }
      return last == null ? OptionalInt.empty() : ChineseNumber.parse(last);
    }
  }

  /** What one run of sentences yields. */
  private static final class Extraction {
    final List<Meeting> meetings = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();
  }

  /** A statement opening. */
  private static final class Opening {
    final @Nullable String speaker;
    final String verb;
    final boolean person;
    final List<String> titles;
    final int nameStart;
    final int nameEnd;
    int contentStart;

    /** The subject is omitted: "…,要求…". */
    boolean implicit;

    /** A comma, colon or quote follows the verb (林武强调,), not the demand itself (要求各地…). */
    boolean punctuated;

    /** False for a document quoted (报告说): no directive is recorded. */
    boolean recorded = true;

    /** Nothing follows the verb and its colon or dash: the next paragraph is what is said. */
    boolean ahead;

    Opening(
        @Nullable String speaker,
        String verb,
        boolean person,
        List<String> titles,
        int nameStart,
        int nameEnd) {
      this.speaker = speaker;
      this.verb = verb;
      this.person = person;
      this.titles = titles;
      this.nameStart = nameStart;
      this.nameEnd = nameEnd;
    }
  }

  /** A day written between an organ and its verb (昨, 今日, 今(5)日, 八日全天, 13日下午). */
  private static final Pattern TRAILING_DAY =
      Pattern.compile(
          "(?:[今昨前][日天]?|[今昨]\\([0-9]{1,2}\\)日|[0-9一二三四五六七八九十]{1,3}日)" + "(?:上午|下午|晚上|晚间|全天)?$");

  /** A sitting's name that opens with its term (新一届…, 第2届…, 本届…). */
  private static final Pattern TERM_FIRST = Pattern.compile("新一届|本届|第[0-9一二三四五六七八九十]{1,3}届");

  /** What parts a headline's clauses: spaces and punctuation. */
  private static final java.util.Set<Character> HEADLINE_BREAK =
      java.util.Set.of(' ', ',', ':', ';', '!', '?', '。', '、', '“', '”', '—');

  /** {@link Event#meeting} of people in a bulleted item that reported no meeting. */
  private static final int NO_MEETING = -2;

  /**
   * A person doing something at a meeting.
   *
   * @param mention the person, positions in the paragraph text
   * @param role what the person does
   * @param sentence where
   * @param meeting the index of the meeting reported last before it, -1 for none yet, {@link
   *     #NO_MEETING} for none at all
   * @param fromSpeech whether it comes from a statement opening only
   */
  private record Event(
      Mention mention, Role role, Sentence sentence, int meeting, boolean fromSpeech) {}

  /** A person's first titled mention: its offset in the input and its titles. */
  private record Introduction(int at, List<String> titles) {}

  /** A meeting found, before its attendees are gathered. */
  private final class MeetingDraft {
    final String name;
    final @Nullable String organizer;
    final OptionalInt ordinal;
    final Optional<PartialDate> date;
    final Span span;

    /** The sentence that names the meeting. */
    final Sentence told;

    /** Named only as where someone spoke, after another meeting was reported (在…会议上要求). */
    final boolean aside;

    MeetingDraft(
        String name,
        @Nullable String organizer,
        OptionalInt ordinal,
        Optional<PartialDate> date,
        Span span,
        Sentence told,
        boolean aside) {
      this.name = name;
      this.organizer = organizer;
      this.ordinal = ordinal;
      this.date = date;
      this.span = span;
      this.told = told;
      this.aside = aside;
    }

    /** This draft held on {@code day}: the date field of minutes, read after the draft. */
    MeetingDraft heldOn(PartialDate day) {
      return new MeetingDraft(name, organizer, ordinal, Optional.of(day), span, told, aside);
    }

    /**
     * What tells of this meeting: the sentences from the one that names it to the one that names
     * the next, and those of its people's events elsewhere.
     */
    private String toldOf(
        List<Event> events,
        List<MeetingDraft> drafts,
        List<Sentence> ss,
        Map<Sentence, Integer> order,
        int index) {
      int from = order.getOrDefault(told, 0);
      int to = ss.size();
      for (MeetingDraft d : drafts) {
        int k = order.getOrDefault(d.told, -1);
        if (k > from && k < to) {
          to = k;
        }
      }
      StringBuilder sb = new StringBuilder();
      for (Sentence at : ss.subList(from, to)) {
        sb.append(at.text(), at.start(), at.end());
      }
      for (Event e : events) {
        int k = e.meeting() == index ? order.getOrDefault(e.sentence(), from) : from;
        if (k < from || k >= to) {
          Sentence at = e.sentence();
          sb.append(at.text(), at.start(), at.end());
        }
      }
      return sb.toString();
    }

    Meeting build(
        List<Event> events,
        List<MeetingDraft> drafts,
        String text,
        List<Sentence> ss,
        Map<Sentence, Integer> order,
        Run run) {
      int index = drafts.indexOf(this);
      Map<String, Attendee> byName = new LinkedHashMap<>();
      boolean onScreen = false;
      for (Event e : events) {
        int target = Math.max(0, e.meeting());
        if (target != index || e.meeting() == NO_MEETING) {
          continue;
        }
        // 副县长X在分会场收听收看: its people followed the sitting on screen
        Sentence at = e.sentence();
        onScreen |=
            occursIn(at.text(), "收听收看", at.start(), at.end() - 3)
                || occursIn(at.text(), "收看收听", at.start(), at.end() - 3);
        Mention m = e.mention();
        Span span = e.sentence().para().span(m.start(), m.end());
        if (!at.text().startsWith(m.name(), m.start())) {
          // 她指出: a pronoun stands for the person; the record quotes where the name was given
          Person named = run.people.get(m.name());
          if (named == null) {
            continue;
          }
          span = named.span();
          m = new Mention(m.name(), named.titles(), m.start(), m.end());
        }
        Attendee prev = byName.get(m.name());
        // a bare name (李强主持召开座谈会) takes the titles the article gave the person elsewhere
        List<String> own =
            m.titles().isEmpty() ? run.titlesBefore(m.name(), span.start()) : m.titles();
        if (prev == null) {
          byName.put(m.name(), new Attendee(m.name(), own, e.role(), span, run.postsOf(own)));
        } else {
          Role role = rank(e.role()) < rank(prev.role()) ? e.role() : prev.role();
          // a list's shared 市县领导 gives way to the person's own title (副市长何运平主持)
          List<String> titles =
              prev.titles().isEmpty() || (isGroupTitle(prev.titles()) && !own.isEmpty())
                  ? own
                  : prev.titles();
          byName.put(
              m.name(), new Attendee(prev.name(), titles, role, prev.span(), run.postsOf(titles)));
        }
      }
      List<Attendee> attendees = List.copyOf(byName.values());
      Optional<String> chair =
          attendees.stream().filter(a -> a.role() == Role.CHAIR).map(Attendee::name).findFirst();
      // the regexes run only where their literal words stand: they are slow over long text
      Optional<MeetingFormat> format = Optional.empty();
      // of a page of several meetings, only what tells of this one says how it sat (a digest's
      // 会议以视频形式召开 is one item's)
      String scope = drafts.size() == 1 ? text : toldOf(events, drafts, ss, order, index);
      boolean video = VIDEO_WORDS.holdsIn(scope, 0, scope.length());
      if (name.contains("视频")
          || name.contains("电视电话")
          || name.contains("电视会议")
          || name.contains("视像")
          || (video && findsIn(VIDEO_FORMAT, VIDEO_FORMAT_STARTS, scope))
          || onScreen
          || scope.contains("电视电话会形式")) {
        format = Optional.of(MeetingFormat.VIDEO);
      } else if (scope.contains("现场") && IN_PERSON_FORMAT.matcher(scope).find()) {
        format = Optional.of(MeetingFormat.IN_PERSON);
      }
      Venues venues = Venues.none();
      if (index == 0 && (text.contains("主会场") || text.contains("分会场"))) {
        Matcher after = MAIN_VENUE_AFTER.matcher(text);
        Optional<String> main;
        if (after.find()) {
          main = Optional.of(after.group(1).strip());
        } else {
          Matcher mm = nearWord(MAIN_VENUE, text, "主会场", 23);
          main =
              mm != null
                  ? Optional.of(
                      (mm.group(1) != null ? mm.group(1) : mm.group(2))
                          .replaceFirst("^在", "")
                          .strip())
                  : Optional.empty();
        }
        List<String> branches = new ArrayList<>();
        Matcher bm = nearWord(BRANCH_VENUE, text, "分会场", 33);
        if (bm != null) {
          for (String b : outsideBrackets(bm.group(1).replaceFirst("^在", ""))) {
            String x = b.replaceFirst("(?:等地|等)$", "").strip();
            if (!x.isEmpty()) {
              branches.add(x);
            }
          }
        }
        venues = new Venues(main, branches);
      }
      Optional<org.govnews.model.Place> organizerPlace = Optional.empty();
      if (organizer != null) {
        int len = places.placePrefixLength(organizer);
        organizerPlace =
            len > 0
                ? places.resolve(organizer.substring(0, len), run.anchors)
                : places.ofLevelWord(organizer, run.anchors);
      }
      return new Meeting(
          name,
          ordinal,
          date,
          format,
          Optional.ofNullable(organizer),
          chair,
          venues,
          attendees,
          span,
          organizerPlace);
    }
  }

  /**
   * A matcher of {@code p} over {@code [from, to)} of {@code t}, or null when none of the words of
   * group {@code needed} of {@link #ROLE_WORDS} (every match of {@code p} holds one) stands there,
   * as {@code present} (its groups found in the range) tells: most sentences hold none, and looking
   * for the words costs much less than a matcher and its search.
   */
  private static @Nullable Matcher matcherIfHolds(
      Pattern p, String t, int from, int to, int present, int needed) {
    return (present & needed) != 0 ? p.matcher(t).region(from, to) : null;
  }

  /**
   * {@code s.indexOf(word)} where that is at most {@code max}, else -1: the first occurrence, found
   * without searching past {@code max} (the paragraph after it cannot hold what is asked about).
   */
  private static int firstWithin(String s, String word, int max) {
    for (int k = 0; k <= max && k + word.length() <= s.length(); k++) {
      if (s.startsWith(word, k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether {@code t[from, to)} holds a char that opens one of {@link #BUREAU}'s heads (局, 署, 处,
   * 办公室, 委员会, 公署): a match of the pattern from {@code from - 2} needs one, and most sentences open
   * with none, which spares them the pattern's backtracking over sixteen chars.
   */
  private static boolean bureauHeadIn(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (BUREAU_HEAD_STARTS.indexOf(t.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final String BUREAU_HEAD_STARTS = "局署处办委公";

  private static final FirstChars COLLECTIVE_SPEAKER_STARTS = new FirstChars(COLLECTIVE_SPEAKER);

  /**
   * Whether 并 stands in the first 31 chars of {@code t[from, to)} before any of ,。;: a match of
   * {@link #ALSO_SPOKE} there needs one, and most verbs have none after them.
   */
  private static boolean bingSoon(String t, int from, int to) {
    for (int k = from; k < Math.min(to, from + 31); k++) {
      char c = t.charAt(k);
      if (c == '并') {
        return true;
      }
      if (c == ',' || c == '。' || c == ';') {
        return false;
      }
    }
    return false;
  }

  private static final FirstChars CONTINUATION_STARTS = new FirstChars(CONTINUATION);

  /**
   * Whether {@code t[from, to)}, white space stripped, opens with a {@link #CONTINUATION}: the
   * sentence is copied for the pattern only when its first char can open one.
   */
  private static boolean continues(String t, int from, int to) {
    int k = from;
    while (k < to && Character.isWhitespace(t.charAt(k))) {
      k++;
    }
    return k < to
        && CONTINUATION_STARTS.mayStart(t.charAt(k))
        && CONTINUATION.matcher(t.substring(from, to).stripLeading()).find();
  }

  /** Whether {@code c} opens with a first char of {@link #COLLECTIVE_SPEAKER}'s words. */
  private static boolean mayBeCollectiveSpeaker(String c) {
    return !c.isEmpty() && COLLECTIVE_SPEAKER_STARTS.mayStart(c.charAt(0));
  }

  /**
   * Whether {@code c} ends with a last char of {@link #ORGANIZATION_SPEAKER}'s forms (政府, 当局, 中方,
   * 发言人, and {@link #BUREAU}'s heads 局, 署, 处, 办公室, 委员会): a whole match must.
   */
  private static boolean mayBeOrganizationSpeaker(String c) {
    return !c.isEmpty() && "府局方人署处室会".indexOf(c.charAt(c.length() - 1)) >= 0;
  }

  /**
   * {@code p.matcher(t).find()} for a pattern without anchors or lookaround: tried only at the
   * positions whose char may start a match ({@code starts}, worked out from {@code p}), where
   * {@code find()} tries every position, all its alternatives at each, over a whole article.
   */
  private static boolean findsIn(Pattern p, FirstChars starts, String t) {
    Matcher m = null;
    for (int k = 0; k < t.length(); k++) {
      if (starts.mayStart(t.charAt(k))) {
        if (m == null) {
          m = p.matcher(t);
        }
        if (m.region(k, t.length()).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the connector {@code c} opens with (另外, 会上) ends; 0 if none. */
  private static int leadConnectorEnd(String c) {
    if (c.isEmpty() || !LEAD_CONNECTOR_STARTS.mayStart(c.charAt(0))) {
      return 0; // most clauses: no matcher needed
    }
    Matcher lead = LEAD_CONNECTOR.matcher(c);
    return lead.find() ? lead.end() : 0;
  }

  /** Whether {@code word} starts in {@code t} at or after {@code from} and before {@code to}. */
  private static boolean occursIn(String t, String word, int from, int to) {
    char first = word.charAt(0);
    for (int k = Math.max(0, from); k < to; k++) {
      // the char test first: startsWith at every position cost more than the pattern it saves
      if (t.charAt(k) == first && t.startsWith(word, k)) {
        return true;
      }
    }
    return false;
  }

  /** The parts of a list of places split at 和、及 outside brackets (各市、县(市、区)). */
  private static List<String> outsideBrackets(String list) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == '、' || c == '和' || c == '及')) {
        parts.add(list.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(list.substring(from));
    return parts;
  }

  /**
   * The first match of {@code p} that ends at an occurrence of {@code word} and starts at most
   * {@code reach} characters before it: the pattern runs only around its literal word, not over the
   * whole text.
   */
  private static @Nullable Matcher nearWord(Pattern p, String text, String word, int reach) {
    Matcher m = p.matcher(text);
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      m.region(Math.max(0, at - reach), at + word.length());
      if (m.find()) {
        return m;
      }
    }
    return null;
  }

  /** Titles that only place a person in a group of leaders: 市领导, 黄石市县领导. */
  private static boolean isGroupTitle(List<String> titles) {
    return titles.stream().allMatch(t -> t.endsWith("领导"));
  }

  private static int rank(Role r) {
    return switch (r) {
      case CHAIR -> 0;
      case SPEAKER -> 1;
      case PRESENTER -> 2;
      case OBSERVER -> 3;
      case ATTENDEE -> 4;
    };
  }
}
