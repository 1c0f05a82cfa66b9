/**
 * Stage 4, structure: the articles of a page and the parts of each (headline stack, byline, body,
 * roundup items, credits). Internal.
 */
@NullMarked
package org.govnews.internal.structure;

import org.jspecify.annotations.NullMarked;
