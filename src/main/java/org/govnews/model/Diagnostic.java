package org.govnews.model;

/**
 * Something the parser noticed about the input and worked around (a replaced malformed byte, a
 * declared charset that did not fit). Diagnostics are content problems, never logged. Immutable.
 *
 * @param code a stable machine-readable code (MALFORMED_INPUT, CHARSET_MISMATCH, …)
 * @param message a human-readable sentence
 */
public record Diagnostic(String code, String message) {
  /**
   * Rejects nulls.
   *
   * @param code a stable machine-readable code (MALFORMED_INPUT, CHARSET_MISMATCH, …)
   * @param message a human-readable sentence
   */
  public Diagnostic {
    java.util.Objects.requireNonNull(code, "code");
    java.util.Objects.requireNonNull(message, "message");
  }
}
