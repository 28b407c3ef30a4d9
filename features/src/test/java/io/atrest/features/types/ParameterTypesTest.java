package io.atrest.features.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.kms.MacAlgorithm;
import io.atrest.engine.kms.SigningAlgorithm;
import org.junit.jupiter.api.Test;

class ParameterTypesTest {

  private final ParameterTypes types = new ParameterTypes();

  @Test
  void signingAlgorithm_isTheApiEnum() {
    assertThat(types.signingAlgorithm("ECDSA_SHA_256")).isEqualTo(SigningAlgorithm.ECDSA_SHA_256);
  }

  @Test
  void unknownSigningAlgorithm_isRejectedNamingItAndTheChoices() {
    assertThatThrownBy(() -> types.signingAlgorithm("ECDSA_SHA_1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signing algorithm `ECDSA_SHA_1`")
        .hasMessageContaining("RSASSA_PSS_SHA_256");
  }

  @Test
  void unknownMacAlgorithm_isRejectedNamingIt() {
    assertThat(types.macAlgorithm("HMAC_SHA_384")).isEqualTo(MacAlgorithm.HMAC_SHA_384);
    assertThatThrownBy(() -> types.macAlgorithm("HMAC_SHA_1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MAC algorithm `HMAC_SHA_1`");
  }
}
