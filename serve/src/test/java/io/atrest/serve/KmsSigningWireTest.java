package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetPublicKeyResponse;
import software.amazon.awssdk.services.kms.model.InvalidKeyUsageException;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInvalidMacException;
import software.amazon.awssdk.services.kms.model.KmsInvalidSignatureException;
import software.amazon.awssdk.services.kms.model.MacAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SignResponse;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;

/** Sign, Verify, GetPublicKey, GenerateMac and VerifyMac through the AWS SDK for Java v2. */
class KmsSigningWireTest {

  private static final SdkBytes MESSAGE = SdkBytes.fromUtf8String("release v1.2.3");

  @TempDir Path dir;
  private ServerFixture fixture;
  private KmsClient kms;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dir);
    kms = fixture.kms();
  }

  @AfterEach
  void stop() {
    kms.close();
    fixture.close();
  }

  private String key(KeySpec spec, KeyUsageType usage) {
    return kms.createKey(r -> r.keySpec(spec).keyUsage(usage)).keyMetadata().keyId();
  }

  private SignResponse sign(String keyId, SigningAlgorithmSpec algorithm) {
    return kms.sign(r -> r.keyId(keyId).message(MESSAGE).signingAlgorithm(algorithm));
  }

  @Test
  void signThenVerify_succeeds() {
    String keyId = key(KeySpec.ECC_NIST_P256, KeyUsageType.SIGN_VERIFY);
    SignResponse signed = sign(keyId, SigningAlgorithmSpec.ECDSA_SHA_256);

    assertThat(signed.keyId()).isEqualTo("arn:aws:kms:us-west-2:111122223333:key/" + keyId);
    assertThat(signed.signingAlgorithm()).isEqualTo(SigningAlgorithmSpec.ECDSA_SHA_256);
    assertThat(
            kms.verify(
                    r ->
                        r.keyId(keyId)
                            .message(MESSAGE)
                            .messageType(MessageType.RAW)
                            .signature(signed.signature())
                            .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256))
                .signatureValid())
        .isTrue();
  }

  @Test
  void publicKey_verifiesTheSignatureOutsideKms() throws Exception {
    String keyId = key(KeySpec.RSA_2048, KeyUsageType.SIGN_VERIFY);
    SignResponse signed = sign(keyId, SigningAlgorithmSpec.RSASSA_PKCS1_V1_5_SHA_256);
    GetPublicKeyResponse response = kms.getPublicKey(r -> r.keyId(keyId));

    assertThat(response.keySpec()).isEqualTo(KeySpec.RSA_2048);
    assertThat(response.keyUsage()).isEqualTo(KeyUsageType.SIGN_VERIFY);
    assertThat(response.signingAlgorithms()).hasSize(6);
    assertThat(response.encryptionAlgorithms()).isEmpty();
    PublicKey publicKey =
        KeyFactory.getInstance("RSA")
            .generatePublic(new X509EncodedKeySpec(response.publicKey().asByteArray()));
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(publicKey);
    verifier.update(MESSAGE.asByteArray());
    assertThat(verifier.verify(signed.signature().asByteArray())).isTrue();
  }

  @Test
  void badSignature_isTheTypedSdkException() {
    String keyId = key(KeySpec.ECC_NIST_P256, KeyUsageType.SIGN_VERIFY);
    SignResponse signed = sign(keyId, SigningAlgorithmSpec.ECDSA_SHA_256);

    assertThatThrownBy(
            () ->
                kms.verify(
                    r ->
                        r.keyId(keyId)
                            .message(SdkBytes.fromUtf8String("release v6.6.6"))
                            .signature(signed.signature())
                            .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)))
        .isInstanceOf(KmsInvalidSignatureException.class)
        .satisfies(e -> assertThat(((KmsException) e).statusCode()).isEqualTo(400));
  }

  @Test
  void signWithSymmetricKey_isInvalidKeyUsage() {
    String keyId = kms.createKey(r -> r.description("symmetric")).keyMetadata().keyId();

    assertThatThrownBy(() -> sign(keyId, SigningAlgorithmSpec.RSASSA_PSS_SHA_256))
        .isInstanceOf(InvalidKeyUsageException.class)
        .hasMessageContaining("key usage is ENCRYPT_DECRYPT which is not valid for Sign.");
  }

  @Test
  void macThenVerifyMac_succeeds() {
    String keyId = key(KeySpec.HMAC_256, KeyUsageType.GENERATE_VERIFY_MAC);
    SdkBytes mac =
        kms.generateMac(
                r -> r.keyId(keyId).message(MESSAGE).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256))
            .mac();

    assertThat(mac.asByteArray()).hasSize(32);
    assertThat(
            kms.verifyMac(
                    r ->
                        r.keyId(keyId)
                            .message(MESSAGE)
                            .macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)
                            .mac(mac))
                .macValid())
        .isTrue();
  }

  @Test
  void wrongMac_isTheTypedSdkException() {
    String keyId = key(KeySpec.HMAC_256, KeyUsageType.GENERATE_VERIFY_MAC);

    assertThatThrownBy(
            () ->
                kms.verifyMac(
                    r ->
                        r.keyId(keyId)
                            .message(MESSAGE)
                            .macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)
                            .mac(SdkBytes.fromByteArray(new byte[32]))))
        .isInstanceOf(KmsInvalidMacException.class);
  }

  @Test
  void generateMacWithSymmetricKey_isInvalidKeyUsage() {
    String keyId = kms.createKey(r -> r.description("symmetric")).keyMetadata().keyId();

    assertThatThrownBy(
            () ->
                kms.generateMac(
                    r ->
                        r.keyId(keyId)
                            .message(MESSAGE)
                            .macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)))
        .isInstanceOf(InvalidKeyUsageException.class)
        .hasMessageContaining("key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.");
  }

  @Test
  void unknownSigningAlgorithm_isValidationListingTheEnum() {
    String keyId = key(KeySpec.ECC_NIST_P256, KeyUsageType.SIGN_VERIFY);

    assertThatThrownBy(
            () -> kms.sign(r -> r.keyId(keyId).message(MESSAGE).signingAlgorithm("ECDSA_SHA_1")))
        .isInstanceOf(KmsException.class)
        .hasMessageContaining(
            "Value 'ECDSA_SHA_1' at 'signingAlgorithm' failed to satisfy constraint");
  }
}
