package org.govnews.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.govnews.model.Article;
import org.govnews.model.Attendee;
import org.govnews.model.Directive;
import org.govnews.model.DistrictBrief;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.govnews.model.PartialDate;
import org.govnews.model.Place;
import org.jspecify.annotations.Nullable;

/**
 * The flat tables of {@code --format csv}, written row by row as documents come: {@code documents},
 * {@code meetings}, {@code attendees}, {@code directives} and {@code briefs}, one CSV file each
 * (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break in double
 * quotes with quotes doubled; UTF-8 without BOM; a header row).
 *
 * <p>Keys: {@code doc} numbers the inputs of the run from 1; {@code article}, {@code meeting},
 * {@code brief} and {@code directive} number those records within their document from 1, so {@code
 * (doc, meeting)} joins attendees to meetings and {@code (doc, brief)} joins a brief's meeting and
 * directives to it. Meetings count the body's meetings of an article first, then those of its
 * briefs. Absent values are empty fields; lists are joined with {@code |}.
 */
final class CsvTables implements Closeable {
  static final List<String> TABLES =
      List.of("documents", "meetings", "attendees", "directives", "briefs");

  static final String[] DOCUMENTS = {
    "doc",
    "source",
    "encoding",
    "script",
    "articles",
    "meetings",
    "attendees",
    "directives",
    "briefs",
    "diagnostics",
    "error_kind",
    "error_message"
  };
  static final String[] MEETINGS = {
    "doc",
    "source",
    "article",
    "meeting",
    "brief",
    "name",
    "ordinal",
    "date",
    "format",
    "organizer",
    "organizer_code",
    "chair",
    "venue_main",
    "venue_branches",
    "attendees",
    "span_start",
    "span_end"
  };
  static final String[] ATTENDEES = {
    "doc",
    "source",
    "article",
    "meeting",
    "position",
    "name",
    "titles",
    "role",
    "span_start",
    "span_end"
  };
  static final String[] DIRECTIVES = {
    "doc",
    "source",
    "article",
    "directive",
    "brief",
    "speaker",
    "verb",
    "kind",
    "text",
    "span_start",
    "span_end"
  };
  static final String[] BRIEFS = {
    "doc",
    "source",
    "article",
    "brief",
    "district",
    "district_code",
    "date",
    "text",
    "meeting",
    "directives",
    "span_start",
    "span_end"
  };

  private final Table documents;
  private final Table meetings;
  private final Table attendees;
  private final Table directives;
  private final Table briefs;

  /**
   * The file of each table: {@code dir/meetings.csv}, or {@code prefix-meetings.csv} with a prefix.
   */
  static Path file(Path dir, String prefix, String table) {
    return dir.resolve(prefix.isEmpty() ? table + ".csv" : prefix + "-" + table + ".csv");
  }

  /** Creates {@code dir} if needed and the five files in it, each with its header row. */
  CsvTables(Path dir, String prefix) throws IOException {
    if (!dir.toString().isEmpty()) {
      Files.createDirectories(dir);
    }
    documents = new Table(file(dir, prefix, "documents"), DOCUMENTS);
    meetings = new Table(file(dir, prefix, "meetings"), MEETINGS);
    attendees = new Table(file(dir, prefix, "attendees"), ATTENDEES);
    directives = new Table(file(dir, prefix, "directives"), DIRECTIVES);
    briefs = new Table(file(dir, prefix, "briefs"), BRIEFS);
  }

  /** The rows of document number {@code doc}. */
  void document(int doc, Document d) throws IOException {
    String src = d.source();
    int meetingNo = 0;
    int briefNo = 0;
    int directiveNo = 0;
    int attendeeCount = 0;
    for (int ai = 0; ai < d.articles().size(); ai++) {
      Article a = d.articles().get(ai);
      int article = ai + 1;
      for (Meeting m : a.meetings()) {
        attendeeCount += meeting(doc, src, article, ++meetingNo, null, m);
      }
      for (Directive x : a.directives()) {
        directive(doc, src, article, ++directiveNo, null, x);
      }
      for (DistrictBrief b : a.districtBriefs()) {
        int brief = ++briefNo;
        Integer briefMeeting = null;
        if (b.meeting().isPresent()) {
          briefMeeting = ++meetingNo;
          attendeeCount += meeting(doc, src, article, briefMeeting, brief, b.meeting().get());
        }
        for (Directive x : b.directives()) {
          directive(doc, src, article, ++directiveNo, brief, x);
        }
        briefs.row(
            doc,
            src,
            article,
            brief,
            b.district(),
            code(b.place()),
            date(b.date()),
            b.text(),
            briefMeeting,
            b.directives().size(),
            b.span().start(),
            b.span().end());
      }
    }
    documents.row(
        doc,
        src,
        d.encoding(),
        d.script().name().toLowerCase(Locale.ROOT),
        d.articles().size(),
        meetingNo,
        attendeeCount,
        directiveNo,
        briefNo,
        d.diagnostics().size(),
        null,
        null);
  }

  /** The row of document number {@code doc} that failed. */
  void failure(int doc, String source, String kind, String message) throws IOException {
    documents.row(doc, source, null, null, null, null, null, null, null, null, kind, message);
  }

  private int meeting(int doc, String src, int article, int no, @Nullable Integer brief, Meeting m)
      throws IOException {
    meetings.row(
        doc,
        src,
        article,
        no,
        brief,
        m.name(),
        number(m.ordinal()),
        date(m.date()),
        m.format().map(Enum::name).orElse(null),
        m.organizer().orElse(null),
        code(m.organizerPlace()),
        m.chair().orElse(null),
        m.venues().main().orElse(null),
        join(m.venues().branches()),
        m.attendees().size(),
        m.span().start(),
        m.span().end());
    int position = 0;
    for (Attendee a : m.attendees()) {
      attendees.row(
          doc,
          src,
          article,
          no,
          ++position,
          a.name(),
          join(a.titles()),
          a.role().name(),
          a.span().start(),
          a.span().end());
    }
    return position;
  }

  private void directive(
      int doc, String src, int article, int no, @Nullable Integer brief, Directive x)
      throws IOException {
    directives.row(
        doc,
        src,
        article,
        no,
        brief,
        x.speaker().orElse(null),
        x.verb().orElse(null),
        x.kind().name(),
        x.text(),
        x.span().start(),
        x.span().end());
  }

  private static @Nullable String code(Optional<Place> p) {
    return p.flatMap(Place::code).orElse(null);
  }

  private static @Nullable String date(Optional<PartialDate> d) {
    return d.map(PartialDate::toIso).orElse(null);
  }

  private static @Nullable Integer number(OptionalInt n) {
    return n.isPresent() ? n.getAsInt() : null;
  }

  private static String join(List<String> l) {
    return String.join("|", l);
  }

  /** Flushes every table. */
  void flush() throws IOException {
    for (Table t : List.of(documents, meetings, attendees, directives, briefs)) {
      t.out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Table t : List.of(documents, meetings, attendees, directives, briefs)) {
      try {
        t.out.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** One CSV file. */
  private static final class Table {
    final Writer out;
    private final int columns;

    Table(Path file, String[] header) throws IOException {
      // an OutputStreamWriter replaces what UTF-8 cannot encode (a lone surrogate) instead of
      // failing
      out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
      columns = header.length;
      row((Object[]) header);
    }

    void row(@Nullable Object... fields) throws IOException {
      if (fields.length != columns) {
        throw new IllegalStateException(
            "row of " + fields.length + " fields for " + columns + " columns");
      }
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        if (fields[i] != null) {
          field(out, fields[i].toString());
        }
      }
      out.write("\r\n");
    }
  }

  /** Writes one field, quoted when it holds a comma, a double quote or a line break. */
  static void field(Writer out, String s) throws IOException {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.write(s);
      return;
    }
    out.write('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        out.write('"');
      }
      out.write(c);
    }
    out.write('"');
  }
}
