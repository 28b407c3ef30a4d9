package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.GenerateMacRequest;
import io.atrest.engine.kms.api.GenerateMacResult;
import io.atrest.engine.kms.api.VerifyMacRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.DisabledException;
import io.atrest.engine.kms.error.InvalidKeyUsageException;
import io.atrest.engine.kms.error.KmsInvalidMacException;
import io.atrest.engine.store.InMemoryKmsStore;
import io.atrest.engine.trail.TrailEvent;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacsTest {

  private static final byte[] MESSAGE = "session=42".getBytes(StandardCharsets.UTF_8);

  private final InMemoryKmsStore store = new InMemoryKmsStore();
  private final KmsTestbed bed = new KmsTestbed(store);

  private KeyMetadata hmacKey(KeySpec spec) {
    return bed.kms
        .createKey(
            CreateKeyRequest.symmetric(bed.caller(bed.alice))
                .withSpec(spec, KeyUsage.GENERATE_VERIFY_MAC))
        .keyMetadata();
  }

  private byte[] mac(KeyMetadata key, MacAlgorithm algorithm) {
    return bed.kms
        .generateMac(GenerateMacRequest.of(bed.caller(bed.alice), key.keyId(), MESSAGE, algorithm))
        .mac();
  }

  @ParameterizedTest
  @CsvSource({
    "HMAC_224, HMAC_SHA_224, HmacSHA224, 28",
    "HMAC_256, HMAC_SHA_256, HmacSHA256, 32",
    "HMAC_384, HMAC_SHA_384, HmacSHA384, 48",
    "HMAC_512, HMAC_SHA_512, HmacSHA512, 64"
  })
  void mac_isTheHmacOfTheMessageUnderAKeyOfTheSpecsSize(
      KeySpec spec, MacAlgorithm algorithm, String jca, int keyBytes) throws Exception {
    KeyMetadata key = hmacKey(spec);
    byte[] secret = store.privateMaterial(key.keyId()).orElseThrow().toByteArray();
    assertThat(secret).hasSize(keyBytes);
    Mac expected = Mac.getInstance(jca);
    expected.init(new SecretKeySpec(secret, jca));
    assertThat(mac(key, algorithm)).isEqualTo(expected.doFinal(MESSAGE));
  }

  @Test
  void generatedMac_verifies() {
    KeyMetadata key = hmacKey(KeySpec.HMAC_256);
    byte[] mac = mac(key, MacAlgorithm.HMAC_SHA_256);
    assertThat(
            bed.kms
                .verifyMac(
                    VerifyMacRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        MESSAGE,
                        MacAlgorithm.HMAC_SHA_256,
                        mac))
                .macValid())
        .isTrue();
  }

  @Test
  void macOfAnotherMessage_failsVerifyMac() {
    KeyMetadata key = hmacKey(KeySpec.HMAC_256);
    byte[] mac = mac(key, MacAlgorithm.HMAC_SHA_256);
    byte[] other = "session=43".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                bed.kms.verifyMac(
                    VerifyMacRequest.of(
                        bed.caller(bed.alice), key.keyId(), other, MacAlgorithm.HMAC_SHA_256, mac)))
        .isInstanceOf(KmsInvalidMacException.class)
        .hasMessage("");
    assertThat(bed.lastEvent("VerifyMac").errorCode()).contains("KMSInvalidMacException");
  }

  @Test
  void macOfAnotherKey_failsVerifyMac() {
    byte[] mac = mac(hmacKey(KeySpec.HMAC_256), MacAlgorithm.HMAC_SHA_256);
    KeyMetadata other = hmacKey(KeySpec.HMAC_256);
    assertThatThrownBy(
            () ->
                bed.kms.verifyMac(
                    VerifyMacRequest.of(
                        bed.caller(bed.alice),
                        other.keyId(),
                        MESSAGE,
                        MacAlgorithm.HMAC_SHA_256,
                        mac)))
        .isInstanceOf(KmsInvalidMacException.class);
  }

  @Test
  void algorithmOfAnotherSpec_isInvalidKeyUsage() {
    KeyMetadata key = hmacKey(KeySpec.HMAC_256);
    assertThatThrownBy(() -> mac(key, MacAlgorithm.HMAC_SHA_512))
        .isInstanceOf(InvalidKeyUsageException.class)
        .hasMessage("Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_256.");
  }

  @Test
  void generateMacWithSymmetricKey_isInvalidKeyUsage() {
    KeyMetadata key = bed.newKey();
    assertThatThrownBy(() -> mac(key, MacAlgorithm.HMAC_SHA_256))
        .isInstanceOf(InvalidKeyUsageException.class)
        .hasMessage(
            key.arn() + " key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.");
  }

  @Test
  void verifyMacWithDisabledKey_isDisabledException() {
    KeyMetadata key = hmacKey(KeySpec.HMAC_384);
    byte[] mac = mac(key, MacAlgorithm.HMAC_SHA_384);
    bed.kms.disableKey(DisableKeyRequest.of(bed.caller(bed.alice), key.keyId()));
    assertThatThrownBy(
            () ->
                bed.kms.verifyMac(
                    VerifyMacRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        MESSAGE,
                        MacAlgorithm.HMAC_SHA_384,
                        mac)))
        .isInstanceOf(DisabledException.class)
        .hasMessage(key.arn() + " is disabled.");
  }

  @Test
  void generateMacWithoutPermission_isDenied() {
    KeyMetadata key = hmacKey(KeySpec.HMAC_256);
    assertThatThrownBy(
            () ->
                bed.kms.generateMac(
                    GenerateMacRequest.of(
                        bed.caller(bed.bob), key.keyId(), MESSAGE, MacAlgorithm.HMAC_SHA_256)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("kms:GenerateMac on resource: " + key.arn());
  }

  @Test
  void generateMacEvent_logsKeyIdAndAlgorithm() {
    KeyMetadata key = hmacKey(KeySpec.HMAC_512);
    GenerateMacResult result =
        bed.kms.generateMac(
            GenerateMacRequest.of(
                bed.caller(bed.alice), key.keyId(), MESSAGE, MacAlgorithm.HMAC_SHA_512));
    assertThat(result.keyId()).isEqualTo(key.arn());
    TrailEvent event = bed.lastEvent("GenerateMac");
    assertThat(event.requestParameters().orElseThrow().toString())
        .isEqualTo("{\"keyId\":\"" + key.keyId() + "\",\"macAlgorithm\":\"HMAC_SHA_512\"}");
    assertThat(event.toJson().get("responseElements").isNull()).isTrue();
    assertThat(event.readOnly()).contains(true);
  }
}
