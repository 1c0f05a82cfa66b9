package org.govnews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.govnews.internal.Pipeline;
import org.govnews.internal.decode.InputDecoder;
import org.govnews.model.Document;

/**
 * Reads Chinese government and official-media news into {@link Document}s: the articles of a page,
 * each with its headline stack, byline, meetings, attendees, directives and roundup briefs.
 *
 * <pre>{@code
 * GovNewsParser parser = GovNewsParser.create();
 * Document doc = parser.parse(Path.of("page.html"));
 * doc.articles().forEach(a -> a.meetings().forEach(m -> System.out.println(m.name())));
 * }</pre>
 *
 * <p>Input may be plain text (one paragraph a line) or HTML (a page, a fragment, a feed item), as a
 * {@code String}, bytes, a file or a stream; HTML is recognised by its markup. Blank input gives a
 * document with no articles. Unusable input throws {@link GovNewsException}.
 *
 * <p>Thread-safe and reusable: one parser serves any number of threads.
 */
public final class GovNewsParser {
  private final ParseOptions options;
  private final Pipeline pipeline;

  private GovNewsParser(ParseOptions options) {
    this.options = options;
    this.pipeline = new Pipeline(options);
  }

  /**
   * A parser with {@link ParseOptions#defaults()}.
   *
   * @return a new parser
   */
  public static GovNewsParser create() {
    return new GovNewsParser(ParseOptions.defaults());
  }

  /**
   * A parser with the given options.
   *
   * @param options how to read
   * @return a new parser
   */
  public static GovNewsParser create(ParseOptions options) {
    return new GovNewsParser(Objects.requireNonNull(options, "options"));
  }

  /**
   * The options this parser reads with.
   *
   * @return the options
   */
  public ParseOptions options() {
    return options;
  }

  /**
   * Parses text (plain or HTML) that is already decoded.
   *
   * @param text the input
   * @param source the name the document carries as {@link Document#source()}
   * @return the document
   * @throws GovNewsException if the input is over the size limit or not text
   */
  public Document parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    checkSize(text.length());
    return pipeline.run(source, InputDecoder.decode(text));
  }

  /**
   * Parses bytes in any charset the decoder recognises (UTF-8, GB18030, Big5, UTF-16 with BOM).
   *
   * @param bytes the input
   * @param source the name the document carries as {@link Document#source()}
   * @return the document
   * @throws GovNewsException if the input is over the size limit or not text
   */
  public Document parse(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    checkSize(bytes.length);
    return pipeline.run(source, InputDecoder.decode(bytes));
  }

  /**
   * Parses a file; its path is the document's source.
   *
   * @param file the file
   * @return the document
   * @throws GovNewsException if the file cannot be read, is over the size limit or is not text
   */
  public Document parse(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      long size = Files.size(file);
      checkSize(size);
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new GovNewsException(
          GovNewsException.Reason.UNREADABLE, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a stream to its end (it is not closed); reads at most the size limit plus one byte.
   *
   * @param in the input
   * @param source the name the document carries as {@link Document#source()}
   * @return the document
   * @throws GovNewsException if the stream cannot be read, is over the size limit or is not text
   */
  public Document parse(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    try {
      byte[] bytes = in.readNBytes(options.maxInputChars() + 1);
      checkSize(bytes.length);
      return parse(bytes, source);
    } catch (IOException e) {
      throw new GovNewsException(
          GovNewsException.Reason.UNREADABLE, "cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private void checkSize(long size) {
    if (size > options.maxInputChars()) {
      throw new GovNewsException(
          GovNewsException.Reason.TOO_LARGE,
          "input of " + size + " exceeds the limit of " + options.maxInputChars());
    }
  }
}
