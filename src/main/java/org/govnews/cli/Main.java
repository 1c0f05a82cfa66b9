package org.govnews.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.govnews.GovNewsException;
import org.govnews.GovNewsParser;
import org.govnews.ParseOptions;

/**
 * The command line: {@code java -jar govnews.jar [--pretty] [--reference-date YYYY-MM-DD] FILE...}
 * prints one JSON object per file (JSON Lines). A file that fails prints an error object and
 * the others go on. Exit status: 0 all parsed, 1 some input failed, 2 bad usage.
 */
public final class Main {
  private Main() {}

  /** Runs the command line. */
  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream stdout, PrintStream stderr) throws IOException {
    boolean pretty = false;
    ParseOptions options = ParseOptions.defaults();
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--pretty" -> pretty = true;
        case "--reference-date" -> {
          if (i + 1 >= args.length) {
            stderr.println("govnews: --reference-date needs a date (YYYY-MM-DD)");
            return 2;
          }
          try {
            options = options.withReferenceDate(LocalDate.parse(args[++i]));
          } catch (DateTimeParseException e) {
            stderr.println("govnews: not a date: " + args[i]);
            return 2;
          }
        }
        case "--help", "-h" -> {
          stdout.println("usage: java -jar govnews.jar [--pretty] [--reference-date YYYY-MM-DD] FILE...");
          stdout.println("Prints one JSON object per FILE (see SCHEMA.md). Exit 0 ok, 1 some input failed, 2 usage.");
          return 0;
        }
        default -> {
          if (a.startsWith("--")) {
            stderr.println("govnews: unknown option " + a);
            return 2;
          }
          files.add(a);
        }
      }
    }
    if (files.isEmpty()) {
      stderr.println("usage: java -jar govnews.jar [--pretty] [--reference-date YYYY-MM-DD] FILE...");
      return 2;
    }
    GovNewsParser parser = GovNewsParser.create(options);
    int status = 0;
    Writer w = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    for (String f : files) {
      String line;
      try {
        line = JsonWriter.document(parser.parse(Path.of(f)), pretty);
      } catch (GovNewsException e) {
        line = JsonWriter.error(f, e.reason().name(), e.getMessage());
        status = 1;
      } catch (RuntimeException e) {
        // a parser bug must not stop a run over thousands of files: report it as this file's error
        line = JsonWriter.error(f, "INTERNAL", e.toString());
        status = 1;
      }
      w.write(line);
      w.write('\n');
    }
    w.flush();
    return status;
  }
}
