package org.govnews.example;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.govnews.GovNewsException;
import org.govnews.GovNewsParser;
import org.govnews.model.Article;
import org.govnews.model.Attendee;
import org.govnews.model.DistrictBrief;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.govnews.model.PartialDate;

/**
 * Parses article files with govnews and prints every meeting with its attendees:
 * {@code java -jar target/govnews-consumer.jar FILE...}. Uses nothing but the public API
 * ({@code org.govnews}, {@code org.govnews.model}). Exit status 1 when a file could not be parsed.
 */
public final class PrintAttendees {
  private PrintAttendees() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: java -jar govnews-consumer.jar FILE...");
      System.exit(2);
    }
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    GovNewsParser parser = GovNewsParser.create(); // thread-safe: one for the whole program
    int status = 0;
    for (String file : args) {
      Document doc;
      try {
        doc = parser.parse(Path.of(file));
      } catch (GovNewsException e) {
        System.err.println(file + ": " + e.reason() + ": " + e.getMessage());
        status = 1;
        continue;
      }
      out.println("== " + doc.source() + " (" + doc.encoding() + ", " + doc.articles().size() + " articles)");
      for (Article a : doc.articles()) {
        for (Meeting m : a.meetings()) {
          print(out, m);
        }
        for (DistrictBrief b : a.districtBriefs()) {
          b.meeting().ifPresent(m -> print(out, m));
        }
      }
    }
    System.exit(status);
  }

  private static void print(PrintStream out, Meeting m) {
    out.println(m.name()
        + " | " + m.date().map(PartialDate::toIso).orElse("no date")
        + " | chair: " + m.chair().orElse("-"));
    for (Attendee x : m.attendees()) {
      out.println("  " + x.role() + " " + x.name() + " " + String.join("、", x.titles()));
    }
  }
}
