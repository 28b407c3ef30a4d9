package io.atrest.engine.table.crypto;

import java.security.SecureRandom;

/**
 * Random 96-bit GCM IVs. Each thread draws them from one {@link SecureRandom} a batch at a time and
 * hands each out once: the source's lock and per-call mixing are paid once per batch rather than
 * once per record, and an IV is still a fresh random value that no other record gets.
 */
final class Ivs {
  static final int BATCH = 256;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ThreadLocal<Ivs> PER_THREAD = ThreadLocal.withInitial(Ivs::new);
  private final byte[] batch = new byte[RecordCipher.IV_LENGTH * BATCH];
  private int next = batch.length;

  private Ivs() {}

  /** Writes a fresh IV into {@code out} at {@code offset}. */
  static void next(byte[] out, int offset) {
    PER_THREAD.get().take(out, offset);
  }

  private void take(byte[] out, int offset) {
    if (next == batch.length) {
      RANDOM.nextBytes(batch);
      next = 0;
    }
    System.arraycopy(batch, next, out, offset, RecordCipher.IV_LENGTH);
    next += RecordCipher.IV_LENGTH;
  }
}
