package io.atrest.engine.table;

/** {@code ReplicaStatus} of a global-table replica (the values the reference produces). */
public enum ReplicaStatus {
  ACTIVE,
  INACCESSIBLE_ENCRYPTION_CREDENTIALS
}
