/**
 * The step vocabulary generated from the step definitions: the {@link
 * io.atrest.features.doc.StepDoc} annotation and the reader that lists every step with its
 * expression, description and example.
 */
@NullMarked
package io.atrest.features.doc;

import org.jspecify.annotations.NullMarked;
