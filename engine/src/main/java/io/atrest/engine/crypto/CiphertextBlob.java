package io.atrest.engine.crypto;

import io.atrest.engine.kms.error.InvalidCiphertextException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The ciphertext blob that Encrypt and GenerateDataKey return and Decrypt reads. Its clear header
 * names the key and the key material version, so Decrypt needs no key id; the header is
 * authenticated together with the encryption context, so changing either fails decryption.
 *
 * <p>Wire format, in order:
 *
 * <ol>
 *   <li>1 byte: format version, {@code 0x01}
 *   <li>1 byte: length {@code n} of the key id; {@code n} bytes: the key id (ASCII UUID)
 *   <li>1 byte: length {@code m} of the key material id; {@code m} bytes: the material id (ASCII)
 *   <li>12 bytes: the GCM IV, random per message
 *   <li>the rest: AES-256-GCM ciphertext followed by its 16-byte tag
 * </ol>
 *
 * <p>The AAD is the header (items 1 to 3) followed by {@link EncryptionContext#canonicalBytes()}.
 *
 * <p>A parsed blob reads the caller's array without copying it first, yet each byte only once, so a
 * caller changing the array while it is decrypted cannot get more than a caller sending the changed
 * bytes: {@link #parse} takes the header and IV, which decide the key to authorize and use and go
 * into the AAD, as one snapshot; {@link #openSecret} takes ciphertext and tag as another, into the
 * array that becomes the plaintext, and decrypts that copy in place. What the tag authenticates is
 * thus exactly what is decrypted, under exactly the key authorized. Reading the caller's array
 * directly instead would not do: the JDK's one-shot GCM decryption reads its input twice (GHASH,
 * then counter mode), so bytes changed in between would come out as plaintext that no tag ever
 * covered.
 */
public final class CiphertextBlob {

  public static final byte VERSION = 0x01;

  // Version, two length bytes, and two fields of at most 255 bytes.
  private static final int MAX_HEADER = 3 + 255 + 255;

  private static volatile Header lastHeader;
  private static volatile Aad lastAad;

  private final String keyId;
  private final String materialId;
  private final byte[] header;
  private final byte[] iv;
  // The blob as given, and where its ciphertext plus tag starts: read once, when opened.
  private final byte[] blob;
  private final int sealedOffset;

  private CiphertextBlob(
      String keyId, String materialId, byte[] header, byte[] iv, byte[] blob, int sealedOffset) {
    this.keyId = keyId;
    this.materialId = materialId;
    this.header = header;
    this.iv = iv;
    this.blob = blob;
    this.sealedOffset = sealedOffset;
  }

  /**
   * Encrypts {@code plaintext} under {@code material} of key {@code keyId}, bound to {@code
   * context}, with an IV drawn from {@code random}.
   */
  public static byte[] seal(
      String keyId,
      KeyMaterial material,
      EncryptionContext context,
      byte[] plaintext,
      SecureRandom random) {
    byte[] iv = new byte[AesGcm.IV_LENGTH];
    random.nextBytes(iv);
    return sealWithIv(keyId, material, context, plaintext, iv);
  }

  /** As {@link #seal(String, KeyMaterial, EncryptionContext, byte[], SecureRandom)}. */
  public static byte[] seal(
      String keyId,
      KeyMaterial material,
      EncryptionContext context,
      byte[] plaintext,
      NonceSource nonces) {
    byte[] iv = new byte[AesGcm.IV_LENGTH];
    nonces.nextBytes(iv);
    return sealWithIv(keyId, material, context, plaintext, iv);
  }

  /**
   * As {@link #seal(String, KeyMaterial, EncryptionContext, byte[], SecureRandom)} for a secret
   * plaintext, read in place rather than copied out and wiped.
   */
  public static byte[] seal(
      String keyId,
      KeyMaterial material,
      EncryptionContext context,
      SecretBytes plaintext,
      SecureRandom random) {
    byte[] iv = new byte[AesGcm.IV_LENGTH];
    random.nextBytes(iv);
    return sealWithIv(header(keyId, material.id()), material, context, plaintext, iv);
  }

  /** As {@link #seal(String, KeyMaterial, EncryptionContext, SecretBytes, SecureRandom)}. */
  public static byte[] seal(
      String keyId,
      KeyMaterial material,
      EncryptionContext context,
      SecretBytes plaintext,
      NonceSource nonces) {
    byte[] iv = new byte[AesGcm.IV_LENGTH];
    nonces.nextBytes(iv);
    return sealWithIv(header(keyId, material.id()), material, context, plaintext, iv);
  }

  /**
   * As {@link #seal(String, KeyMaterial, EncryptionContext, SecretBytes, NonceSource)}, the blob
   * kept by the result rather than handed out: a caller that only passes it on, or never reads it,
   * pays for no copy, and one that wants the bytes gets a copy of its own ({@link #toByteArray()}).
   */
  public static CiphertextBlob sealed(
      String keyId,
      KeyMaterial material,
      EncryptionContext context,
      SecretBytes plaintext,
      NonceSource nonces) {
    byte[] iv = new byte[AesGcm.IV_LENGTH];
    nonces.nextBytes(iv);
    byte[] header = header(keyId, material.id());
    byte[] blob = sealWithIv(header, material, context, plaintext, iv);
    return new CiphertextBlob(keyId, material.id(), header, iv, blob, header.length + iv.length);
  }

  private static byte[] sealWithIv(
      String keyId, KeyMaterial material, EncryptionContext context, byte[] plaintext, byte[] iv) {
    return sealWithIv(
        header(keyId, material.id()), material, context, plaintext, plaintext.length, iv);
  }

  private static byte[] sealWithIv(
      byte[] header,
      KeyMaterial material,
      EncryptionContext context,
      SecretBytes plaintext,
      byte[] iv) {
    return sealWithIv(header, material, context, plaintext.unsafeBytes(), plaintext.length(), iv);
  }

  /** Seals the first {@code length} bytes of {@code plaintext}. */
  private static byte[] sealWithIv(
      byte[] header,
      KeyMaterial material,
      EncryptionContext context,
      byte[] plaintext,
      int length,
      byte[] iv) {
    byte[] aad = aad(header, context);
    // One array for the whole blob: the cipher writes ciphertext and tag after header and IV.
    byte[] blob = new byte[header.length + iv.length + length + AesGcm.TAG_LENGTH];
    System.arraycopy(header, 0, blob, 0, header.length);
    System.arraycopy(iv, 0, blob, header.length, iv.length);
    AesGcm.sealInto(
        material.keySpec(), iv, aad, plaintext, length, blob, header.length + iv.length);
    return blob;
  }

  /**
   * Reads the clear header and the IV of a blob, once, without decrypting it. Ciphertext and tag
   * are read from {@code blob} when the result is opened (see the class comment).
   *
   * @throws InvalidCiphertextException (empty message, as AWS) when the blob is too short or its
   *     version or lengths are wrong
   */
  public static CiphertextBlob parse(byte[] blob) {
    Objects.requireNonNull(blob, "blob");
    Header known = knownHeader(blob);
    if (known != null) {
      int sealed = known.bytes().length + AesGcm.IV_LENGTH;
      if (blob.length < sealed + AesGcm.TAG_LENGTH + 1) {
        throw new InvalidCiphertextException("");
      }
      byte[] iv = Arrays.copyOfRange(blob, known.bytes().length, sealed);
      return new CiphertextBlob(known.keyId(), known.materialId(), known.bytes(), iv, blob, sealed);
    }
    // INVARIANT: header and IV come from this one snapshot of the blob's head, never re-read.
    byte[] head = Arrays.copyOf(blob, Math.min(blob.length, MAX_HEADER + AesGcm.IV_LENGTH));
    try {
      ByteBuffer in = ByteBuffer.wrap(head);
      if (in.get() != VERSION) {
        throw new InvalidCiphertextException("");
      }
      String keyId = readField(in);
      String materialId = readField(in);
      byte[] header = Arrays.copyOf(head, in.position());
      lastHeader = new Header(keyId, materialId, header);
      byte[] iv = new byte[AesGcm.IV_LENGTH];
      in.get(iv);
      if (blob.length - in.position() < AesGcm.TAG_LENGTH + 1) {
        throw new InvalidCiphertextException("");
      }
      return new CiphertextBlob(keyId, materialId, header, iv, blob, in.position());
    } catch (java.nio.BufferUnderflowException e) {
      throw new InvalidCiphertextException("");
    }
  }

  /** The id of the key the blob names. */
  public String keyId() {
    return keyId;
  }

  /** The id of the key material version the blob names. */
  public String materialId() {
    return materialId;
  }

  /** The whole blob, as Encrypt returns it and Decrypt reads it: a copy of the caller's own. */
  public byte[] toByteArray() {
    return blob.clone();
  }

  /** The length of the whole blob in bytes. */
  public int length() {
    return blob.length;
  }

  /**
   * Decrypts with {@code material}, which must be the version the header names.
   *
   * @throws InvalidCiphertextException when the material, the blob or the context does not match
   */
  public byte[] open(KeyMaterial material, EncryptionContext context) {
    SecretBytes plaintext = openSecret(material, context);
    byte[] copy = plaintext.toByteArray();
    plaintext.wipe();
    return copy;
  }

  /**
   * As {@link #open}, the plaintext handed over as {@link SecretBytes}: the copy of ciphertext and
   * tag this reads from the blob is decrypted in place and becomes the plaintext.
   *
   * @throws InvalidCiphertextException when the material, the blob or the context does not match
   */
  public SecretBytes openSecret(KeyMaterial material, EncryptionContext context) {
    if (!material.id().equals(materialId)) {
      throw new InvalidCiphertextException("");
    }
    // INVARIANT: the only read of ciphertext and tag; the cipher sees this copy alone.
    byte[] sealed = Arrays.copyOfRange(blob, sealedOffset, blob.length);
    int length = AesGcm.openInPlace(material.keySpec(), iv, aad(header, context), sealed);
    return SecretBytes.ownPrefix(sealed, length);
  }

  /**
   * The header of a blob; the last one made or parsed is remembered, since calls usually use the
   * same key. The array is shared and must not be changed: it is only ever copied from.
   */
  private static byte[] header(String keyId, String materialId) {
    Header last = lastHeader;
    if (last != null && last.keyId().equals(keyId) && last.materialId().equals(materialId)) {
      return last.bytes();
    }
    byte[] bytes = encodeHeader(keyId, materialId);
    lastHeader = new Header(keyId, materialId, bytes);
    return bytes;
  }

  private record Header(String keyId, String materialId, byte[] bytes) {}

  /**
   * The remembered header when {@code blob} starts with its bytes. A header is self-delimiting, so
   * parsing such a blob would read exactly that header again, only as new strings and arrays.
   */
  private static Header knownHeader(byte[] blob) {
    Header last = lastHeader;
    if (last == null) {
      return null;
    }
    byte[] header = last.bytes();
    boolean starts =
        blob.length >= header.length
            && Arrays.equals(blob, 0, header.length, header, 0, header.length);
    return starts ? last : null;
  }

  private static byte[] encodeHeader(String keyId, String materialId) {
    byte[] key = ascii(keyId, "key id");
    byte[] material = ascii(materialId, "key material id");
    return ByteBuffer.allocate(3 + key.length + material.length)
        .put(VERSION)
        .put((byte) key.length)
        .put(key)
        .put((byte) material.length)
        .put(material)
        .array();
  }

  /** The AAD; the last one is remembered (shared, only ever read), as for the header. */
  private static byte[] aad(byte[] header, EncryptionContext context) {
    byte[] ec = context.canonical();
    Aad last = lastAad;
    if (last != null && last.ec() == ec && Arrays.equals(last.header(), header)) {
      return last.bytes();
    }
    byte[] aad = Arrays.copyOf(header, header.length + ec.length);
    System.arraycopy(ec, 0, aad, header.length, ec.length);
    lastAad = new Aad(header.clone(), ec, aad);
    return aad;
  }

  private record Aad(byte[] header, byte[] ec, byte[] bytes) {}

  private static String readField(ByteBuffer in) {
    int length = Byte.toUnsignedInt(in.get());
    if (length == 0) {
      throw new InvalidCiphertextException("");
    }
    byte[] field = new byte[length];
    in.get(field);
    return new String(field, StandardCharsets.US_ASCII);
  }

  private static byte[] ascii(String value, String what) {
    byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length == 0 || bytes.length > 255) {
      throw new IllegalArgumentException(
          what + " `" + value + "` must be 1 to 255 ASCII characters");
    }
    return bytes;
  }
}
