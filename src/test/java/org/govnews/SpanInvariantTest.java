package org.govnews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govnews.internal.normalize.TextNormalizer;
import org.govnews.model.Article;
import org.govnews.model.Attendee;
import org.govnews.model.Directive;
import org.govnews.model.DistrictBrief;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.govnews.model.Paragraph;
import org.govnews.model.Person;
import org.govnews.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The invariants every result keeps, checked on every testdata article: spans lie inside the input
 * and quote, once normalized, exactly what the record says; every non-blank character of the input
 * lies inside some paragraph.
 */
class SpanInvariantTest {

  @Test
  void spansQuoteTheirRecordsAndNothingIsLost() throws IOException {
    for (Path p : GoldenCorpusTest.articles()) {
      check(GoldenCorpusTest.PARSER.parse(p));
    }
  }

  static void check(Document d) {
    String in = d.text();
    List<Span> paragraphs = new ArrayList<>();
    for (Article a : d.articles()) {
      for (Paragraph p : a.paragraphs()) {
        paragraphs.add(p.span());
        assertQuotes(in, p.span(), p.text());
      }
      for (Meeting m : a.meetings()) {
        meeting(in, m);
      }
      for (Directive x : a.directives()) {
        assertQuotes(in, x.span(), x.text());
      }
      for (DistrictBrief b : a.districtBriefs()) {
        assertInside(in, b.span());
        b.meeting().ifPresent(m -> meeting(in, m));
        b.directives().forEach(x -> assertQuotes(in, x.span(), x.text()));
      }
      for (Person x : a.people()) {
        assertQuotes(in, x.span(), x.name());
      }
    }
    boolean[] covered = new boolean[in.length()];
    for (Span s : paragraphs) {
      for (int i = s.start(); i < s.end(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (!covered[i] && !isBlank(c)) {
        throw new AssertionError(
            d.source() + ": character " + i + " '" + c + "' is in no paragraph");
      }
    }
  }

  private static void meeting(String in, Meeting m) {
    assertInside(in, m.span());
    for (Attendee a : m.attendees()) {
      assertQuotes(in, a.span(), a.name());
    }
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT;
  }

  private static void assertInside(String in, Span s) {
    assertThat(s.end()).isLessThanOrEqualTo(in.length());
  }

  /**
   * The span's text, normalized and without white space, is the record's text without white space.
   */
  static void assertQuotes(String in, Span s, String text) {
    assertInside(in, s);
    String quoted = TextNormalizer.get().normalize(in.substring(s.start(), s.end())).text().text();
    assertThat(squeeze(quoted)).as("span %s of %s", s, text).isEqualTo(squeeze(text));
  }

  private static String squeeze(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (!isBlank(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
