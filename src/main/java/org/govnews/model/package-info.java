/**
 * The records govnews produces: immutable, null-free, safe to share between threads. Absent
 * values are {@link java.util.Optional} or empty lists.
 */
package org.govnews.model;
