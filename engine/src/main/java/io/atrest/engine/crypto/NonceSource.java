package io.atrest.engine.crypto;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Random values that are public as soon as they are used: AES-GCM IVs and CloudTrail GUIDs. They
 * come from one JDK {@code DRBG} (NIST SP 800-90A; Hash_DRBG with SHA-256 unless the {@code
 * securerandom.drbg.config} security property says otherwise), instantiated at 256-bit security
 * strength from system entropy and reseeded by the JDK as SP 800-90A requires.
 *
 * <p>Bytes are drawn in blocks of {@value #BLOCK} and handed out in order, each byte once: a
 * 12-byte IV then costs a copy rather than a locked read of {@code /dev/urandom} plus a SHA-1 mix
 * per value ({@code NativePRNG}), while every value is still output of a cryptographically secure
 * generator, so IVs stay unpredictable and, at 96 random bits, unique with the probability GCM's
 * random-IV construction (SP 800-38D §8.2.2) accounts for. Secrets (key material, data keys) never
 * come from here: the KMS draws them from its injected {@link SecureRandom}, unbuffered.
 *
 * <p>Thread-safe: draws are serialized.
 */
public final class NonceSource implements RandomGenerator {

  static final int BLOCK = 4096;

  private static final VarHandle BIG_ENDIAN_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private static final byte[] PERSONALIZATION =
      "atrest nonces (GCM IVs, trail ids)".getBytes(StandardCharsets.US_ASCII);

  private final SecureRandom generator;
  private final byte[] block = new byte[BLOCK];
  private int next = BLOCK;

  private NonceSource(SecureRandom generator) {
    this.generator = Objects.requireNonNull(generator, "generator");
  }

  /** A source backed by a fresh 256-bit-strength JDK DRBG. */
  public static NonceSource create() {
    try {
      return new NonceSource(
          SecureRandom.getInstance(
              "DRBG",
              DrbgParameters.instantiation(
                  256, DrbgParameters.Capability.RESEED_ONLY, PERSONALIZATION)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK offers no 256-bit DRBG", e);
    }
  }

  /** Fills {@code out} with fresh random bytes. */
  public synchronized void nextBytes(byte[] out) {
    int filled = 0;
    while (filled < out.length) {
      if (next == BLOCK) {
        generator.nextBytes(block);
        next = 0;
      }
      int n = Math.min(out.length - filled, BLOCK - next);
      System.arraycopy(block, next, out, filled, n);
      next += n;
      filled += n;
    }
  }

  /** Eight fresh random bytes, big-endian. */
  @Override
  public synchronized long nextLong() {
    if (BLOCK - next < Long.BYTES) {
      generator.nextBytes(block);
      next = 0;
    }
    long value = (long) BIG_ENDIAN_LONG.get(block, next);
    next += Long.BYTES;
    return value;
  }
}
