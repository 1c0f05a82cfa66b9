/**
 * The public API of govnews: {@link org.govnews.GovNewsParser}, the facade; {@link
 * org.govnews.ParseOptions}, how it reads; {@link org.govnews.GovNewsException}, the one exception
 * it throws for unusable input. The records it returns are in {@code org.govnews.model}. Nothing
 * here is null unless annotated {@code @Nullable}.
 */
@NullMarked
package org.govnews;

import org.jspecify.annotations.NullMarked;
