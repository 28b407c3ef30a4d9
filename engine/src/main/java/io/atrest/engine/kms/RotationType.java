package io.atrest.engine.kms;

/** How a key material version came to be, as ListKeyRotations reports it. */
public enum RotationType {
  AUTOMATIC,
  ON_DEMAND
}
