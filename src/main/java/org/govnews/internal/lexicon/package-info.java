/**
 * The word lists and the division table, loaded from the data files under {@code
 * org/govnews/lexicon}; used by structure and extract. Internal.
 */
@NullMarked
package org.govnews.internal.lexicon;

import org.jspecify.annotations.NullMarked;
