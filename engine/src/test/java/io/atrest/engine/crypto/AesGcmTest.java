package io.atrest.engine.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.kms.error.InvalidCiphertextException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AesGcmTest {

  private static final byte[] PLAINTEXT = "sixteen bytes!!!".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] AAD = {1, 2, 3};

  private final SecureRandom random = new SecureRandom();
  private final SecretKeySpec key = new SecretKeySpec(bytes(32), "AES");
  private final byte[] iv = bytes(AesGcm.IV_LENGTH);

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  @Test
  void openInPlace_leavesThePlaintextAtTheHeadAndReturnsItsLength() {
    byte[] sealed = AesGcm.seal(key, iv, AAD, PLAINTEXT);

    int length = AesGcm.openInPlace(key, iv, AAD, sealed);

    assertThat(length).isEqualTo(PLAINTEXT.length);
    assertThat(Arrays.copyOf(sealed, length)).isEqualTo(PLAINTEXT);
  }

  @Test
  void openInPlaceWithOtherAad_failsAndWipesTheUnauthenticatedPlaintext() {
    byte[] sealed = AesGcm.seal(key, iv, AAD, PLAINTEXT);

    assertThatThrownBy(() -> AesGcm.openInPlace(key, iv, new byte[] {9}, sealed))
        .isInstanceOf(InvalidCiphertextException.class)
        .hasMessage("");
    assertThat(sealed).containsOnly(0);
  }
}
