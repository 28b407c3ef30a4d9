package io.atrest.engine.table.crypto;

import javax.crypto.Cipher;

/**
 * AES-256-GCM under one data key, with a {@link Cipher} per thread that only ever sees this key.
 * The JDK provider keeps the AES key schedule of the last key it was given, so a cipher that never
 * changes key expands it once per thread; one cipher shared by a table's several data keys expands
 * it again at nearly every record. Every seal still draws a fresh IV.
 */
final class KeyedCipher {
  private final SymmetricKey key;
  private final ThreadLocal<Cipher> cipher = ThreadLocal.withInitial(RecordCipher::newCipher);

  KeyedCipher(SymmetricKey key) {
    this.key = key;
  }

  SymmetricKey key() {
    return key;
  }

  byte[] seal(byte[] aad, byte[] plaintext) {
    return RecordCipher.seal(cipher.get(), key, aad, plaintext);
  }

  byte[] open(byte[] aad, byte[] sealed) {
    return RecordCipher.open(cipher.get(), key, aad, sealed);
  }
}
