package org.govnews.internal.normalize;

import org.govnews.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Normalized text that remembers, for every character, the range of the decoded input it came from,
 * so that every record's {@link Span} points into the input, not into this copy (the pattern of
 * Lucene's {@code CharFilter.correctOffset}). Immutable.
 */
public final class MappedText {
  private final String text;

  /**
   * The input range of character {@code k} is {@code [start[base + k], end[base + k])}: a slice
   * shares its source's arrays, which are never written after construction, rather than copying
   * four bytes twice over for every character of every line. Null when character {@code k} of the
   * whole text came from input char {@code k} (nothing dropped or expanded before it: most texts),
   * which spares an int a character of the input.
   */
  private final int @Nullable [] start;

  /**
   * Null when every character came from one input char, so that its range ends at its start + 1:
   * nearly every text, which then spends four bytes a character less.
   */
  private final int @Nullable [] end;

  private final int base;

  MappedText(String text, int @Nullable [] start, int @Nullable [] end) {
    this(text, start, end, 0);
  }

  private MappedText(String text, int @Nullable [] start, int @Nullable [] end, int base) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.base = base;
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
      int p =
          a < text.length()
              ? startOf(base + a)
              : (text.isEmpty() ? 0 : endOf(base + text.length() - 1));
      return new Span(p, p);
    }
    return new Span(startOf(base + a), endOf(base + b - 1));
  }

  private int startOf(int k) {
    return start == null ? k : start[k];
  }

  private int endOf(int k) {
    return end == null ? startOf(k) + 1 : end[k];
  }

  /** The starts of characters {@code [0, m)} into {@code s} from {@code at}. */
  private void copyStarts(int[] s, int at, int m) {
    if (start != null) {
      System.arraycopy(start, base, s, at, m);
    } else {
      for (int k = 0; k < m; k++) {
        s[at + k] = base + k;
      }
    }
  }

  /** The ends of characters {@code [0, m)} into {@code e} from {@code at}. */
  private void copyEnds(int[] e, int at, int m) {
    for (int k = 0; k < m; k++) {
      e[at + k] = endOf(base + k);
    }
  }

  /** The input span of all of it. */
  public Span span() {
    return span(0, text.length());
  }

  /** Characters {@code [a, b)} with their mapping. */
  public MappedText slice(int a, int b) {
    return new MappedText(text.substring(a, b), start, end, base + a);
  }

  /** This text followed by {@code other}: a paragraph the layout split, joined again. */
  public MappedText concat(MappedText other) {
    int n = text.length();
    int m = other.text.length();
    int[] s = new int[n + m];
    copyStarts(s, 0, n);
    other.copyStarts(s, n, m);
    int[] e = null;
    if (end != null || other.end != null) {
      e = new int[n + m];
      copyEnds(e, 0, n);
      other.copyEnds(e, n, m);
    }
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
    boolean ends = false;
    for (MappedText p : parts) {
      total += p.text.length();
      ends |= p.end != null;
    }
    StringBuilder sb = new StringBuilder(total);
    int[] s = new int[total];
    int[] e = ends ? new int[total] : null;
    int at = 0;
    for (MappedText p : parts) {
      int m = p.text.length();
      sb.append(p.text);
      p.copyStarts(s, at, m);
      if (e != null) {
        p.copyEnds(e, at, m);
      }
      at += m;
    }
    return new MappedText(sb.toString(), s, e);
  }

  /**
   * {@code label}, a space, then {@code value}: a field of a form laid out as a label line over a
   * value line (主席 / 柯文哲), read as the one-line field 主席 柯文哲. The space stands for the line break
   * between them and maps to it, so that the text still quotes the input.
   */
  public static MappedText field(MappedText label, MappedText value) {
    int n = label.text.length();
    int m = value.text.length();
    int[] s = new int[n + 1 + m];
    int[] e = new int[n + 1 + m];
    label.copyStarts(s, 0, n);
    label.copyEnds(e, 0, n);
    s[n] = label.endOf(label.base + n - 1);
    e[n] = Math.max(s[n], value.startOf(value.base));
    value.copyStarts(s, n + 1, m);
    value.copyEnds(e, n + 1, m);
    return new MappedText(label.text + ' ' + value.text, s, e);
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
