package org.govnews.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The article text of a page: the block that holds the prose, its headline, its metadata. */
class HtmlTextTest {

  static final String BODY =
      "<p>省委常委会召开会议，传达学习中央经济工作会议精神，研究部署我省贯彻落实工作。</p>" + "<p>会议强调，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。</p>";

  @Test
  void theProseBlockWinsOverNavigationAndScripts() {
    String page =
        "<html><head><title>省委常委会召开会议 - 山西省人民政府门户网站</title>"
            + "<script>var x = '首页，新闻，图片';</script><style>p{}</style></head><body>"
            + "<nav><ul><li>首页</li><li>新闻</li></ul></nav>"
            + "<div class=side><a>相关链接</a></div>"
            + "<div class=main><h1>省委常委会召开会议</h1><div class=content>"
            + BODY
            + "</div></div>"
            + "<footer>版权所有，主办单位</footer><form><input value=搜索></form></body></html>";
    HtmlText t = HtmlText.extract(page);
    assertThat(t.text())
        .isEqualTo(
            "省委常委会召开会议\n"
                + "省委常委会召开会议，传达学习中央经济工作会议精神，研究部署我省贯彻落实工作。\n"
                + "会议强调，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。\n");
    assertThat(t.text()).doesNotContain("首页", "相关链接", "版权所有", "var x", "搜索");
  }

  @Test
  void withoutAHeadingTheTitleStandsFirstWithoutTheSiteName() {
    String page =
        "<html><head><title>全省经济工作会议召开--要闻--人民网</title></head><body>"
            + "<div>"
            + BODY
            + "</div></body></html>";
    HtmlText t = HtmlText.extract(page);
    assertThat(t.text()).startsWith("全省经济工作会议召开\n省委常委会召开会议，");
  }

  @Test
  void theTitleIsNotRepeatedWhenTheContentOpensWithIt() {
    String page =
        "<html><head><title>省委常委会召开会议_中山网</title></head><body>"
            + "<div><p>省委常委会召开会议</p>"
            + BODY
            + "</div></body></html>";
    HtmlText t = HtmlText.extract(page);
    assertThat(t.text()).startsWith("省委常委会召开会议\n省委常委会召开会议，传达");
    assertThat(t.text().indexOf("省委常委会召开会议\n")).isEqualTo(t.text().lastIndexOf("省委常委会召开会议\n"));
  }

  @Test
  void aShortTitleKeepsItsSeparators() {
    String page =
        "<html><head><title>要闻 - 网</title></head><body><div>" + BODY + "</div></body></html>";
    assertThat(HtmlText.extract(page).text()).startsWith("要闻 - 网\n");
  }

  @Test
  void lineBreaksAndBlocksBecomeLines() {
    String page =
        "<html><body><div><p>第一段，会议召开。<br>第二行，会议强调。</p><p>第三段，\n会议要求。</p></div></body></html>";
    HtmlText t = HtmlText.extract(page);
    assertThat(t.text()).isEqualTo("第一段，会议召开。\n第二行，会议强调。\n第三段， 会议要求。\n");
  }

  @Test
  void aFragmentWithoutBlocksIsItsText() {
    HtmlText t = HtmlText.extract("<span>会议强调</span>");
    assertThat(t.text()).isEqualTo("会议强调\n");
    assertThat(t.date()).isEmpty();
    assertThat(t.source()).isEmpty();
  }

  @Test
  void metadataGivesThePublicationDateAndSource() {
    String page =
        "<html><head><meta name=\"PubDate\" content=\"2022-02-20 09:31\">"
            + "<meta name=\"ContentSource\" content=\"来源：山西日报 原创稿\"></head><body><div>"
            + BODY
            + "</div></body></html>";
    HtmlText t = HtmlText.extract(page);
    assertThat(t.date()).contains(LocalDate.of(2022, 2, 20));
    assertThat(t.source()).contains("山西日报");
  }

  @Test
  void openGraphDatesAndChineseDatesCount() {
    String page =
        "<html><head><meta property=\"article:published_time\" content=\"2023年7月1日\">"
            + "<meta name=\"source\" content=\"新华社\"></head><body><p>会议。</p></body></html>";
    HtmlText t = HtmlText.extract(page);
    assertThat(t.date()).contains(LocalDate.of(2023, 7, 1));
    assertThat(t.source()).contains("新华社");
  }

  @Test
  void anImpossibleMetaDateIsSkippedForTheNextOne() {
    String page =
        "<html><head><meta name=\"PubDate\" content=\"2022-13-40\">"
            + "<meta name=\"date\" content=\"2021/03/05\"><meta name=\"source\" content=\"来源:  \"></head>"
            + "<body><p>会议。</p></body></html>";
    HtmlText t = HtmlText.extract(page);
    assertThat(t.date()).contains(LocalDate.of(2021, 3, 5));
    assertThat(t.source()).isEmpty();
  }

  @Test
  void aFeedItemIsUnwrappedAndItsRfc1123DateRead() {
    String item =
        "<?xml version=\"1.0\"?><rss><channel><item><title>市政府常务会议召开</title>"
            + "<pubDate>nonsense</pubDate><pubDate>Tue, 3 Jun 2008 11:05:30 GMT</pubDate>"
            + "<description><![CDATA[<p>市政府常务会议召开，研究部署安全生产工作。</p>]]></description></item></channel></rss>";
    HtmlText t = HtmlText.extract(item);
    assertThat(t.date()).contains(LocalDate.of(2008, 6, 3));
    assertThat(t.text()).contains("市政府常务会议召开，研究部署安全生产工作。").doesNotContain("CDATA");
  }

  @Test
  void noDateWhenNoneIsGiven() {
    String page =
        "<html><head><meta name=\"PubDate\" content=\"soon\"></head><body><p>会议。</p></body></html>";
    assertThat(HtmlText.extract(page).date()).isEqualTo(Optional.empty());
  }

  @Test
  void headingsAreLookedForUpToFourLevelsAboveTheContent() {
    String page =
        "<html><body><h2>  </h2><h2>主标题</h2><div><div><div class=text>"
            + BODY
            + "</div></div></div><h3>稿件之后的标题</h3></body></html>";
    HtmlText t = HtmlText.extract(page);
    assertThat(t.text()).startsWith("主标题\n省委常委会");
    assertThat(t.text()).doesNotContain("稿件之后的标题\n省委");
  }

  @Test
  void decodeRoutesHtmlStringsThroughExtraction() {
    DecodedInput in =
        InputDecoder.decode(
            "<html><head><meta name=\"pubdate\" content=\"2024-01-02\"></head>"
                + "<body><div>"
                + BODY
                + "</div></body></html>");
    assertThat(in.text()).startsWith("省委常委会召开会议，");
    assertThat(in.pageDate()).contains(LocalDate.of(2024, 1, 2));
    assertThat(in.encoding()).isEqualTo("UTF-16");
  }
}
