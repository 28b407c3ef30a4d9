package io.atrest.engine.crypto;

import io.atrest.engine.kms.error.InvalidCiphertextException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM through the JDK provider (AES-NI and CLMUL intrinsics, about thirty times faster than
 * BouncyCastle here). One {@link Cipher} per thread is reused, since {@code Cipher.getInstance} is
 * the costly part of a small message.
 */
public final class AesGcm {

  public static final int IV_LENGTH = 12;
  public static final int TAG_LENGTH = 16;

  private static final ThreadLocal<Cipher> CIPHER =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("the JDK lacks AES/GCM/NoPadding", e);
            }
          });

  private AesGcm() {}

  /** Encrypts and authenticates {@code plaintext} with {@code aad}; returns ciphertext plus tag. */
  public static byte[] seal(SecretKeySpec key, byte[] iv, byte[] aad, byte[] plaintext) {
    try {
      Cipher cipher = CIPHER.get();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, iv));
      cipher.updateAAD(aad);
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * As {@link #seal}, reading the first {@code length} bytes of {@code plaintext} and writing
   * ciphertext plus tag into {@code out} at {@code offset}, so that a caller assembling a larger
   * message needs no intermediate array.
   */
  static void sealInto(
      SecretKeySpec key,
      byte[] iv,
      byte[] aad,
      byte[] plaintext,
      int length,
      byte[] out,
      int offset) {
    try {
      Cipher cipher = CIPHER.get();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, iv));
      cipher.updateAAD(aad);
      cipher.doFinal(plaintext, 0, length, out, offset);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * As {@link #open}, decrypting {@code sealed} (ciphertext plus tag, an array nobody else holds)
   * in place: on success its head is the plaintext, whose length is returned; on failure it is
   * wiped, since the cipher leaves unauthenticated plaintext in an in-place buffer.
   */
  static int openInPlace(SecretKeySpec key, byte[] iv, byte[] aad, byte[] sealed) {
    Cipher cipher = CIPHER.get();
    try {
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, iv));
      cipher.updateAAD(aad);
      return cipher.doFinal(sealed, 0, sealed.length, sealed, 0);
    } catch (AEADBadTagException e) {
      Arrays.fill(sealed, (byte) 0);
      throw new InvalidCiphertextException("");
    } catch (GeneralSecurityException e) {
      Arrays.fill(sealed, (byte) 0);
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  /**
   * Decrypts {@code sealed} (ciphertext plus tag) and checks it against {@code aad}.
   *
   * @throws InvalidCiphertextException with an empty message, as AWS KMS gives, when the tag does
   *     not verify: a wrong key, a changed byte or a different AAD
   */
  public static byte[] open(SecretKeySpec key, byte[] iv, byte[] aad, byte[] sealed) {
    Cipher cipher = CIPHER.get();
    try {
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, iv));
      cipher.updateAAD(aad);
      return cipher.doFinal(sealed);
    } catch (AEADBadTagException e) {
      throw new InvalidCiphertextException("");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }
}
