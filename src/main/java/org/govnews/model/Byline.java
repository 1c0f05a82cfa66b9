package org.govnews.model;

import java.util.List;
import java.util.Optional;

/**
 * Who reports (电头 / 署名): {@code 本报讯(山西日报记者 杨文)}, {@code 新华社北京3月5日电(记者 张三)}, {@code 央视网消息(新闻联播):},
 * or reporters named at the end {@code (记者刘勇)}. Immutable.
 *
 * @param outlet the news outlet (山西日报, 新华社), if named
 * @param reporters reporters' names, in order
 * @param place the dateline place (北京), if given
 * @param raw the byline as printed, normalized
 * @param span where the byline stands
 */
public record Byline(
    Optional<String> outlet,
    List<String> reporters,
    Optional<String> place,
    String raw,
    Span span) {
  /**
   * Copies the list; rejects nulls.
   *
   * @param outlet the news outlet (山西日报, 新华社), if named
   * @param reporters reporters' names, in order
   * @param place the dateline place (北京), if given
   * @param raw the byline as printed, normalized
   * @param span where the byline stands
   */
  public Byline {
    java.util.Objects.requireNonNull(outlet, "outlet");
    reporters = List.copyOf(reporters);
    java.util.Objects.requireNonNull(place, "place");
    java.util.Objects.requireNonNull(raw, "raw");
    java.util.Objects.requireNonNull(span, "span");
  }
}
