/** Stage 3, segment: paragraphs, with layout repair, and sentences. Internal. */
@NullMarked
package org.govnews.internal.segment;

import org.jspecify.annotations.NullMarked;
