package io.atrest.engine.kms.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.CiphertextBlob;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.crypto.NonceSource;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.error.InvalidCiphertextException;
import io.atrest.policy.eval.Principal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecryptRequestTest {

  private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final Caller CALLER = Caller.direct(new Principal.AccountRoot("111122223333"));
  private static final EncryptionContext CONTEXT = EncryptionContext.of("tenant", "blue");

  private final KeyMaterial material = KeyMaterial.generate(new SecureRandom());
  private final byte[] blob =
      CiphertextBlob.sealed(
              KEY_ID,
              material,
              CONTEXT,
              SecretBytes.copyOf("canary".getBytes(StandardCharsets.UTF_8)),
              NonceSource.create())
          .toByteArray();

  private static String text(SecretBytes secret) {
    return new String(secret.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void callersArrayChangedBeforeTheCall_isTheBlobRead() {
    byte[] given = blob.clone();
    DecryptRequest request = DecryptRequest.of(CALLER, given, CONTEXT);
    Arrays.fill(given, (byte) 0);

    assertThatThrownBy(request::parsedCiphertextBlob)
        .isInstanceOf(InvalidCiphertextException.class);
    System.arraycopy(blob, 0, given, 0, blob.length);
    assertThat(text(request.parsedCiphertextBlob().openSecret(material, CONTEXT)))
        .isEqualTo("canary");
  }

  @Test
  void bodyChangedBetweenParsingAndOpening_failsAsInvalidCiphertext() {
    byte[] given = blob.clone();
    CiphertextBlob parsed = DecryptRequest.of(CALLER, given, CONTEXT).parsedCiphertextBlob();
    given[given.length - 1] ^= 1;

    assertThatThrownBy(() -> parsed.openSecret(material, CONTEXT))
        .isInstanceOf(InvalidCiphertextException.class)
        .hasMessage("");
  }

  @Test
  void headerChangedAfterParsing_isNotReadAgain() {
    byte[] given = blob.clone();
    CiphertextBlob parsed = DecryptRequest.of(CALLER, given, CONTEXT).parsedCiphertextBlob();
    Arrays.fill(given, 0, 20, (byte) 0);

    assertThat(parsed.keyId()).isEqualTo(KEY_ID);
    assertThat(text(parsed.openSecret(material, CONTEXT))).isEqualTo("canary");
  }

  @Test
  void plaintextReturned_isUnchangedByLaterChangesToTheBlob() {
    byte[] given = blob.clone();
    SecretBytes plaintext =
        DecryptRequest.of(CALLER, given, CONTEXT)
            .parsedCiphertextBlob()
            .openSecret(material, CONTEXT);
    Arrays.fill(given, (byte) 0);

    assertThat(text(plaintext)).isEqualTo("canary");
  }

  @Test
  void blobRead_isACopyOfTheReadersOwn() {
    DecryptRequest request = DecryptRequest.of(CALLER, blob, CONTEXT);
    Arrays.fill(request.ciphertextBlob(), (byte) 0);

    assertThat(request.ciphertextBlob()).isEqualTo(blob);
  }

  @Test
  void parsedBlob_namesTheKeyAndMaterialOfTheHeader() {
    CiphertextBlob parsed = DecryptRequest.of(CALLER, blob, CONTEXT).parsedCiphertextBlob();

    assertThat(parsed.keyId()).isEqualTo(KEY_ID);
    assertThat(parsed.materialId()).isEqualTo(material.id());
  }

  @Test
  void malformedBlob_failsWhenParsedAsAwsDoes() {
    DecryptRequest request = DecryptRequest.of(CALLER, new byte[] {9, 9, 9}, CONTEXT);

    assertThatThrownBy(request::parsedCiphertextBlob)
        .isInstanceOf(InvalidCiphertextException.class)
        .hasMessage("");
  }
}
