package org.govnews.internal.normalize;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.govnews.model.Script;
import org.jspecify.annotations.Nullable;

/**
 * Puts decoded text into govnews' canonical form, one code point at a time, keeping the offset map:
 *
 * <ul>
 *   <li>NFKC for width: fullwidth digits, letters and {@code ，：；！？（）} become ASCII, the ideographic
 *       space a space;
 *   <li>except {@code …} and circled numbers {@code ①②}, which NFKC would expand or run together;
 *   <li>corner quotes {@code 「」『』} become {@code “”‘’}; the middle-dot variants of ethnic names
 *       become {@code ·};
 *   <li>traditional characters become simplified through a character table generated from ICU's
 *       Traditional-Simplified transliterator ({@code t2s.tsv});
 *   <li>default-ignorable characters (zero-width space, BOM, soft hyphen, bidi controls) are
 *       dropped; a lone surrogate becomes U+FFFD.
 * </ul>
 *
 * Thread-safe: the tables are immutable after construction.
 */
public final class TextNormalizer {

  /** The canonical text and what the script looked like. */
  public record Result(MappedText text, Script script) {}

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static volatile @Nullable TextNormalizer instance;

  /** What a BMP character becomes, by {@link #kinds}: one char ({@link #chars}), or none. */
  private static final byte ONE = 0;

  /** One char, a traditional character's simplified form: evidence of traditional script. */
  private static final byte TRADITIONAL = 1;

  /** One char, a form only simplified script writes: evidence of simplified script. */
  private static final byte SIMPLIFIED = 2;

  private static final byte DROP = 3;

  /** A surrogate, or a character NFKC expands: mapped by code point, off the table. */
  private static final byte BY_CODE_POINT = 4;

  /**
   * Every BMP character's canonical form, decided once, so that the common character costs two
   * array reads rather than the table, special-case and ICU checks in turn.
   */
  private final byte[] kinds = new byte[0x10000];

  private final char[] chars = new char[0x10000];
  private final Map<Integer, Integer> supplementary = new HashMap<>();

  private TextNormalizer() {
    char[] bmp = new char[0x10000];
    boolean[] simplifiedForm = new boolean[0x10000];
    String path = "/org/govnews/lexicon/t2s.tsv";
    try (InputStream in = TextNormalizer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 0);
        if (cols.length < 2
            || cols[0].codePointCount(0, cols[0].length()) != 1
            || cols[1].codePointCount(0, cols[1].length()) != 1) {
          throw new IllegalStateException("t2s.tsv:" + n + ": expected two single characters");
        }
        int t = cols[0].codePointAt(0);
        int s = cols[1].codePointAt(0);
        if (t < 0x10000 && s < 0x10000) {
          bmp[t] = (char) s;
          simplifiedForm[s] = true;
        } else {
          supplementary.put(t, s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // a simplified form that is also a source (its own traditional character) is no evidence
    for (int c = 0; c < 0x10000; c++) {
      if (bmp[c] != 0) {
        simplifiedForm[c] = false;
      }
    }
    for (int c = 0; c < 0x10000; c++) {
      classify((char) c, bmp, simplifiedForm);
    }
  }

  /** Fills the tables for {@code c}; the order of the checks decides which mapping wins. */
  private void classify(char c, char[] bmp, boolean[] simplifiedForm) {
    chars[c] = c;
    if (Character.isSurrogate(c)) {
      kinds[c] = BY_CODE_POINT;
    } else if (c < 0x80) {
      kinds[c] = ONE;
    } else if (bmp[c] != 0) {
      kinds[c] = TRADITIONAL;
      chars[c] = bmp[c];
    } else if (simplifiedForm[c]) {
      kinds[c] = SIMPLIFIED;
    } else {
      int mapped = mapSpecial(c);
      if (mapped == -2) {
        kinds[c] = DROP;
      } else if (mapped >= 0) {
        kinds[c] = ONE;
        chars[c] = (char) mapped;
      } else if (NFKC.isInert(c)) {
        kinds[c] = ONE;
      } else {
        String rep = NFKC.normalize(String.valueOf(c));
        kinds[c] = rep.isEmpty() ? DROP : rep.length() == 1 ? ONE : BY_CODE_POINT;
        chars[c] = rep.length() == 1 ? rep.charAt(0) : c;
      }
    }
  }

  /** The shared instance; the table loads on first use. */
  public static TextNormalizer get() {
    TextNormalizer n = instance;
    if (n == null) {
      synchronized (TextNormalizer.class) {
        n = instance;
        if (n == null) {
          n = new TextNormalizer();
          instance = n;
        }
      }
    }
    return n;
  }

  /** The canonical form of {@code input}, with its offset map. */
  public Result normalize(String input) {
    int n = input.length();
    char[] out = new char[n];
    // made at the first character that does not come from the input char of its own index (one
    // dropped or expanded before it): null, the map is the identity, as it is for most texts
    int @Nullable [] start = null;
    int @Nullable [] end =
        null; // made at the first character from two input chars (a surrogate pair)
    int len = 0;
    int traditional = 0;
    int simplified = 0;
    int i = 0;
    while (i < n) {
      char c = input.charAt(i);
      byte kind = kinds[c];
      if (kind == BY_CODE_POINT
          && Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(input.charAt(i + 1)))) {
        c = '\uFFFD'; // a lone surrogate
        kind = kinds[c];
      }
      if (kind == DROP) {
        i++;
      } else if (kind != BY_CODE_POINT) {
        if (len == out.length) {
          out = Arrays.copyOf(out, 2 * len + 1);
          start = start == null ? null : Arrays.copyOf(start, out.length);
          end = end == null ? null : Arrays.copyOf(end, out.length);
        }
        out[len] = chars[c];
        if (start == null && i != len) {
          start = identity(out.length, len);
        }
        if (start != null) {
          start[len] = i;
        }
        if (end != null) {
          end[len] = i + 1;
        }
        len++;
        traditional += kind == TRADITIONAL ? 1 : 0;
        simplified += kind == SIMPLIFIED ? 1 : 0;
        i++;
      } else {
        int cp = input.codePointAt(i);
        int width = Character.charCount(cp);
        Integer simple = supplementary.get(cp);
        String rep;
        if (simple != null) {
          rep = Character.toString(simple);
          traditional++;
        } else {
          rep = NFKC.isInert(cp) ? Character.toString(cp) : NFKC.normalize(Character.toString(cp));
        }
        if (len + rep.length() > out.length) {
          out = Arrays.copyOf(out, 2 * (len + rep.length()));
          start = start == null ? null : Arrays.copyOf(start, out.length);
          end = end == null ? null : Arrays.copyOf(end, out.length);
        }
        if (end == null && width > 1) {
          end = new int[out.length];
          for (int k = 0; k < len; k++) {
            end[k] = (start == null ? k : start[k]) + 1;
          }
        }
        for (int k = 0; k < rep.length(); k++) {
          out[len] = rep.charAt(k);
          if (start == null && i != len) {
            start = identity(out.length, len);
          }
          if (start != null) {
            start[len] = i;
          }
          if (end != null) {
            end[len] = i + width;
          }
          len++;
        }
        i += width;
      }
    }
    if (traditional > 0) {
      zhuoToZhe(out, len);
    }
    MappedText text =
        new MappedText(
            new String(out, 0, len),
            start == null || len == start.length ? start : Arrays.copyOf(start, len),
            end == null || len == end.length ? end : Arrays.copyOf(end, len));
    return new Result(text, script(traditional, simplified));
  }

  /** An offset map of {@code length} whose first {@code filled} entries are their own index. */
  private static int[] identity(int length, int filled) {
    int[] start = new int[length];
    for (int k = 0; k < filled; k++) {
      start[k] = k;
    }
    return start;
  }

  /** Characters before 著 that make it the particle 着 (随著, 本著, 有著, 意味著). */
  private static final String ZHE_AFTER = "随本接有味沿朝顺向为看带穿拿跟照凭靠试紧";

  /** Characters after 著 that make it 着 (著力, 著手, 著重, 著眼). */
  private static final String ZHUO_BEFORE = "力手重眼想落陆装急迷";

  /**
   * Traditional text writes 着 as 著 (隨著, 著力); the character table cannot tell it from 著 of 著名, so
   * the words around it decide: one character in, one out, as the table.
   */
  private static void zhuoToZhe(char[] out, int len) {
    for (int k = 0; k < len; k++) {
      if (out[k] == '著'
          && ((k > 0 && ZHE_AFTER.indexOf(out[k - 1]) >= 0)
              || (k + 1 < len && ZHUO_BEFORE.indexOf(out[k + 1]) >= 0))) {
        out[k] = '着';
      }
    }
  }

  private static Script script(int traditional, int simplified) {
    if (traditional >= 3 && traditional >= 4 * simplified) {
      return Script.TRADITIONAL;
    }
    if (traditional >= 3 && simplified < 4 * traditional) {
      return Script.MIXED;
    }
    return Script.SIMPLIFIED;
  }

  /** The canonical replacement of a punctuation variant, -2 to drop, -1 for none. */
  private static int mapSpecial(int cp) {
    switch (cp) {
      case '「' -> {
        return '“';
      }
      case '」' -> {
        return '”';
      }
      case '『' -> {
        return '‘';
      }
      case '』' -> {
        return '’';
      }
      case '・', '‧', '•', '･', '∙' -> {
        return '·';
      }
      case '…', '⋯' -> {
        return cp;
      }
      case 0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF -> {
        return -2;
      }
      default -> {
        // not a special case: the range checks below
      }
    }
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      return -2; // bidi embedding controls
    }
    if ((cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x3220 && cp <= 0x3243)) {
      return cp; // ①②, ⑴, ㈠: NFKC would run list markers together
    }
    return -1;
  }
}
