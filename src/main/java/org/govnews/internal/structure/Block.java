package org.govnews.internal.structure;

import org.govnews.internal.normalize.MappedText;

/**
 * One paragraph of a page with what it is on the page.
 *
 * @param text the paragraph
 * @param kind what it is
 * @param bodyStart where its body text starts (after a byline such as 本报讯(…), or after the number
 *     of a list item, 1、)
 * @param bodyEnd where its body text ends (before a trailing reporter credit such as (记者刘勇))
 */
public record Block(MappedText text, Kind kind, int bodyStart, int bodyEnd) {

  /** What a paragraph is. */
  public enum Kind {
    /** A headline line or a section heading: no sentence punctuation. */
    HEADING,
    /** A heading that is a place name (小店区, 中北高新区): a roundup item follows. */
    PLACE_HEADING,
    /** A paragraph that is only a byline (央视网消息(新闻联播):). */
    BYLINE,
    /** 来源: / 原标题: / 发布日期: lines and page furniture. */
    META,
    /** A photo caption (图为…, …摄). */
    CAPTION,
    /** An editor credit (以上由…编辑整理, 责任编辑:). */
    CREDIT,
    /** A paragraph that is only a reporter credit, closing a story: (马沅聪), (何霆轩 雷翠云). */
    REPORTER_CREDIT,
    /** Running text. */
    PROSE
  }

  /** The marks that open an item of a briefs page (◆…, ●…). */
  private static final String BULLETS = "◆◇●○■□▲△★☆▶►•";

  /** Whether {@code c} opens an item of a briefs page: ◆, ●, ■ …. */
  public static boolean isBullet(char c) {
    return BULLETS.indexOf(c) >= 0;
  }

  /** Whether the body opens with a bullet: an item of a briefs page. */
  boolean bulleted() {
    return bodyStart < text.length() && isBullet(text.text().charAt(bodyStart));
  }

  /** This block as another kind. */
  Block as(Kind k) {
    return new Block(text, k, bodyStart, bodyEnd);
  }

  /** The body text. */
  public String body() {
    return text.text().substring(bodyStart, bodyEnd);
  }
}
