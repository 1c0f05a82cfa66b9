package org.govnews.internal.normalize;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  private final char[] bmp = new char[0x10000];
  private final Map<Integer, Integer> supplementary = new HashMap<>();
  private final boolean[] simplifiedForm = new boolean[0x10000];

  private TextNormalizer() {
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
    StringBuilder out = new StringBuilder(n);
    int[] start = new int[n + 1];
    int[] end = new int[n + 1];
    int traditional = 0;
    int simplified = 0;
    int i = 0;
    while (i < n) {
      char c = input.charAt(i);
      int cp;
      int width;
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(input.charAt(i + 1))) {
        cp = Character.toCodePoint(c, input.charAt(i + 1));
        width = 2;
      } else {
        cp = Character.isSurrogate(c) ? 0xFFFD : c;
        width = 1;
      }
      String rep = null;
      int single = -1;
      if (cp < 0x80) {
        single = cp;
      } else if (cp < 0x10000 && bmp[cp] != 0) {
        single = bmp[cp];
        traditional++;
      } else if (cp < 0x10000 && simplifiedForm[cp]) {
        single = cp;
        simplified++;
      } else {
        int mapped = mapSpecial(cp);
        if (mapped == -2) {
          i += width; // default ignorable: dropped
          continue;
        }
        if (mapped >= 0) {
          single = mapped;
        } else if (cp >= 0x10000 && supplementary.containsKey(cp)) {
          single = supplementary.get(cp);
          traditional++;
        } else if (NFKC.isInert(cp)) {
          single = cp;
        } else {
          rep = NFKC.normalize(new String(Character.toChars(cp)));
        }
      }
      int at = out.length();
      if (rep == null) {
        out.appendCodePoint(single);
      } else {
        out.append(rep);
      }
      if (out.length() > start.length) {
        int cap = Math.max(out.length(), start.length * 2);
        start = java.util.Arrays.copyOf(start, cap);
        end = java.util.Arrays.copyOf(end, cap);
      }
      for (int k = at; k < out.length(); k++) {
        start[k] = i;
        end[k] = i + width;
      }
      i += width;
    }
    int len = out.length();
    MappedText text =
        new MappedText(
            out.toString(), java.util.Arrays.copyOf(start, len), java.util.Arrays.copyOf(end, len));
    return new Result(text, script(traditional, simplified));
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
