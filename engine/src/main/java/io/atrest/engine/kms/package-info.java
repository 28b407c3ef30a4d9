/**
 * The reference AWS KMS: {@link io.atrest.engine.kms.ReferenceKms} and the values of its API (key
 * specs, states, metadata). Requests and results live in {@code kms.api}, refusals in {@code
 * kms.error}, grants in {@code kms.grant}.
 */
package io.atrest.engine.kms;
