package io.atrest.engine.table.storage;

/** The separate key spaces of the store; each holds opaque (encrypted) records. */
public enum Space {
  /** Table metadata and wrapped keys. */
  TABLES,
  /** Encrypted items. */
  ITEMS,
  /** Encrypted secondary-index entries. */
  INDEX_ENTRIES,
  /** Encrypted stream records. */
  STREAM_RECORDS,
  /** Backup metadata and encrypted backup records. */
  BACKUPS
}
