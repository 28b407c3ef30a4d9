package io.atrest.engine.table.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for records and wrapped keys, through the JDK provider with one reused {@link
 * Cipher} per thread.
 *
 * <p>Sealed form: a 12-byte random IV, then the ciphertext, then the 16-byte tag. The caller's
 * authenticated data (AAD) is bound in and not stored: opening with other AAD fails.
 */
public final class RecordCipher {
  public static final int IV_LENGTH = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ThreadLocal<Cipher> CIPHER =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("the JDK lacks AES/GCM/NoPadding", e);
            }
          });

  private RecordCipher() {}

  public static byte[] seal(SymmetricKey key, byte[] aad, byte[] plaintext) {
    byte[] iv = new byte[IV_LENGTH];
    RANDOM.nextBytes(iv);
    try {
      Cipher c = CIPHER.get();
      c.init(Cipher.ENCRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(aad);
      byte[] out = new byte[IV_LENGTH + c.getOutputSize(plaintext.length)];
      System.arraycopy(iv, 0, out, 0, IV_LENGTH);
      c.doFinal(plaintext, 0, plaintext.length, out, IV_LENGTH);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Opens a sealed record.
   *
   * @throws RecordAuthenticationException when the key, the AAD or any byte differs
   */
  public static byte[] open(SymmetricKey key, byte[] aad, byte[] sealed) {
    if (sealed.length < IV_LENGTH + TAG_BITS / 8) {
      throw new RecordAuthenticationException("sealed record of `" + sealed.length + "` bytes is too short");
    }
    try {
      Cipher c = CIPHER.get();
      c.init(
          Cipher.DECRYPT_MODE,
          key.spec(),
          new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, IV_LENGTH)));
      c.updateAAD(aad);
      return c.doFinal(sealed, IV_LENGTH, sealed.length - IV_LENGTH);
    } catch (AEADBadTagException e) {
      throw new RecordAuthenticationException("record failed authentication: wrong key or position");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }
}
