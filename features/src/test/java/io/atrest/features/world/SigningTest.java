package io.atrest.features.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.KeyUsage;
import io.atrest.engine.kms.MacAlgorithm;
import io.atrest.engine.kms.MessageType;
import io.atrest.engine.kms.Origin;
import io.atrest.engine.kms.SigningAlgorithm;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signing and MACs through a scenario's world, against the reference KMS. */
class SigningTest {

  private final KmsWorld world = new KmsWorld();
  private final LastCall last = new LastCall();
  private final KmsCalls calls = new KmsCalls(world, last, new Evidence());
  private final Actors actors = new Actors(world);
  private final KeyAdmin admin = new KeyAdmin(world, calls);
  private final Signing signing = new Signing(world, calls);
  private final Caller root = actors.caller(PrincipalRef.accountRoot(), false);

  private String key(KeySpec spec, KeyUsage usage) {
    admin.create(root, "k", spec, Optional.of(usage), Origin.AWS_KMS, Optional.empty()).orFail();
    return world.arn(new KeyRef("k", false));
  }

  @ParameterizedTest
  @CsvSource({
    "ECC_NIST_P256, ECDSA_SHA_256, RAW",
    "ECC_NIST_P384, ECDSA_SHA_384, DIGEST",
    "RSA_2048, RSASSA_PSS_SHA_256, RAW",
    "RSA_2048, RSASSA_PSS_SHA_512, DIGEST",
    "RSA_2048, RSASSA_PKCS1_V1_5_SHA_384, RAW"
  })
  void kmsSignature_verifiesWithThePublicKeyInTheJdk(
      KeySpec spec, SigningAlgorithm algorithm, MessageType type) {
    String arn = key(spec, KeyUsage.SIGN_VERIFY);

    signing.sign(root, arn, "release 1.2", algorithm, type).orFail();

    assertThat(signing.verifiesOutsideKms(arn)).isTrue();
  }

  @Test
  void signatureOfAnotherMessage_doesNotVerifyInTheJdk() {
    String arn = key(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY);
    signing
        .sign(root, arn, "release 1.2", SigningAlgorithm.ECDSA_SHA_256, MessageType.RAW)
        .orFail();
    Signing.Signed real = signing.signatureUnder(arn);
    Signing.Signed tampered = new Signing.Signed("release 1.3", real.algorithm(), real.signature());

    assertThat(SignatureCheck.verifies(signing.publicKey(arn).publicKey(), tampered)).isFalse();
  }

  @Test
  void verifyOfATamperedMessage_failsWithKmsInvalidSignature_andBecomesTheLastCall() {
    String arn = key(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY);
    signing
        .sign(root, arn, "release 1.2", SigningAlgorithm.ECDSA_SHA_256, MessageType.RAW)
        .orFail();

    signing.verify(root, arn, "release 1.3", SigningAlgorithm.ECDSA_SHA_256, MessageType.RAW);

    assertThat(last.get().operation()).isEqualTo("Verify");
    assertThat(last.get().errorCode()).contains("KMSInvalidSignatureException");
  }

  @Test
  void verifyBeforeAnySignature_failsNamingTheSetUpStep() {
    String arn = key(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY);

    assertThatThrownBy(
            () -> signing.verify(root, arn, "m", SigningAlgorithm.ECDSA_SHA_256, MessageType.RAW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no signature made with " + arn)
        .hasMessageContaining("signed");
  }

  @Test
  void macOfATamperedMessage_failsWithKmsInvalidMac() {
    String arn = key(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC);
    signing.generateMac(root, arn, "session-42", MacAlgorithm.HMAC_SHA_256).orFail();

    assertThat(signing.verifyMac(root, arn, "session-42", MacAlgorithm.HMAC_SHA_256).succeeded())
        .isTrue();
    assertThat(signing.verifyMac(root, arn, "session-43", MacAlgorithm.HMAC_SHA_256).errorCode())
        .contains("KMSInvalidMacException");
  }

  @Test
  void failedSign_keepsNoSignature() {
    String arn = key(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY);

    CallResult refused =
        signing.sign(root, arn, "m", SigningAlgorithm.RSASSA_PSS_SHA_256, MessageType.RAW);

    assertThat(refused.errorCode()).contains("InvalidKeyUsageException");
    assertThatThrownBy(() -> signing.signatureUnder(arn)).isInstanceOf(IllegalStateException.class);
  }
}
