package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.ImportState;
import software.amazon.awssdk.services.kms.model.ImportType;
import software.amazon.awssdk.services.kms.model.IncludeKeyMaterial;
import software.amazon.awssdk.services.kms.model.KeyMaterialState;
import software.amazon.awssdk.services.kms.model.RotationsListEntry;

/**
 * ImportType, KeyMaterialDescription and KeyMaterialId of ImportKeyMaterial and
 * DeleteImportedKeyMaterial, and the imported materials ListKeyRotations reports, as the AWS SDK
 * writes and reads them.
 */
class ImportedKeyRotationWireTest {

  @TempDir Path dir;
  private ServerFixture fixture;
  private KmsClient kms;
  private String keyId;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dir);
    kms = fixture.kms();
    keyId = kms.createKey(r -> r.origin("EXTERNAL")).keyMetadata().keyId();
  }

  @AfterEach
  void stop() {
    kms.close();
    fixture.close();
  }

  private String importMaterial(ImportType type, String description) throws Exception {
    var params =
        kms.getParametersForImport(
            r ->
                r.keyId(keyId).wrappingAlgorithm("RSAES_OAEP_SHA_256").wrappingKeySpec("RSA_2048"));
    byte[] material = new byte[32];
    new SecureRandom().nextBytes(material);
    PublicKey rsa =
        KeyFactory.getInstance("RSA")
            .generatePublic(new X509EncodedKeySpec(params.publicKey().asByteArray()));
    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
    cipher.init(
        Cipher.ENCRYPT_MODE,
        rsa,
        new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    byte[] wrapped = cipher.doFinal(material);
    return kms.importKeyMaterial(
            r ->
                r.keyId(keyId)
                    .importToken(params.importToken())
                    .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
                    .expirationModel("KEY_MATERIAL_DOES_NOT_EXPIRE")
                    .importType(type)
                    .keyMaterialDescription(description))
        .keyMaterialId();
  }

  @Test
  void newMaterial_isRotatedInOnDemandAndDeletedById() throws Exception {
    String firstId = importMaterial(ImportType.NEW_KEY_MATERIAL, "first");
    String secondId = importMaterial(ImportType.NEW_KEY_MATERIAL, "second");

    assertThat(
            kms.listKeyRotations(
                    r -> r.keyId(keyId).includeKeyMaterial(IncludeKeyMaterial.ALL_KEY_MATERIAL))
                .rotations())
        .extracting(
            RotationsListEntry::keyMaterialState, RotationsListEntry::keyMaterialDescription)
        .containsExactly(
            tuple(KeyMaterialState.CURRENT, "first"),
            tuple(KeyMaterialState.PENDING_ROTATION, "second"));

    kms.rotateKeyOnDemand(r -> r.keyId(keyId));
    assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().currentKeyMaterialId())
        .isEqualTo(secondId);

    var deleted = kms.deleteImportedKeyMaterial(r -> r.keyId(keyId).keyMaterialId(firstId));
    assertThat(deleted.keyMaterialId()).isEqualTo(firstId);
    assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyStateAsString())
        .isEqualTo("PendingImport");
    assertThat(kms.listKeyRotations(r -> r.keyId(keyId)).rotations())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.keyMaterialId()).isEqualTo(secondId);
              assertThat(e.importState()).isEqualTo(ImportState.IMPORTED);
            });
  }
}
