/**
 * The step definitions of the atrest step library, one class per domain. Each step is one call into
 * a world object or the engine; each carries a {@link io.atrest.features.doc.StepDoc}, from which
 * {@code atrest steps} and {@code docs/steps.md} are generated.
 */
@NullMarked
package io.atrest.features.steps;

import org.jspecify.annotations.NullMarked;
