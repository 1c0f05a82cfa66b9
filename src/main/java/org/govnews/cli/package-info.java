/**
 * The command line ({@code java -jar govnews.jar}): inputs, the JSON Lines and CSV outputs, the
 * progress line. A client of the public API only.
 */
@NullMarked
package org.govnews.cli;

import org.jspecify.annotations.NullMarked;
