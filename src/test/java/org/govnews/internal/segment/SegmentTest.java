package org.govnews.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govnews.internal.normalize.MappedText;
import org.govnews.internal.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

/** Paragraphs with layout repair, and sentences with the opening-quote fix-up. */
class SegmentTest {

  static MappedText of(String s) {
    return TextNormalizer.get().normalize(s).text();
  }

  static List<String> paragraphs(String s) {
    return ParagraphSegmenter.segment(of(s)).stream().map(MappedText::text).toList();
  }

  static final String LONG_PROSE_BROKEN = "会议指出，当前疫情防控形势依然严峻复杂，外防输入内防反弹压力依然很大，常态";

  @Test
  void everyLineBreakKindSeparatesParagraphsAndBlankLinesVanish() {
    assertThat(paragraphs("甲。\n乙。\r\n\r\n丙。\u2028丁。\u2029戊。\u0085己。\f庚。\u000B辛。  \n \n"))
        .containsExactly("甲。", "乙。", "丙。", "丁。", "戊。", "己。", "庚。", "辛。");
    assertThat(paragraphs("")).isEmpty();
    assertThat(paragraphs("\n\n  \n")).isEmpty();
  }

  @Test
  void aProseLineBrokenMidSentenceIsJoinedAndItsSpanStillPointsIntoTheInput() {
    String in = LONG_PROSE_BROKEN + "\n化防控任务艰巨繁重，必须毫不放松抓紧抓实。\n";
    List<MappedText> p = ParagraphSegmenter.segment(of(in));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).text())
        .isEqualTo((LONG_PROSE_BROKEN + "化防控任务艰巨繁重,必须毫不放松抓紧抓实。").replace('，', ','));
    assertThat(p.get(0).span().start()).isEqualTo(0);
    assertThat(p.get(0).span().end()).isEqualTo(in.length() - 1);
  }

  @Test
  void aLineEndingWithACommaContinuesWhenLongEnough() {
    assertThat(paragraphs("会议强调,各地各部门要,\n切实做好安全生产各项工作。")).hasSize(1);
    assertThat(paragraphs("会议强调要,\n切实做好安全生产各项工作。")).as("short head").hasSize(2);
    assertThat(paragraphs("会议强调各地各部门、\n切实做好安全生产各项工作。")).hasSize(1);
    assertThat(paragraphs("会议强调各地各部门，\n切实做好安全生产各项工作。")).hasSize(1);
  }

  @Test
  void finishedSentencesHeadingsAndShortLinesAreNotJoined() {
    assertThat(paragraphs(LONG_PROSE_BROKEN + "。\n化防控任务艰巨繁重，必须毫不放松。")).hasSize(2);
    assertThat(paragraphs(LONG_PROSE_BROKEN + "\n小店区")).as("short next line").hasSize(2);
    assertThat(paragraphs(LONG_PROSE_BROKEN + "\n全面推进乡村振兴战略实施")).as("next is a heading").hasSize(2);
    assertThat(paragraphs("省委常委会召开会议传达学习中央经济工作会议精神研究部署工作\n化防控任务艰巨繁重，必须毫不放松抓紧抓实。"))
        .as("a heading does not continue")
        .hasSize(2);
    assertThat(paragraphs(LONG_PROSE_BROKEN + "1\n化防控任务艰巨繁重，必须毫不放松抓紧抓实。"))
        .as("a line ending in a digit")
        .hasSize(2);
    assertThat(paragraphs("会议指出，防控形势严峻，常态\n化防控任务艰巨繁重，必须毫不放松抓紧抓实。"))
        .as("too short to be broken prose")
        .hasSize(2);
  }

  @Test
  void aLongNextLineWithoutPunctuationStillContinuesACommaLine() {
    String next = "切实做好安全生产各项工作切实做好安全生产各项工作切实做好安全生产各项工作";
    assertThat(paragraphs("会议强调,各地各部门要,\n" + next)).hasSize(1);
  }

  @Test
  void aHeadlineStackOnOneLineIsNeverJoinedToTheLead() {
    String headline =
        "中央政治局常务委员会召开会议 听取全国人大常委会、国务院、全国政协、最高人民法院、最高人民检察院党组工作汇报" + " 听取中央书记处工作报告 中共中央总书记主持会议";
    String lead = "本台消息:中央政治局常务委员会1月4日召开会议,听取全国人大常委会、国务院、全国政协党组工作汇报。";
    assertThat(paragraphs(headline + "\n" + lead)).hasSize(2);
  }

  @Test
  void proseHasSentencePunctuation() {
    assertThat(ParagraphSegmenter.isProse("会议召开。")).isTrue();
    assertThat(ParagraphSegmenter.isProse("甲,乙,丙")).isTrue();
    assertThat(ParagraphSegmenter.isProse("听取甲、乙、丙工作汇报")).isFalse();
    assertThat(ParagraphSegmenter.isProse("甲，乙")).isFalse();
    assertThat(ParagraphSegmenter.isProse("全面推进乡村振兴")).isFalse();
  }

  @Test
  void sentencesEndAfterTheirStopAndAnOpeningQuoteStartsTheNext() {
    String p = "会议强调，要坚持。“两个确立”是决定性的。最后一句";
    int[] ends = SentenceSplitter.ends(p);
    assertThat(ends).containsExactly(p.indexOf('“'), p.indexOf("最后"), p.length());
  }

  @Test
  void aParagraphIsAtLeastOneSentence() {
    assertThat(SentenceSplitter.ends("")).containsExactly(0);
    assertThat(SentenceSplitter.ends("会议")).containsExactly(2);
    assertThat(SentenceSplitter.ends("《")).containsExactly(1);
    assertThat(SentenceSplitter.ends("甲。乙！丙？")).containsExactly(2, 4, 6);
  }

  @Test
  void aShortEndOfASentenceWhoseWordTheLayoutBrokeIsJoined() {
    assertThat(paragraphs("是日 某某市“千企帮千村”“万凤还巢”“荣誉村主任”三项工作现场推进电视电话会\n议在织金召开。"))
        .containsExactly("是日 某某市“千企帮千村”“万凤还巢”“荣誉村主任”三项工作现场推进电视电话会议在织金召开。");
    // a short line that starts a word of its own stays a paragraph
    assertThat(paragraphs("是日 某某市“千企帮千村”“万凤还巢”“荣誉村主任”三项工作现场推进会召开 贵州省\n文物学会成立。")).hasSize(2);
  }
}
