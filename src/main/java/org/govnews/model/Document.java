package org.govnews.model;

import java.util.List;

/**
 * The result of parsing one input (一个页面): the articles it holds and what was noticed on the way.
 * Immutable. {@code text} is the decoded input every {@link Span} points into: the input itself for
 * text, the text extracted from the page (one block a line) for HTML.
 *
 * @param source the path or name the caller gave
 * @param encoding the charset the bytes were decoded as (UTF-16 for a {@code String})
 * @param script the script of the input
 * @param text the decoded input
 * @param articles articles in page order; empty for a blank input
 * @param diagnostics content problems worked around
 */
public record Document(
    String source,
    String encoding,
    Script script,
    String text,
    List<Article> articles,
    List<Diagnostic> diagnostics) {
  /**
   * Copies the lists; rejects nulls.
   *
   * @param source the path or name the caller gave
   * @param encoding the charset the bytes were decoded as (UTF-16 for a {@code String})
   * @param script the script of the input
   * @param text the decoded input
   * @param articles articles in page order; empty for a blank input
   * @param diagnostics content problems worked around
   */
  public Document {
    java.util.Objects.requireNonNull(source, "source");
    java.util.Objects.requireNonNull(encoding, "encoding");
    java.util.Objects.requireNonNull(script, "script");
    java.util.Objects.requireNonNull(text, "text");
    articles = List.copyOf(articles);
    diagnostics = List.copyOf(diagnostics);
  }
}
