package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.EncryptResponse;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/** The KMS key lifecycle and envelope operations through the AWS SDK for Java v2. */
class KmsWireTest {

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

  private String newKey() {
    return kms.createKey(r -> r.description("wire test")).keyMetadata().keyId();
  }

  private EncryptResponse encrypt(
      KmsClient client, String keyId, String text, Map<String, String> context) {
    return client.encrypt(
        r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String(text)).encryptionContext(context));
  }

  @Test
  void createKey_returnsCustomerManagedSymmetricKeyMetadata() {
    KeyMetadata m = kms.createKey(r -> r.description("orders")).keyMetadata();

    assertThat(m.awsAccountId()).isEqualTo(ServerFixture.ACCOUNT);
    assertThat(m.arn()).isEqualTo("arn:aws:kms:us-west-2:111122223333:key/" + m.keyId());
    assertThat(m.keyState()).isEqualTo(KeyState.ENABLED);
    assertThat(m.keyManagerAsString()).isEqualTo("CUSTOMER");
    assertThat(m.keySpecAsString()).isEqualTo("SYMMETRIC_DEFAULT");
    assertThat(m.encryptionAlgorithmsAsStrings()).containsExactly("SYMMETRIC_DEFAULT");
    assertThat(m.description()).isEqualTo("orders");
    assertThat(m.creationDate()).isNotNull();
  }

  @Test
  void describeKey_byAliasReturnsTheSameKey() {
    String keyId = newKey();
    kms.createAlias(r -> r.aliasName("alias/orders").targetKeyId(keyId));

    assertThat(kms.describeKey(r -> r.keyId("alias/orders")).keyMetadata().keyId())
        .isEqualTo(keyId);
  }

  @Test
  void describeUnknownKey_failsWithNotFound() {
    String missing = "arn:aws:kms:us-west-2:111122223333:key/11111111-2222-3333-4444-555555555555";

    assertThatThrownBy(() -> kms.describeKey(r -> r.keyId(missing)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Key '" + missing + "' does not exist");
  }

  @Test
  void encryptThenDecrypt_roundTripsUnderTheSameContext() {
    String keyId = newKey();
    EncryptResponse encrypted = encrypt(kms, keyId, "card 4111", Map.of("tenant", "a"));

    DecryptResponse decrypted =
        kms.decrypt(
            r ->
                r.ciphertextBlob(encrypted.ciphertextBlob())
                    .encryptionContext(Map.of("tenant", "a")));

    assertThat(decrypted.plaintext().asUtf8String()).isEqualTo("card 4111");
    assertThat(decrypted.keyId()).isEqualTo(encrypted.keyId()).endsWith(keyId);
    assertThat(decrypted.encryptionAlgorithmAsString()).isEqualTo("SYMMETRIC_DEFAULT");
  }

  @Test
  void decryptWithWrongEncryptionContext_failsWithInvalidCiphertext() {
    EncryptResponse encrypted = encrypt(kms, newKey(), "secret", Map.of("tenant", "a"));

    assertThatThrownBy(
            () ->
                kms.decrypt(
                    r ->
                        r.ciphertextBlob(encrypted.ciphertextBlob())
                            .encryptionContext(Map.of("tenant", "b"))))
        .isInstanceOf(InvalidCiphertextException.class);
  }

  @Test
  void encryptUnderDisabledKey_failsWithDisabled() {
    String keyId = newKey();
    kms.disableKey(r -> r.keyId(keyId));

    assertThatThrownBy(() -> encrypt(kms, keyId, "x", Map.of()))
        .isInstanceOf(DisabledException.class)
        .hasMessageContaining("is disabled.");
  }

  @Test
  void encryptUnderKeyPendingDeletion_failsWithInvalidState() {
    String keyId = newKey();
    kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));

    assertThatThrownBy(() -> encrypt(kms, keyId, "x", Map.of()))
        .isInstanceOf(KmsInvalidStateException.class)
        .hasMessageContaining("is pending deletion.");
  }

  @Test
  void scheduleThenCancelDeletion_leavesTheKeyDisabled() {
    String keyId = newKey();
    var scheduled = kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    assertThat(scheduled.keyStateAsString()).isEqualTo("PendingDeletion");
    assertThat(scheduled.pendingWindowInDays()).isEqualTo(7);

    kms.cancelKeyDeletion(r -> r.keyId(keyId));

    assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState())
        .isEqualTo(KeyState.DISABLED);
    kms.enableKey(r -> r.keyId(keyId));
    assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().enabled()).isTrue();
  }

  @Test
  void userWithoutIdentityPolicy_isDeniedWhileAliceIsServed() {
    String keyId = newKey();
    EncryptResponse encrypted = encrypt(kms, keyId, "shared", Map.of());
    try (KmsClient alice = fixture.kms("AKIAALICE", "alice-secret");
        KmsClient bob = fixture.kms("AKIABOB", "bob-secret")) {

      assertThat(
              alice
                  .decrypt(r -> r.ciphertextBlob(encrypted.ciphertextBlob()))
                  .plaintext()
                  .asUtf8String())
          .isEqualTo("shared");
      assertThatThrownBy(() -> bob.decrypt(r -> r.ciphertextBlob(encrypted.ciphertextBlob())))
          .isInstanceOfSatisfying(
              KmsException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                assertThat(e.statusCode()).isEqualTo(400);
              })
          .hasMessageContaining(
              "User: arn:aws:iam::111122223333:user/bob is not authorized to perform: kms:Decrypt");
    }
  }

  @Test
  void keyPolicyDenyingAlice_overridesHerIdentityPolicy() {
    String policy =
        """
        {"Version":"2012-10-17","Statement":[
          {"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"},
          {"Sid":"DenyAlice","Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},"Action":"kms:Encrypt","Resource":"*"}]}
        """;
    String keyId = kms.createKey(r -> r.policy(policy)).keyMetadata().keyId();
    try (KmsClient alice = fixture.kms("AKIAALICE", "alice-secret")) {

      assertThatThrownBy(() -> encrypt(alice, keyId, "x", Map.of()))
          .isInstanceOfSatisfying(
              KmsException.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"))
          .hasMessageContaining("explicit deny");
      assertThat(alice.describeKey(r -> r.keyId(keyId)).keyMetadata().keyId()).isEqualTo(keyId);
    }
  }

  @Test
  void roleSession_isAuthorizedByItsRolesIdentityPolicy() {
    String keyId = newKey();
    try (KmsClient carol = fixture.kms("ASIACAROL", "carol-secret")) {

      assertThat(carol.describeKey(r -> r.keyId(keyId)).keyMetadata().keyId()).isEqualTo(keyId);
      assertThatThrownBy(() -> encrypt(carol, keyId, "x", Map.of()))
          .hasMessageContaining(
              "arn:aws:sts::111122223333:assumed-role/Auditor/carol is not authorized");
    }
  }

  @Test
  void trail_recordsTheSigningIdentityWithItsAccessKey() {
    String keyId = newKey();
    try (KmsClient alice = fixture.kms("AKIAALICE", "alice-secret")) {
      alice.describeKey(r -> r.keyId(keyId));
    }

    JsonNode describe = null;
    for (JsonNode record : fixture.trail().get("Records")) {
      if (record.get("eventName").asText().equals("DescribeKey")) {
        describe = record;
      }
    }
    assertThat(describe).isNotNull();
    assertThat(describe.at("/userIdentity/arn").asText())
        .isEqualTo("arn:aws:iam::111122223333:user/alice");
    assertThat(describe.at("/userIdentity/accessKeyId").asText()).isEqualTo("AKIAALICE");
    assertThat(describe.at("/userIdentity/type").asText()).isEqualTo("IAMUser");
    assertThat(describe.at("/sourceIPAddress").asText()).isEqualTo("127.0.0.1");
    assertThat(describe.at("/userAgent").asText()).contains("aws-sdk-java");
  }

  @Test
  void plaintextOverTheLimit_failsWithValidation() {
    String keyId = newKey();
    byte[] big = new byte[4097];

    assertThatThrownBy(
            () -> kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(big))))
        .isInstanceOfSatisfying(
            KmsException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
  }

  @Test
  void generateDataKey_returnsAPlaintextThatDecryptsFromItsCiphertext() {
    String keyId = newKey();
    var dataKey =
        kms.generateDataKey(
            r -> r.keyId(keyId).keySpec("AES_256").encryptionContext(Map.of("k", "v")));

    var opened =
        kms.decrypt(
            r -> r.ciphertextBlob(dataKey.ciphertextBlob()).encryptionContext(Map.of("k", "v")));

    assertThat(dataKey.plaintext().asByteArray()).hasSize(32);
    assertThat(opened.plaintext().asByteArray()).isEqualTo(dataKey.plaintext().asByteArray());
    assertThat(dataKey.keyMaterialId()).isNotBlank();
  }

  @Test
  void generateDataKeyWithoutPlaintext_returnsOnlyTheCiphertext() {
    String keyId = newKey();
    var dataKey = kms.generateDataKeyWithoutPlaintext(r -> r.keyId(keyId).numberOfBytes(16));

    assertThat(dataKey.ciphertextBlob().asByteArray()).isNotEmpty();
    assertThat(
            kms.decrypt(r -> r.ciphertextBlob(dataKey.ciphertextBlob())).plaintext().asByteArray())
        .hasSize(16);
  }

  @Test
  void reEncrypt_movesCiphertextToAnotherKeyAndContext() {
    String source = newKey();
    String destination = newKey();
    EncryptResponse encrypted = encrypt(kms, source, "moved", Map.of("a", "1"));

    var moved =
        kms.reEncrypt(
            r ->
                r.ciphertextBlob(encrypted.ciphertextBlob())
                    .sourceEncryptionContext(Map.of("a", "1"))
                    .destinationKeyId(destination)
                    .destinationEncryptionContext(Map.of("b", "2")));
    var decrypted =
        kms.decrypt(
            r -> r.ciphertextBlob(moved.ciphertextBlob()).encryptionContext(Map.of("b", "2")));

    assertThat(moved.sourceKeyId()).endsWith(source);
    assertThat(moved.keyId()).endsWith(destination);
    assertThat(decrypted.plaintext().asUtf8String()).isEqualTo("moved");
  }

  @Test
  void generateRandom_returnsTheRequestedLength() {
    assertThat(kms.generateRandom(r -> r.numberOfBytes(24)).plaintext().asByteArray()).hasSize(24);
  }

  @Test
  void generateRandom_returnsFreshBytes() {
    byte[] first = kms.generateRandom(r -> r.numberOfBytes(32)).plaintext().asByteArray();
    byte[] second = kms.generateRandom(r -> r.numberOfBytes(32)).plaintext().asByteArray();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void plaintextIsNeverInTheTrail() {
    String keyId = newKey();
    encrypt(kms, keyId, "PLAINTEXT-CANARY-91c2", Map.of());

    assertThat(fixture.trail().toString())
        .doesNotContain("PLAINTEXT-CANARY-91c2")
        .doesNotContain(
            java.util.Base64.getEncoder()
                .encodeToString("PLAINTEXT-CANARY-91c2".getBytes(StandardCharsets.UTF_8)));
  }
}
