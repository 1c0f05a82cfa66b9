package org.govnews.internal.decode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of an HTML page, fragment or feed item: the headline lines, then the blocks of
 * the element that holds the most paragraph text, one block a line. Navigation, scripts, styles and
 * forms are left out. Traversal is iterative, so deeply nested markup cannot overflow the stack.
 *
 * @param text the extracted text
 * @param date the publication date the page's metadata gives
 * @param source the source outlet the page's metadata gives
 */
record HtmlText(String text, Optional<LocalDate> date, Optional<String> source) {

  private static final Set<String> DROP =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "canvas",
          "form",
          "select",
          "button",
          "nav",
          "footer",
          "aside",
          "head",
          "object",
          "embed",
          "textarea",
          "input");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "td",
          "th",
          "tr",
          "section",
          "article",
          "blockquote",
          "center",
          "dd",
          "dt",
          "pre",
          "table",
          "ul",
          "ol",
          "header",
          "main",
          "figure",
          "figcaption",
          "title",
          "description",
          "item",
          "font");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/年](\\d{1,2})[-/月](\\d{1,2})");
  private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[|\\]\\]>");

  static HtmlText extract(String html) {
    // feed items wrap their HTML in CDATA sections: unwrap so that the markup is parsed
    Document doc =
        Jsoup.parse(html.contains("<![CDATA[") ? CDATA.matcher(html).replaceAll("") : html);
    Optional<LocalDate> date = metaDate(doc);
    Optional<String> source = metaSource(doc);
    String title = doc.title().strip();
    for (Element e : doc.select(String.join(",", DROP))) {
      e.remove();
    }
    Element body = doc.body();
    Element root = contentRoot(body);
    StringBuilder out = new StringBuilder();
    List<Element> heads = headlineBefore(body, root);
    for (Element h : heads) {
      String t = h.text().strip();
      if (!t.isEmpty()) {
        out.append(t).append('\n');
      }
    }
    String content = blockText(root);
    if (heads.isEmpty() && !title.isEmpty() && !content.startsWith(stripSite(title))) {
      out.append(stripSite(title)).append('\n');
    }
    out.append(content);
    return new HtmlText(out.toString(), date, source);
  }

  /** "标题 - 山西省人民政府门户网站", "标题--文化--人民网", "标题_中山网", "标题-新华网": the title alone. */
  private static String stripSite(String title) {
    for (String sep : new String[] {" - ", "--", " | ", "_", " _ ", "|", "——", "-"}) {
      int i = title.indexOf(sep);
      if (i > 4 && title.length() - i - sep.length() <= 24) {
        return title.substring(0, i).strip();
      }
    }
    return title;
  }

  /** The element whose child blocks hold the most text. */
  // jsoup nodes are compared by identity on purpose: two elements with equal content are two places
  @SuppressWarnings("ReferenceEquality")
  private static Element contentRoot(Element body) {
    // insertion order: equal scores are decided by document order, so parses repeat exactly
    Map<Element, Integer> score = new java.util.LinkedHashMap<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t && node.parent() instanceof Element parent && !inLink(t)) {
            int n = weight(t.text());
            if (n > 0) {
              Element block = parent;
              while (block != null && !BLOCKS.contains(block.normalName()) && block != body) {
                block = block.parent();
              }
              Element holder = block == null || block == body ? body : block.parent();
              if (holder != null) {
                score.merge(holder, n, Integer::sum);
              }
            }
          }
        },
        body);
    Element best = body;
    int bestScore = 0;
    for (Map.Entry<Element, Integer> e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }

  /** Link and list-item text (navigation, "related news") is no article text; a bounded look up. */
  private static boolean inLink(Node n) {
    Node p = n.parent();
    for (int depth = 0; p != null && depth < 12; depth++, p = p.parent()) {
      if (p instanceof Element e && (e.normalName().equals("a") || e.normalName().equals("li"))) {
        return true;
      }
    }
    return false;
  }

  /** Text that reads as prose: Chinese characters and sentence punctuation count. */
  private static int weight(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x4E00 && c <= 0x9FFF) {
        n++;
      } else if (c == '。' || c == '，' || c == '、') {
        n += 3;
      }
    }
    return n;
  }

  /** Headings (h1–h3) that stand before the content root, nearest the root. */
  // jsoup nodes are compared by identity on purpose: two elements with equal content are two places
  @SuppressWarnings("ReferenceEquality")
  private static List<Element> headlineBefore(Element body, Element root) {
    if (root == body) {
      return List.of();
    }
    IdentityHashMap<Node, Integer> order = new IdentityHashMap<>();
    NodeTraversor.traverse((node, depth) -> order.put(node, order.size()), body);
    int rootAt = order.getOrDefault(root, Integer.MAX_VALUE);
    Element scope = root.parent();
    for (int up = 0; scope != null && up < 4; up++, scope = scope.parent()) {
      List<Element> heads = new java.util.ArrayList<>();
      for (Element h : scope.select("h1, h2, h3")) {
        if (order.getOrDefault(h, Integer.MAX_VALUE) < rootAt
            && !isAncestor(h, root)
            && !h.text().isBlank()) {
          heads.add(h);
        }
      }
      if (!heads.isEmpty()) {
        return heads;
      }
    }
    for (Element h : body.select("h1")) {
      if (order.getOrDefault(h, Integer.MAX_VALUE) < rootAt
          && !h.text().isBlank()
          && h.text().length() <= 80) {
        return List.of(h);
      }
    }
    return List.of();
  }

  // jsoup nodes are compared by identity on purpose: two elements with equal content are two places
  @SuppressWarnings("ReferenceEquality")
  private static boolean isAncestor(Element a, Element b) {
    for (Element p = b.parent(); p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  /** The text of {@code root}, a line per block, {@code <br>} a line break. */
  private static String blockText(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              sb.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
            } else if (node instanceof Element e) {
              if (e.normalName().equals("br") || BLOCKS.contains(e.normalName())) {
                newline(sb);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              newline(sb);
            }
          }
        },
        root);
    return sb.toString().strip() + "\n";
  }

  private static void newline(StringBuilder sb) {
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) != '\n') {
      sb.append('\n');
    }
  }

  private static Optional<LocalDate> metaDate(Document doc) {
    for (String name :
        new String[] {
          "PubDate",
          "publishdate",
          "pubdate",
          "article:published_time",
          "publish_time",
          "date",
          "DC.date",
          "og:published_time"
        }) {
      for (Element m : doc.select("meta[name=" + name + "], meta[property=" + name + "]")) {
        Matcher x = ISO_DATE.matcher(m.attr("content"));
        if (x.find()) {
          try {
            return Optional.of(
                LocalDate.of(
                    Integer.parseInt(x.group(1)),
                    Integer.parseInt(x.group(2)),
                    Integer.parseInt(x.group(3))));
          } catch (java.time.DateTimeException | NumberFormatException e) {
            // not a date after all: try the next one
          }
        }
      }
    }
    for (Element m : doc.select("pubDate")) {
      try {
        return Optional.of(
            LocalDate.parse(
                m.text().strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME));
      } catch (DateTimeParseException e) {
        // not RFC 1123
      }
    }
    return Optional.empty();
  }

  /**
   * {@code s} without a trailing {@code " 原创稿"} (white space, then the mark). A loop, not the regex
   * {@code \s+原创稿$}: that regex retries its {@code \s+} from every space of a long run of spaces,
   * quadratic in an attribute of a million spaces (issue 4, bounded work).
   */
  static String stripOriginalMark(String s) {
    String mark = "原创稿";
    if (!s.endsWith(mark)) {
      return s;
    }
    int i = s.length() - mark.length();
    int j = i;
    while (j > 0 && isRegexSpace(s.charAt(j - 1))) {
      j--;
    }
    return j < i ? s.substring(0, j) : s;
  }

  /** What {@code \s} matches in a Java regex: ASCII white space only. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
  }

  private static Optional<String> metaSource(Document doc) {
    for (String name : new String[] {"ContentSource", "source"}) {
      for (Element m : doc.select("meta[name=" + name + "]")) {
        String s = m.attr("content").replaceFirst("^来源[:：]\\s*", "").strip();
        s = stripOriginalMark(s);
        if (!s.isEmpty()) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }
}
