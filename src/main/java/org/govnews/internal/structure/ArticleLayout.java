package org.govnews.internal.structure;

import java.util.List;
import java.util.Optional;
import org.govnews.model.Byline;

/**
 * The structure of one article: headline lines, byline, body blocks, roundup items, editors.
 *
 * @param headline headline lines, top to bottom
 * @param byline the byline
 * @param bylineDate the date in the byline (month, day, year or 0 where not given)
 * @param body prose blocks of the body, outside roundup items
 * @param items roundup items in order
 * @param editors editors credited
 * @param blocks every block of the article, in order
 */
@SuppressWarnings(
    "ArrayRecordComponent") // bylineDate: an internal {year, month, day}, never compared
public record ArticleLayout(
    List<Block> headline,
    Optional<Byline> byline,
    int[] bylineDate,
    List<Block> body,
    List<RoundupItem> items,
    List<String> editors,
    List<Block> blocks) {

  /**
   * A roundup item: a heading and the prose under it.
   *
   * @param heading the heading block
   * @param place the place the heading names or starts with, if any
   * @param prose the item's paragraphs
   */
  public record RoundupItem(Block heading, Optional<String> place, List<Block> prose) {}
}
