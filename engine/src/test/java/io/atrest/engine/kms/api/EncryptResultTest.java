package io.atrest.engine.kms.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.crypto.CiphertextBlob;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.crypto.NonceSource;
import io.atrest.engine.crypto.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EncryptResultTest {

  private static final EncryptionContext CONTEXT = EncryptionContext.of("tenant", "blue");

  private final KeyMaterial material = KeyMaterial.generate(new SecureRandom());
  private final EncryptResult result =
      new EncryptResult(
          CiphertextBlob.sealed(
              "1234abcd-12ab-34cd-56ef-1234567890ab",
              material,
              CONTEXT,
              SecretBytes.copyOf("canary".getBytes(StandardCharsets.UTF_8)),
              NonceSource.create()),
          "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
          "SYMMETRIC_DEFAULT",
          material.id());

  @Test
  void blobRead_isACopyOfTheReadersOwn() {
    byte[] first = result.ciphertextBlob();
    byte[] original = first.clone();
    Arrays.fill(first, (byte) 0);

    assertThat(result.ciphertextBlob()).isEqualTo(original).isNotSameAs(first);
  }

  @Test
  void blobRead_decryptsToThePlaintext() {
    SecretBytes opened =
        CiphertextBlob.parse(result.ciphertextBlob()).openSecret(material, CONTEXT);

    assertThat(new String(opened.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("canary");
  }
}
