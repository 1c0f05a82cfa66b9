package org.govnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govnews.GovNewsException;
import org.govnews.GovNewsParser;
import org.govnews.model.Article;
import org.govnews.model.DistrictBrief;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the job in local[2] over the project's testdata/ and checks it against the library. */
class GovNewsSparkJobTest {
  static final Path TESTDATA = Path.of("../../testdata").toAbsolutePath().normalize();

  static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("govnews-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void tablesHoldWhatTheLibraryReads() throws IOException {
    // a folder with one input that is not text, next to testdata/
    Path bad = Files.createDirectories(tmp.resolve("bad"));
    byte[] control = new byte[3000];
    for (int i = 0; i < control.length; i++) {
      control[i] = (byte) (i % 9);
    }
    Files.write(bad.resolve("binary.txt"), control);
    Files.writeString(bad.resolve("notes.json"), "{}"); // not an article: skipped by extension

    // what the library itself reads from the same files
    Pattern wanted = Pattern.compile(GovNewsSparkJob.EXTENSIONS);
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(TESTDATA, bad)) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(Files::isRegularFile).filter(p -> wanted.matcher(p.toString()).find()).forEach(files::add);
      }
    }
    assertTrue(files.size() > 10, "testdata/ has articles: " + files.size());
    GovNewsParser parser = GovNewsParser.create();
    long failed = 0;
    long meetings = 0;
    long attendees = 0;
    long directives = 0;
    long briefs = 0;
    TreeSet<String> meetingNames = new TreeSet<>();
    for (Path f : files) {
      Document d;
      try {
        d = parser.parse(f);
      } catch (GovNewsException e) {
        failed++;
        continue;
      }
      for (Article a : d.articles()) {
        directives += a.directives().size();
        List<Meeting> ms = new ArrayList<>(a.meetings());
        for (DistrictBrief b : a.districtBriefs()) {
          briefs++;
          directives += b.directives().size();
          b.meeting().ifPresent(ms::add);
        }
        for (Meeting m : ms) {
          meetings++;
          attendees += m.attendees().size();
          meetingNames.add(f.getFileName() + " " + m.name());
        }
      }
    }
    assertEquals(1, failed);

    String out = tmp.resolve("out").toString();
    GovNewsSparkJob.Counts c = GovNewsSparkJob.run(spark, out, TESTDATA.toString(), bad.toString());

    assertEquals(new GovNewsSparkJob.Counts(files.size(), failed, meetings, attendees, directives, briefs), c);
    assertEquals(meetings, spark.read().parquet(out + "/meetings").count());
    assertEquals(attendees, spark.read().parquet(out + "/attendees").count());
    assertEquals(directives, spark.read().parquet(out + "/directives").count());
    assertEquals(briefs, spark.read().parquet(out + "/briefs").count());

    List<Row> failures = spark.read().parquet(out + "/failed").collectAsList();
    assertEquals(1, failures.size());
    assertTrue(failures.get(0).getString(0).endsWith("binary.txt"), failures.get(0).toString());
    assertEquals("NOT_TEXT", failures.get(0).getString(1));

    TreeSet<String> sparkNames = new TreeSet<>();
    for (Row r : spark.read().parquet(out + "/meetings").select("source", "name").collectAsList()) {
      sparkNames.add(Path.of(r.getString(0).replaceFirst("^file:", "")).getFileName() + " " + r.getString(1));
    }
    assertEquals(meetingNames, sparkNames);

    // every attendee joins its meeting on (source, meeting)
    long joined = spark.read().parquet(out + "/attendees")
        .join(spark.read().parquet(out + "/meetings").select("source", "meeting"),
            scala.jdk.javaapi.CollectionConverters.asScala(List.of("source", "meeting")).toSeq())
        .count();
    assertEquals(attendees, joined);
  }
}
