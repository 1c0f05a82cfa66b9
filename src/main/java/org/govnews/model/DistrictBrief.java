package org.govnews.model;

import java.util.List;
import java.util.Optional;

/**
 * One item of a roundup page (区县简讯): a place heading ({@code 小店区}, {@code 北京:…}) and its paragraph.
 * Immutable.
 *
 * @param district the place as printed
 * @param date the date the item gives (近日 → empty)
 * @param text the whole item after layout repair
 * @param meeting the meeting the item reports, if any
 * @param directives its 要求… directives
 * @param span the item
 * @param place the district resolved to a division or zone, if known
 */
public record DistrictBrief(
    String district,
    Optional<PartialDate> date,
    String text,
    Optional<Meeting> meeting,
    List<Directive> directives,
    Span span,
    Optional<Place> place) {
  /**
   * Copies the list; rejects nulls.
   *
   * @param district the place as printed
   * @param date the date the item gives (近日 → empty)
   * @param text the whole item after layout repair
   * @param meeting the meeting the item reports, if any
   * @param directives its 要求… directives
   * @param span the item
   * @param place the district resolved to a division or zone, if known
   */
  public DistrictBrief {
    java.util.Objects.requireNonNull(district, "district");
    java.util.Objects.requireNonNull(date, "date");
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(meeting, "meeting");
    directives = List.copyOf(directives);
    java.util.Objects.requireNonNull(span, "span");
    java.util.Objects.requireNonNull(place, "place");
  }
}
