/** The pipeline that runs the stages in order. Internal: not exported by the module. */
@NullMarked
package org.govnews.internal;

import org.jspecify.annotations.NullMarked;
