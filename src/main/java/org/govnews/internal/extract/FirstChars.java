package org.govnews.internal.extract;

import java.util.regex.Pattern;

/**
 * The characters a match of a pattern can start with, worked out from the pattern itself: a
 * one-character input that matches, or that the matcher ran past the end of ({@link
 * java.util.regex.Matcher#hitEnd()}: more input could make it match), is a possible first
 * character. Scanners test a position against this before running the pattern there, which keeps a
 * pattern tried at every position of a sentence cheap, and keeps the set from drifting when the
 * pattern changes.
 *
 * <p>Each character is worked out the first time it is asked about (a text meets a few thousand
 * distinct characters; trying all 65,536 up front costs most of a second). Thread-safe: the table
 * holds bytes, written whole, and two threads racing on one character compute the same answer.
 */
final class FirstChars {
  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;

  private final Pattern pattern;
  private final byte[] known = new byte[Character.MAX_VALUE + 1];

  /** The first characters of matches of {@code pattern}, which must be anchored with {@code ^}. */
  FirstChars(Pattern pattern) {
    this.pattern = pattern;
  }

  boolean mayStart(char c) {
    byte k = known[c];
    if (k == UNKNOWN) {
      var m = pattern.matcher(String.valueOf(c));
      k = m.lookingAt() || m.hitEnd() ? YES : NO;
      known[c] = k;
    }
    return k == YES;
  }
}
