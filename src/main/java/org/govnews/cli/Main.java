package org.govnews.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govnews.GovNewsException;
import org.govnews.GovNewsParser;
import org.govnews.ParseOptions;
import org.govnews.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * The command line: {@code java -jar govnews.jar [OPTIONS] INPUT...} reads files, folders and
 * standard input, a few documents at a time (parsed on {@code --threads} workers, written in input
 * order), and writes the records of each as one JSON object a line (JSON Lines, the contract of
 * {@code SCHEMA.md}) or as CSV tables. An input that fails gets an error record and the run goes
 * on. Exit status: 0 every input parsed, 1 some input failed, 2 bad usage or output that cannot be
 * written. See {@link #HELP}.
 */
public final class Main {
  /** Every input parsed. */
  static final int OK = 0;

  /** Some input failed; its error record is in the output. */
  static final int INPUT_FAILED = 1;

  /** Bad usage, or the output could not be written. */
  static final int USAGE = 2;

  static final String USAGE_LINE = "usage: java -jar govnews.jar [OPTIONS] INPUT...";

  static final String HELP =
      USAGE_LINE
          + """


      Reads Chinese government news and writes the records of each input: headline, byline,
      meetings, attendees, directives, district briefs (the JSON of SCHEMA.md).

      INPUT  a file (any name); a folder, searched recursively for *.txt *.html *.htm *.xml
             in name order (hidden entries and links to folders are skipped); or - for
             standard input. Inputs stream: at most twice --threads are held at a time.

      Options:
        -o, --output PATH           write to PATH instead of standard output. With
                                    --format csv: a folder (one that exists, or PATH ending
                                    in /) gets documents.csv, meetings.csv, attendees.csv,
                                    directives.csv, briefs.csv; any other PATH is a prefix:
                                    PATH-meetings.csv ... (a trailing .csv is dropped)
            --format json|csv       json (default): one JSON object per input, one a line;
                                    csv: flat tables joined on doc and meeting (needs -o)
            --pretty                indent the JSON (one object then spans several lines)
            --reference-date DATE   the publication date, YYYY-MM-DD: dates without a year
                                    or month, and 今日, resolve against it
        -j, --threads N             parse N inputs at a time (default: the number of
                                    processors); the output keeps the input order
        -q, --quiet                 no progress line (shown when stderr is a terminal
                                    that the records do not go to)
        -h, --help                  this help
        -V, --version               the version

      Exit status: 0 every input parsed; 1 some input failed (its error record is in the
      output and the run went on); 2 bad usage, or the output could not be written.
      """;

  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args options and inputs, see {@link #HELP}
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            System.in,
            System.out,
            System.err,
            Progress.isTerminal(2),
            Progress.isTerminal(1)));
  }

  /** Bad usage: the message goes to stderr and the status is {@link #USAGE}. */
  private static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** The parsed command line. */
  private static final class Command {
    final List<String> inputs = new ArrayList<>();
    ParseOptions options = ParseOptions.defaults();
    boolean pretty;
    boolean quiet;
    boolean csv;
    @Nullable String output;
    int threads = Runtime.getRuntime().availableProcessors();
  }

  /**
   * Runs the command line.
   *
   * @param stderrTerminal whether standard error is a terminal: the progress line goes there
   * @param stdoutTerminal whether standard output is a terminal: no progress line when the records
   *     go there too
   * @return the exit status
   */
  static int run(
      String[] args,
      InputStream stdin,
      OutputStream stdout,
      PrintStream stderr,
      boolean stderrTerminal,
      boolean stdoutTerminal) {
    Command c;
    try {
      c = parse(args, stdout);
    } catch (UsageException e) {
      stderr.println("govnews: " + e.getMessage());
      stderr.println(USAGE_LINE);
      stderr.println("Try --help for the options.");
      return USAGE;
    }
    if (c == null) {
      return OK; // --help or --version
    }
    GovNewsParser parser = GovNewsParser.create(c.options);
    boolean recordsOnTerminal = stdoutTerminal && !c.csv && c.output == null;
    Progress progress =
        new Progress(stderr, stderrTerminal && !c.quiet && !recordsOnTerminal, System::nanoTime);
    Sink sink;
    try {
      sink =
          c.csv ? csv(Objects.requireNonNull(c.output)) : new JsonLines(c.output, stdout, c.pretty);
    } catch (IOException | InvalidPathException e) {
      stderr.println("govnews: cannot write " + c.output + ": " + e);
      return USAGE;
    }
    Inputs inputs = new Inputs(c.inputs);
    int doc = 0;
    // workers parse, this thread writes in input order; the queue bounds what is held
    ExecutorService workers = Executors.newFixedThreadPool(c.threads, Main::worker);
    ArrayDeque<Future<Outcome>> pending = new ArrayDeque<>();
    try (sink) {
      while (inputs.hasNext()) {
        Inputs.Input in = inputs.next();
        pending.add(workers.submit(() -> parse(parser, in, stdin)));
        if (pending.size() >= 2 * c.threads) {
          write(++doc, pending.remove(), sink, progress);
        }
      }
      while (!pending.isEmpty()) {
        write(++doc, pending.remove(), sink, progress);
      }
    } catch (IOException e) {
      progress.clear();
      stderr.println("govnews: cannot write the output: " + e.getMessage());
      return USAGE;
    } finally {
      workers.shutdownNow();
    }
    progress.finish();
    if (doc == 0) {
      stderr.println("govnews: no input found (folders are searched for *.txt *.html *.htm *.xml)");
    }
    return progress.errors() > 0 ? INPUT_FAILED : OK;
  }

  /**
   * What became of one input: its records, or why there are none ({@code kind} and {@code message}
   * set), and the parser bug behind an {@code INTERNAL} error, to be logged.
   */
  private record Outcome(
      String source,
      long size,
      @Nullable Document document,
      @Nullable String kind,
      @Nullable String message,
      @Nullable Throwable bug) {}

  /** Parses one input on a worker thread; never throws. */
  private static Outcome parse(GovNewsParser parser, Inputs.Input in, InputStream stdin) {
    if (in.failure() != null) {
      return new Outcome(
          in.source(), 0, null, GovNewsException.Reason.UNREADABLE.name(), in.failure(), null);
    }
    long size = 0;
    try {
      if (in.stdin()) {
        CountingInputStream counted = new CountingInputStream(stdin);
        try {
          return new Outcome(in.source(), 0, parser.parse(counted, in.source()), null, null, null);
        } finally {
          size = counted.count;
        }
      }
      Path path = Objects.requireNonNull(in.path()); // neither standard input nor a failure
      size = sizeOf(path);
      return new Outcome(in.source(), size, parser.parse(path), null, null, null);
    } catch (GovNewsException e) {
      return new Outcome(in.source(), size, null, e.reason().name(), e.getMessage(), null);
    } catch (RuntimeException | StackOverflowError e) {
      // a parser bug must not stop a run over thousands of files: it is this input's error
      return new Outcome(in.source(), size, null, "INTERNAL", e.toString(), e);
    }
  }

  /** Writes the outcome of input number {@code doc} once its worker is done. */
  private static void write(int doc, Future<Outcome> next, Sink sink, Progress progress)
      throws IOException {
    Outcome o;
    try {
      o = next.get();
    } catch (ExecutionException e) {
      // parse() returns every exception it can recover from; an Error ends the run, as it would
      // have in this thread
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (o.bug() != null) {
      progress.clear();
      org.slf4j.LoggerFactory.getLogger(Main.class)
          .warn("parser failure on {}", o.source(), o.bug());
    }
    if (o.document() != null) {
      sink.document(doc, o.document());
    } else {
      // every outcome without a document has both
      sink.failure(
          doc, o.source(), Objects.requireNonNull(o.kind()), Objects.requireNonNull(o.message()));
    }
    progress.count(o.size(), o.document() == null);
  }

  /** Worker threads do not keep the JVM alive after an output error. */
  private static Thread worker(Runnable r) {
    Thread t = new Thread(r, "govnews-worker");
    t.setDaemon(true);
    return t;
  }

  private static int threads(String value) throws UsageException {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1 && n <= 1024) {
        return n;
      }
    } catch (NumberFormatException e) {
      // the message below says what is wanted
    }
    throw new UsageException("--threads is a number from 1 to 1024, not " + value);
  }

  /** Parses the arguments; null after printing --help or --version. */
  private static @Nullable Command parse(String[] args, OutputStream stdout) throws UsageException {
    Command c = new Command();
    boolean optionsEnd = false;
    String format = "json";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (optionsEnd || a.equals("-") || !a.startsWith("-")) {
        c.inputs.add(a);
        continue;
      }
      if (a.equals("--")) {
        optionsEnd = true;
        continue;
      }
      String name = a;
      @Nullable String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      boolean takesValue =
          switch (name) {
            case "-o", "--output", "--format", "--reference-date", "-j", "--threads" -> true;
            default -> false;
          };
      if (takesValue && value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException(name + " needs a value");
        }
        value = args[++i];
      } else if (!takesValue && value != null) {
        throw new UsageException(name + " takes no value");
      }
      switch (name) {
        case "-o", "--output" -> c.output = value;
        case "--format" -> {
          if (!"json".equals(value) && !"csv".equals(value)) {
            throw new UsageException("--format is json or csv, not " + value);
          }
          format = Objects.requireNonNull(value); // an option that takes a value has one
        }
        case "--reference-date" -> {
          try {
            c.options = c.options.withReferenceDate(LocalDate.parse(value));
          } catch (DateTimeParseException e) {
            throw new UsageException("not a date (YYYY-MM-DD): " + value);
          }
        }
        case "-j", "--threads" -> c.threads = threads(Objects.requireNonNull(value));
        case "--pretty" -> c.pretty = true;
        case "-q", "--quiet" -> c.quiet = true;
        case "-h", "--help" -> {
          print(stdout, HELP);
          return null;
        }
        case "-V", "--version" -> {
          print(stdout, "govnews " + version() + "\n");
          return null;
        }
        default -> throw new UsageException("unknown option " + a);
      }
    }
    c.csv = format.equals("csv");
    if (c.csv && c.output == null) {
      throw new UsageException(
          "--format csv writes five files: give a folder or prefix with --output");
    }
    if (c.csv && c.pretty) {
      throw new UsageException("--pretty is for JSON, not --format csv");
    }
    if (c.inputs.isEmpty()) {
      throw new UsageException("no input (a file, a folder or - for standard input)");
    }
    return c;
  }

  private static void print(OutputStream out, String s) {
    try {
      out.write(s.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      // nothing to tell: standard output is gone
    }
  }

  /** The version of the jar this class came from (its Maven pom.properties), or "unknown". */
  static String version() {
    try (InputStream in =
        Main.class.getResourceAsStream("/META-INF/maven/org.govnews/govnews/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall back below
    }
    String v =
        Main.class.getPackage() == null ? null : Main.class.getPackage().getImplementationVersion();
    return v != null ? v : "unknown";
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException | RuntimeException e) {
      return 0; // the parser reports the file as unreadable
    }
  }

  /**
   * CSV tables in the folder {@code output}, or next to it with {@code output} as a name prefix.
   */
  private static Sink csv(String output) throws IOException {
    Path p = Path.of(output);
    CsvTables tables;
    if (output.endsWith("/") || output.endsWith(File.separator) || Files.isDirectory(p)) {
      tables = new CsvTables(p, "");
    } else {
      String prefix = p.getFileName().toString();
      if (prefix.toLowerCase(Locale.ROOT).endsWith(".csv")) {
        prefix = prefix.substring(0, prefix.length() - 4);
      }
      tables = new CsvTables(p.getParent() == null ? Path.of("") : p.getParent(), prefix);
    }
    return new Sink() {
      @Override
      public void document(int doc, Document d) throws IOException {
        tables.document(doc, d);
      }

      @Override
      public void failure(int doc, String source, String kind, String message) throws IOException {
        tables.failure(doc, source, kind, message);
      }

      @Override
      public void close() throws IOException {
        tables.close();
      }
    };
  }

  /** Where the records of each input go. */
  private interface Sink extends Closeable {
    void document(int doc, Document d) throws IOException;

    void failure(int doc, String source, String kind, String message) throws IOException;
  }

  /** JSON Lines to standard output or a file; flushed after each document. */
  private static final class JsonLines implements Sink {
    private final OutputStream target;
    private final boolean toFile;
    private final Writer w;
    private final boolean pretty;

    JsonLines(@Nullable String output, OutputStream stdout, boolean pretty) throws IOException {
      this.toFile = output != null;
      this.target = output != null ? Files.newOutputStream(Path.of(output)) : stdout;
      this.w = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
      this.pretty = pretty;
    }

    @Override
    public void document(int doc, Document d) throws IOException {
      line(JsonWriter.document(d, pretty));
    }

    @Override
    public void failure(int doc, String source, String kind, String message) throws IOException {
      line(JsonWriter.error(source, kind, message));
    }

    private void line(String s) throws IOException {
      w.write(s);
      w.write('\n');
      w.flush();
      if (target instanceof PrintStream ps && ps.checkError()) {
        throw new IOException("standard output is closed");
      }
    }

    @Override
    public void close() throws IOException {
      if (toFile) {
        w.close();
      } else {
        w.flush();
      }
    }
  }

  /** Counts the bytes read from standard input, for the progress line. */
  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
