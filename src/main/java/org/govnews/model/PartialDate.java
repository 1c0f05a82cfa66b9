package org.govnews.model;

import java.util.OptionalInt;

/**
 * A calendar date as far as the text gives it (日期): the year only when the text, the byline, the
 * page metadata or the caller states it; the month only when known. Never invented. Immutable.
 *
 * @param year the year, if known
 * @param month the month 1–12, if known
 * @param day the day of the month 1–31
 */
public record PartialDate(OptionalInt year, OptionalInt month, int day) {
  /**
   * Checks the ranges.
   *
   * @param year the year, if known
   * @param month the month 1–12, if known
   * @param day the day of the month 1–31
   */
  public PartialDate {
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("day " + day);
    }
    if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
      throw new IllegalArgumentException("month " + month);
    }
    if (year.isPresent() && month.isEmpty()) {
      throw new IllegalArgumentException("a year without a month");
    }
  }

  /**
   * ISO 8601 form: {@code 2022-02-20}, {@code --02-20} without a year, {@code ---20} with the day
   * alone.
   *
   * @return the ISO 8601 text
   */
  public String toIso() {
    StringBuilder sb = new StringBuilder(10);
    if (year.isPresent()) {
      sb.append(String.format(java.util.Locale.ROOT, "%04d", year.getAsInt()));
    } else {
      sb.append('-');
    }
    sb.append('-');
    if (month.isPresent()) {
      sb.append(String.format(java.util.Locale.ROOT, "%02d", month.getAsInt()));
    }
    sb.append('-');
    sb.append(String.format(java.util.Locale.ROOT, "%02d", day));
    return sb.toString();
  }

  @Override
  public String toString() {
    return toIso();
  }
}
