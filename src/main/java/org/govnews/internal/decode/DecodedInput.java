package org.govnews.internal.decode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.govnews.model.Diagnostic;

/**
 * Decoded input: the text every span points into (for HTML, the page's article text with one block
 * a line), the charset used, and what the page's metadata said.
 *
 * @param text the decoded text
 * @param encoding the charset name
 * @param pageDate the publication date from HTML metadata, if any
 * @param pageSource the source outlet from HTML metadata (来源), if any
 * @param diagnostics what was worked around
 */
public record DecodedInput(
    String text,
    String encoding,
    Optional<LocalDate> pageDate,
    Optional<String> pageSource,
    List<Diagnostic> diagnostics) {
  /** Copies the list. */
  public DecodedInput {
    diagnostics = List.copyOf(diagnostics);
  }
}
