package org.govnews.model;

/**
 * Where a record came from: {@code [start, end)} in UTF-16 code units (Java {@code String} indices)
 * of the decoded input text, before any normalization. Immutable.
 *
 * @param start first index, inclusive
 * @param end last index, exclusive
 */
public record Span(int start, int end) {
  /**
   * Checks {@code 0 <= start <= end}.
   *
   * @param start first index, inclusive
   * @param end last index, exclusive
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /**
   * The text this span covers in {@code input}.
   *
   * @param input the decoded input, {@link Document#text()}
   * @return the covered text
   */
  public String of(String input) {
    return input.substring(start, end);
  }
}
