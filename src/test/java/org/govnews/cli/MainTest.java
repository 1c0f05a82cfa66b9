package org.govnews.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govnews.GovNewsParser;
import org.govnews.model.Article;
import org.govnews.model.DistrictBrief;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: inputs, output modes, CSV tables, progress and exit codes. */
class MainTest {
  static final Path TESTDATA = Path.of("testdata");

  @TempDir Path tmp;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), false, args);
  }

  static Run run(InputStream stdin, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            stdin,
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            terminal,
            false);
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  static List<Path> articles() throws IOException {
    try (Stream<Path> s = Files.list(TESTDATA)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void jsonLinesAreTheWritersOutputForEachFileInOrder() throws IOException {
    List<Path> files = articles().subList(0, 3);
    Run r = run(files.stream().map(Path::toString).toArray(String[]::new));
    assertThat(r.status()).isZero();
    GovNewsParser parser = GovNewsParser.create();
    StringBuilder expected = new StringBuilder();
    for (Path f : files) {
      expected.append(JsonWriter.document(parser.parse(f), false)).append('\n');
    }
    assertThat(r.out()).isEqualTo(expected.toString());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aFolderIsWalkedRecursivelyByExtensionInNameOrder() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Path sub = Files.createDirectories(corpus.resolve("b-sub"));
    Files.createDirectories(corpus.resolve(".hidden"));
    String text = "本报讯 省委召开常委会议。\n";
    Files.writeString(corpus.resolve("c.txt"), text, UTF_8);
    Files.writeString(corpus.resolve("a.HTML"), "<p>" + text + "</p>", UTF_8);
    Files.writeString(corpus.resolve("a.json"), "{}", UTF_8);
    Files.writeString(sub.resolve("x.xml"), "<p>" + text + "</p>", UTF_8);
    Files.writeString(sub.resolve("y.htm"), "<p>" + text + "</p>", UTF_8);
    Files.writeString(corpus.resolve(".hidden").resolve("z.txt"), text, UTF_8);

    Run r = run(corpus.toString());

    assertThat(r.status()).isZero();
    assertThat(sources(r.out()))
        .containsExactly(
            corpus.resolve("a.HTML").toString(),
            sub.resolve("x.xml").toString(),
            sub.resolve("y.htm").toString(),
            corpus.resolve("c.txt").toString());
  }

  @Test
  void theTestdataFolderGivesWhatItsFilesGive() throws IOException {
    Run folder = run(TESTDATA.toString());
    Run files = run(articles().stream().map(Path::toString).toArray(String[]::new));
    assertThat(folder.status()).isZero();
    assertThat(folder.out()).isEqualTo(files.out());
  }

  @Test
  void workersKeepTheInputOrderAndTheRecords() throws IOException {
    Path bad = tmp.resolve("binary.txt");
    Files.write(bad, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8});
    List<String> args = new ArrayList<>();
    for (int k = 0; k < 3; k++) { // more inputs than the queue holds, with a failure among them
      articles().forEach(p -> args.add(p.toString()));
      args.add(bad.toString());
    }
    List<String> one = new ArrayList<>(List.of("-j", "1"));
    one.addAll(args);
    List<String> four = new ArrayList<>(List.of("--threads=4"));
    four.addAll(args);
    Run sequential = run(one.toArray(String[]::new));
    Run parallel = run(four.toArray(String[]::new));
    assertThat(sequential.status()).isEqualTo(Main.INPUT_FAILED);
    assertThat(sequential.out().lines()).hasSize(args.size());
    assertThat(parallel.status()).isEqualTo(Main.INPUT_FAILED);
    assertThat(parallel.out()).isEqualTo(sequential.out());
  }

  @Test
  void dashReadsStandardInput() throws IOException {
    byte[] bytes = Files.readAllBytes(articles().get(0));
    Run r = run(new ByteArrayInputStream(bytes), false, "-");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .isEqualTo(JsonWriter.document(GovNewsParser.create().parse(bytes, "-"), false) + "\n");
  }

  @Test
  void outputGoesToTheFileGivenAndPrettyIndents() throws IOException {
    Path out = tmp.resolve("out.json");
    Path file = articles().get(0);
    Run r = run("--pretty", "--output", out.toString(), file.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out, UTF_8))
        .isEqualTo(JsonWriter.document(GovNewsParser.create().parse(file), true) + "\n")
        .startsWith("{\n  \"source\": ");
  }

  @Test
  void aFailedInputIsAnErrorRecordAndStatusOne() throws IOException {
    Path binary = tmp.resolve("binary.txt");
    byte[] b = new byte[3000];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 9);
    }
    Files.write(binary, b);
    String missing = tmp.resolve("missing.txt").toString();
    Run r = run(missing, binary.toString(), articles().get(0).toString());
    assertThat(r.status()).isEqualTo(Main.INPUT_FAILED);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .startsWith("{\"source\":\"" + missing + "\",\"error\":{\"kind\":\"UNREADABLE\"");
    assertThat(lines.get(1)).contains("\"error\":{\"kind\":\"NOT_TEXT\"");
    assertThat(lines.get(2)).contains("\"articles\":[{");
  }

  @Test
  void badUsageIsStatusTwo() {
    assertThat(run().status()).isEqualTo(Main.USAGE);
    assertThat(run("--bogus", "x.txt").status()).isEqualTo(Main.USAGE);
    assertThat(run("--reference-date").status()).isEqualTo(Main.USAGE);
    assertThat(run("--reference-date", "20.2.2022", "x.txt").status()).isEqualTo(Main.USAGE);
    assertThat(run("--format", "xml", "x.txt").status()).isEqualTo(Main.USAGE);
    assertThat(run("--format", "csv", "x.txt").status()).isEqualTo(Main.USAGE);
    assertThat(run("--pretty=yes", "x.txt").status()).isEqualTo(Main.USAGE);
    assertThat(run("-j", "0", "x.txt").status()).isEqualTo(Main.USAGE);
    assertThat(run("--threads", "two", "x.txt").err()).contains("--threads is a number");
    Run r = run("--bogus", "x.txt");
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown option --bogus").contains(Main.USAGE_LINE);
  }

  @Test
  void helpAndVersionGoToStandardOutput() {
    Run help = run("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out())
        .contains("--format json|csv")
        .contains("--reference-date")
        .contains("Exit status");
    Run version = run("-V");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("govnews ");
  }

  @Test
  void optionsTakeTheirValueAfterAnEqualsSignAndDoubleDashEndsThem() throws IOException {
    Path file = articles().get(0);
    Run r = run("--reference-date=2022-02-21", "--", file.toString());
    assertThat(r.status()).isZero();
    assertThat(sources(r.out())).containsExactly(file.toString());
  }

  @Test
  void csvTablesHoldEveryRecordWithJoinKeys() throws IOException {
    Path dir = tmp.resolve("tables");
    Run r = run("--format", "csv", "--output", dir + "/", TESTDATA.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();

    int meetings = 0;
    int attendees = 0;
    int directives = 0;
    int briefs = 0;
    GovNewsParser parser = GovNewsParser.create();
    List<Path> files = articles();
    for (Path f : files) {
      Document d = parser.parse(f);
      for (Article a : d.articles()) {
        directives += a.directives().size();
        for (Meeting m : a.meetings()) {
          meetings++;
          attendees += m.attendees().size();
        }
        for (DistrictBrief b : a.districtBriefs()) {
          briefs++;
          directives += b.directives().size();
          if (b.meeting().isPresent()) {
            meetings++;
            attendees += b.meeting().get().attendees().size();
          }
        }
      }
    }
    assertThat(records(dir.resolve("documents.csv"))).hasSize(files.size() + 1);
    assertThat(records(dir.resolve("meetings.csv"))).hasSize(meetings + 1);
    assertThat(records(dir.resolve("attendees.csv"))).hasSize(attendees + 1);
    assertThat(records(dir.resolve("directives.csv"))).hasSize(directives + 1);
    assertThat(records(dir.resolve("briefs.csv"))).hasSize(briefs + 1);

    // every attendee joins one meeting on (doc, meeting)
    List<List<String>> meetingRows = records(dir.resolve("meetings.csv"));
    List<String> keys =
        meetingRows.stream().skip(1).map(row -> row.get(0) + "/" + row.get(3)).toList();
    assertThat(keys).doesNotHaveDuplicates();
    for (List<String> row : records(dir.resolve("attendees.csv")).subList(1, attendees + 1)) {
      assertThat(keys).contains(row.get(0) + "/" + row.get(3));
    }
    assertThat(records(dir.resolve("attendees.csv")).get(0)).containsExactly(CsvTables.ATTENDEES);
  }

  @Test
  void csvWithAPrefixWritesNextToIt() throws IOException {
    Run r =
        run("--format=csv", "-o", tmp.resolve("run1.csv").toString(), articles().get(0).toString());
    assertThat(r.status()).isZero();
    for (String t : CsvTables.TABLES) {
      assertThat(tmp.resolve("run1-" + t + ".csv")).exists();
    }
  }

  @Test
  void csvFieldsAreQuotedAsRfc4180Says() throws IOException {
    assertThat(field("plain 文本")).isEqualTo("plain 文本");
    assertThat(field("a,b")).isEqualTo("\"a,b\"");
    assertThat(field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(field("cr\r")).isEqualTo("\"cr\r\"");
    assertThat(field("")).isEmpty();
  }

  @Test
  void progressGoesToAStderrTerminalUnlessQuiet() throws IOException {
    String file = articles().get(0).toString();
    Run shown = run(new ByteArrayInputStream(new byte[0]), true, file, file);
    assertThat(shown.err()).startsWith("\rgovnews: ").endsWith(System.lineSeparator());
    String last = shown.err().substring(shown.err().lastIndexOf('\r') + 1).strip();
    assertThat(last).startsWith("govnews: 2 files, ").endsWith(", 0 errors");
    Run quiet = run(new ByteArrayInputStream(new byte[0]), true, "--quiet", file);
    assertThat(quiet.err()).isEmpty();
    // records and progress on one terminal would garble each other: no progress then
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.run(
        new String[] {file},
        InputStream.nullInputStream(),
        new ByteArrayOutputStream(),
        new PrintStream(err, true, UTF_8),
        true,
        true);
    assertThat(err.toString(UTF_8)).isEmpty();
    Main.run(
        new String[] {"-o", tmp.resolve("o.jsonl").toString(), file},
        InputStream.nullInputStream(),
        new ByteArrayOutputStream(),
        new PrintStream(err, true, UTF_8),
        true,
        true);
    assertThat(err.toString(UTF_8)).contains("govnews: 1 file, ");
    assertThat(Progress.line(1, 2_500_000, 1, 2_000_000_000L))
        .isEqualTo("govnews: 1 file, 2.5 MB, 0.5 files/s, 1.25 MB/s, 1 error");
  }

  private static String field(String s) throws IOException {
    StringWriter w = new StringWriter();
    CsvTables.field(w, s);
    return w.toString();
  }

  private static List<String> sources(String jsonLines) {
    List<String> out = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      int start = line.indexOf("\"source\":\"") + 10;
      out.add(line.substring(start, line.indexOf('"', start)));
    }
    return out;
  }

  /** An RFC 4180 reader, enough for the tests: records of fields, CRLF between records. */
  static List<List<String>> records(Path csv) throws IOException {
    String s = Files.readString(csv, UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        f.append(c);
      }
    }
    assertThat(f).isEmpty();
    assertThat(row).isEmpty();
    return rows;
  }
}
