package io.atrest.engine.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.kms.error.InvalidCiphertextException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CiphertextBlobTest {

  private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
  private final SecureRandom random = new SecureRandom();
  private final KeyMaterial material = KeyMaterial.generate(random);
  private final byte[] plaintext = "canary".getBytes(StandardCharsets.UTF_8);
  private final EncryptionContext context = EncryptionContext.of("tenant", "a");

  private byte[] seal(EncryptionContext ec) {
    return CiphertextBlob.seal(KEY_ID, material, ec, plaintext, random);
  }

  @Test
  void sealThenOpen_roundTrips() {
    assertThat(CiphertextBlob.parse(seal(context)).open(material, context)).isEqualTo(plaintext);
  }

  @Test
  void header_namesKeyAndMaterial() {
    CiphertextBlob blob = CiphertextBlob.parse(seal(context));
    assertThat(blob.keyId()).isEqualTo(KEY_ID);
    assertThat(blob.materialId()).isEqualTo(material.id());
  }

  @Test
  void decryptWithWrongEncryptionContext_fails() {
    CiphertextBlob blob = CiphertextBlob.parse(seal(context));
    assertThatThrownBy(() -> blob.open(material, EncryptionContext.of("tenant", "b")))
        .isInstanceOf(InvalidCiphertextException.class)
        .hasMessage("");
  }

  @Test
  void decryptWithShiftedContextBoundary_fails() {
    CiphertextBlob blob = CiphertextBlob.parse(seal(EncryptionContext.of("ab", "c")));
    assertThatThrownBy(() -> blob.open(material, EncryptionContext.of("a", "bc")))
        .isInstanceOf(InvalidCiphertextException.class);
  }

  @Test
  void everyFlippedByte_failsDecryption() {
    byte[] good = seal(context);
    for (int i = 0; i < good.length; i++) {
      byte[] bad = good.clone();
      bad[i] ^= 0x01;
      assertThatThrownBy(() -> CiphertextBlob.parse(bad).open(material, context))
          .as("byte %d flipped", i)
          .isInstanceOf(InvalidCiphertextException.class);
    }
  }

  @Test
  void truncatedBlob_failsParsing() {
    byte[] good = seal(context);
    assertThatThrownBy(() -> CiphertextBlob.parse(Arrays.copyOf(good, 20)))
        .isInstanceOf(InvalidCiphertextException.class);
  }

  @Test
  void blobWithAKnownHeaderButNoCiphertext_failsParsing() {
    byte[] good = seal(context);
    CiphertextBlob.parse(good);

    assertThatThrownBy(() -> CiphertextBlob.parse(Arrays.copyOf(good, good.length - 6)))
        .isInstanceOf(InvalidCiphertextException.class)
        .hasMessage("");
  }

  @Test
  void blobsOfTwoKeysParsedInTurn_eachNameTheirOwnKeyAndMaterial() {
    String otherKeyId = "5678abcd-12ab-34cd-56ef-1234567890ab";
    KeyMaterial otherMaterial = KeyMaterial.generate(random);
    byte[] mine = seal(context);
    byte[] other = CiphertextBlob.seal(otherKeyId, otherMaterial, context, plaintext, random);

    CiphertextBlob first = CiphertextBlob.parse(mine);
    CiphertextBlob second = CiphertextBlob.parse(other);
    CiphertextBlob third = CiphertextBlob.parse(mine);

    assertThat(first.keyId()).isEqualTo(KEY_ID);
    assertThat(second.keyId()).isEqualTo(otherKeyId);
    assertThat(second.materialId()).isEqualTo(otherMaterial.id());
    assertThat(third.keyId()).isEqualTo(KEY_ID);
    assertThat(third.open(material, context)).isEqualTo(plaintext);
    assertThat(second.open(otherMaterial, context)).isEqualTo(plaintext);
  }

  @Test
  void appendedJunk_failsDecryption() {
    byte[] good = seal(context);
    byte[] longer = Arrays.copyOf(good, good.length + 4);
    assertThatThrownBy(() -> CiphertextBlob.parse(longer).open(material, context))
        .isInstanceOf(InvalidCiphertextException.class);
  }

  @Test
  void otherMaterial_failsDecryption() {
    CiphertextBlob blob = CiphertextBlob.parse(seal(context));
    KeyMaterial other = KeyMaterial.of(material.id(), SecretBytes.random(random, 32));
    assertThatThrownBy(() -> blob.open(other, context))
        .isInstanceOf(InvalidCiphertextException.class);
  }

  @Test
  void sameInputsTwice_giveDifferentBlobs() {
    assertThat(seal(context)).isNotEqualTo(seal(context));
  }

  @Test
  void sealOfSecretBytes_opensToTheSamePlaintext() {
    byte[] blob =
        CiphertextBlob.seal(KEY_ID, material, context, SecretBytes.copyOf(plaintext), random);
    SecretBytes opened = CiphertextBlob.parse(blob).openSecret(material, context);
    assertThat(opened.equalsSecret(SecretBytes.copyOf(plaintext))).isTrue();
  }

  @Test
  void blobsOfTwoKeysInTurn_eachNameTheirOwnKey() {
    String otherKey = "5678abcd-12ab-34cd-56ef-1234567890ab";
    KeyMaterial otherMaterial = KeyMaterial.generate(random);
    byte[] first = seal(context);
    byte[] second = CiphertextBlob.seal(otherKey, otherMaterial, context, plaintext, random);
    byte[] third = seal(context);
    assertThat(CiphertextBlob.parse(second).keyId()).isEqualTo(otherKey);
    assertThat(CiphertextBlob.parse(second).open(otherMaterial, context)).isEqualTo(plaintext);
    assertThat(CiphertextBlob.parse(first).open(material, context)).isEqualTo(plaintext);
    assertThat(CiphertextBlob.parse(third).open(material, context)).isEqualTo(plaintext);
  }

  @Test
  void blobOfAnotherKey_doesNotOpenWithTheSameContextUnderThisKeysHeader() {
    String otherKey = "5678abcd-12ab-34cd-56ef-1234567890ab";
    byte[] other = CiphertextBlob.seal(otherKey, material, context, plaintext, random);
    byte[] mine = seal(context);
    // Graft this key's header onto the other blob: the header is authenticated, so it must fail.
    int otherHeader = 3 + otherKey.length() + material.id().length();
    byte[] grafted = Arrays.copyOf(mine, mine.length);
    System.arraycopy(other, otherHeader, grafted, otherHeader, other.length - otherHeader);
    assertThatThrownBy(() -> CiphertextBlob.parse(grafted).open(material, context))
        .isInstanceOf(InvalidCiphertextException.class);
  }
}
