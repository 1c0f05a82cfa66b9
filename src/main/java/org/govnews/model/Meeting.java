package org.govnews.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A meeting the article reports as held (会议): {@code 省委第六十三次疫情防控专题会}, {@code 国务院常务会议}. Meetings
 * only mentioned, scheduled or quoted in a speech are not meetings of the article. Immutable.
 *
 * @param name the name as printed, normalized
 * @param ordinal the session number (第六十三次 → 63, 首次 → 1), if printed
 * @param date when it was held
 * @param format video or in person, when the text says
 * @param organizer the body that holds it (省委, 国务院, 小店区), if named
 * @param chair who chairs it (主持)
 * @param venues main and branch venues
 * @param attendees named people in the order the text gives them (protocol order)
 * @param span the sentence that reports it
 * @param organizerPlace the division the organizer belongs to (小店区, 山西省), if resolved
 */
public record Meeting(
    String name,
    OptionalInt ordinal,
    Optional<PartialDate> date,
    Optional<MeetingFormat> format,
    Optional<String> organizer,
    Optional<String> chair,
    Venues venues,
    List<Attendee> attendees,
    Span span,
    Optional<Place> organizerPlace) {
  /**
   * Copies the list; rejects nulls.
   *
   * @param name the name as printed, normalized
   * @param ordinal the session number (第六十三次 → 63, 首次 → 1), if printed
   * @param date when it was held
   * @param format video or in person, when the text says
   * @param organizer the body that holds it (省委, 国务院, 小店区), if named
   * @param chair who chairs it (主持)
   * @param venues main and branch venues
   * @param attendees named people in the order the text gives them (protocol order)
   * @param span the sentence that reports it
   * @param organizerPlace the division the organizer belongs to (小店区, 山西省), if resolved
   */
  public Meeting {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(ordinal, "ordinal");
    java.util.Objects.requireNonNull(date, "date");
    java.util.Objects.requireNonNull(format, "format");
    java.util.Objects.requireNonNull(organizer, "organizer");
    java.util.Objects.requireNonNull(chair, "chair");
    java.util.Objects.requireNonNull(venues, "venues");
    attendees = List.copyOf(attendees);
    java.util.Objects.requireNonNull(span, "span");
    java.util.Objects.requireNonNull(organizerPlace, "organizerPlace");
  }
}
