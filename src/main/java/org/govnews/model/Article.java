package org.govnews.model;

import java.util.List;
import java.util.Optional;

/**
 * One article of a page (稿件): its headline stack, byline, dateline date, and the records read from
 * its body. Every paragraph of the article, headline lines included, is in {@code paragraphs}.
 * Immutable.
 *
 * @param headline the headline stack
 * @param byline the byline, if any
 * @param date the dateline date
 * @param meetings meetings held and reported
 * @param directives directives of the body (roundup items carry their own)
 * @param districtBriefs roundup items headed by a place
 * @param people everyone named, at the first mention
 * @param editors editors credited (以上由…编辑整理, 责任编辑)
 * @param paragraphs all paragraphs after layout repair
 */
public record Article(
    Headline headline,
    Optional<Byline> byline,
    Optional<PartialDate> date,
    List<Meeting> meetings,
    List<Directive> directives,
    List<DistrictBrief> districtBriefs,
    List<Person> people,
    List<String> editors,
    List<Paragraph> paragraphs) {
  /**
   * Copies the lists; rejects nulls.
   *
   * @param headline the headline stack
   * @param byline the byline, if any
   * @param date the dateline date
   * @param meetings meetings held and reported
   * @param directives directives of the body (roundup items carry their own)
   * @param districtBriefs roundup items headed by a place
   * @param people everyone named, at the first mention
   * @param editors editors credited (以上由…编辑整理, 责任编辑)
   * @param paragraphs all paragraphs after layout repair
   */
  public Article {
    java.util.Objects.requireNonNull(headline, "headline");
    java.util.Objects.requireNonNull(byline, "byline");
    java.util.Objects.requireNonNull(date, "date");
    meetings = List.copyOf(meetings);
    directives = List.copyOf(directives);
    districtBriefs = List.copyOf(districtBriefs);
    people = List.copyOf(people);
    editors = List.copyOf(editors);
    paragraphs = List.copyOf(paragraphs);
  }
}
