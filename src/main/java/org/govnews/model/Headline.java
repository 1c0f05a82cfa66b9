package org.govnews.model;

import java.util.Optional;

/**
 * The headline stack of an article (标题): kicker 引题 above the title, title 主题, subtitle 副题 below.
 * Immutable.
 *
 * @param kicker 引题
 * @param title 主题
 * @param subtitle 副题
 */
public record Headline(Optional<String> kicker, Optional<String> title, Optional<String> subtitle) {
  /**
   * Rejects null components.
   *
   * @param kicker 引题
   * @param title 主题
   * @param subtitle 副题
   */
  public Headline {
    java.util.Objects.requireNonNull(kicker, "kicker");
    java.util.Objects.requireNonNull(title, "title");
    java.util.Objects.requireNonNull(subtitle, "subtitle");
  }

  /**
   * A headline with no lines.
   *
   * @return the empty headline
   */
  public static Headline empty() {
    return new Headline(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
