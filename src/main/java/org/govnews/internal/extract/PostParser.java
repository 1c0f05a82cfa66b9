package org.govnews.internal.extract;

import java.util.Optional;
import java.util.Set;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.model.Place;
import org.govnews.model.Post;

/**
 * Parses a title into place, organ and post (职务): {@code 省委副书记} → organ 省委, post 副书记; {@code 省长} →
 * organ 省政府 (implied, {@code post-organs.tsv}); {@code 晋中市太谷区委书记} → place 太谷区, organ 区委, post 书记;
 * {@code 署理政务司司长} → acting. Thread-safe.
 */
final class PostParser {
  private final Lexicon lexicon;
  private final PlaceResolver places;

  PostParser(Lexicon lexicon, PlaceResolver places) {
    this.lexicon = lexicon;
    this.places = places;
  }

  Post parse(String title, Set<String> anchors) {
    String t = title;
    boolean acting = false;
    if (t.startsWith("署理")) {
      acting = true;
      t = t.substring(2);
    } else if (t.startsWith("代") && t.length() <= 5 && lexicon.isPost(t.substring(1))) {
      acting = true; // 代省长, 代市长
      t = t.substring(1);
    }
    int placeEnd = places.placePrefixLength(t);
    Optional<Place> place = Optional.empty();
    String placeName = "";
    if (placeEnd > 0) {
      placeName = t.substring(0, placeEnd);
      place = places.resolve(lastLevel(placeName), anchors);
      t = t.substring(placeEnd);
    }
    int postLen = postLength(t);
    String post = postLen > 0 ? t.substring(t.length() - postLen) : t;
    String organ = t.substring(0, t.length() - post.length());
    if (organ.endsWith("常务")) {
      post = "常务" + post;
      organ = organ.substring(0, organ.length() - 2);
    }
    if (!placeName.isEmpty()
        && (organ.startsWith("委")
            || organ.startsWith("政府")
            || organ.startsWith("人民政府")
            || organ.startsWith("人大")
            || organ.startsWith("政协")
            || organ.startsWith("纪委"))) {
      organ = placeName.substring(placeName.length() - 1) + organ; // 太谷区委: 区 + 委
    }
    if (organ.isEmpty()) {
      String implied = lexicon.impliedOrgan(post.startsWith("常务") ? post.substring(2) : post);
      organ = implied == null ? "" : implied;
    }
    return new Post(
        title,
        place,
        organ.isEmpty() ? Optional.empty() : Optional.of(organ),
        post,
        post.contains("副"),
        acting);
  }

  /** Characters an organ's name ends with (省委, 工作领导小组, 政务司, 街道办事处, 全国政协). */
  private static final String ORGAN_END = "委组会局厅部院府室司署处办队团社所校站心协联盟党宫馆台报行";

  /**
   * The post at the end of {@code t}: the shortest title head that leaves an organ before it (党组书记
   * → 省人大常委会党组 + 书记), else the longest head (副县长).
   */
  private int postLength(String t) {
    for (int len = 1; len < t.length(); len++) {
      if (ORGAN_END.indexOf(t.charAt(t.length() - len - 1)) >= 0
          && lexicon.isPost(t, t.length() - len, t.length())) {
        return len;
      }
    }
    return lexicon.postEndingAt(t, t.length());
  }

  /** 晋中市太谷区 → 太谷区: the most specific place of a chain. */
  private String lastLevel(String chain) {
    for (int i = 1; i < chain.length() - 1; i++) {
      char c = chain.charAt(i - 1);
      if ((c == '省' || c == '市' || c == '州' || c == '盟')
          && lexicon.gazetteer().isPlace(chain.substring(i))) {
        return chain.substring(i);
      }
    }
    return chain;
  }
}
