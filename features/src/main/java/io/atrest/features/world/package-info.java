/**
 * The scenario-scoped state of the step library: a fresh engine (KMS, IAM, clock, trail) per
 * scenario, the principals and keys the scenario named, the last call and its outcome, and the
 * evidence attached to the scenario. PicoContainer creates one instance of each class per scenario
 * and injects them through constructors; nothing here is static or shared between scenarios.
 */
@NullMarked
package io.atrest.features.world;

import org.jspecify.annotations.NullMarked;
