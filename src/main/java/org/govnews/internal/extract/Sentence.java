package org.govnews.internal.extract;

import org.govnews.internal.normalize.MappedText;

/**
 * One sentence (or {@code ;}-clause) of an article body: a range of its paragraph's text.
 *
 * @param para the paragraph's text with its offset map
 * @param paragraph the paragraph's index in the article
 * @param start first character in {@code para}
 * @param end end in {@code para}, exclusive
 */
record Sentence(MappedText para, int paragraph, int start, int end) {
  String text() {
    return para.text();
  }
}
