package io.atrest.engine.kms;

/**
 * What the {@code Message} of Sign and Verify holds ({@code MessageType} in the KMS API): the
 * message itself, to be hashed; a digest already made with the algorithm's hash; or the ML-DSA
 * representative μ, which no key the engine serves accepts.
 */
public enum MessageType {
  RAW,
  DIGEST,
  EXTERNAL_MU
}
