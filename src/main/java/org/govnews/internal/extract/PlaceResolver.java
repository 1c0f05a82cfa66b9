package org.govnews.internal.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govnews.internal.lexicon.Gazetteer;
import org.govnews.internal.lexicon.Gazetteer.Division;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.model.Place;
import org.govnews.model.PlaceLevel;

/**
 * Resolves place names to divisions (GB/T 2260): full names (小店区), short forms (小店, 太原), chains
 * (晋中市太谷区), zones (综改示范区, level ZONE, no code), renamed or merged divisions (莱芜市 → 济南市). A name
 * several divisions share (鼓楼区) is decided by the article's context — the places it names
 * unambiguously and its outlet's province — or left with its candidates. Thread-safe.
 */
final class PlaceResolver {
  /** How much of an article's opening {@link #anchors} reads. */
  static final int CONTEXT_CHARS = 600;

  private final Lexicon lexicon;
  private final Gazetteer gazetteer;

  PlaceResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.gazetteer = lexicon.gazetteer();
  }

  /** Characters {@code [from, to)} of {@code text}: a block an article opens with. */
  record Stretch(String text, int from, int to) {}

  /**
   * The division codes an article's opening names without ambiguity, and its outlet's province
   * (山西日报 → 山西省): the context that decides shared names. The opening is its stretches in order,
   * each followed by a line break, up to {@link #CONTEXT_CHARS} in all; they are read in place, not
   * copied into one string (no name holds a line break, so none runs from one stretch into the
   * next).
   */
  Set<String> anchors(List<Stretch> opening, Optional<String> outlet) {
    Set<String> out = new LinkedHashSet<>();
    int room = CONTEXT_CHARS;
    for (Stretch st : opening) {
      if (room <= 0) {
        break;
      }
      String s = st.text();
      int end = Math.max(st.from(), Math.min(st.to(), st.from() + room));
      for (int i = st.from(); i < end; i++) {
        // the gazetteer turns most positions away at its first char, so the ideograph test, run
        // on every position before, now only confirms a name that was found
        Gazetteer.Match m = gazetteer.matchAt(s, i, end);
        if (m != null
            && m.divisions().size() == 1
            && !m.shortForm()
            && Character.isIdeographic(s.charAt(i))) {
          out.add(m.divisions().get(0).code());
          i += m.length() - 1;
        }
      }
      room -= end - st.from();
      if (room > 0) {
        room--; // the line break
      }
    }
    if (outlet.isPresent()) {
      Gazetteer.Match m = gazetteer.matchAt(outlet.get(), 0);
      if (m != null && m.divisions().size() == 1) {
        out.add(m.divisions().get(0).code());
      }
    }
    return out;
  }

  /** The place {@code name} means in this context; empty when it names no known place. */
  Optional<Place> resolve(String name, Set<String> anchors) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (!gazetteer.isFullName(name)) {
      for (String z : lexicon.zoneSuffixes()) {
        if (name.endsWith(z) && name.length() > z.length()) {
          List<String> parents = new ArrayList<>();
          Gazetteer.Match lead = gazetteer.matchAt(name, 0);
          if (lead != null && lead.divisions().size() == 1 && lead.length() < name.length()) {
            Division d = lead.divisions().get(0);
            parents.addAll(gazetteer.parents(d));
            parents.add(d.name());
          }
          return Optional.of(
              new Place(name, Optional.empty(), Optional.of(PlaceLevel.ZONE), parents, List.of()));
        }
      }
    }
    List<Division> cands = new ArrayList<>(gazetteer.lookup(name));
    if (cands.isEmpty()) {
      String code = lexicon.changedDivisionCode(name);
      if (code != null && gazetteer.byCode(code) != null) {
        cands.add(gazetteer.byCode(code));
      } else {
        cands.addAll(chain(name));
      }
    }
    if (cands.isEmpty()) {
      return Optional.empty();
    }
    List<Division> fit = cands;
    if (cands.size() > 1) {
      fit = new ArrayList<>();
      for (Division d : cands) {
        for (String a : anchors) {
          if (gazetteer.within(d, a)) {
            fit.add(d);
            break;
          }
        }
      }
    }
    if (fit.size() == 1) {
      Division d = fit.get(0);
      return Optional.of(
          new Place(
              name,
              Optional.of(d.code()),
              Optional.of(PlaceLevel.valueOf(d.level())),
              gazetteer.parents(d),
              List.of()));
    }
    List<Division> open = fit.isEmpty() ? cands : fit;
    List<String> codes = new ArrayList<>();
    String level = open.get(0).level();
    for (Division d : open) {
      codes.add(d.code());
      if (!d.level().equals(level)) {
        level = null;
      }
    }
    return Optional.of(
        new Place(
            name,
            Optional.empty(),
            level == null ? Optional.empty() : Optional.of(PlaceLevel.valueOf(level)),
            List.of(),
            codes));
  }

  /**
   * The place an organ names only by its level (省委 → the province of the context, 市政府 → its
   * prefecture), when the context holds exactly one division of that level.
   */
  Optional<Place> ofLevelWord(String organ, Set<String> anchors) {
    String level =
        switch (organ.isEmpty() ? ' ' : organ.charAt(0)) {
          case '省' -> "PROVINCE";
          case '市' -> "PREFECTURE";
          case '县' -> "COUNTY";
          default -> null;
        };
    if (level == null) {
      return Optional.empty();
    }
    Division found = null;
    for (String a : anchors) {
      Division d = gazetteer.byCode(a);
      for (; d != null; d = gazetteer.byCode(d.parentCode())) {
        if (d.level().equals(level)) {
          if (found != null && !found.code().equals(d.code())) {
            return Optional.empty();
          }
          found = d;
        }
        if (d.parentCode().isEmpty()) {
          break;
        }
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Place(
            found.name(),
            Optional.of(found.code()),
            Optional.of(PlaceLevel.valueOf(found.level())),
            gazetteer.parents(found),
            List.of()));
  }

  /** 晋中市太谷区, 湖北宜昌: a place and its child written together; the last one. */
  private List<Division> chain(String name) {
    Gazetteer.Match m = gazetteer.matchAt(name, 0);
    if (m == null) {
      return List.of();
    }
    int end = m.length();
    List<Division> last = m.divisions();
    while (end < name.length()) {
      Gazetteer.Match c = gazetteer.childAt(name, end, last);
      if (c == null) {
        return List.of();
      }
      end += c.length();
      last = c.divisions();
    }
    return last;
  }

  /** The place a title or name opens with (晋中市太谷区委书记 → 晋中市太谷区) and its length. */
  int placePrefixLength(String s) {
    Gazetteer.Match m = gazetteer.matchAt(s, 0);
    if (m == null) {
      return 0;
    }
    int end = m.length();
    List<Division> last = m.divisions();
    for (int depth = 0; depth < 2 && end < s.length(); depth++) {
      Gazetteer.Match c = gazetteer.childAt(s, end, last);
      if (c == null) {
        break;
      }
      end += c.length();
      last = c.divisions();
    }
    return end;
  }
}
