package io.atrest.engine.table;

import io.atrest.engine.table.storage.RecordStore;
import io.atrest.engine.table.storage.Space;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persists small metadata objects (tables, backups) under a name in one {@link Space}. Metadata is
 * not item data and holds only wrapped keys, so it is stored without a further layer of encryption,
 * as DynamoDB keeps table metadata.
 */
final class Catalog<T extends Serializable> {
  private final RecordStore store;
  private final Space space;
  private final Class<T> type;
  private final String prefix;

  Catalog(RecordStore store, Space space, Class<T> type, String prefix) {
    this.store = store;
    this.space = space;
    this.type = type;
    this.prefix = prefix;
  }

  Optional<T> get(String name) {
    return store.get(space, key(name)).map(this::read);
  }

  void put(String name, T value) {
    store.put(space, key(name), write(value));
  }

  void delete(String name) {
    store.delete(space, key(name));
  }

  List<T> all() {
    List<T> out = new ArrayList<>();
    for (Map.Entry<byte[], byte[]> e : store.scan(space, key(""))) {
      out.add(read(e.getValue()));
    }
    return out;
  }

  private byte[] key(String name) {
    return (prefix + name).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] write(Serializable value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private T read(byte[] bytes) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return type.cast(in.readObject());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("stored metadata of an unknown class", e);
    }
  }
}
