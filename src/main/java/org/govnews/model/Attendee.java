package org.govnews.model;

import java.util.List;

/**
 * A person named at a meeting (与会人员) with the titles the text binds to the name and what the person
 * does there. Immutable.
 *
 * @param name the name, normalized (蓝佛安)
 * @param titles the title chain in printed order (省委副书记, 省长, …)
 * @param role what the person does
 * @param span where the name stands
 * @param posts the titles parsed, parallel to {@code titles}
 */
public record Attendee(String name, List<String> titles, Role role, Span span, List<Post> posts) {
  /**
   * Copies the list; rejects nulls.
   *
   * @param name the name, normalized (蓝佛安)
   * @param titles the title chain in printed order (省委副书记, 省长, …)
   * @param role what the person does
   * @param span where the name stands
   * @param posts the titles parsed, parallel to {@code titles}
   */
  public Attendee {
    java.util.Objects.requireNonNull(name, "name");
    titles = List.copyOf(titles);
    java.util.Objects.requireNonNull(role, "role");
    java.util.Objects.requireNonNull(span, "span");
    posts = List.copyOf(posts);
  }
}
