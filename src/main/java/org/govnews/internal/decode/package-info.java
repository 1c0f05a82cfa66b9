/**
 * Stage 1, decode: bytes to text (byte-order marks, declared and detected charsets) and HTML to the
 * article text of the page. The only package that uses jsoup. Internal.
 */
@NullMarked
package org.govnews.internal.decode;

import org.jspecify.annotations.NullMarked;
