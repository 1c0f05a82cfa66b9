package org.govnews.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.govnews.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in Chinese or Arabic numerals, and dates completed from their context. */
class ChineseNumberAndDateTest {

  @ParameterizedTest
  @CsvSource({
    "15, 15",
    "' 7 ', 7",
    "0, 0",
    "123456789, 123456789",
    "十, 10",
    "十二, 12",
    "六十三, 63",
    "一百零八, 108",
    "二〇二二, 2022",
    "二零二二, 2022",
    "二○二二, 2022",
    "一千, 1000",
    "三万, 30000",
    "零, 0",
    "〇, 0",
    "一千二百三十四万五千六百, 12345600",
  })
  void numbers(String span, int value) {
    assertThat(ChineseNumber.parse(span)).as(span).hasValue(value);
  }

  @ParameterizedTest
  @CsvSource({
    "''",
    "' '",
    "1234567890",
    "一二三四五六七八九十一二三",
    "十二届",
    "abc",
    "12a",
    "点五",
  })
  void notNumbers(String span) {
    assertThat(ChineseNumber.parse(span)).as(span).isEmpty();
  }

  static PartialDate ymd(int y, int m, int d) {
    return new PartialDate(OptionalInt.of(y), OptionalInt.of(m), d);
  }

  static PartialDate md(int m, int d) {
    return new PartialDate(OptionalInt.empty(), OptionalInt.of(m), d);
  }

  static PartialDate dOnly(int d) {
    return new PartialDate(OptionalInt.empty(), OptionalInt.empty(), d);
  }

  @Test
  void theContextComesFromTheBylineOrTheFallback() {
    Optional<LocalDate> ref = Optional.of(LocalDate.of(2022, 2, 20));
    assertThat(DateContext.of(0, 3, 5, ref)).isEqualTo(new DateContext(2022, 3, 5));
    assertThat(DateContext.of(2021, 3, 5, ref)).isEqualTo(new DateContext(2021, 3, 5));
    assertThat(DateContext.of(0, 3, 5, Optional.empty())).isEqualTo(new DateContext(0, 3, 5));
    assertThat(DateContext.of(0, 0, 0, ref)).isEqualTo(new DateContext(2022, 2, 20));
    assertThat(DateContext.of(0, 0, 0, Optional.empty())).isEqualTo(new DateContext(0, 0, 0));
    assertThat(DateContext.of(0, 3, 0, ref))
        .as("no day: month known")
        .isEqualTo(new DateContext(0, 3, 0));
  }

  @Test
  void aDayAloneTakesMonthAndYearFromTheContext() {
    DateContext ctx = new DateContext(2022, 2, 20);
    assertThat(ctx.first("会议于28日召开", 0, 7).date()).contains(ymd(2022, 2, 28));
    assertThat(ctx.first("3月5日", 0, 4).date()).contains(ymd(2022, 3, 5));
    assertThat(ctx.first("2019年3月5日", 0, 9).date()).contains(ymd(2019, 3, 5));
    assertThat(new DateContext(0, 0, 0).first("28日", 0, 3).date()).contains(dOnly(28));
    assertThat(new DateContext(0, 2, 20).first("28日", 0, 3).date()).contains(md(2, 28));
  }

  @Test
  void lateDecemberInAnEarlyJanuaryArticleIsTheYearBefore() {
    DateContext jan = new DateContext(2023, 1, 3);
    assertThat(jan.first("12月28日", 0, 6).date()).contains(ymd(2022, 12, 28));
    assertThat(jan.first("6月28日", 0, 5).date()).as("five months apart").contains(ymd(2023, 6, 28));
    assertThat(jan.first("7月28日", 0, 5).date()).as("six months apart").contains(ymd(2022, 7, 28));
  }

  @Test
  void anImpossibleDayOfTheMonthLosesItsYear() {
    assertThat(new DateContext(2023, 2, 1).first("2月30日", 0, 5).date()).contains(md(2, 30));
  }

  @Test
  void outOfRangeNumbersAreNoDate() {
    DateContext ctx = new DateContext(2022, 2, 20);
    assertThat(ctx.first("32日", 0, 3)).isNull();
    assertThat(ctx.first("0日", 0, 2)).isNull();
    assertThat(ctx.first("13月5日", 0, 5)).isNull();
    assertThat(ctx.first("13月5日后于28日", 0, 10).date()).contains(ymd(2022, 2, 28));
    assertThat(ctx.first("今日(13月5日)", 0, 9)).isNull();
    assertThat(ctx.first("今日(2月0日)", 0, 8)).isNull();
  }

  @Test
  void todayIsTheContextDateAndOtherWordsAreDatesWithoutAValue() {
    DateContext ctx = new DateContext(2022, 2, 20);
    DateContext.Found today = ctx.first("今日,会议召开", 0, 7);
    assertThat(today.date()).contains(ymd(2022, 2, 20));
    assertThat(today.start()).isZero();
    assertThat(today.end()).isEqualTo(2);
    assertThat(ctx.first("今天", 0, 2).date()).contains(ymd(2022, 2, 20));
    assertThat(ctx.first("今日(2月21日)", 0, 9).date()).contains(ymd(2022, 2, 21));
    assertThat(new DateContext(0, 0, 0).first("今日", 0, 2).date()).isEmpty();
    assertThat(ctx.first("昨天", 0, 2).date()).isEmpty();
    DateContext.Found recently = ctx.first("近日,会议召开", 0, 7);
    assertThat(recently.date()).isEmpty();
    assertThat(recently.end()).isEqualTo(2);
  }

  @Test
  void firstAndLastLookOnlyInsideTheirRegion() {
    DateContext ctx = new DateContext(2022, 2, 20);
    String s = "3日召开预备会,5日召开全体会议,8日闭幕";
    assertThat(ctx.first(s, 0, s.length()).date()).contains(ymd(2022, 2, 3));
    assertThat(ctx.last(s, 0, s.length()).date()).contains(ymd(2022, 2, 8));
    assertThat(ctx.first(s, 3, s.length()).date()).contains(ymd(2022, 2, 5));
    assertThat(ctx.last(s, 0, 16).date()).contains(ymd(2022, 2, 5));
    assertThat(ctx.last("没有日期", 0, 4)).isNull();
    assertThat(ctx.first("没有日期", 0, 4)).isNull();
    assertThat(ctx.last("32日", 0, 3)).isNull();
  }

  @Test
  void aRangeOfDaysIsOneExpressionDatedByItsFirstDay() {
    DateContext.Found f = new DateContext(2022, 2, 20).first("3月5日至8日举行", 0, 9);
    assertThat(f.date()).contains(ymd(2022, 3, 5));
    assertThat(f.end()).isEqualTo(7);
  }

  @Test
  void aBylineWithADayAloneTakesTheReferenceDate() {
    Optional<LocalDate> ref = Optional.of(LocalDate.of(2022, 2, 20));
    assertThat(DateContext.of(0, 0, 5, ref)).isEqualTo(new DateContext(2022, 2, 20));
  }

  @Test
  void theFirstAndLastDaysOfMonthAndYearAreDates() {
    DateContext ctx = new DateContext(2022, 2, 20);
    assertThat(ctx.first("1日", 0, 2).date()).contains(ymd(2022, 2, 1));
    assertThat(ctx.first("2022年12月31日", 0, 11).date()).contains(ymd(2022, 12, 31));
    assertThat(ctx.first("2022年1月1日", 0, 9).date()).contains(ymd(2022, 1, 1));
    assertThat(ctx.first("今天(1月1日)", 0, 8).date()).contains(ymd(2022, 1, 1));
    DateContext yearEnd = new DateContext(2022, 12, 31);
    assertThat(yearEnd.first("今天(12月31日)", 0, 10).date()).contains(ymd(2022, 12, 31));
    assertThat(yearEnd.first("今天(十二月三十一日)", 0, 11).date()).contains(ymd(2022, 12, 31));
    assertThat(ctx.first("今天(2月32日)", 0, 9)).isNull();
  }

  @Test
  void todayNeedsAKnownMonthAndDay() {
    assertThat(new DateContext(2022, 3, 0).first("今日", 0, 2).date()).isEmpty();
    assertThat(new DateContext(0, 0, 5).first("今日", 0, 2).date()).isEmpty();
  }

  @Test
  void monthAndDayInChineseNumerals() {
    DateContext ctx = new DateContext(2022, 5, 23);
    DateContext.Found f = ctx.first("五月二十一日,行政会议举行", 0, 13);
    assertThat(f.date()).contains(ymd(2022, 5, 21));
    assertThat(f.start()).isZero();
    assertThat(f.end()).isEqualTo(6);
    assertThat(ctx.first("十二月三十一日", 0, 7).date())
        .as("December in a May article")
        .contains(ymd(2021, 12, 31));
    assertThat(ctx.first("一月一日", 0, 4).date()).contains(ymd(2022, 1, 1));
    assertThat(ctx.first("十三月五日", 0, 5)).isNull();
    assertThat(ctx.first("五月三十二日", 0, 6)).isNull();
    assertThat(ctx.last("五月二十一日至五月二十二日", 0, 13).date()).contains(ymd(2022, 5, 22));
  }
}
