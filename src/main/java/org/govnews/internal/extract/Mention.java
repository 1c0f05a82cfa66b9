package org.govnews.internal.extract;

import java.util.List;

/**
 * A person named in a sentence, with the titles bound to the name.
 *
 * @param name the name, spaces removed (雷 杰 → 雷杰)
 * @param titles the title chain in printed order
 * @param start where the name starts in the sentence string
 * @param end where it ends
 */
record Mention(String name, List<String> titles, int start, int end) {
  Mention {
    titles = List.copyOf(titles);
  }
}
