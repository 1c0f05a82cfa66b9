package org.govnews.internal.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govnews.ParseOptions;
import org.jspecify.annotations.Nullable;

/**
 * All word lists the parser uses, loaded once from {@code src/main/resources/org/govnews/lexicon}
 * and immutable afterwards, so one instance is shared by every thread. Callers extend it through
 * {@link ParseOptions#extraLexicon()}.
 */
public final class Lexicon {

  /** What a verb of {@code verbs.tsv} tells. */
  public enum VerbClass {
    CHAIR,
    ATTENDEE,
    OBSERVER,
    PRESENTER,
    SPEAKER,
    SPEECH,
    DEMAND,
    TRIGGER
  }

  private static volatile @Nullable Lexicon builtIn;

  private final Set<String> surnames;
  private final Set<String> compoundSurnames;
  private final Set<String> posts;
  private final Set<String> organs;
  private final Set<String> notNames;
  private final Map<String, String> postOrgans;
  private final Map<String, String[]> divisionChanges;
  private final List<String> outletsLongestFirst;
  private final Map<String, VerbClass> verbs;
  private final Set<String> meetingHeads;
  private final Set<String> genericMeetings;
  private final Set<String> nameFollowers;
  private final List<String> requirementMarkers;
  private final List<String> imperativeStarts;
  private final List<String> districtBodies;
  private final List<String> institutionWords;
  private final List<String> placeSuffixesLongestFirst;
  private final List<String> zoneSuffixesLongestFirst;
  private final Gazetteer gazetteer;
  private final boolean[] singleSurname = new boolean[0x10000];
  private final WordTrie compoundTrie;
  private final WordTrie verbTrie;

  /** The verbs by {@link #verbTrie}'s word id: {@link #verbAt} returns these, not copies. */
  private final List<String> verbWords;

  private final WordTrie postsForward;
  private final WordTrie postsBackward;
  private final WordTrie followerTrie;
  private final WordTrie meetingHeadsBackward;
  private final WordTrie agendaTrie;
  private final WordTrie eventTrie;
  private final WordTrie organTrie;
  private final WordTrie notNameTrie;
  private final WordTrie foreignTitleTrie;
  private final boolean[] transliteration = new boolean[0x10000];

  private Lexicon(Map<ParseOptions.LexiconKind, List<String>> extra) {
    Set<String> single = new HashSet<>();
    Set<String> compound = new HashSet<>();
    List<String> names = new ArrayList<>(LexiconFile.words("surnames.txt"));
    names.addAll(extra.getOrDefault(ParseOptions.LexiconKind.SURNAMES, List.of()));
    for (String s : names) {
      (s.length() == 1 ? single : compound).add(s);
    }
    surnames = Set.copyOf(single);
    compoundSurnames = Set.copyOf(compound);

    Set<String> p = new HashSet<>(LexiconFile.words("posts.tsv"));
    p.addAll(extra.getOrDefault(ParseOptions.LexiconKind.POSTS, List.of()));
    posts = Set.copyOf(p);
    organs = Set.copyOf(LexiconFile.words("organs.tsv"));
    notNames = Set.copyOf(LexiconFile.words("not-names.txt"));
    organTrie = WordTrie.forward(organs);
    notNameTrie = WordTrie.forward(notNames);
    Map<String, String> po = new HashMap<>();
    for (String[] row : LexiconFile.read("post-organs.tsv", 2)) {
      po.put(row[0], row[1]);
    }
    postOrgans = Map.copyOf(po);
    Map<String, String[]> dc = new HashMap<>();
    for (String[] row : LexiconFile.read("division-changes.tsv", 4)) {
      dc.put(row[0], row);
    }
    divisionChanges = Map.copyOf(dc);

    List<String> o = new ArrayList<>(LexiconFile.words("outlets.txt"));
    o.addAll(extra.getOrDefault(ParseOptions.LexiconKind.OUTLETS, List.of()));
    outletsLongestFirst = longestFirst(o);

    Map<String, VerbClass> v = new HashMap<>();
    for (String[] row : LexiconFile.read("verbs.tsv", 2)) {
      v.put(row[0], VerbClass.valueOf(row[1]));
    }
    verbs = Map.copyOf(v);

    Set<String> heads = new HashSet<>();
    Set<String> generic = new HashSet<>();
    Set<String> agenda = new HashSet<>();
    Set<String> events = new HashSet<>();
    for (String[] row : LexiconFile.read("meeting-words.tsv", 2)) {
      switch (row[1]) {
        case "GENERIC" -> generic.add(row[0]);
        case "AGENDA" -> agenda.add(row[0]);
        case "EVENT" -> events.add(row[0]);
        default -> heads.add(row[0]);
      }
    }
    agendaTrie = WordTrie.forward(agenda);
    eventTrie = WordTrie.forward(events);
    meetingHeads = Set.copyOf(heads);
    genericMeetings = Set.copyOf(generic);

    nameFollowers = Set.copyOf(LexiconFile.words("name-followers.tsv"));
    List<String> modal = new ArrayList<>();
    List<String> start = new ArrayList<>();
    for (String[] row : LexiconFile.read("requirement-markers.tsv", 2)) {
      ("START".equals(row[1]) ? start : modal).add(row[0]);
    }
    requirementMarkers = List.copyOf(modal);
    imperativeStarts = List.copyOf(start);
    districtBodies = List.copyOf(LexiconFile.words("district-bodies.tsv"));
    institutionWords = List.copyOf(LexiconFile.words("institution-words.txt"));
    placeSuffixesLongestFirst = longestFirst(LexiconFile.words("place-suffixes.txt"));
    zoneSuffixesLongestFirst = longestFirst(LexiconFile.words("zone-suffixes.txt"));
    gazetteer = Gazetteer.load(placeSuffixesLongestFirst);
    for (String x : surnames) {
      singleSurname[x.charAt(0)] = true;
    }
    compoundTrie = WordTrie.forward(compoundSurnames);
    verbWords = List.copyOf(verbs.keySet());
    verbTrie = WordTrie.forward(verbWords);
    postsForward = WordTrie.forward(posts);
    postsBackward = WordTrie.backward(posts);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (postsBackward.hasFirst((char) c)) {
        postLastBits[c >>> 6] |= 1L << c;
      }
      if (singleSurname[c] || compoundTrie.hasFirst((char) c)) {
        surnameFirstBits[c >>> 6] |= 1L << c;
      }
    }
    followerTrie = WordTrie.forward(nameFollowers);
    meetingHeadsBackward = WordTrie.backward(meetingHeads);
    foreignTitleTrie = WordTrie.forward(LexiconFile.words("foreign-titles.txt"));
    for (String c : LexiconFile.words("transliteration-chars.txt")) {
      transliteration[c.charAt(0)] = true;
    }
  }

  /** The built-in lexicon, loaded on first use. */
  public static Lexicon builtIn() {
    Lexicon l = builtIn;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = builtIn;
        if (l == null) {
          l = new Lexicon(new EnumMap<>(ParseOptions.LexiconKind.class));
          builtIn = l;
        }
      }
    }
    return l;
  }

  /** The built-in lexicon extended with the caller's entries. */
  public static Lexicon withExtra(Map<ParseOptions.LexiconKind, List<String>> extra) {
    return extra.isEmpty() ? builtIn() : new Lexicon(extra);
  }

  private static List<String> longestFirst(Collection<String> words) {
    List<String> l = new ArrayList<>(new HashSet<>(words));
    l.sort(
        Comparator.comparingInt(String::length)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    return List.copyOf(l);
  }

  /** Whether {@code c} is a single-character family name. */
  public boolean isSurname(char c) {
    return singleSurname[c];
  }

  /**
   * Whether a family name may start with {@code c}: false, and {@link #surnameAt} is 0 at a
   * position holding it.
   */
  public boolean maySurnameStart(char c) {
    return (surnameFirstBits[c >>> 6] & (1L << c)) != 0;
  }

  /**
   * Whether a title head word may end with {@code c}: false, and {@link #postEndingAt} is 0 at the
   * position after it.
   */
  public boolean mayEndPost(char c) {
    return (postLastBits[c >>> 6] & (1L << c)) != 0;
  }

  /**
   * One bit a char (8 KB each, where the tables they stand for are many times that and lie all over
   * the heap): the gates asked at every position of every sentence stay in the cache.
   */
  private final long[] surnameFirstBits = new long[(Character.MAX_VALUE + 1) / 64];

  private final long[] postLastBits = new long[(Character.MAX_VALUE + 1) / 64];

  /** Length of the family name at {@code i} (2 for 欧阳, 1 for 林), 0 when none. */
  public int surnameAt(String s, int i) {
    if (i + 1 < s.length() && compoundTrie.longestAt(s, i, 2) == 2) {
      return 2;
    }
    return i < s.length() && isSurname(s.charAt(i)) ? 1 : 0;
  }

  /** Length of the longest title head word ending at {@code end} (exclusive), 0 when none. */
  public int postEndingAt(String s, int end) {
    return postsBackward.longestEndingAt(s, end);
  }

  /**
   * Length of the longest title head word ending at {@code end} that starts at {@code from} or
   * after: {@link #postEndingAt(String, int)} of {@code s.substring(from, end)}, without the copy.
   */
  public int postEndingAt(String s, int from, int end) {
    return postsBackward.longestEndingAt(s, from, end);
  }

  /** Length of the longest title head word starting at {@code i}, 0 when none. */
  public int postStartingAt(String s, int i) {
    return postsForward.longestAt(s, i);
  }

  /** Whether {@code word} is a title head word. */
  public boolean isPost(String word) {
    return posts.contains(word);
  }

  /** Whether {@code s[from, to)} is a title head word. */
  public boolean isPost(String s, int from, int to) {
    return postsForward.holds(s, from, to);
  }

  /** Whether {@code s[from, to)} is a common word that only looks like a name. */
  public boolean isNotName(String s, int from, int to) {
    return notNameTrie.holds(s, from, to);
  }

  /** Whether {@code word} is a common word that only looks like a name (成功, 高度). */
  public boolean isNotName(String word) {
    return notNames.contains(word);
  }

  /** The organ a post implies when the title names none (省长 → 省政府), or null. */
  public @Nullable String impliedOrgan(String post) {
    return postOrgans.get(post);
  }

  /** The code a renamed or merged division's old name now resolves to, or null. */
  public @Nullable String changedDivisionCode(String oldName) {
    String[] row = divisionChanges.get(oldName);
    return row == null ? null : row[2];
  }

  /** Whether {@code word} is an organ (省委, 国务院). */
  public boolean isOrgan(String word) {
    return organs.contains(word);
  }

  /** Whether {@code s[from, to)} is an organ. */
  public boolean isOrgan(String s, int from, int to) {
    return organTrie.holds(s, from, to);
  }

  /** The longest outlet name {@code s} starts with at {@code i}, or null. */
  public @Nullable String outletAt(String s, int i) {
    for (String o : outletsLongestFirst) {
      if (s.startsWith(o, i)) {
        return o;
      }
    }
    return null;
  }

  /** The class of the verb, or null. */
  public @Nullable VerbClass verb(String word) {
    return verbs.get(word);
  }

  /** Whether {@code s[from, to)} is a verb. */
  public boolean isVerb(String s, int from, int to) {
    return verbTrie.holds(s, from, to);
  }

  /** The longest verb starting at {@code i}, or null. */
  public @Nullable String verbAt(String s, int i) {
    if (i > 0 && s.charAt(i) == '作' && s.charAt(i - 1) == '工') {
      return null; // 政府工作报告: 作 of 工作 starts no 作报告
    }
    int id = verbTrie.longestIdAt(s, i, Integer.MAX_VALUE);
    return id < 0 ? null : verbWords.get(id);
  }

  /** Length of the longest name follower (not verb) starting at {@code i}, 0 when none. */
  public int followerLengthAt(String s, int i) {
    return followerTrie.longestAt(s, i);
  }

  /** Whether a word that may follow a name starts at {@code i} (verb, title head, follower). */
  public boolean nameFollowerAt(String s, int i) {
    return followerTrie.longestAt(s, i) > 0
        || verbTrie.longestAt(s, i) > 0
        || postsForward.longestAt(s, i) > 0;
  }

  /** Whether {@code name} ends with a meeting head word. */
  public int meetingHeadEndingAt(String s, int end) {
    return meetingHeadsBackward.longestEndingAt(s, end);
  }

  /** Whether an agenda verb starts at {@code i}: 召开座谈会<u>听取</u>…, 召开常务会议<u>研究</u>…. */
  public boolean agendaVerbAt(String s, int i) {
    return agendaTrie.longestAt(s, i) > 0;
  }

  /** Whether a word of an event that is no meeting (签署, 会见, 考察) stands in {@code s[from, to)}. */
  public boolean otherEventIn(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      int n = eventTrie.longestAt(s, i);
      if (n > 0 && i + n <= to) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} only names a kind of meeting (会议, 全体会议). */
  public boolean isGenericMeeting(String name) {
    return genericMeetings.contains(name);
  }

  /** Verbs of action that make a sentence opening with them an instruction (加强, 推进 …). */
  public List<String> imperativeStarts() {
    return imperativeStarts;
  }

  /** Requirement markers (要, 必须 …). */
  public List<String> requirementMarkers() {
    return requirementMarkers;
  }

  /** Bodies of one district (社谘会, 关爱队). */
  public List<String> districtBodies() {
    return districtBodies;
  }

  /** Words that end an institution's name (大学, 学院, 集团, 日报). */
  public List<String> institutionWords() {
    return institutionWords;
  }

  /** Administrative suffixes, longest first. */
  public List<String> placeSuffixes() {
    return placeSuffixesLongestFirst;
  }

  /** Zone suffixes (高新区, 示范区), longest first. */
  public List<String> zoneSuffixes() {
    return zoneSuffixesLongestFirst;
  }

  /** The administrative divisions. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Whether a foreign name may follow {@code s[from, to)} (总统, 首相, 秘书长). */
  public boolean isForeignTitle(String s, int from, int to) {
    return foreignTitleTrie.holds(s, from, to);
  }

  /**
   * Length of the foreign name (阿利耶夫, 让-马克·艾罗) starting at {@code i}: the run of transliteration
   * characters and name dots, at most {@code max}; 0 when none.
   */
  public int transliteratedAt(String s, int i, int max) {
    int k = i;
    while (k < s.length() && k - i < max) {
      char c = s.charAt(k);
      if (!transliteration[c] && !(c == '·' && k > i)) {
        break;
      }
      k++;
    }
    while (k > i && s.charAt(k - 1) == '·') {
      k--;
    }
    return k - i;
  }
}
