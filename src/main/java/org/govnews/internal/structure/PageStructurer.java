package org.govnews.internal.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govnews.internal.lexicon.Gazetteer;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.internal.normalize.MappedText;
import org.govnews.internal.segment.ParagraphSegmenter;
import org.govnews.model.Byline;

/**
 * Finds the articles of a page and the parts of each: the headline stack, the byline, body
 * paragraphs, roundup items under headings, credits and page furniture. A page holds a new article
 * where a run of headings follows running text and is itself followed by a byline or by a place
 * heading (the sample page: a meeting report, then a roundup headed 贯彻落实“四个走在前列”要求…). Thread-safe.
 */
public final class PageStructurer {

  private static final Pattern META =
      Pattern.compile(
          "^(?:来源于|来源|原标题|发布日期|发布时间|时间|作者|日期|稿源|信息来源|字号|分享到|打印|关闭窗口|"
              + "【字体|浏览次数|点击数|点击进入|上一篇|下一篇|返回顶部|关键词|关键字)\\s*[:：>]?"
              + "|^\\d{4}[-年/]\\d{1,2}[-月/]\\d{1,2}日?\\s*\\d{1,2}:\\d{2}"
              + "|^(?:【\\d{1,3}】)+$|^\\[\\d{1,3}\\]"
              // the foot of a Hong Kong release: 2019年5月30日(星期四) / 香港时间15时35分; a rule of stars
              + "|^\\d{4}年\\d{1,2}月\\d{1,2}日\\s*(?:\\(星期.\\))?$|^(?:香港|澳门|北京)时间\\s*\\d{1,2}[时:]\\d{1,2}分?$"
              + "|^[*＊=＝_\\-—~]{3,}$");
  private static final Pattern CAPTION =
      Pattern.compile(
          "^(?:图为|图片为|图:|上图|下图|左图|右图|\\(图)|摄\\)$|摄$|\\(图[0-9一二三四五六七八九十]{0,3}\\)$"
              + "|^[^,。]{2,30}?\\((?:左|右|中|前排左|前排右|后排左|后排右)[一二三四五六七八九十]?\\)");

  private static final Pattern SOURCE_LINE =
      Pattern.compile("(?:来源于|来源|稿源|信息来源)\\s*[:：]\\s*([^\\s]{2,30}?)(?=\\s|责编|编辑|作者|$|[|｜])");

  private static final Pattern SOURCE_CREDIT =
      Pattern.compile(
          "\\(\\s*(?:时政|文章|稿件)?(?:来源|稿源|来源于)\\s*[:：]\\s*((?:(?!记者|通讯员)[^()]){2,30})\\)\\s*$");

  /** Bullets, numbers and brackets that mark a roundup item: ◆, 一、, (1), 【小店区】. */
  /** A gloss in brackets ending a line: 香港警务处高级督察(交通总部). */
  private static final Pattern TRAILING_GLOSS = Pattern.compile("(?:\\([^()]*\\))+$");

  /** The chars a non-empty match of {@link #ITEM_MARK}'s first alternative can start with. */
  private static final String ITEM_MARK_STARTS =
      " \t\n\u000B\f\r◆◇●○■□▲△▶▷★☆·•-—一二三四五六七八九十0123456789(【";

  /**
   * {@code line} without its item mark ({@link #ITEM_MARK} replaced): the line itself where no mark
   * can stand, the pattern's first alternative matching only the empty string at a first char
   * outside {@link #ITEM_MARK_STARTS}, and its second needing 】 at the end.
   */
  private static String withoutItemMark(String line) {
    if ((line.isEmpty() || ITEM_MARK_STARTS.indexOf(line.charAt(0)) < 0)
        && !BylineParser.endsWith(line, '】')) {
      return line;
    }
    return ITEM_MARK.matcher(line).replaceAll("");
  }

  private static final Pattern ITEM_MARK =
      Pattern.compile(
          "^[\\s◆◇●○■□▲△▶▷★☆·•\\-—]*(?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.、]|\\(\\d{1,2}\\)|\\([一二三四五六七八九十]{1,3}\\))?\\s*【?|】$");

  /** The number of a list line: 1、…, 2.…, not 1.5亿…. */
  private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,2})[、.．](?!\\d)");

  /** A line that only dates what follows: 1月, 1日, 7~8日, 3月5日. */
  private static final Pattern DATE_HEADING =
      Pattern.compile("^(?:\\d{1,2}月)?\\d{1,2}(?:[~～\\-—至]\\d{1,2})?[日号]$|^\\d{1,2}月$");

  private final Lexicon lexicon;
  private final BylineParser bylines;

  /** A structurer over the given lexicon. */
  public PageStructurer(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.bylines = new BylineParser(lexicon);
  }

  /** The articles of a page, given its paragraphs. */
  public List<ArticleLayout> structure(List<MappedText> paragraphs, Optional<String> pageSource) {
    List<Block> blocks = new ArrayList<>(paragraphs.size());
    for (MappedText p : paragraphs) {
      blocks.add(classify(p));
    }
    listItems(blocks);
    introductions(blocks);
    Map<Block, String> stories = storyTitles(blocks);
    List<List<Block>> articles = split(blocks, stories);
    List<ArticleLayout> out = new ArrayList<>(articles.size());
    for (List<Block> a : articles) {
      out.add(layout(a, pageSource, stories));
    }
    return out;
  }

  /**
   * What every match of {@link #CAPTION} needs: its first char opens one of the anchored heads (图为,
   * 上图, (图…), it ends with 摄 or ), or a bracket stands at the 3rd to 31st char ((左一)). Most lines
   * have none of these and are spared the pattern's search.
   */
  private static boolean mayBeCaption(String s) {
    if (s.isEmpty()) {
      return false;
    }
    if ("图上下左右(".indexOf(s.charAt(0)) >= 0
        || BylineParser.endsWith(s, '摄')
        || BylineParser.endsWith(s, ')')) {
      return true;
    }
    for (int k = 2; k <= 30 && k < s.length(); k++) {
      if (s.charAt(k) == '(') {
        return true;
      }
    }
    return false;
  }

  private Block classify(MappedText p) {
    String s = p.text();
    int n = s.length();
    if (bylines.editors(s).isPresent()) {
      return new Block(p, Block.Kind.CREDIT, 0, n);
    }
    if (s.indexOf('。') < 0 && META.matcher(s).lookingAt()) {
      return new Block(p, Block.Kind.META, 0, n);
    }
    if ((n <= 80
            && mayBeCaption(s)
            && CAPTION.matcher(s).find()
            && s.indexOf("。") == s.lastIndexOf("。"))
        || isPortraitCaption(s)) {
      return new Block(p, Block.Kind.CAPTION, 0, n);
    }
    Optional<BylineParser.Lead> lead = bylines.lead(s);
    if (lead.isPresent()) {
      int end = lead.get().end();
      return new Block(p, end >= n ? Block.Kind.BYLINE : Block.Kind.PROSE, end, n);
    }
    if (bylines.trailing(s).filter(credit -> credit.end() == 0).isPresent()) {
      return new Block(p, Block.Kind.REPORTER_CREDIT, 0, n);
    }
    if (isHeading(s) && !ParagraphSegmenter.isField(s)) {
      return new Block(p, isPlaceLine(s) ? Block.Kind.PLACE_HEADING : Block.Kind.HEADING, 0, n);
    }
    return new Block(p, Block.Kind.PROSE, 0, n);
  }

  /**
   * Lines numbered one after the other (1、…会议举行 A B出席并讲话 C主持会议 / 2、…) are the items of a list,
   * running text read after the number, never a headline stack or item headings.
   */
  private static void listItems(List<Block> blocks) {
    int i = 0;
    while (i < blocks.size()) {
      int j = i + 1;
      if (listNumber(blocks.get(i)) > 0) {
        while (j < blocks.size()
            && listNumber(blocks.get(j)) == listNumber(blocks.get(j - 1)) + 1) {
          j++;
        }
      }
      if (j - i >= 2) {
        for (int k = i; k < j; k++) {
          Block b = blocks.get(k);
          var number = LIST_NUMBER.matcher(b.text().text());
          int start = number.lookingAt() ? number.end() : 0;
          blocks.set(k, new Block(b.text(), Block.Kind.PROSE, start, b.bodyEnd()));
        }
      }
      i = j;
    }
  }

  /** The first item of a numbered list: 一、…, 1、…, (一)…. */
  private static final Pattern FIRST_ITEM = Pattern.compile("^(?:一、|1[、.．]|\\(一\\)|（一）)");

  /**
   * A line that ends with a colon over a numbered list, one line between them at most (院长提示: /
   * 民国107年4月12日第3595次会议 / 一、…), introduces the items: running text, not a headline (李强强调: over a
   * title is a kicker).
   */
  private static void introductions(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String s = b.text().text().strip();
      if (b.kind() != Block.Kind.HEADING || s.isEmpty() || s.charAt(s.length() - 1) != ':') {
        continue;
      }
      for (int j = i + 1; j < blocks.size() && j <= i + 2; j++) {
        Block next = blocks.get(j);
        if (next.kind() == Block.Kind.PROSE
            && FIRST_ITEM.matcher(next.text().text().substring(next.bodyStart())).lookingAt()) {
          blocks.set(i, new Block(b.text(), Block.Kind.PROSE, b.bodyStart(), b.bodyEnd()));
          break;
        }
      }
    }
  }

  /** The number of a heading that opens with one (1、…), else -1. */
  private static int listNumber(Block b) {
    if (b.kind() != Block.Kind.HEADING) {
      return -1;
    }
    var m = LIST_NUMBER.matcher(b.text().text());
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static boolean isHeading(String s) {
    // CCTV runs a whole headline stack into one line, parts parted by spaces: up to ~150 chars
    // (four parts or more, and the last may be a summary of clauses: …推进会精神,讨论《…》,研究部署…)
    boolean stack = s.length() > 64 && spacedParts(s) >= 4;
    if (s.length() > 64
        && (s.length() > (stack ? 260 : 160)
            || (s.indexOf(',') >= 0 && !stack)
            || s.indexOf(' ') < 0)) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // a question or exclamation may end one part of a headline stack (…外泄? 中铁总辟谣称…)
      boolean partEnd = i + 1 < s.length() && s.charAt(i + 1) == ' ' && s.length() <= 64;
      if (c == '。' || ((c == '!' || c == '?' || c == '！' || c == '？') && !partEnd)) {
        return false;
      }
    }
    char last = s.charAt(s.length() - 1);
    return last != ','
        && last != '、'
        && last != ';'
        && (stack || !(s.length() > 30 && isClauses(s)));
  }

  /** The parts of a line parted by spaces between Chinese characters (…习近平总书记 在两院院士大会上…). */
  private static int spacedParts(String s) {
    int parts = 1;
    for (int i = 1; i + 1 < s.length(); i++) {
      if (s.charAt(i) == ' '
          && Character.isIdeographic(s.charAt(i - 1))
          && Character.isIdeographic(s.charAt(i + 1))) {
        parts++;
      }
    }
    return parts;
  }

  private static boolean isClauses(String s) {
    int commas = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ',') {
        commas++;
      }
    }
    return commas >= 2;
  }

  /**
   * A line under a portrait: a title chain and a name, nothing else (黄石市委副书记、市长吴锦). It starts with
   * a place but heads no district brief.
   */
  private boolean isPortraitCaption(String s) {
    int n = s.length();
    if (n < 5 || n > 40 || s.indexOf('。') >= 0 || s.indexOf(',') >= 0) {
      return false;
    }
    for (int len = 2; len <= 3; len++) {
      if (lexicon.surnameAt(s, n - len) > 0 && lexicon.postEndingAt(s, n - len) > 0) {
        return true;
      }
    }
    return false;
  }

  /** A line that is only a place name: 小店区, 综改示范区, 古交市, 通州. */
  boolean isPlaceLine(String line) {
    String s = withoutItemMark(line);
    if (s.length() < 2 || s.length() > 12) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isIdeographic(s.charAt(i))) {
        return false;
      }
    }
    if (lexicon.gazetteer().isFullName(s)) {
      return true;
    }
    for (String z : lexicon.zoneSuffixes()) {
      if (s.endsWith(z) && s.length() > z.length()) {
        return true;
      }
    }
    if (s.chars().allMatch(c -> "县市区旗镇乡各".indexOf(c) >= 0)) {
      return false; // 县市区, 各区县: a section of the page, no place
    }
    if (s.length() <= 6) {
      char last = s.charAt(s.length() - 1);
      return last == '区' || last == '县' || last == '市' || last == '旗';
    }
    return false;
  }

  /**
   * The titles of a page of our own paper's place-led stories, each title (乾县大唐牡丹文化旅游节开幕) over its
   * story's 本报讯 byline, with the place each starts with; empty unless the page has two. Such a page
   * is a roundup and its stories are items. A short county name (千阳开启…) counts in a province that a
   * full place name of the titles or the stories' first paragraphs puts the page in: alone, short
   * county names are too often ordinary words.
   */
  private Map<Block, String> storyTitles(List<Block> blocks) {
    List<Integer> titles = new ArrayList<>();
    Set<String> provinces = new HashSet<>();
    for (int i = 0; i + 2 < blocks.size(); i++) {
      if (blocks.get(i).kind() == Block.Kind.HEADING && isOwnStoryByline(blocks.get(i + 1))) {
        titles.add(i);
        provincesNamed(blocks.get(i).text().text(), provinces);
        provincesNamed(blocks.get(i + 1).body(), provinces);
        provincesNamed(blocks.get(i + 2).body(), provinces);
      }
    }
    Map<Block, String> out = new HashMap<>();
    for (int i : titles) {
      String title = ITEM_MARK.matcher(blocks.get(i).text().text()).replaceAll("");
      placePrefix(title)
          .or(() -> countyShortForm(title, provinces))
          .ifPresent(place -> out.put(blocks.get(i), place));
    }
    return out.size() >= 2 ? out : Map.of();
  }

  /** 本报讯 alone or opening its story's first paragraph; 本报北京8月24日电 and the wires date theirs. */
  private boolean isOwnStoryByline(Block b) {
    return (b.kind() == Block.Kind.BYLINE || b.bodyStart() > 0)
        && bylines
            .lead(b.text().text())
            .filter(l -> l.raw().startsWith("本报") && l.month() == 0)
            .isPresent();
  }

  /** Adds the provinces of the full place names in {@code s} (乾县, 千阳县 → 61, 陕西). */
  private void provincesNamed(String s, Set<String> provinces) {
    Gazetteer g = lexicon.gazetteer();
    for (int k = 0; k < s.length(); k++) {
      Gazetteer.Match m = g.matchAt(s, k);
      if (m != null && !m.shortForm()) {
        m.divisions().forEach(d -> provinces.add(d.code().substring(0, 2)));
        k += m.length() - 1;
      }
    }
  }

  /** The short county name {@code s} starts with, of a county in one of {@code provinces}. */
  private Optional<String> countyShortForm(String s, Set<String> provinces) {
    for (int len = Math.min(4, s.length()); len >= 2; len--) {
      String name = s.substring(0, len);
      for (Gazetteer.Division d : lexicon.gazetteer().lookup(name)) {
        if (!d.name().equals(name) && provinces.contains(d.code().substring(0, 2))) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Splits the page where a new article starts; on a roundup page of stories, a story's title
   * starts an item.
   */
  private List<List<Block>> split(List<Block> blocks, Map<Block, String> stories) {
    List<List<Block>> out = new ArrayList<>();
    List<Block> cur = new ArrayList<>();
    boolean prose = false;
    int runEnd = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind() == Block.Kind.HEADING && prose && i >= runEnd) {
        int j = i;
        while (j < blocks.size() && isHeadingKind(blocks.get(j).kind())) {
          j++;
        }
        runEnd = j; // a run is looked at once: no rescans of a long run of headings
        boolean bylineNext =
            j < blocks.size() && bylines.lead(blocks.get(j).text().text()).isPresent();
        // a heading run followed by a byline, or a headline over place headings, opens an
        // article; other headings are section or item headings of the article going on
        boolean placeNext =
            j - i >= 2
                && blocks.get(j - 1).kind() == Block.Kind.PLACE_HEADING
                && blocks.get(i).kind() == Block.Kind.HEADING;
        if ((bylineNext && !stories.containsKey(blocks.get(j - 1))) || placeNext) {
          out.add(cur);
          cur = new ArrayList<>();
          prose = false;
        }
      }
      cur.add(b);
      if (b.kind() == Block.Kind.PROSE) {
        prose = true;
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  /**
   * A line that heads no article: a bulleted line (★我县…) of a list or table of contents, the
   * bracketed label over one (【导读】), a day heading of a chronicle (1月 / 1日).
   */
  private static boolean headsNoArticle(List<Block> blocks, int i) {
    String s = blocks.get(i).text().text();
    if (Block.isBullet(s.charAt(0)) || DATE_HEADING.matcher(s).matches()) {
      return true;
    }
    return s.startsWith("【")
        && s.endsWith("】")
        && i + 1 < blocks.size()
        && Block.isBullet(blocks.get(i + 1).text().text().charAt(0));
  }

  private static boolean isHeadingKind(Block.Kind k) {
    return k == Block.Kind.HEADING || k == Block.Kind.PLACE_HEADING;
  }

  private ArticleLayout layout(
      List<Block> blocks, Optional<String> pageSource, Map<Block, String> stories) {
    List<Block> headline = new ArrayList<>();
    int i = 0;
    // a page's first line may be a headline that asks or exclaims (新年伊始,…谈了啥?)
    if (!blocks.isEmpty()
        && blocks.get(0).kind() == Block.Kind.PROSE
        && blocks.get(0).bodyStart() == 0) {
      String first = blocks.get(0).text().text();
      if (first.length() <= 50
          && first.indexOf('。') < 0
          && first.indexOf(',') < first.length() / 2 + 1
          && (first.endsWith("?") || first.endsWith("!") || first.indexOf('!') > 0)) {
        headline.add(blocks.get(0).as(Block.Kind.HEADING));
        i = 1;
      }
    }
    boolean asked = !headline.isEmpty();
    while (!asked
        && i < blocks.size()
        && blocks.get(i).kind() == Block.Kind.HEADING
        && headline.size() < 4
        && !stories.containsKey(blocks.get(i))
        && !headsNoArticle(blocks, i)
        // a line that is only a place (黄石) heads the first brief, it is no headline line
        && !(!headline.isEmpty()
            && lexicon.gazetteer().isPlace(blocks.get(i).text().text().strip()))) {
      headline.add(blocks.get(i));
      i++;
    }
    Byline byline = null;
    int[] date = {0, 0, 0};
    String sourceLine = null;
    List<Block> body = new ArrayList<>();
    List<ArticleLayout.RoundupItem> items = new ArrayList<>();
    List<String> editors = new ArrayList<>();
    List<Block> all = new ArrayList<>(blocks);
    Block itemHead = null;
    List<Block> itemProse = new ArrayList<>();
    List<Block> credits = new ArrayList<>();
    for (; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String s = b.text().text();
      if (b.kind() == Block.Kind.HEADING && (s.endsWith(":") || s.endsWith("—"))) {
        // 全会指出: / 会议号召—— below the headline: a statement's opening, its words in the next
        // paragraph (above it, 李强强调: is a kicker)
        b = b.as(Block.Kind.PROSE);
      }
      Optional<BylineParser.Lead> opening =
          byline == null
                  && (b.kind() == Block.Kind.BYLINE
                      || (b.kind() == Block.Kind.PROSE && b.bodyStart() > 0))
              ? bylines.lead(s)
              : Optional.empty();
      // a paragraph's body starts after its byline, or after its number in a list (1、…)
      if (opening.isPresent()) {
        BylineParser.Lead lead = opening.get();
        byline =
            new Byline(
                Optional.ofNullable(lead.outlet()),
                lead.reporters(),
                Optional.ofNullable(lead.place()),
                lead.raw(),
                b.text().span(0, Math.min(lead.raw().length(), s.length())));
        date = new int[] {lead.year(), lead.month(), lead.day()};
      }
      switch (b.kind()) {
        case CREDIT -> editors.addAll(bylines.editors(s).orElse(List.of()));
        case REPORTER_CREDIT -> credits.add(b);
        case META -> {
          var m = SOURCE_LINE.matcher(s);
          if (m.find() && sourceLine == null) {
            sourceLine = m.group(1);
          }
        }
        case HEADING, PLACE_HEADING -> {
          if (itemHead != null) {
            items.add(item(itemHead, itemProse, stories));
          }
          itemHead = b;
          itemProse = new ArrayList<>();
        }
        case PROSE -> {
          if (itemHead != null) {
            itemProse.add(b);
          } else {
            body.add(b);
          }
        }
        default -> {
          // BYLINE and CAPTION blocks carry no body text
        }
      }
    }
    if (itemHead != null) {
      items.add(item(itemHead, itemProse, stories));
    }
    datedItems(body, items);
    // each item but the last of a roundup may close with its own credit: (谭富文), (陈卓 张译丹)
    List<String> itemReporters = new ArrayList<>();
    Byline firstCredit = null;
    for (int k = 0; k + 1 < items.size(); k++) {
      List<Block> prose = items.get(k).prose();
      if (prose.isEmpty()) {
        continue;
      }
      Block tail = prose.get(prose.size() - 1);
      Optional<BylineParser.Lead> credit =
          bylines.trailing(tail.text().text().substring(0, tail.bodyEnd()));
      if (credit.isPresent() && credit.get().end() > tail.bodyStart()) {
        prose.set(
            prose.size() - 1,
            new Block(tail.text(), tail.kind(), tail.bodyStart(), credit.get().end()));
        itemReporters.addAll(credit.get().reporters());
        if (firstCredit == null) {
          firstCredit =
              new Byline(
                  Optional.ofNullable(sourceLine).or(() -> pageSource),
                  List.of(),
                  Optional.empty(),
                  credit.get().raw(),
                  tail.text().span(credit.get().end(), tail.bodyEnd()));
        }
      }
    }
    // a reporter credited at the end of the last paragraph: (记者刘勇), (何霆轩  雷翠云)
    List<Block> lastList =
        !items.isEmpty() && !items.get(items.size() - 1).prose().isEmpty()
            ? items.get(items.size() - 1).prose()
            : body;
    if (!lastList.isEmpty()) {
      // a source credited at the very end: (时政来源:人民网), (来源:新华社)
      Block tail = lastList.get(lastList.size() - 1);
      var credit = SOURCE_CREDIT.matcher(tail.text().text());
      if (credit.find() && credit.start() >= tail.bodyStart()) {
        lastList.set(
            lastList.size() - 1,
            new Block(tail.text(), tail.kind(), tail.bodyStart(), credit.start()));
        if (sourceLine == null) {
          sourceLine = credit.group(1).strip();
        }
      }
    }
    Block last = lastList.isEmpty() ? null : lastList.get(lastList.size() - 1);
    Optional<BylineParser.Lead> t =
        last == null
            ? Optional.empty()
            : bylines.trailing(last.text().text().substring(0, last.bodyEnd()));
    if (last != null && t.isPresent() && t.get().end() >= last.bodyStart()) {
      lastList.set(
          lastList.size() - 1,
          new Block(
              last.text(), last.kind(), last.bodyStart(), Math.min(last.bodyEnd(), t.get().end())));
    } else if (!credits.isEmpty() && body.stream().noneMatch(Block::bulleted)) {
      // (齐建文) on a line of its own closes the story, or each story of a page of stories
      // (…(马沅聪) / 千阳开启…); not after bulleted briefs (●…), where it credits a brief
      last = credits.get(0);
      t = Optional.of(credited(credits));
    } else {
      t = Optional.empty();
    }
    if (t.isPresent() && last != null) {
      String credit = t.get().raw();
      if (byline == null) {
        String outlet =
            sourceLine != null
                ? sourceLine
                : t.get().outlet() != null ? t.get().outlet() : pageSource.orElse(null);
        byline =
            new Byline(
                Optional.ofNullable(outlet),
                t.get().reporters(),
                Optional.ofNullable(t.get().place()),
                credit,
                last.text().span(t.get().end(), last.text().length()));
      } else if (byline.reporters().isEmpty()) {
        byline =
            new Byline(
                byline.outlet(), t.get().reporters(), byline.place(), byline.raw(), byline.span());
      }
    }
    if (firstCredit != null) {
      Set<String> reporters = new LinkedHashSet<>(itemReporters);
      if (byline == null) {
        byline =
            new Byline(
                firstCredit.outlet(),
                List.copyOf(reporters),
                Optional.empty(),
                firstCredit.raw(),
                firstCredit.span());
      } else {
        reporters.addAll(byline.reporters());
        byline =
            new Byline(
                byline.outlet(),
                List.copyOf(reporters),
                byline.place(),
                byline.raw(),
                byline.span());
      }
    }
    if (byline == null && (sourceLine != null || pageSource.isPresent())) {
      String outlet = sourceLine != null ? sourceLine : pageSource.get();
      Block first = blocks.get(0);
      byline =
          new Byline(
              Optional.of(outlet), List.of(), Optional.empty(), outlet, first.text().span(0, 0));
    } else if (byline != null && byline.outlet().isEmpty() && sourceLine != null) {
      byline =
          new Byline(
              Optional.of(sourceLine),
              byline.reporters(),
              byline.place(),
              byline.raw(),
              byline.span());
    }
    return new ArticleLayout(
        headline, Optional.ofNullable(byline), date, body, items, editors, all);
  }

  /** The reporters of credit lines, in order, as one credit read from the first line. */
  private BylineParser.Lead credited(List<Block> credits) {
    List<BylineParser.Lead> leads = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (Block c : credits) {
      leads.add(bylines.trailing(c.text().text()).orElseThrow());
      names.addAll(leads.get(leads.size() - 1).reporters());
    }
    BylineParser.Lead f = leads.get(0);
    return new BylineParser.Lead(0, f.raw(), f.outlet(), List.copyOf(names), f.place(), 0, 0, 0);
  }

  /** The day or 近日 that opens an item of a digest (19日,洪洞县召开…; 近日,长寿区政协…). */
  private static final Pattern ITEM_LEAD =
      Pattern.compile("(?:[0-9]{1,2}日|[一二三四五六七八九十]{1,3}日|近日|日前|连日来|近期)(?:上午|下午|晚上|晚间)?[,，]\\s*");

  /**
   * A digest's items that open with their day and their place, under no place heading (县市区 / 19日,
   * 洪洞县召开… / 19日,侯马市委…): when two places or more lead such paragraphs, each paragraph and the prose
   * after it up to the next is an item of its place; what stands before them stays where it was.
   */
  private void datedItems(List<Block> body, List<ArticleLayout.RoundupItem> items) {
    Map<Block, String> led = new HashMap<>();
    ledPlaces(body, led);
    for (ArticleLayout.RoundupItem item : items) {
      if (item.place().isEmpty()) {
        ledPlaces(item.prose(), led);
      }
    }
    if (new HashSet<>(led.values()).size() < 2) {
      return;
    }
    List<ArticleLayout.RoundupItem> out = new ArrayList<>(splitLed(body, led));
    body.subList(body.size() - itemBlocks(out), body.size()).clear();
    for (ArticleLayout.RoundupItem item : items) {
      if (item.place().isPresent()) {
        out.add(item);
        continue;
      }
      List<ArticleLayout.RoundupItem> split = splitLed(item.prose(), led);
      List<Block> kept = item.prose().subList(0, item.prose().size() - itemBlocks(split));
      out.add(
          new ArticleLayout.RoundupItem(item.heading(), Optional.empty(), new ArrayList<>(kept)));
      out.addAll(split);
    }
    items.clear();
    items.addAll(out);
  }

  private void ledPlaces(List<Block> blocks, Map<Block, String> led) {
    for (Block b : blocks) {
      if (b.bodyStart() > 0) {
        continue; // 本报讯(记者…)连日来,荥阳市…: the lead of the headline's story, no digest item
      }
      String s = b.text().text();
      Matcher m = ITEM_LEAD.matcher(s).region(0, b.bodyEnd());
      if (!m.lookingAt()) {
        continue;
      }
      placePrefix(s.substring(m.end(), b.bodyEnd()))
          .filter(p -> "县区市旗州盟镇乡".indexOf(p.charAt(p.length() - 1)) >= 0)
          .ifPresent(p -> led.put(b, p));
    }
  }

  /** The items of {@code blocks} from its first led paragraph on, each led one opening an item. */
  private static List<ArticleLayout.RoundupItem> splitLed(
      List<Block> blocks, Map<Block, String> led) {
    List<Integer> starts = new ArrayList<>();
    for (int k = 0; k < blocks.size(); k++) {
      if (led.containsKey(blocks.get(k))) {
        starts.add(k);
      }
    }
    List<ArticleLayout.RoundupItem> out = new ArrayList<>();
    for (int n = 0; n < starts.size(); n++) {
      int from = starts.get(n);
      int to = n + 1 < starts.size() ? starts.get(n + 1) : blocks.size();
      Block head = blocks.get(from);
      out.add(
          new ArticleLayout.RoundupItem(
              head, Optional.ofNullable(led.get(head)), new ArrayList<>(blocks.subList(from, to))));
    }
    return out;
  }

  private static int itemBlocks(List<ArticleLayout.RoundupItem> items) {
    int n = 0;
    for (ArticleLayout.RoundupItem item : items) {
      n += item.prose().size();
    }
    return n;
  }

  private ArticleLayout.RoundupItem item(
      Block heading, List<Block> prose, Map<Block, String> stories) {
    Optional<String> place = Optional.ofNullable(stories.get(heading)).or(() -> placeOf(heading));
    return new ArticleLayout.RoundupItem(heading, place, new ArrayList<>(prose));
  }

  /**
   * The place a roundup heading names: the whole line (小店区), the part before a colon (北京:…), or the
   * places it starts with (湖北宜昌举行…, 上海临港新片区发布…).
   */
  private Optional<String> placeOf(Block heading) {
    String s = withoutItemMark(heading.text().text());
    // 小店区, or a short form alone (通州, 平谷: a county's short form names a place only as a
    // whole line)
    if (heading.kind() == Block.Kind.PLACE_HEADING || lexicon.gazetteer().isPlace(s.strip())) {
      return Optional.of(s.strip());
    }
    // 香港警务处高级督察(交通总部): a title line of a list of officials names no district
    String core = BylineParser.endsWith(s, ')') ? TRAILING_GLOSS.matcher(s).replaceAll("") : s;
    if (lexicon.postEndingAt(core, core.length()) > 0) {
      return Optional.empty();
    }
    int colon = s.indexOf(':');
    if (colon >= 2 && colon <= 10) {
      String head = s.substring(0, colon).strip();
      if (isPlaceLine(head) || lexicon.gazetteer().isPlace(head)) {
        return Optional.of(head);
      }
    }
    return placePrefix(s);
  }

  /** The chain of places {@code s} opens with (湖北宜昌, 上海临港新片区), if any. */
  Optional<String> placePrefix(String s) {
    Gazetteer g = lexicon.gazetteer();
    Gazetteer.Match m = g.matchAt(s, 0);
    if (m == null) {
      return Optional.empty();
    }
    int end = m.length();
    // 山西省省长的一周, 山西省委书记的一周: a column about the holder of a post, no district's news
    int of = s.indexOf('的', end);
    if (of > end && of <= end + 6 && lexicon.postEndingAt(s, of) > 0) {
      return Optional.empty();
    }
    List<Gazetteer.Division> parents = m.divisions();
    for (int depth = 0; depth < 2; depth++) {
      Gazetteer.Match c = g.childAt(s, end, parents);
      if (c == null) {
        break;
      }
      end += c.length();
      parents = c.divisions();
    }
    // 湖北理工学院…, 湖北省委党校 …: the place opens an institution's name, the line names no place
    for (String w : lexicon.institutionWords()) {
      int k = s.indexOf(w, end);
      if (k >= end && k <= end + 4) {
        return Optional.empty();
      }
    }
    // a zone named after the place: 上海临港新片区
    for (int len = 2; len <= 6 && end + len <= s.length(); len++) {
      String rest = s.substring(end, end + len + 4 > s.length() ? s.length() : end + len + 4);
      for (String z : lexicon.zoneSuffixes()) {
        if (rest.startsWith(z, len) && z.length() >= 2) {
          return Optional.of(s.substring(0, end + len + z.length()));
        }
      }
    }
    return Optional.of(s.substring(0, end));
  }
}
