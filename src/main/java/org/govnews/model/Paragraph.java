package org.govnews.model;

/**
 * A paragraph after layout repair (段落): lines the page layout split mid-sentence are joined.
 * Immutable.
 *
 * @param text normalized text
 * @param span from its first to its last character in the input
 */
public record Paragraph(String text, Span span) {
  /**
   * Rejects nulls.
   *
   * @param text normalized text
   * @param span from its first to its last character in the input
   */
  public Paragraph {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(span, "span");
  }
}
