package io.atrest.engine.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Java serialization of the stored records, read back through a filter that admits only the
 * engine's record types and the JDK value types they hold, so a tampered store file cannot make the
 * reader instantiate anything else.
 */
final class RecordCodec {

  private static final ObjectInputFilter FILTER =
      ObjectInputFilter.Config.createFilter(
          "io.atrest.engine.kms.**;java.lang.*;java.util.*;java.time.*;maxdepth=20;!*");

  private RecordCodec() {}

  static byte[] encode(Serializable value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + value.getClass().getSimpleName(), e);
    }
    return bytes.toByteArray();
  }

  static <T> T decode(byte[] bytes, Class<T> type) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      in.setObjectInputFilter(FILTER);
      return type.cast(in.readObject());
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
    }
  }
}
