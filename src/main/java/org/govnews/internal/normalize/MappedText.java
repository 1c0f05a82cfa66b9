package org.govnews.internal.normalize;

import org.govnews.model.Span;

/**
 * Normalized text that remembers, for every character, the range of the decoded input it came from,
 * so that every record's {@link Span} points into the input, not into this copy (the pattern of
 * Lucene's {@code CharFilter.correctOffset}). Immutable.
 */
public final class MappedText {
  private final String text;
  private final int[] start;
  private final int[] end;

  MappedText(String text, int[] start, int[] end) {
    this.text = text;
    this.start = start;
    this.end = end;
  }

  /** The normalized characters. */
  public String text() {
    return text;
  }

  /** Number of normalized characters. */
  public int length() {
    return text.length();
  }

  /** The input span of normalized characters {@code [a, b)}; empty ranges map to a point. */
  public Span span(int a, int b) {
    if (a >= b) {
      int p = a < text.length() ? start[a] : (text.isEmpty() ? 0 : end[text.length() - 1]);
      return new Span(p, p);
    }
    return new Span(start[a], end[b - 1]);
  }

  /** The input span of all of it. */
  public Span span() {
    return span(0, text.length());
  }

  /** Characters {@code [a, b)} with their mapping. */
  public MappedText slice(int a, int b) {
    return new MappedText(
        text.substring(a, b),
        java.util.Arrays.copyOfRange(start, a, b),
        java.util.Arrays.copyOfRange(end, a, b));
  }

  /** This text followed by {@code other}: a paragraph the layout split, joined again. */
  public MappedText concat(MappedText other) {
    int n = text.length();
    int m = other.text.length();
    int[] s = java.util.Arrays.copyOf(start, n + m);
    int[] e = java.util.Arrays.copyOf(end, n + m);
    System.arraycopy(other.start, 0, s, n, m);
    System.arraycopy(other.end, 0, e, n, m);
    return new MappedText(text + other.text, s, e);
  }

  /**
   * The texts in order, joined in one pass: a paragraph the layout split into many lines, joined
   * again. Linear in the total length, where repeated {@link #concat} would be quadratic.
   */
  public static MappedText join(java.util.List<MappedText> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int total = 0;
    for (MappedText p : parts) {
      total += p.text.length();
    }
    StringBuilder sb = new StringBuilder(total);
    int[] s = new int[total];
    int[] e = new int[total];
    int at = 0;
    for (MappedText p : parts) {
      int m = p.text.length();
      sb.append(p.text);
      System.arraycopy(p.start, 0, s, at, m);
      System.arraycopy(p.end, 0, e, at, m);
      at += m;
    }
    return new MappedText(sb.toString(), s, e);
  }

  /** Without leading and trailing white space. */
  public MappedText strip() {
    return strip(0, text.length());
  }

  /**
   * Characters {@code [a, b)} without leading and trailing white space: a line of a page, copied
   * once rather than sliced and then sliced again.
   */
  public MappedText strip(int a, int b) {
    while (a < b && isBlank(text.charAt(a))) {
      a++;
    }
    while (b > a && isBlank(text.charAt(b - 1))) {
      b--;
    }
    return a == 0 && b == text.length() ? this : slice(a, b);
  }

  /** White space, controls and format characters: what a paragraph need not hold. */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT;
  }

  @Override
  public String toString() {
    return text;
  }
}
