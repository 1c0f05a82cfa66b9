package org.govnews.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.govnews.model.Article;
import org.govnews.model.Attendee;
import org.govnews.model.Byline;
import org.govnews.model.Directive;
import org.govnews.model.DistrictBrief;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.govnews.model.Paragraph;
import org.govnews.model.PartialDate;
import org.govnews.model.Person;
import org.govnews.model.Place;
import org.govnews.model.Post;
import org.govnews.model.Span;

/**
 * Writes documents as the JSON of the output contract ({@code SCHEMA.md}): absent values as {@code
 * null} or {@code []}, never missing keys. A small writer of our own keeps the library free of a
 * JSON dependency. Not thread-safe: one per output.
 */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder(4096);
  private final boolean pretty;
  private int depth;
  private boolean first = true;

  JsonWriter(boolean pretty) {
    this.pretty = pretty;
  }

  static String document(Document d, boolean pretty) {
    JsonWriter w = new JsonWriter(pretty);
    w.begin('{');
    w.field("source").string(d.source());
    w.field("encoding").string(d.encoding());
    w.field("script").string(d.script().name().toLowerCase(Locale.ROOT));
    w.field("articles").begin('[');
    for (Article a : d.articles()) {
      w.item();
      w.article(a);
    }
    w.end(']');
    w.field("diagnostics").begin('[');
    d.diagnostics()
        .forEach(
            x -> {
              w.item();
              w.begin('{');
              w.field("code").string(x.code());
              w.field("message").string(x.message());
              w.end('}');
            });
    w.end(']');
    w.end('}');
    return w.out.toString();
  }

  static String error(String source, String kind, String message) {
    JsonWriter w = new JsonWriter(false);
    w.begin('{');
    w.field("source").string(source);
    w.field("error").begin('{');
    w.field("kind").string(kind);
    w.field("message").string(message);
    w.end('}');
    w.end('}');
    return w.out.toString();
  }

  private void article(Article a) {
    begin('{');
    field("headline").begin('{');
    field("kicker").string(a.headline().kicker());
    field("title").string(a.headline().title());
    field("subtitle").string(a.headline().subtitle());
    end('}');
    field("byline");
    if (a.byline().isPresent()) {
      Byline b = a.byline().get();
      begin('{');
      field("outlet").string(b.outlet());
      field("reporters").strings(b.reporters());
      field("place").string(b.place());
      field("raw").string(b.raw());
      field("span").span(b.span());
      end('}');
    } else {
      raw("null");
    }
    field("date").date(a.date());
    field("meetings").begin('[');
    for (Meeting m : a.meetings()) {
      item();
      meeting(m);
    }
    end(']');
    field("directives");
    directives(a.directives());
    field("districtBriefs").begin('[');
    for (DistrictBrief b : a.districtBriefs()) {
      item();
      begin('{');
      field("district").string(b.district());
      field("date").date(b.date());
      field("text").string(b.text());
      field("meeting");
      if (b.meeting().isPresent()) {
        meeting(b.meeting().get());
      } else {
        raw("null");
      }
      field("directives");
      directives(b.directives());
      field("span").span(b.span());
      field("place");
      place(b.place());
      end('}');
    }
    end(']');
    field("people").begin('[');
    for (Person p : a.people()) {
      item();
      begin('{');
      field("name").string(p.name());
      field("titles").strings(p.titles());
      field("span").span(p.span());
      field("posts");
      posts(p.posts());
      end('}');
    }
    end(']');
    field("editors").strings(a.editors());
    field("paragraphs").begin('[');
    for (Paragraph p : a.paragraphs()) {
      item();
      begin('{');
      field("text").string(p.text());
      field("span").span(p.span());
      end('}');
    }
    end(']');
    end('}');
  }

  private void meeting(Meeting m) {
    begin('{');
    field("name").string(m.name());
    field("ordinal").number(m.ordinal());
    field("date").date(m.date());
    field("format").string(m.format().map(Enum::name));
    field("organizer").string(m.organizer());
    field("chair").string(m.chair());
    field("venues").begin('{');
    field("main").string(m.venues().main());
    field("branches").strings(m.venues().branches());
    end('}');
    field("attendees").begin('[');
    for (Attendee a : m.attendees()) {
      item();
      begin('{');
      field("name").string(a.name());
      field("titles").strings(a.titles());
      field("role").string(a.role().name());
      field("span").span(a.span());
      field("posts");
      posts(a.posts());
      end('}');
    }
    end(']');
    field("span").span(m.span());
    field("organizerPlace");
    place(m.organizerPlace());
    end('}');
  }

  private void place(Optional<Place> place) {
    if (place.isEmpty()) {
      raw("null");
      return;
    }
    Place p = place.get();
    begin('{');
    field("name").string(p.name());
    field("code").string(p.code());
    field("level").string(p.level().map(Enum::name));
    field("parents").strings(p.parents());
    field("candidates").strings(p.candidates());
    end('}');
  }

  private void posts(List<Post> posts) {
    begin('[');
    for (Post p : posts) {
      item();
      begin('{');
      field("title").string(p.title());
      field("place");
      place(p.place());
      field("organ").string(p.organ());
      field("post").string(p.post());
      field("deputy").raw(Boolean.toString(p.deputy()));
      field("acting").raw(Boolean.toString(p.acting()));
      end('}');
    }
    end(']');
  }

  private void directives(List<Directive> ds) {
    begin('[');
    for (Directive d : ds) {
      item();
      begin('{');
      field("speaker").string(d.speaker());
      field("verb").string(d.verb());
      field("kind").string(d.kind().name());
      field("text").string(d.text());
      field("span").span(d.span());
      end('}');
    }
    end(']');
  }

  private JsonWriter begin(char c) {
    out.append(c);
    depth++;
    first = true;
    return this;
  }

  private void end(char c) {
    depth--;
    if (pretty && !first) {
      newline();
    }
    out.append(c);
    first = false;
  }

  private void item() {
    if (!first) {
      out.append(',');
    }
    if (pretty) {
      newline();
    }
    first = false;
  }

  private JsonWriter field(String name) {
    item();
    quote(name);
    out.append(pretty ? ": " : ":");
    first = true;
    return this;
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void raw(String s) {
    out.append(s);
    first = false;
  }

  private void string(String s) {
    quote(s);
    first = false;
  }

  private void string(Optional<String> s) {
    if (s.isPresent()) {
      string(s.get());
    } else {
      raw("null");
    }
  }

  private void number(OptionalInt n) {
    raw(n.isPresent() ? Integer.toString(n.getAsInt()) : "null");
  }

  private void date(Optional<PartialDate> d) {
    string(d.map(PartialDate::toIso));
  }

  private void span(Span s) {
    raw("[" + s.start() + "," + s.end() + "]");
  }

  private void strings(List<String> l) {
    out.append('[');
    for (int i = 0; i < l.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      quote(l.get(i));
    }
    out.append(']');
    first = false;
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || (Character.isSurrogate(c) && !validSurrogate(s, i))) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
