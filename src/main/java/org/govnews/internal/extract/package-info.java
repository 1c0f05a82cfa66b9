/**
 * Stage 5, extract: the records of one article (meetings, attendees, directives, briefs, people,
 * places, posts). Internal.
 */
@NullMarked
package org.govnews.internal.extract;

import org.jspecify.annotations.NullMarked;
