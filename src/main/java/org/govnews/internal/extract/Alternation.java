package org.govnews.internal.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern {@code ^(?:A|B|…)$} of many alternatives that matches a region by trying only the
 * alternatives that can start with the region's first character. {@code java.util.regex} tries
 * every alternative in turn, and {@link PersonFinder#stripModifiers} runs its some seventy at each
 * possible modifier start, where most of the time went into alternatives failing on their first
 * character. Whether the region matches is the same either way: the pattern matches where one of
 * its alternatives does, and an alternative that cannot start with the first character cannot.
 *
 * <p>Which alternatives a character can start is worked out as {@link FirstChars} does, from each
 * alternative, the first time the character is asked about; the alternatives of a character are
 * compiled into one pattern, shared by the characters with the same ones. Matching uses transparent
 * bounds: lookaround sees the text around the region. Thread-safe: the table holds bytes written
 * whole, the patterns are published whole through a volatile array, and each thread keeps its own
 * matchers.
 */
final class Alternation {
  private static final byte UNKNOWN = 0;
  private static final byte NONE = 1;

  /**
   * Past this many distinct sets of alternatives (a byte holds the entry), the whole pattern stands
   * for a new one.
   */
  private static final int MAX_SETS = Byte.MAX_VALUE - 2;

  private final List<String> alternatives;

  /** Each alternative anchored, {@code ^(?:A)}, for the first-character test. */
  private final Pattern[] anchored;

  /** The set of alternatives of each character, as 2 + its index in {@link #patterns}. */
  private final byte[] known = new byte[Character.MAX_VALUE + 1];

  /** The alternation of each set of alternatives; the whole pattern first. */
  private volatile Pattern[] patterns;

  private final List<BitSet> sets = new ArrayList<>();

  private final ThreadLocal<Matcher[]> matchers = ThreadLocal.withInitial(() -> new Matcher[0]);

  /** The alternation of {@code pattern}'s top-level alternatives, matched as {@code ^(?:…)$}. */
  Alternation(String pattern) {
    alternatives = split(pattern);
    anchored = new Pattern[alternatives.size()];
    BitSet all = new BitSet();
    for (int i = 0; i < anchored.length; i++) {
      anchored[i] = Pattern.compile("^(?:" + alternatives.get(i) + ")");
      all.set(i);
    }
    sets.add(all);
    patterns = new Pattern[] {compile(all)};
  }

  /** The alternatives of {@code pattern}: split at each {@code |} outside groups and classes. */
  private static List<String> split(String pattern) {
    List<String> out = new ArrayList<>();
    int groups = 0;
    int classes = 0;
    int start = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        classes++;
      } else if (c == ']' && classes > 0) {
        classes--;
      } else if (classes == 0 && c == '(') {
        groups++;
      } else if (classes == 0 && c == ')') {
        groups--;
      } else if (classes == 0 && groups == 0 && c == '|') {
        out.add(pattern.substring(start, i));
        start = i + 1;
      }
    }
    out.add(pattern.substring(start));
    return List.copyOf(out);
  }

  private Pattern compile(BitSet set) {
    StringBuilder b = new StringBuilder("^(?:");
    for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
      b.append(b.length() > 4 ? "|" : "").append(alternatives.get(i));
    }
    return Pattern.compile(b.append(")$").toString());
  }

  /** Whether the whole of {@code s[from, to)} matches; {@code from < to}. */
  boolean matches(String s, int from, int to) {
    int k = known[s.charAt(from)];
    if (k == UNKNOWN) {
      k = learn(s.charAt(from));
    }
    if (k == NONE) {
      return false;
    }
    Matcher m = matcher(k - 2);
    boolean found = m.reset(s).region(from, to).matches();
    m.reset(""); // the thread's matcher must not keep the text alive
    return found;
  }

  private Matcher matcher(int set) {
    Matcher[] ms = matchers.get();
    if (set >= ms.length) {
      ms = Arrays.copyOf(ms, set + 1);
      matchers.set(ms);
    }
    Matcher m = ms[set];
    if (m == null) {
      Pattern[] p = patterns;
      m = (set < p.length ? p : published())[set].matcher("").useTransparentBounds(true);
      ms[set] = m;
    }
    return m;
  }

  /** Works out the alternatives {@code c} can start, and gives their set's entry of the table. */
  private synchronized int learn(char c) {
    BitSet set = new BitSet();
    for (int i = 0; i < anchored.length; i++) {
      var m = anchored[i].matcher(String.valueOf(c));
      if (m.lookingAt() || m.hitEnd()) {
        set.set(i);
      }
    }
    int entry = NONE;
    if (!set.isEmpty()) {
      int index = sets.indexOf(set);
      if (index < 0 && sets.size() < MAX_SETS) {
        index = sets.size();
        sets.add(set);
        Pattern[] p = Arrays.copyOf(patterns, index + 1);
        p[index] = compile(set);
        patterns = p;
      }
      entry = 2 + Math.max(index, 0);
    }
    known[c] = (byte) entry;
    return entry;
  }

  /**
   * The patterns once the thread has seen every write before {@link #learn}'s last: a thread that
   * read a table entry without the lock may still hold an older array.
   */
  private synchronized Pattern[] published() {
    return patterns;
  }
}
