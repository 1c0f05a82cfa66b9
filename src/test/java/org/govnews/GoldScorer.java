package org.govnews;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.govnews.model.Article;
import org.govnews.model.Attendee;
import org.govnews.model.Directive;
import org.govnews.model.DistrictBrief;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.govnews.model.PartialDate;

/**
 * Compares a parsed document with the expected records of a testdata article, figure by figure
 * (meeting, meeting.chair, attendee, attendee.role, attendee.titles, directive, directive.speaker,
 * brief, brief.date, reporter, outlet, articles), the way the project's corpus scorer does: loose
 * text comparison (NFKC, no spaces or punctuation), meetings matched by name similarity.
 */
final class GoldScorer {

  /** True/false positives and false negatives of one figure. */
  static final class Tally {
    int tp;
    int fp;
    int fn;

    double f1() {
      double p = tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%.3f (%d/%d/%d)", f1(), tp, fp, fn);
    }
  }

  final Map<String, Tally> figures = new LinkedHashMap<>();
  final List<String> misses = new ArrayList<>();

  private Tally t(String k) {
    return figures.computeIfAbsent(k, x -> new Tally());
  }

  private void ok(String k, boolean ok, String name, String what) {
    if (ok) {
      t(k).tp++;
    } else {
      t(k).fn++;
      misses.add(name + ": " + what);
    }
  }

  static String canon(Object o) {
    if (o == null) {
      return "";
    }
    String s = Normalizer.normalize(o.toString(), Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              boolean punct =
                  type == Character.CONNECTOR_PUNCTUATION
                      || type == Character.DASH_PUNCTUATION
                      || type == Character.START_PUNCTUATION
                      || type == Character.END_PUNCTUATION
                      || type == Character.INITIAL_QUOTE_PUNCTUATION
                      || type == Character.FINAL_QUOTE_PUNCTUATION
                      || type == Character.OTHER_PUNCTUATION;
              if (!Character.isWhitespace(cp) && !punct) {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString();
  }

  static double similar(String a, String b) {
    Set<String> x = bigrams(a);
    Set<String> y = bigrams(b);
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    return x.isEmpty() || y.isEmpty() ? 0 : 2.0 * both.size() / (x.size() + y.size());
  }

  private static Set<String> bigrams(String s) {
    String c = canon(s);
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 <= c.length(); i++) {
      out.add(c.substring(i, i + 2));
    }
    if (out.isEmpty()) {
      out.add(c);
    }
    return out;
  }

  private static boolean sameDate(Object gold, String got) {
    if (gold == null) {
      return got == null;
    }
    String g = gold.toString();
    if (got == null) {
      return false;
    }
    if (g.equals(got)) {
      return true; // a day-only answer equal to a day-only reading (score.py cannot accept one)
    }
    if (g.startsWith("---")) {
      return got.endsWith("-" + g.substring(3)) && got.length() > 5;
    }
    return g.substring(g.length() - 5)
        .equals(got.length() >= 5 ? got.substring(got.length() - 5) : got);
  }

  @SuppressWarnings("unchecked")
  void score(String name, Map<String, Object> gold, Document doc) {
    List<Meeting> pm = new ArrayList<>();
    List<Directive> pd = new ArrayList<>();
    for (Article a : doc.articles()) {
      pm.addAll(a.meetings());
      pd.addAll(a.directives());
      for (DistrictBrief b : a.districtBriefs()) {
        b.meeting().ifPresent(pm::add);
        pd.addAll(b.directives());
      }
    }
    Set<Integer> used = new HashSet<>();
    List<Map<String, Object>> gms =
        (List<Map<String, Object>>) gold.getOrDefault("meetings", List.of());
    for (Map<String, Object> gm : gms) {
      int best = -1;
      double bs = 0;
      for (int i = 0; i < pm.size(); i++) {
        if (used.contains(i)) {
          continue;
        }
        double s = similar((String) gm.get("name"), pm.get(i).name());
        if (gm.get("chair") != null
            && pm.get(i).chair().isPresent()
            && canon(gm.get("chair")).equals(canon(pm.get(i).chair().get()))) {
          s += 0.25;
        }
        if (s > bs) {
          best = i;
          bs = s;
        }
      }
      if (best < 0 || bs < 0.5) {
        ok("meeting", false, name, "meeting not found: " + gm.get("name"));
        continue;
      }
      used.add(best);
      Meeting m = pm.get(best);
      t("meeting").tp++;
      compare(name, "meeting.chair", gm.get("chair"), m.chair().orElse(null));
      compare(
          name,
          "meeting.ordinal",
          gm.get("ordinal"),
          m.ordinal().isPresent() ? m.ordinal().getAsInt() : null);
      compare(name, "meeting.format", gm.get("format"), m.format().map(Enum::name).orElse(null));
      if (gm.get("date") != null) {
        String got = m.date().map(PartialDate::toIso).orElse(null);
        ok(
            "meeting.date",
            sameDate(gm.get("date"), got),
            name,
            "date of " + gm.get("name") + ": " + gm.get("date") + " got " + got);
      }
      ok(
          "meeting.name",
          similar((String) gm.get("name"), m.name()) >= 0.9,
          name,
          "meeting name " + gm.get("name") + " got " + m.name());
    }
    t("meeting").fp += 0;
    for (int i = 0; i < pm.size(); i++) {
      if (!used.contains(i)) {
        misses.add(name + ": meeting not expected (informational): " + pm.get(i).name());
      }
    }
    Map<String, Map<String, Object>> gatt = new LinkedHashMap<>();
    for (Map<String, Object> gm : gms) {
      for (Map<String, Object> a :
          (List<Map<String, Object>>) gm.getOrDefault("attendees", List.of())) {
        gatt.putIfAbsent(canon(a.get("name")), a);
      }
    }
    Map<String, Attendee> patt = new LinkedHashMap<>();
    for (Meeting m : pm) {
      for (Attendee a : m.attendees()) {
        patt.putIfAbsent(canon(a.name()), a);
      }
    }
    for (Map.Entry<String, Map<String, Object>> e : gatt.entrySet()) {
      Attendee a = patt.get(e.getKey());
      if (a == null) {
        ok("attendee", false, name, "attendee missed: " + e.getKey());
        continue;
      }
      t("attendee").tp++;
      String role =
          Objects.toString(e.getValue().get("role"), "").toUpperCase(java.util.Locale.ROOT);
      role = role.equals("REPORTER") ? "PRESENTER" : role;
      ok(
          "attendee.role",
          role.equals(a.role().name()),
          name,
          "role of " + e.getKey() + ": " + role + " got " + a.role());
      Set<String> gt = new HashSet<>();
      for (Object x : (List<Object>) e.getValue().getOrDefault("titles", List.of())) {
        gt.add(canon(x));
      }
      Set<String> pt = new HashSet<>();
      a.titles().forEach(x -> pt.add(canon(x)));
      Tally tt = t("attendee.titles");
      for (String x : pt) {
        if (gt.contains(x)) {
          tt.tp++;
        } else {
          tt.fp++;
        }
      }
      for (String x : gt) {
        if (!pt.contains(x)) {
          tt.fn++;
        }
      }
      if (!gt.equals(pt)) {
        misses.add(name + ": titles of " + e.getKey() + ": " + gt + " got " + pt);
      }
    }
    for (String n : patt.keySet()) {
      if (!gatt.containsKey(n)) {
        t("attendee").fp++;
        misses.add(name + ": attendee not expected: " + n);
      }
    }
    for (Map<String, Object> gd :
        (List<Map<String, Object>>) gold.getOrDefault("directives", List.of())) {
      String core = canon(gd.get("text_starts"));
      core = core.startsWith("要") ? core.substring(1) : core;
      String key = core.substring(0, Math.min(8, core.length()));
      List<Directive> hits = new ArrayList<>();
      for (Directive d : pd) {
        if (!key.isEmpty() && canon(d.text()).contains(key)) {
          hits.add(d);
        }
      }
      if (hits.isEmpty()) {
        ok(
            "directive",
            false,
            name,
            "directive missed: " + gd.get("speaker") + " " + gd.get("text_starts"));
        continue;
      }
      t("directive").tp++;
      String sp = canon(gd.get("speaker"));
      boolean good =
          hits.stream()
              .anyMatch(
                  d ->
                      sp.equals("会议")
                          ? d.speaker().isEmpty() || canon(d.speaker().get()).equals("会议")
                          : canon(d.speaker().orElse("")).equals(sp));
      ok(
          "directive.speaker",
          good,
          name,
          "speaker of "
              + gd.get("text_starts")
              + ": "
              + sp
              + " got "
              + hits.stream().map(d -> d.speaker().orElse("-")).toList());
    }
    Map<String, Map<String, Object>> gb = new LinkedHashMap<>();
    for (Map<String, Object> b :
        (List<Map<String, Object>>) gold.getOrDefault("district_briefs", List.of())) {
      gb.put(canon(b.get("district")), b);
    }
    Map<String, DistrictBrief> pb = new LinkedHashMap<>();
    for (Article a : doc.articles()) {
      for (DistrictBrief b : a.districtBriefs()) {
        pb.putIfAbsent(canon(b.district()), b);
      }
    }
    for (Map.Entry<String, Map<String, Object>> e : gb.entrySet()) {
      DistrictBrief b = pb.get(e.getKey());
      if (b == null) {
        ok("brief", false, name, "brief missed: " + e.getKey());
        continue;
      }
      t("brief").tp++;
      String got = b.date().map(PartialDate::toIso).orElse(null);
      if (e.getValue().get("date") != null || got != null) {
        ok(
            "brief.date",
            sameDate(e.getValue().get("date"), got),
            name,
            "brief date " + e.getKey() + ": " + e.getValue().get("date") + " got " + got);
      }
    }
    for (String d : pb.keySet()) {
      if (!gb.containsKey(d)) {
        t("brief").fp++;
        misses.add(name + ": brief not expected: " + d);
      }
    }
    Set<String> greps = new HashSet<>();
    ((List<Object>) gold.getOrDefault("reporters", List.of())).forEach(r -> greps.add(canon(r)));
    Set<String> preps = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    for (Article a : doc.articles()) {
      a.byline()
          .ifPresent(
              b -> {
                b.reporters().forEach(r -> preps.add(canon(r)));
                b.outlet().ifPresent(o -> outlets.add(canon(o)));
              });
    }
    Tally rt = t("reporter");
    for (String r : preps) {
      if (greps.contains(r)) {
        rt.tp++;
      } else {
        rt.fp++;
      }
    }
    for (String r : greps) {
      if (!preps.contains(r)) {
        rt.fn++;
      }
    }
    if (!greps.equals(preps)) {
      misses.add(name + ": reporters " + greps + " got " + preps);
    }
    if (gold.get("source") != null) {
      ok(
          "outlet",
          outlets.contains(canon(gold.get("source"))),
          name,
          "outlet " + gold.get("source") + " got " + outlets);
    }
    if (gold.get("articles") != null) {
      ok(
          "articles",
          ((Number) gold.get("articles")).intValue() == doc.articles().size(),
          name,
          "articles " + gold.get("articles") + " got " + doc.articles().size());
    }
    if (gold.get("editors") != null) {
      Set<String> ge = new HashSet<>();
      ((List<Object>) gold.get("editors")).forEach(x -> ge.add(canon(x)));
      Set<String> pe = new HashSet<>();
      doc.articles().forEach(a -> a.editors().forEach(x -> pe.add(canon(x))));
      ok("editors", ge.equals(pe), name, "editors " + ge + " got " + pe);
    }
  }

  private void compare(String name, String key, Object gold, Object got) {
    if (gold == null) {
      return;
    }
    boolean same = canon(gold).equalsIgnoreCase(canon(got));
    ok(key, same, name, key + ": " + gold + " got " + got);
  }
}
