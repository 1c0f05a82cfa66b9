package org.govnews.model;

import java.util.Optional;

/**
 * One sentence of a reported statement (讲话要点 / 会议指出): who said it, the verb that governs it (强调 /
 * 指出 / 要求 …) and what was said, without the {@code 林武强调,} lead. A speech goes on over later
 * sentences and bare {@code 要…} paragraphs until another speaker takes over; each of those
 * sentences is a directive of the same speaker. Immutable.
 *
 * @param speaker the person (他/她 resolved); empty for the collective {@code 会议指出}
 * @param verb the governing reporting verb
 * @param kind requirement or assessment
 * @param text the sentence without its lead, normalized
 * @param span where {@code text} stands
 */
public record Directive(
    Optional<String> speaker, Optional<String> verb, DirectiveKind kind, String text, Span span) {
  /**
   * Rejects nulls.
   *
   * @param speaker the person (他/她 resolved); empty for the collective {@code 会议指出}
   * @param verb the governing reporting verb
   * @param kind requirement or assessment
   * @param text the sentence without its lead, normalized
   * @param span where {@code text} stands
   */
  public Directive {
    java.util.Objects.requireNonNull(speaker, "speaker");
    java.util.Objects.requireNonNull(verb, "verb");
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(span, "span");
  }
}
