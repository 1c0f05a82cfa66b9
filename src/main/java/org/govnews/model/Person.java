package org.govnews.model;

import java.util.List;

/**
 * A person the article names (人物), attendee or not, at the first mention, with the titles bound to
 * the name anywhere in the article. Immutable.
 *
 * @param name the name
 * @param titles titles in the order first seen
 * @param span the first mention
 * @param posts the titles parsed, parallel to {@code titles}
 */
public record Person(String name, List<String> titles, Span span, List<Post> posts) {
  /**
   * Copies the list; rejects nulls.
   *
   * @param name the name
   * @param titles titles in the order first seen
   * @param span the first mention
   * @param posts the titles parsed, parallel to {@code titles}
   */
  public Person {
    java.util.Objects.requireNonNull(name, "name");
    titles = List.copyOf(titles);
    java.util.Objects.requireNonNull(span, "span");
    posts = List.copyOf(posts);
  }
}
