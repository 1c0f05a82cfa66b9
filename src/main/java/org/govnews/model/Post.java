package org.govnews.model;

import java.util.Optional;

/**
 * One official title parsed into its parts (职务): {@code 省委副书记} → organ 省委, post 副书记, deputy; {@code
 * 省长} → organ 省政府, post 省长; {@code 署理政务司司长} → acting. Immutable.
 *
 * @param title the title as printed in the list of titles
 * @param place the place the title names (晋中市太谷区委书记 → 太谷区), if any
 * @param organ the body (区委, 省政府, 省疫情防控工作领导小组), if known
 * @param post the post (书记, 副书记, 省长, 组长)
 * @param deputy whether it is a deputy post (副…)
 * @param acting whether it is held in an acting capacity (代…, 署理…)
 */
public record Post(
    String title,
    Optional<Place> place,
    Optional<String> organ,
    String post,
    boolean deputy,
    boolean acting) {
  /**
   * Rejects nulls.
   *
   * @param title the title as printed in the list of titles
   * @param place the place the title names (晋中市太谷区委书记 → 太谷区), if any
   * @param organ the body (区委, 省政府, 省疫情防控工作领导小组), if known
   * @param post the post (书记, 副书记, 省长, 组长)
   * @param deputy whether it is a deputy post (副…)
   * @param acting whether it is held in an acting capacity (代…, 署理…)
   */
  public Post {
    java.util.Objects.requireNonNull(title, "title");
    java.util.Objects.requireNonNull(place, "place");
    java.util.Objects.requireNonNull(organ, "organ");
    java.util.Objects.requireNonNull(post, "post");
  }
}
