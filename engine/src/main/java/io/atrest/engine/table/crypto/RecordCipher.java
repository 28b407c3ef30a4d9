package io.atrest.engine.table.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for records and wrapped keys, through the JDK provider with reused {@link Cipher}
 * instances: one per thread for occasional keys, one per thread and key for a {@link KeyedCipher}.
 *
 * <p>Sealed form: a 12-byte random IV, then the ciphertext, then the 16-byte tag. The caller's
 * authenticated data (AAD) is bound in and not stored: opening with other AAD fails.
 */
public final class RecordCipher {
  public static final int IV_LENGTH = 12;
  private static final int TAG_BITS = 128;
  private static final int TAG_LENGTH = TAG_BITS / 8;
  private static final ThreadLocal<Cipher> CIPHER =
      ThreadLocal.withInitial(RecordCipher::newCipher);

  private RecordCipher() {}

  public static byte[] seal(SymmetricKey key, byte[] aad, byte[] plaintext) {
    return seal(CIPHER.get(), key, aad, plaintext);
  }

  /**
   * Opens a sealed record.
   *
   * @throws RecordAuthenticationException when the key, the AAD or any byte differs
   */
  public static byte[] open(SymmetricKey key, byte[] aad, byte[] sealed) {
    return open(CIPHER.get(), key, aad, sealed);
  }

  static byte[] seal(Cipher c, SymmetricKey key, byte[] aad, byte[] plaintext) {
    byte[] out = new byte[IV_LENGTH + plaintext.length + TAG_LENGTH];
    Ivs.next(out, 0);
    try {
      c.init(Cipher.ENCRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, out, 0, IV_LENGTH));
      c.updateAAD(aad);
      c.doFinal(plaintext, 0, plaintext.length, out, IV_LENGTH);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  static byte[] open(Cipher c, SymmetricKey key, byte[] aad, byte[] sealed) {
    if (sealed.length < IV_LENGTH + TAG_LENGTH) {
      throw new RecordAuthenticationException(
          "sealed record of `" + sealed.length + "` bytes is too short");
    }
    try {
      c.init(Cipher.DECRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, sealed, 0, IV_LENGTH));
      c.updateAAD(aad);
      return c.doFinal(sealed, IV_LENGTH, sealed.length - IV_LENGTH);
    } catch (AEADBadTagException e) {
      throw new RecordAuthenticationException(
          "record failed authentication: wrong key or position");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks AES/GCM/NoPadding", e);
    }
  }
}
