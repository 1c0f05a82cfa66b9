package org.govnews.internal.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * China's administrative divisions (行政区划, GB/T 2260) with Hong Kong and Macau districts, by full
 * name (山西省, 小店区) and by short form (山西, 太原). Immutable.
 */
public final class Gazetteer {

  /** One division. */
  public record Division(String code, String name, String level, String parentCode) {}

  /** A place name found in text: the division(s) it may name and how long the match is. */
  public record Match(List<Division> divisions, int length, boolean shortForm) {}

  private static final int MAX_NAME = 16;

  private final Map<String, Division> byCode;
  private final Map<String, List<Division>> byFullName;
  private final Map<String, List<Division>> byShortName;
  private final WordTrie fullTrie;
  private final WordTrie shortTrie;

  /** The names {@link #lookup} finds a province for: 山西, 山西省. */
  private final WordTrie provinceTrie;

  /** The names {@link #matchAt} may find, and what each one matches, by the trie's word id. */
  private final WordTrie matchTrie;

  private final List<Match> matches;

  private Gazetteer(List<Division> all, List<String> suffixesLongestFirst) {
    Map<String, Division> codes = new HashMap<>();
    Map<String, List<Division>> full = new HashMap<>();
    Map<String, List<Division>> shorts = new HashMap<>();
    for (Division d : all) {
      codes.put(d.code(), d);
      full.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
      String s = shortForm(d.name(), suffixesLongestFirst);
      if (!s.equals(d.name())) {
        shorts.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
      }
    }
    byCode = Map.copyOf(codes);
    byFullName = copy(full);
    byShortName = copy(shorts);
    fullTrie = WordTrie.forward(byFullName.keySet());
    shortTrie = WordTrie.forward(byShortName.keySet());
    Set<String> named = new HashSet<>(byFullName.keySet());
    named.addAll(byShortName.keySet());
    List<String> provinces = new ArrayList<>();
    for (String name : named) {
      if (lookup(name).stream().anyMatch(d -> d.level().equals("PROVINCE"))) {
        provinces.add(name);
      }
    }
    provinceTrie = WordTrie.forward(provinces);
    Map<String, Match> found = new HashMap<>();
    byShortName.forEach((name, divisions) -> putMatch(found, name, divisions, true));
    byFullName.forEach((name, divisions) -> putMatch(found, name, divisions, false));
    List<String> names = new ArrayList<>(found.keySet());
    matchTrie = WordTrie.forward(names);
    matches = names.stream().map(found::get).toList();
  }

  /**
   * What {@link #matchAt} finds for a name: a full name wins over the same short form (put after
   * it), and a short form stands only for provinces and prefectures.
   */
  private static void putMatch(
      Map<String, Match> found, String name, List<Division> divisions, boolean shortForm) {
    if (name.length() < 2 || name.length() > MAX_NAME) {
      return;
    }
    List<Division> upper =
        shortForm
            ? divisions.stream().filter(d -> !"COUNTY".equals(d.level())).toList()
            : divisions;
    if (!upper.isEmpty()) {
      found.put(name, new Match(upper, name.length(), shortForm));
    }
  }

  private static Map<String, List<Division>> copy(Map<String, List<Division>> m) {
    Map<String, List<Division>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  static Gazetteer load(List<String> suffixesLongestFirst) {
    List<Division> all = new ArrayList<>();
    for (String[] row : LexiconFile.read("divisions.tsv", 3)) {
      all.add(new Division(row[0], row[1], row[2], row.length > 3 ? row[3] : ""));
    }
    for (String[] row : LexiconFile.read("district-councils.tsv", 3)) {
      all.add(new Division(row[0], row[1], row[2], row.length > 3 ? row[3] : ""));
    }
    return new Gazetteer(all, suffixesLongestFirst);
  }

  /**
   * The short form people write (山西 for 山西省, 宁夏 for 宁夏回族自治区, 太原 for 太原市): the name without its
   * administrative suffix and ethnic qualifier, when at least two characters remain.
   */
  static String shortForm(String name, List<String> suffixesLongestFirst) {
    int ethnic = name.indexOf("族自治");
    if (ethnic < 0) {
      ethnic = name.indexOf("自治");
    }
    if (ethnic >= 2) {
      // 宁夏回族自治区 → 宁夏, 延边朝鲜族自治州 → 延边: the ethnic names are 1–4 characters
      // before 族; the place name is what is left, at least two characters.
      return name.substring(0, 2);
    }
    for (String suffix : suffixesLongestFirst) {
      if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** Every division this name may mean: by full name, else by short form at any level. */
  public List<Division> lookup(String name) {
    List<Division> full = byFullName.get(name);
    if (full != null) {
      return full;
    }
    List<Division> shorts = byShortName.get(name);
    return shorts == null ? List.of() : shorts;
  }

  /** The full names of the divisions above {@code d}, top first. */
  public List<String> parents(Division d) {
    List<String> out = new ArrayList<>();
    Division p = byCode.get(d.parentCode());
    for (int depth = 0; p != null && depth < 3; depth++) {
      out.add(0, p.name());
      p = byCode.get(p.parentCode());
    }
    return out;
  }

  /** Whether {@code d} is {@code ancestor} or lies below it. */
  public boolean within(Division d, String ancestorCode) {
    for (Division p = d; p != null; p = byCode.get(p.parentCode())) {
      if (p.code().equals(ancestorCode)) {
        return true;
      }
      if (p.parentCode().isEmpty()) {
        break;
      }
    }
    return false;
  }

  /** The division with this code, or null. */
  public @Nullable Division byCode(String code) {
    return byCode.get(code);
  }

  /**
   * The longest place name starting at {@code i}: full names at every level, short forms of
   * provinces and prefectures only (short county names are too often ordinary words).
   */
  public @Nullable Match matchAt(String s, int i) {
    return matchAt(s, i, s.length());
  }

  /** {@link #matchAt(String, int)} inside {@code s[i, end)}. */
  public @Nullable Match matchAt(String s, int i, int end) {
    int id = matchTrie.longestIdAt(s, i, Math.min(MAX_NAME, end - i));
    return id < 0 ? null : matches.get(id);
  }

  /**
   * The longest name starting at {@code i} that names a division below one of {@code parents},
   * short county forms included (湖北宜昌, 甘肃定西, 山西太原).
   */
  public @Nullable Match childAt(String s, int i, List<Division> parents) {
    int max = Math.min(MAX_NAME, s.length() - i);
    max = Math.max(fullTrie.longestAt(s, i, max), shortTrie.longestAt(s, i, max));
    for (int len = max; len >= 2; len--) {
      String w = s.substring(i, i + len);
      List<Division> found = new ArrayList<>();
      for (List<Division> cands : java.util.Arrays.asList(byFullName.get(w), byShortName.get(w))) {
        if (cands == null) {
          continue;
        }
        for (Division d : cands) {
          if (isBelow(d, parents)) {
            found.add(d);
          }
        }
      }
      if (!found.isEmpty()) {
        return new Match(List.copyOf(found), len, !byFullName.containsKey(w));
      }
    }
    return null;
  }

  private boolean isBelow(Division d, List<Division> parents) {
    Division p = byCode.get(d.parentCode());
    for (int depth = 0; p != null && depth < 3; depth++) {
      for (Division parent : parents) {
        if (parent.code().equals(p.code())) {
          return true;
        }
      }
      p = byCode.get(p.parentCode());
    }
    return false;
  }

  /** Whether {@code name} is the full or short name of some division. */
  public boolean isPlace(String name) {
    return byFullName.containsKey(name) || byShortName.containsKey(name);
  }

  /** Whether {@code s[from, to)} is the full or short name of some division. */
  public boolean isPlace(String s, int from, int to) {
    return fullTrie.holds(s, from, to) || shortTrie.holds(s, from, to);
  }

  /** Whether {@link #lookup} of {@code s[from, to)} finds a province. */
  public boolean isProvince(String s, int from, int to) {
    return provinceTrie.holds(s, from, to);
  }

  /** Whether {@code name} is the full name of some division. */
  public boolean isFullName(String name) {
    return byFullName.containsKey(name);
  }
}
