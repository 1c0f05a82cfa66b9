package org.govnews.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.govnews.GovNewsException;
import org.govnews.GovNewsParser;
import org.govnews.ParseOptions;
import org.govnews.model.Article;
import org.govnews.model.Document;
import org.govnews.model.Meeting;
import org.govnews.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: every kind of input, the size limit, unreadable input, null arguments. */
class GovNewsParserTest {

  static final String ARTICLE =
      "省政府召开常务会议\n"
          + "本报讯（记者 王明）28日，省政府召开常务会议，研究部署安全生产工作。省长李华主持会议。\n"
          + "会议强调，要压实安全生产责任，坚决遏制重特大事故发生。\n";

  static final GovNewsParser PARSER = GovNewsParser.create();

  static Meeting onlyMeeting(Document d) {
    assertThat(d.articles()).hasSize(1);
    Article a = d.articles().get(0);
    assertThat(a.meetings()).hasSize(1);
    return a.meetings().get(0);
  }

  @Test
  void aStringParsesIntoAMeetingWithItsChair() {
    Document d = PARSER.parse(ARTICLE, "inline");
    assertThat(d.source()).isEqualTo("inline");
    assertThat(d.encoding()).isEqualTo("UTF-16");
    assertThat(d.text()).isEqualTo(ARTICLE);
    Meeting m = onlyMeeting(d);
    assertThat(m.chair()).contains("李华");
    assertThat(d.articles().get(0).directives()).isNotEmpty();
  }

  @Test
  void bytesFilesAndStreamsGiveTheSameRecordsAsTheString(@TempDir Path dir) throws IOException {
    byte[] utf8 = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("a.txt");
    Files.write(file, utf8);
    Document fromString = PARSER.parse(ARTICLE, "s");
    Document fromBytes = PARSER.parse(utf8, "b");
    Document fromFile = PARSER.parse(file);
    Document fromStream = PARSER.parse(new ByteArrayInputStream(utf8), "in");
    for (Document d : List.of(fromBytes, fromFile, fromStream)) {
      assertThat(d.articles()).isEqualTo(fromString.articles());
      assertThat(d.encoding()).isEqualTo("UTF-8");
    }
    assertThat(fromFile.source()).isEqualTo(file.toString());
    assertThat(fromStream.source()).isEqualTo("in");
  }

  @Test
  void theReferenceDateGivesYearAndMonthToADayAlone() {
    Meeting plain = onlyMeeting(PARSER.parse(ARTICLE, "s"));
    assertThat(plain.date())
        .contains(new PartialDate(OptionalInt.empty(), OptionalInt.empty(), 28));
    GovNewsParser dated =
        GovNewsParser.create(ParseOptions.defaults().withReferenceDate(LocalDate.of(2022, 2, 28)));
    Meeting m = onlyMeeting(dated.parse(ARTICLE, "s"));
    assertThat(m.date()).contains(new PartialDate(OptionalInt.of(2022), OptionalInt.of(2), 28));
    assertThat(dated.options().referenceDate()).contains(LocalDate.of(2022, 2, 28));
  }

  @Test
  void blankInputHasNoArticles() {
    assertThat(PARSER.parse("", "empty").articles()).isEmpty();
    assertThat(PARSER.parse(" \n\u3000\n", "blank").articles()).isEmpty();
    assertThat(PARSER.parse(new byte[0], "none").articles()).isEmpty();
  }

  @Test
  void inputOverTheLimitIsTooLargeWhateverItsForm(@TempDir Path dir) throws IOException {
    GovNewsParser small = GovNewsParser.create(ParseOptions.defaults().withMaxInputChars(10));
    byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("big.txt");
    Files.write(file, bytes);
    for (Runnable r :
        List.<Runnable>of(
            () -> small.parse(ARTICLE, "s"),
            () -> small.parse(bytes, "b"),
            () -> small.parse(file),
            () -> small.parse(new ByteArrayInputStream(bytes), "in"))) {
      assertThatThrownBy(r::run)
          .isInstanceOf(GovNewsException.class)
          .hasMessageContaining("exceeds the limit of 10")
          .satisfies(
              e ->
                  assertThat(((GovNewsException) e).reason())
                      .isEqualTo(GovNewsException.Reason.TOO_LARGE));
    }
    assertThat(small.parse("会议。", "s").text()).isEqualTo("会议。");
  }

  @Test
  void aStreamIsReadOnlyUpToTheLimitPlusOneByte() {
    int[] read = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            read[0]++;
            return 'a';
          }
        };
    GovNewsParser small = GovNewsParser.create(ParseOptions.defaults().withMaxInputChars(100));
    assertThatThrownBy(() -> small.parse(endless, "endless")).isInstanceOf(GovNewsException.class);
    assertThat(read[0]).isEqualTo(101);
  }

  @Test
  void aMissingFileIsUnreadable(@TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");
    assertThatThrownBy(() -> PARSER.parse(missing))
        .isInstanceOf(GovNewsException.class)
        .hasMessageContaining("cannot read " + missing)
        .satisfies(
            e -> {
              GovNewsException g = (GovNewsException) e;
              assertThat(g.reason()).isEqualTo(GovNewsException.Reason.UNREADABLE);
              assertThat(g.getCause()).isInstanceOf(IOException.class);
            });
  }

  @Test
  void aFailingStreamIsUnreadable() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    assertThatThrownBy(() -> PARSER.parse(broken, "broken"))
        .isInstanceOf(GovNewsException.class)
        .hasMessage("cannot read broken: disk on fire")
        .satisfies(
            e ->
                assertThat(((GovNewsException) e).reason())
                    .isEqualTo(GovNewsException.Reason.UNREADABLE));
  }

  @Test
  void binaryInputIsNotText() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    assertThatThrownBy(() -> PARSER.parse(zip, "a.zip"))
        .isInstanceOf(GovNewsException.class)
        .satisfies(
            e ->
                assertThat(((GovNewsException) e).reason())
                    .isEqualTo(GovNewsException.Reason.NOT_TEXT));
  }

  @Test
  void nullArgumentsNameTheParameter() {
    assertThatThrownBy(() -> GovNewsParser.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("options");
    assertThatThrownBy(() -> PARSER.parse((String) null, "s")).hasMessage("text");
    assertThatThrownBy(() -> PARSER.parse("x", null)).hasMessage("source");
    assertThatThrownBy(() -> PARSER.parse((byte[]) null, "s")).hasMessage("bytes");
    assertThatThrownBy(() -> PARSER.parse(new byte[0], null)).hasMessage("source");
    assertThatThrownBy(() -> PARSER.parse((Path) null)).hasMessage("file");
    assertThatThrownBy(() -> PARSER.parse((InputStream) null, "s")).hasMessage("in");
    assertThatThrownBy(() -> PARSER.parse(new ByteArrayInputStream(new byte[0]), null))
        .hasMessage("source");
  }

  @Test
  void theDefaultParserHasTheDefaultOptions() {
    assertThat(PARSER.options()).isEqualTo(ParseOptions.defaults());
  }
}
