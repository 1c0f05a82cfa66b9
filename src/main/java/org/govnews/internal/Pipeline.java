package org.govnews.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govnews.GovNewsException;
import org.govnews.ParseOptions;
import org.govnews.internal.decode.DecodedInput;
import org.govnews.internal.extract.ArticleExtractor;
import org.govnews.internal.lexicon.Lexicon;
import org.govnews.internal.normalize.MappedText;
import org.govnews.internal.normalize.TextNormalizer;
import org.govnews.internal.segment.ParagraphSegmenter;
import org.govnews.internal.structure.ArticleLayout;
import org.govnews.internal.structure.PageStructurer;
import org.govnews.model.Article;
import org.govnews.model.Document;

/**
 * The stages in order: decoded input → normalize (with the offset map) → segment paragraphs →
 * structure articles → extract records. Immutable and thread-safe.
 */
public final class Pipeline {
  private final ParseOptions options;
  private final PageStructurer structurer;
  private final ArticleExtractor extractor;

  /** A pipeline for the given options. */
  public Pipeline(ParseOptions options) {
    this.options = options;
    Lexicon lexicon = Lexicon.withExtra(options.extraLexicon());
    this.structurer = new PageStructurer(lexicon);
    this.extractor = new ArticleExtractor(lexicon);
    TextNormalizer.get();
  }

  /** The document of one decoded input. */
  public Document run(String source, DecodedInput in) {
    String text = in.text();
    if (text.length() > options.maxInputChars()) {
      throw new GovNewsException(
          GovNewsException.Reason.TOO_LARGE,
          "input has "
              + text.length()
              + " characters, over the limit of "
              + options.maxInputChars());
    }
    TextNormalizer.Result norm = TextNormalizer.get().normalize(text);
    List<MappedText> paragraphs = ParagraphSegmenter.segment(norm.text());
    List<ArticleLayout> layouts = structurer.structure(paragraphs, in.pageSource());
    Optional<LocalDate> fallback =
        options.referenceDate().isPresent() ? options.referenceDate() : in.pageDate();
    List<Article> articles = new ArrayList<>(layouts.size());
    for (ArticleLayout layout : layouts) {
      articles.add(extractor.extract(layout, fallback));
    }
    return new Document(source, in.encoding(), norm.script(), text, articles, in.diagnostics());
  }
}
