package org.govnews.internal.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govnews.GovNewsException;
import org.govnews.model.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Turns bytes into text: a byte-order mark first, then the charset an HTML page declares (checked
 * against the bytes: a page declared GB2312 that is valid UTF-8 is UTF-8), then UTF-8 (allowing a
 * few malformed bytes, see {@link #isMostlyUtf8}), then ICU's {@link CharsetDetector} on a bounded
 * prefix. GB2312 and GBK are widened to GB18030, their superset, so that characters such as 镕
 * decode. Malformed bytes become U+FFFD with a diagnostic; input that is not text fails with {@link
 * GovNewsException.Reason#NOT_TEXT}. Stateless and thread-safe.
 */
public final class InputDecoder {

  private static final int SNIFF = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]{2,20})");

  private InputDecoder() {}

  /** Decodes {@code bytes}; HTML is recognised by its markup and reduced to article text. */
  public static DecodedInput decode(byte[] bytes) {
    List<Diagnostic> diags = new ArrayList<>();
    int offset = 0;
    Charset cs = null;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      cs = StandardCharsets.UTF_8;
      offset = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      cs = StandardCharsets.UTF_16LE;
      offset = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      cs = StandardCharsets.UTF_16BE;
      offset = 2;
    }
    if (cs == null) {
      rejectBinary(bytes);
      String head =
          new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
      Charset declared = looksLikeHtml(head) ? declaredCharset(head) : null;
      // UTF-8 with a few bad bytes (a truncated file, a paragraph pasted in another charset) is
      // still UTF-8: read it so, with U+FFFD and a diagnostic. Handing it to the detector instead
      // read whole Chinese pages as windows-1252 mojibake without a word (issue 4).
      boolean utf8 = isMostlyUtf8(bytes);
      if (declared != null
          && !declared.equals(StandardCharsets.UTF_8)
          && utf8
          && hasMultibyte(bytes)) {
        diags.add(
            new Diagnostic(
                "CHARSET_MISMATCH",
                "the page declares "
                    + declared.name()
                    + " but its bytes are UTF-8; read as UTF-8"));
        cs = StandardCharsets.UTF_8;
      } else if (declared != null && !(declared.equals(StandardCharsets.UTF_8) && !utf8)) {
        cs = declared;
      } else if (utf8) {
        cs = StandardCharsets.UTF_8;
      } else {
        cs = detect(bytes);
        if (declared != null) {
          diags.add(
              new Diagnostic(
                  "CHARSET_MISMATCH",
                  "the page declares UTF-8 but its bytes are not; read as " + cs.name()));
        }
      }
    }
    String text = decodeLenient(bytes, offset, cs, diags);
    return decodeText(text, cs.name(), diags);
  }

  /** Decodes text given as a {@code String}: HTML is recognised by its markup. */
  public static DecodedInput decode(String text) {
    return decodeText(text, "UTF-16", new ArrayList<>());
  }

  private static DecodedInput decodeText(String text, String encoding, List<Diagnostic> diags) {
    if (looksLikeHtml(text.substring(0, Math.min(text.length(), SNIFF)))) {
      HtmlText html = HtmlText.extract(text);
      return new DecodedInput(html.text(), encoding, html.date(), html.source(), diags);
    }
    return new DecodedInput(text, encoding, Optional.empty(), Optional.empty(), diags);
  }

  /** A page, a fragment or a feed item: the text opens with a tag, or has common block tags. */
  static boolean looksLikeHtml(String head) {
    if (head.indexOf('<') < 0) {
      return false; // plain text, the common case: no need to lower-case the whole head
    }
    String h = head.stripLeading().toLowerCase(Locale.ROOT);
    if (h.startsWith("<!doctype")
        || h.startsWith("<html")
        || h.startsWith("<?xml")
        || h.startsWith("<!--")) {
      return true;
    }
    if (h.startsWith("<") && h.length() > 1 && Character.isLetter(h.charAt(1))) {
      return true;
    }
    return h.contains("<p>")
        || h.contains("<p ")
        || h.contains("<div")
        || h.contains("<br")
        || h.contains("<body");
  }

  private static @Nullable Charset declaredCharset(String head) {
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    return widen(m.group(1));
  }

  /** GB2312 and GBK are subsets of GB18030: decode with the superset. */
  static @Nullable Charset widen(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    if (n.equals("GB2312")
        || n.equals("GBK")
        || n.equals("GB18030")
        || n.equals("X-GBK")
        || n.equals("CP936")
        || n.equals("EUC-CN")) {
      return Charset.forName("GB18030");
    }
    if (n.equals("BIG5") || n.equals("BIG5-HKSCS")) {
      return Charset.forName("Big5-HKSCS");
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Charset detect(byte[] bytes) {
    int start = 0;
    // a prefix that begins inside a UTF-8 sequence confuses the detector
    while (start < bytes.length && start < 4 && (bytes[start] & 0xC0) == 0x80) {
      start++;
    }
    byte[] prefix =
        java.util.Arrays.copyOfRange(bytes, start, Math.min(bytes.length, start + SNIFF));
    CharsetDetector d = new CharsetDetector();
    d.setText(prefix);
    CharsetMatch m = d.detect();
    Charset cs = m == null ? null : widen(m.getName());
    return cs == null ? Charset.forName("GB18030") : cs;
  }

  private static String decodeLenient(byte[] b, int off, Charset cs, List<Diagnostic> diags) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    String s;
    try {
      CharBuffer cb = dec.decode(ByteBuffer.wrap(b, off, b.length - off));
      s = cb.toString();
    } catch (CharacterCodingException e) {
      throw new GovNewsException(
          GovNewsException.Reason.NOT_TEXT, "cannot decode as " + cs.name(), e);
    }
    int bad = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\uFFFD') {
        bad++;
      }
    }
    if (bad > 0) {
      if (bad * 4L > s.length() && s.length() > 16) {
        throw new GovNewsException(
            GovNewsException.Reason.NOT_TEXT,
            "not text: " + bad + " of " + s.length() + " characters undecodable as " + cs.name());
      }
      diags.add(
          new Diagnostic(
              "MALFORMED_INPUT",
              bad
                  + " malformed byte sequence(s) replaced with U+FFFD while decoding as "
                  + cs.name()));
    }
    return s;
  }

  /**
   * NUL bytes or control bytes in a BOM-less prefix mean binary data. Text has next to none; random
   * bytes (compressed data, images, executables) have one NUL in 256 and about one control byte in
   * eleven, so more than 1 % NULs or 5 % control bytes is binary. (The limits were 10 % and 20 %,
   * which let random bytes through to the charset detector, which read them as windows-1252 text:
   * issue 4.) Tab, line ends, form feed, vertical tab and the shifts and escape of ISO-2022 are
   * text.
   */
  private static void rejectBinary(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    int nul = 0;
    int ctrl = 0;
    for (int i = 0; i < n; i++) {
      int v = b[i] & 0xFF;
      if (v == 0) {
        nul++;
      } else if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f' && v != 0x0B
          && v != 0x0E && v != 0x0F && v != 0x1B) {
        ctrl++;
      }
    }
    if (n > 0 && (nul * 100 > n || (nul + ctrl) * 20 > n)) {
      throw new GovNewsException(
          GovNewsException.Reason.NOT_TEXT,
          "not text: " + nul + " NUL and " + ctrl + " control bytes in the first " + n);
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code b} is UTF-8, allowing a few malformed bytes: valid multi-byte sequences
   * outnumber malformed bytes at least four to one (or there are neither). Text in a legacy charset
   * (GB18030, Big5, Latin-1) makes a malformed byte of nearly every non-ASCII byte, so it never
   * passes; UTF-8 with a cut or a pasted-in paragraph does. One linear pass.
   */
  static boolean isMostlyUtf8(byte[] b) {
    long valid = 0;
    long malformed = 0;
    int i = 0;
    int n = b.length;
    while (i < n) {
      int v = b[i] & 0xFF;
      if (v < 0x80) {
        i++;
        continue;
      }
      int len = utf8SequenceLength(b, i);
      if (len > 0) {
        valid++;
        i += len;
      } else {
        malformed++;
        i++;
      }
    }
    return malformed == 0 || valid >= 4 * malformed;
  }

  /** The length of the well-formed UTF-8 sequence (RFC 3629) of 2–4 bytes at {@code i}, or 0. */
  private static int utf8SequenceLength(byte[] b, int i) {
    int v = b[i] & 0xFF;
    int len;
    int lo = 0x80;
    int hi = 0xBF;
    if (v >= 0xC2 && v <= 0xDF) {
      len = 2;
    } else if (v >= 0xE0 && v <= 0xEF) {
      len = 3;
      if (v == 0xE0) {
        lo = 0xA0; // no overlong forms
      } else if (v == 0xED) {
        hi = 0x9F; // no surrogates
      }
    } else if (v >= 0xF0 && v <= 0xF4) {
      len = 4;
      if (v == 0xF0) {
        lo = 0x90;
      } else if (v == 0xF4) {
        hi = 0x8F; // nothing above U+10FFFF
      }
    } else {
      return 0;
    }
    if (i + len > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xFF;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k < len; k++) {
      int c = b[i + k] & 0xFF;
      if (c < 0x80 || c > 0xBF) {
        return 0;
      }
    }
    return len;
  }

  private static boolean hasMultibyte(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return true;
      }
    }
    return false;
  }
}
