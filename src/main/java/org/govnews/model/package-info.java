/**
 * The records govnews produces: immutable, null-free, safe to share between threads. Absent values
 * are {@link java.util.Optional} or empty lists.
 */
@NullMarked
package org.govnews.model;

import org.jspecify.annotations.NullMarked;
