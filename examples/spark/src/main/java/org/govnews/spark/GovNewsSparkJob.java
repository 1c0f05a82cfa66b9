package org.govnews.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.govnews.GovNewsException;
import org.govnews.GovNewsParser;
import org.govnews.model.Article;
import org.govnews.model.Attendee;
import org.govnews.model.Directive;
import org.govnews.model.DistrictBrief;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.govnews.model.PartialDate;
import org.govnews.model.Place;

/**
 * Parses a folder (or any Hadoop path: HDFS, S3, a glob) of article files with govnews on the
 * executors and writes Parquet tables under OUTPUT: {@code meetings}, {@code attendees},
 * {@code directives}, {@code briefs}, and {@code failed} (the inputs that could not be parsed,
 * and why).
 *
 * <pre>
 * spark-submit --class org.govnews.spark.GovNewsSparkJob target/govnews-spark-job.jar INPUT... OUTPUT
 * </pre>
 *
 * <p>Inputs are read with Spark's {@code binaryFile} source, recursively, keeping names that end
 * in {@code .txt}, {@code .html}, {@code .htm} or {@code .xml}; each file is one document, decoded
 * by govnews itself (any charset it recognises). Each executor JVM holds one parser ({@link
 * ParserHolder}), shared by all its tasks: the parser is immutable and thread-safe, and building
 * it loads the lexicons, so it is built once, on first use.
 *
 * <p>Keys: {@code source} (the file's Hadoop path) names the document; {@code article},
 * {@code meeting}, {@code brief} and {@code directive} number those records within it from 1,
 * as the command line's CSV tables do, so {@code (source, meeting)} joins attendees to meetings.
 */
public final class GovNewsSparkJob {
  private GovNewsSparkJob() {}

  /** File names the job reads, as a regular expression on the path. */
  static final String EXTENSIONS = "(?i)\\.(txt|html?|xml)$";

  static final StructType MEETING = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("article", DataTypes.IntegerType, false)
      .add("meeting", DataTypes.IntegerType, false)
      .add("brief", DataTypes.IntegerType, true)
      .add("name", DataTypes.StringType, false)
      .add("ordinal", DataTypes.IntegerType, true)
      .add("date", DataTypes.StringType, true)
      .add("format", DataTypes.StringType, true)
      .add("organizer", DataTypes.StringType, true)
      .add("organizer_code", DataTypes.StringType, true)
      .add("chair", DataTypes.StringType, true)
      .add("venue_main", DataTypes.StringType, true)
      .add("venue_branches", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("attendees", DataTypes.IntegerType, false)
      .add("span_start", DataTypes.IntegerType, false)
      .add("span_end", DataTypes.IntegerType, false);

  static final StructType ATTENDEE = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("article", DataTypes.IntegerType, false)
      .add("meeting", DataTypes.IntegerType, false)
      .add("position", DataTypes.IntegerType, false)
      .add("name", DataTypes.StringType, false)
      .add("titles", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("role", DataTypes.StringType, false)
      .add("span_start", DataTypes.IntegerType, false)
      .add("span_end", DataTypes.IntegerType, false);

  static final StructType DIRECTIVE = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("article", DataTypes.IntegerType, false)
      .add("directive", DataTypes.IntegerType, false)
      .add("brief", DataTypes.IntegerType, true)
      .add("speaker", DataTypes.StringType, true)
      .add("verb", DataTypes.StringType, true)
      .add("kind", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("span_start", DataTypes.IntegerType, false)
      .add("span_end", DataTypes.IntegerType, false);

  static final StructType BRIEF = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("article", DataTypes.IntegerType, false)
      .add("brief", DataTypes.IntegerType, false)
      .add("district", DataTypes.StringType, false)
      .add("district_code", DataTypes.StringType, true)
      .add("date", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, false)
      .add("meeting", DataTypes.IntegerType, true)
      .add("directives", DataTypes.IntegerType, false)
      .add("span_start", DataTypes.IntegerType, false)
      .add("span_end", DataTypes.IntegerType, false);

  /** One parsed input: its error, or its records, in nested arrays that the tables explode. */
  static final StructType DOC = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("error_kind", DataTypes.StringType, true)
      .add("error_message", DataTypes.StringType, true)
      .add("meetings", DataTypes.createArrayType(MEETING, false), false)
      .add("attendees", DataTypes.createArrayType(ATTENDEE, false), false)
      .add("directives", DataTypes.createArrayType(DIRECTIVE, false), false)
      .add("briefs", DataTypes.createArrayType(BRIEF, false), false);

  /** The tables the job writes, each a folder of Parquet files under the output. */
  public static final List<String> TABLES = List.of("meetings", "attendees", "directives", "briefs", "failed");

  /**
   * What a run read and wrote.
   *
   * @param documents inputs read
   * @param failed inputs that could not be parsed
   * @param meetings rows of the meetings table
   * @param attendees rows of the attendees table
   * @param directives rows of the directives table
   * @param briefs rows of the briefs table
   */
  public record Counts(long documents, long failed, long meetings, long attendees, long directives, long briefs) {}

  /** The parser of this JVM: created when a task first needs it, then shared by every task. */
  static final class ParserHolder {
    static final GovNewsParser PARSER = GovNewsParser.create();

    private ParserHolder() {}
  }

  /**
   * {@code GovNewsSparkJob INPUT... OUTPUT}: reads every INPUT path, writes the tables under
   * OUTPUT (replacing what is there) and prints the counts.
   *
   * @param args input paths, then the output path
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: spark-submit --class " + GovNewsSparkJob.class.getName()
          + " govnews-spark-job.jar INPUT... OUTPUT");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("govnews").getOrCreate();
    try {
      Counts c = run(spark, args[args.length - 1], Arrays.copyOf(args, args.length - 1));
      System.out.println("govnews: " + c);
    } finally {
      spark.stop();
    }
  }

  /**
   * Parses the inputs and writes the tables.
   *
   * @param spark the session
   * @param output the folder the tables go into, one subfolder each
   * @param inputs files, folders or globs, on any file system Hadoop knows
   * @return the counts
   */
  public static Counts run(SparkSession spark, String output, String... inputs) {
    Dataset<Row> files = spark.read().format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(inputs)
        .filter(col("path").rlike(EXTENSIONS))
        .select("path", "content");
    Dataset<Row> docs = files
        .map((MapFunction<Row, Row>) r -> parse(r.getString(0), (byte[]) r.get(1)), Encoders.row(DOC))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      for (String table : List.of("meetings", "attendees", "directives", "briefs")) {
        docs.select(explode(col(table)).as("r")).select("r.*")
            .write().mode(SaveMode.Overwrite).parquet(output + "/" + table);
      }
      docs.filter(col("error_kind").isNotNull())
          .select("source", "error_kind", "error_message")
          .write().mode(SaveMode.Overwrite).parquet(output + "/failed");
      Row c = docs.agg(count(lit(1)), count(col("error_kind")), sum(size(col("meetings"))),
          sum(size(col("attendees"))), sum(size(col("directives"))), sum(size(col("briefs")))).first();
      return new Counts(c.getLong(0), c.getLong(1), longOrZero(c, 2), longOrZero(c, 3), longOrZero(c, 4),
          longOrZero(c, 5));
    } finally {
      docs.unpersist();
    }
  }

  private static long longOrZero(Row r, int i) {
    return r.isNullAt(i) ? 0 : r.getLong(i);
  }

  /** Parses one file into a DOC row; runs on the executors. */
  static Row parse(String source, byte[] content) {
    Document d;
    try {
      d = ParserHolder.PARSER.parse(content, source);
    } catch (GovNewsException e) {
      return failed(source, e.reason().name(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // a parser bug must not fail the job: it is this document's error
      return failed(source, "INTERNAL", e.toString());
    }
    Rows rows = new Rows(source);
    for (int ai = 0; ai < d.articles().size(); ai++) {
      rows.article(ai + 1, d.articles().get(ai));
    }
    return RowFactory.create(source, null, null, rows.meetings.toArray(new Row[0]),
        rows.attendees.toArray(new Row[0]), rows.directives.toArray(new Row[0]), rows.briefs.toArray(new Row[0]));
  }

  private static Row failed(String source, String kind, String message) {
    return RowFactory.create(source, kind, message, new Row[0], new Row[0], new Row[0], new Row[0]);
  }

  /** The rows of one document, numbered as the command line's CSV tables number them. */
  private static final class Rows {
    final String source;
    final List<Row> meetings = new ArrayList<>();
    final List<Row> attendees = new ArrayList<>();
    final List<Row> directives = new ArrayList<>();
    final List<Row> briefs = new ArrayList<>();

    Rows(String source) {
      this.source = source;
    }

    void article(int article, Article a) {
      for (Meeting m : a.meetings()) {
        meeting(article, null, m);
      }
      for (Directive x : a.directives()) {
        directive(article, null, x);
      }
      for (DistrictBrief b : a.districtBriefs()) {
        int brief = briefs.size() + 1;
        Integer meeting = b.meeting().isPresent() ? meeting(article, brief, b.meeting().get()) : null;
        for (Directive x : b.directives()) {
          directive(article, brief, x);
        }
        briefs.add(RowFactory.create(source, article, brief, b.district(), code(b.place()), date(b.date()),
            b.text(), meeting, b.directives().size(), b.span().start(), b.span().end()));
      }
    }

    int meeting(int article, Integer brief, Meeting m) {
      int no = meetings.size() + 1;
      meetings.add(RowFactory.create(source, article, no, brief, m.name(), number(m.ordinal()), date(m.date()),
          m.format().map(Enum::name).orElse(null), m.organizer().orElse(null), code(m.organizerPlace()),
          m.chair().orElse(null), m.venues().main().orElse(null), m.venues().branches().toArray(new String[0]),
          m.attendees().size(), m.span().start(), m.span().end()));
      int position = 0;
      for (Attendee x : m.attendees()) {
        attendees.add(RowFactory.create(source, article, no, ++position, x.name(),
            x.titles().toArray(new String[0]), x.role().name(), x.span().start(), x.span().end()));
      }
      return no;
    }

    void directive(int article, Integer brief, Directive x) {
      directives.add(RowFactory.create(source, article, directives.size() + 1, brief, x.speaker().orElse(null),
          x.verb().orElse(null), x.kind().name(), x.text(), x.span().start(), x.span().end()));
    }
  }

  private static String code(Optional<Place> p) {
    return p.flatMap(Place::code).orElse(null);
  }

  private static String date(Optional<PartialDate> d) {
    return d.map(PartialDate::toIso).orElse(null);
  }

  private static Integer number(OptionalInt n) {
    return n.isPresent() ? n.getAsInt() : null;
  }
}
