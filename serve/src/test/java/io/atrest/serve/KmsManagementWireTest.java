package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.GrantListEntry;
import software.amazon.awssdk.services.kms.model.GrantOperation;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.Tag;

/** Aliases, tags, key policies, grants, rotation and imported material through the SDK. */
class KmsManagementWireTest {

  @TempDir Path dir;
  private ServerFixture fixture;
  private KmsClient kms;
  private String keyId;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dir);
    kms = fixture.kms();
    keyId = kms.createKey(r -> r.description("managed")).keyMetadata().keyId();
  }

  @AfterEach
  void stop() {
    kms.close();
    fixture.close();
  }

  @Test
  void listKeys_includesTheNewKey() {
    assertThat(kms.listKeys().keys()).anySatisfy(k -> assertThat(k.keyId()).isEqualTo(keyId));
  }

  @Test
  void updateKeyDescription_isVisibleInDescribeKey() {
    kms.updateKeyDescription(r -> r.keyId(keyId).description("renamed"));

    assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().description())
        .isEqualTo("renamed");
  }

  @Test
  void aliases_canBeCreatedRetargetedListedAndDeleted() {
    String other = kms.createKey(r -> r.description("other")).keyMetadata().keyId();
    kms.createAlias(r -> r.aliasName("alias/app").targetKeyId(keyId));
    kms.updateAlias(r -> r.aliasName("alias/app").targetKeyId(other));

    AliasListEntry alias =
        kms.listAliases(r -> r.keyId(other)).aliases().stream()
            .filter(a -> a.aliasName().equals("alias/app"))
            .findFirst()
            .orElseThrow();
    assertThat(alias.aliasArn()).isEqualTo("arn:aws:kms:us-west-2:111122223333:alias/app");
    assertThat(alias.targetKeyId()).isEqualTo(other);

    kms.deleteAlias(r -> r.aliasName("alias/app"));
    assertThatThrownBy(() -> kms.describeKey(r -> r.keyId("alias/app")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void tags_canBeAddedListedAndRemoved() {
    kms.tagResource(
        r -> r.keyId(keyId).tags(Tag.builder().tagKey("team").tagValue("payments").build()));
    assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags())
        .containsExactly(Tag.builder().tagKey("team").tagValue("payments").build());

    kms.untagResource(r -> r.keyId(keyId).tagKeys("team"));
    assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags()).isEmpty();
  }

  @Test
  void reservedTagPrefix_failsWithTagException() {
    assertThatThrownBy(
            () ->
                kms.tagResource(
                    r -> r.keyId(keyId).tags(Tag.builder().tagKey("aws:x").tagValue("v").build())))
        .isInstanceOf(software.amazon.awssdk.services.kms.model.TagException.class);
  }

  @Test
  void keyPolicy_canBeReplacedAndReadBack() {
    String policy =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Root\",\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
    kms.putKeyPolicy(r -> r.keyId(keyId).policyName("default").policy(policy));

    var read = kms.getKeyPolicy(r -> r.keyId(keyId).policyName("default"));
    assertThat(read.policy()).contains("\"Sid\":\"Root\"");
    assertThat(kms.listKeyPolicies(r -> r.keyId(keyId)).policyNames()).containsExactly("default");
  }

  @Test
  void malformedKeyPolicy_failsWithMalformedPolicyDocument() {
    assertThatThrownBy(
            () -> kms.putKeyPolicy(r -> r.keyId(keyId).policyName("default").policy("{not json")))
        .isInstanceOf(
            software.amazon.awssdk.services.kms.model.MalformedPolicyDocumentException.class);
  }

  @Test
  void grant_letsItsGranteeUseTheKeyUntilRevoked() {
    var grant =
        kms.createGrant(
            r ->
                r.keyId(keyId)
                    .granteePrincipal("arn:aws:iam::111122223333:user/bob")
                    .retiringPrincipal("arn:aws:iam::111122223333:user/test")
                    .operations(GrantOperation.ENCRYPT, GrantOperation.DECRYPT)
                    .name("bob-encrypt"));
    try (KmsClient bob = fixture.kms("AKIABOB", "bob-secret")) {
      bob.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("by grant")));

      GrantListEntry listed = kms.listGrants(r -> r.keyId(keyId)).grants().get(0);
      assertThat(listed.grantId()).isEqualTo(grant.grantId());
      assertThat(listed.granteePrincipal()).isEqualTo("arn:aws:iam::111122223333:user/bob");
      assertThat(listed.operations())
          .containsExactlyInAnyOrder(GrantOperation.ENCRYPT, GrantOperation.DECRYPT);
      assertThat(listed.issuingAccount()).isEqualTo("arn:aws:iam::111122223333:root");
      assertThat(
              kms.listRetirableGrants(
                      r -> r.retiringPrincipal("arn:aws:iam::111122223333:user/test"))
                  .grants())
          .extracting(GrantListEntry::grantId)
          .containsExactly(grant.grantId());

      kms.revokeGrant(r -> r.keyId(keyId).grantId(grant.grantId()));
      assertThatThrownBy(
              () -> bob.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("x"))))
          .isInstanceOfSatisfying(
              KmsException.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
    }
  }

  @Test
  void retireGrant_byToken_removesTheGrant() {
    var grant =
        kms.createGrant(
            r ->
                r.keyId(keyId)
                    .granteePrincipal("arn:aws:iam::111122223333:user/bob")
                    .operations(GrantOperation.DECRYPT)
                    .constraints(c -> c.encryptionContextSubset(Map.of("tenant", "a"))));

    kms.retireGrant(r -> r.grantToken(grant.grantToken()));

    assertThat(kms.listGrants(r -> r.keyId(keyId)).grants()).isEmpty();
  }

  @Test
  void rotation_canBeEnabledRunOnDemandListedAndDisabled() {
    kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(90));
    var status = kms.getKeyRotationStatus(r -> r.keyId(keyId));
    assertThat(status.keyRotationEnabled()).isTrue();
    assertThat(status.rotationPeriodInDays()).isEqualTo(90);
    assertThat(status.nextRotationDate()).isNotNull();

    kms.rotateKeyOnDemand(r -> r.keyId(keyId));
    assertThat(kms.listKeyRotations(r -> r.keyId(keyId)).rotations())
        .singleElement()
        .satisfies(rotation -> assertThat(rotation.rotationTypeAsString()).isEqualTo("ON_DEMAND"));

    kms.disableKeyRotation(r -> r.keyId(keyId));
    assertThat(kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled()).isFalse();
  }

  @Test
  void automaticRotation_happensWhenTheClockIsAdvanced() {
    kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(90));

    fixture.advanceDays(91);

    assertThat(kms.listKeyRotations(r -> r.keyId(keyId)).rotations())
        .singleElement()
        .satisfies(rotation -> assertThat(rotation.rotationTypeAsString()).isEqualTo("AUTOMATIC"));
  }

  @Test
  void importedKeyMaterial_makesAnExternalKeyUsableUntilDeleted() throws Exception {
    String external = kms.createKey(r -> r.origin("EXTERNAL")).keyMetadata().keyId();
    assertThat(kms.describeKey(r -> r.keyId(external)).keyMetadata().keyStateAsString())
        .isEqualTo("PendingImport");
    var params =
        kms.getParametersForImport(
            r ->
                r.keyId(external)
                    .wrappingAlgorithm("RSAES_OAEP_SHA_256")
                    .wrappingKeySpec("RSA_2048"));

    byte[] material = new byte[32];
    new SecureRandom().nextBytes(material);
    byte[] wrapped = wrap(params.publicKey().asByteArray(), material);
    kms.importKeyMaterial(
        r ->
            r.keyId(external)
                .importToken(params.importToken())
                .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
                .expirationModel("KEY_MATERIAL_DOES_NOT_EXPIRE"));
    assertThat(kms.describeKey(r -> r.keyId(external)).keyMetadata().keyStateAsString())
        .isEqualTo("Enabled");
    kms.encrypt(r -> r.keyId(external).plaintext(SdkBytes.fromUtf8String("imported")));

    kms.deleteImportedKeyMaterial(r -> r.keyId(external));
    assertThat(kms.describeKey(r -> r.keyId(external)).keyMetadata().keyStateAsString())
        .isEqualTo("PendingImport");
  }

  private static byte[] wrap(byte[] publicKeyDer, byte[] material) throws Exception {
    PublicKey key =
        KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(publicKeyDer));
    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
    cipher.init(
        Cipher.ENCRYPT_MODE,
        key,
        new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    return cipher.doFinal(material);
  }
}
