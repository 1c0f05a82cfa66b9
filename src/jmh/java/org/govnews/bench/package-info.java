/**
 * JMH benchmarks of the parse against ICU and jsoup baselines, and the report of their figures;
 * built only by the {@code bench} profile, never part of the library.
 */
@NullMarked
package org.govnews.bench;

import org.jspecify.annotations.NullMarked;
