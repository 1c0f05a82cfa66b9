package org.govnews;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link GovNewsParser} reads: the reference date that resolves dates without a year or
 * month, extra lexicon entries, and the input size limit. Immutable and thread-safe.
 *
 * @param referenceDate the publication date, when the caller knows it: {@code 今日}, {@code 28日} and
 *     year-less dates resolve against it
 * @param extraLexicon entries added to the built-in lexicons, by kind
 * @param maxInputChars inputs longer than this (in chars, or bytes for byte input) fail with {@link
 *     GovNewsException.Reason#TOO_LARGE}
 */
public record ParseOptions(
    Optional<LocalDate> referenceDate,
    Map<LexiconKind, List<String>> extraLexicon,
    int maxInputChars) {

  /** The default size limit: 16 MiB, far above any real article page. */
  public static final int DEFAULT_MAX_INPUT = 16 << 20;

  /** Which built-in lexicon an extra entry extends. */
  public enum LexiconKind {
    /** Family names (姓氏), single or compound. */
    SURNAMES,
    /** Title head words that end an official title (书记, 局长). */
    POSTS,
    /** News outlets (新华社, 山西日报). */
    OUTLETS
  }

  /**
   * Copies the map; checks the limit.
   *
   * @param referenceDate the publication date, when the caller knows it: {@code 今日}, {@code 28日}
   *     and year-less dates resolve against it
   * @param extraLexicon entries added to the built-in lexicons, by kind
   * @param maxInputChars inputs longer than this (in chars, or bytes for byte input) fail with
   *     {@link GovNewsException.Reason#TOO_LARGE}
   */
  public ParseOptions {
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(extraLexicon, "extraLexicon");
    extraLexicon = Map.copyOf(extraLexicon);
    extraLexicon.values().forEach(l -> l.forEach(e -> Objects.requireNonNull(e, "lexicon entry")));
    extraLexicon =
        extraLexicon.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    if (maxInputChars <= 0) {
      throw new IllegalArgumentException("maxInputChars must be positive: " + maxInputChars);
    }
  }

  /**
   * No reference date, no extra entries, the default size limit.
   *
   * @return the default options
   */
  public static ParseOptions defaults() {
    return new ParseOptions(Optional.empty(), Map.of(), DEFAULT_MAX_INPUT);
  }

  /**
   * These options with a reference date.
   *
   * @param date the publication date
   * @return new options
   */
  public ParseOptions withReferenceDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new ParseOptions(Optional.of(date), extraLexicon, maxInputChars);
  }

  /**
   * These options with another size limit.
   *
   * @param max the largest input, in chars (bytes for byte input)
   * @return new options
   */
  public ParseOptions withMaxInputChars(int max) {
    return new ParseOptions(referenceDate, extraLexicon, max);
  }

  /**
   * These options with extra lexicon entries of one kind.
   *
   * @param kind the lexicon the entries extend
   * @param entries the entries; they replace earlier extra entries of that kind
   * @return new options
   */
  public ParseOptions withExtraLexicon(LexiconKind kind, List<String> entries) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entries, "entries");
    Map<LexiconKind, List<String>> m = new java.util.EnumMap<>(LexiconKind.class);
    m.putAll(extraLexicon);
    m.put(kind, entries);
    return new ParseOptions(referenceDate, m, maxInputChars);
  }
}
