/**
 * Stage 2, normalize: the canonical form of the text, with a map from every normalized character
 * back to the decoded input. Internal.
 */
@NullMarked
package org.govnews.internal.normalize;

import org.jspecify.annotations.NullMarked;
