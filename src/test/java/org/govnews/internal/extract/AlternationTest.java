package org.govnews.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An alternation tried by first character answers as the whole pattern does. */
class AlternationTest {
  private static final String ALTERNATIVES =
      "\\d{1,2}日(?:上午|下午)?|在[\\p{IsHan}]{0,8}?(?:上|中)?|(?<!在)会(?:上|后)|也|还|并"
          + "|[,，](?=分别|均)|(?:主持|出席)[\\p{IsHan}]{0,6}?并|\\s+";

  @Test
  void everyRegionAnswersAsTheWholePattern() {
    Alternation alternation = new Alternation(ALTERNATIVES);
    Pattern whole = Pattern.compile("^(?:" + ALTERNATIVES + ")$");
    String text = "李强12日上午在京主持会议并讲话,在会上也指出, 分别还出席活动并 致辞21日";
    for (int from = 0; from < text.length(); from++) {
      for (int to = from + 1; to <= text.length(); to++) {
        boolean expected =
            whole.matcher(text).useTransparentBounds(true).region(from, to).matches();
        assertThat(alternation.matches(text, from, to))
            .as("%s at %d", text.substring(from, to), from)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void groupsAndClassesKeepTheirBars() {
    Alternation alternation = new Alternation("[|]x|(?:a|b)c|\\|y");
    assertThat(alternation.matches("|x", 0, 2)).isTrue();
    assertThat(alternation.matches("bc", 0, 2)).isTrue();
    assertThat(alternation.matches("|y", 0, 2)).isTrue();
    assertThat(alternation.matches("x", 0, 1)).isFalse();
    assertThat(alternation.matches("c", 0, 1)).isFalse();
  }
}
