package io.atrest.engine.table;

/** {@code TableStatus}. */
public enum TableStatus {
  CREATING,
  UPDATING,
  DELETING,
  ACTIVE,
  INACCESSIBLE_ENCRYPTION_CREDENTIALS,
  ARCHIVING,
  ARCHIVED
}
