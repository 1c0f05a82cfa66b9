package org.govnews.model;

import java.util.List;
import java.util.Optional;

/**
 * Where a meeting sits: the main venue 主会场 and branch venues 分会场. Immutable.
 *
 * @param main 主会场
 * @param branches 分会场, in printed order
 */
public record Venues(Optional<String> main, List<String> branches) {
  /**
   * Copies the list; rejects nulls.
   *
   * @param main 主会场
   * @param branches 分会场, in printed order
   */
  public Venues {
    java.util.Objects.requireNonNull(main, "main");
    branches = List.copyOf(branches);
  }

  /**
   * No venues stated.
   *
   * @return venues with no main venue and no branches
   */
  public static Venues none() {
    return new Venues(Optional.empty(), List.of());
  }
}
