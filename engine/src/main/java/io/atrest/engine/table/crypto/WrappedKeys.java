package io.atrest.engine.table.crypto;

import java.io.Serializable;
import java.util.List;

/**
 * The stored form of a table's data keys: each sealed under the table key. Safe to persist: it
 * holds no plaintext key material.
 *
 * @param dataKeys one sealed data encryption key per storage partition
 * @param locatorKey the sealed key that turns key values into opaque storage locations
 */
public record WrappedKeys(List<byte[]> dataKeys, byte[] locatorKey) implements Serializable {
  private static final long serialVersionUID = 1L;

  public WrappedKeys {
    dataKeys = List.copyOf(dataKeys);
  }
}
