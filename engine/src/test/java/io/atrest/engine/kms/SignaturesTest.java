package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.EncryptRequest;
import io.atrest.engine.kms.api.GetPublicKeyRequest;
import io.atrest.engine.kms.api.GetPublicKeyResult;
import io.atrest.engine.kms.api.ScheduleKeyDeletionRequest;
import io.atrest.engine.kms.api.SignRequest;
import io.atrest.engine.kms.api.VerifyRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.DisabledException;
import io.atrest.engine.kms.error.DryRunOperationException;
import io.atrest.engine.kms.error.InvalidKeyUsageException;
import io.atrest.engine.kms.error.KmsInvalidSignatureException;
import io.atrest.engine.kms.error.KmsInvalidStateException;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.engine.store.InMemoryKmsStore;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.policy.Outcome;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignaturesTest {

  private static final byte[] MESSAGE = "pay 10 EUR to bob".getBytes(StandardCharsets.UTF_8);

  private final InMemoryKmsStore store = new InMemoryKmsStore();
  private final KmsTestbed bed = new KmsTestbed(store);

  private KeyMetadata key(KeySpec spec, KeyUsage usage) {
    return bed.kms
        .createKey(CreateKeyRequest.symmetric(bed.caller(bed.alice)).withSpec(spec, usage))
        .keyMetadata();
  }

  private KeyMetadata signingKey(KeySpec spec) {
    return key(spec, KeyUsage.SIGN_VERIFY);
  }

  private byte[] sign(KeyMetadata key, SigningAlgorithm algorithm) {
    return bed.kms
        .sign(SignRequest.of(bed.caller(bed.alice), key.keyId(), MESSAGE, algorithm))
        .signature();
  }

  private PublicKey publicKey(KeyMetadata key, String algorithm) throws Exception {
    GetPublicKeyResult result =
        bed.kms.getPublicKey(GetPublicKeyRequest.of(bed.caller(bed.alice), key.keyId()));
    return KeyFactory.getInstance(algorithm, new BouncyCastleProvider())
        .generatePublic(new X509EncodedKeySpec(result.publicKey()));
  }

  @ParameterizedTest
  @CsvSource({
    "RSA_2048, RSASSA_PKCS1_V1_5_SHA_256, SHA256withRSA",
    "RSA_2048, RSASSA_PKCS1_V1_5_SHA_384, SHA384withRSA",
    "RSA_2048, RSASSA_PKCS1_V1_5_SHA_512, SHA512withRSA",
    "RSA_2048, RSASSA_PSS_SHA_256, SHA-256",
    "RSA_2048, RSASSA_PSS_SHA_384, SHA-384",
    "RSA_3072, RSASSA_PSS_SHA_512, SHA-512",
    "ECC_NIST_P256, ECDSA_SHA_256, SHA256withECDSA",
    "ECC_NIST_P384, ECDSA_SHA_384, SHA384withECDSA",
    "ECC_NIST_P521, ECDSA_SHA_512, SHA512withECDSA",
    "ECC_SECG_P256K1, ECDSA_SHA_256, SHA256withECDSA"
  })
  void signature_verifiesWithThePublicKeyThroughPlainJca(
      KeySpec spec, SigningAlgorithm algorithm, String jca) throws Exception {
    KeyMetadata key = signingKey(spec);
    byte[] signature = sign(key, algorithm);
    boolean rsa = spec.name().startsWith("RSA");
    PublicKey publicKey = publicKey(key, rsa ? "RSA" : "EC");
    // The JDK verifies all but secp256k1, which only BouncyCastle has.
    Signature verifier =
        spec == KeySpec.ECC_SECG_P256K1
            ? Signature.getInstance(jca, new BouncyCastleProvider())
            : Signature.getInstance(jca.startsWith("SHA-") ? "RSASSA-PSS" : jca);
    if (jca.startsWith("SHA-")) {
      verifier.setParameter(
          new PSSParameterSpec(
              jca, "MGF1", new MGF1ParameterSpec(jca), algorithm.digestLength(), 1));
    }
    verifier.initVerify(publicKey);
    verifier.update(MESSAGE);
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void rsa4096Signature_verifiesThroughKms() {
    KeyMetadata key = signingKey(KeySpec.RSA_4096);
    byte[] signature = sign(key, SigningAlgorithm.RSASSA_PKCS1_V1_5_SHA_512);
    assertThat(signature).hasSize(512);
    assertThat(
            bed.kms
                .verify(
                    VerifyRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        MESSAGE,
                        signature,
                        SigningAlgorithm.RSASSA_PKCS1_V1_5_SHA_512))
                .signatureValid())
        .isTrue();
  }

  @Test
  void jcaSignatureWithTheKeysPrivateKey_verifiesThroughKms() throws Exception {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    KeyPair pair =
        KeySecrets.keyPair(key.keySpec(), store.privateMaterial(key.keyId()).orElseThrow());
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(pair.getPrivate());
    signer.update(MESSAGE);
    byte[] outside = signer.sign();
    assertThat(
            bed.kms
                .verify(
                    VerifyRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        MESSAGE,
                        outside,
                        SigningAlgorithm.ECDSA_SHA_256))
                .signatureValid())
        .isTrue();
  }

  @Test
  void jcaSignatureWithAnotherKey_failsKmsVerify() throws Exception {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(generator.generateKeyPair().getPrivate());
    signer.update(MESSAGE);
    byte[] outside = signer.sign();
    assertThatThrownBy(
            () ->
                bed.kms.verify(
                    VerifyRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        MESSAGE,
                        outside,
                        SigningAlgorithm.ECDSA_SHA_256)))
        .isInstanceOf(KmsInvalidSignatureException.class)
        .hasMessage("");
  }

  @Test
  void changedMessage_failsVerifyAndIsRecordedWithTheErrorCode() {
    KeyMetadata key = signingKey(KeySpec.RSA_2048);
    byte[] signature = sign(key, SigningAlgorithm.RSASSA_PSS_SHA_256);
    byte[] changed = "pay 99 EUR to bob".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                bed.kms.verify(
                    VerifyRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        changed,
                        signature,
                        SigningAlgorithm.RSASSA_PSS_SHA_256)))
        .isInstanceOf(KmsInvalidSignatureException.class);
    assertThat(bed.lastEvent("Verify").errorCode()).contains("KMSInvalidSignatureException");
  }

  @Test
  void malformedSignature_isInvalidNotAnError() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P384);
    assertThatThrownBy(
            () ->
                bed.kms.verify(
                    VerifyRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        MESSAGE,
                        new byte[] {1, 2, 3},
                        SigningAlgorithm.ECDSA_SHA_384)))
        .isInstanceOf(KmsInvalidSignatureException.class);
  }

  @Test
  void digestMessage_signsTheSameAsTheRawMessage() throws Exception {
    KeyMetadata key = signingKey(KeySpec.RSA_2048);
    byte[] digest = MessageDigest.getInstance("SHA-384").digest(MESSAGE);
    byte[] signature =
        bed.kms
            .sign(
                SignRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        digest,
                        SigningAlgorithm.RSASSA_PKCS1_V1_5_SHA_384)
                    .withMessageType(MessageType.DIGEST))
            .signature();
    // PKCS #1 v1.5 is deterministic: signing the digest equals signing the message.
    assertThat(signature).isEqualTo(sign(key, SigningAlgorithm.RSASSA_PKCS1_V1_5_SHA_384));
  }

  @Test
  void digestPssSignature_verifiesAgainstTheRawMessage() {
    KeyMetadata key = signingKey(KeySpec.RSA_2048);
    byte[] digest = sha256(MESSAGE);
    byte[] signature =
        bed.kms
            .sign(
                SignRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        digest,
                        SigningAlgorithm.RSASSA_PSS_SHA_256)
                    .withMessageType(MessageType.DIGEST))
            .signature();
    assertThat(
            bed.kms
                .verify(
                    VerifyRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        MESSAGE,
                        signature,
                        SigningAlgorithm.RSASSA_PSS_SHA_256))
                .signatureValid())
        .isTrue();
  }

  @Test
  void digestOfTheWrongLength_isRefusedWithAwsMessage() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    assertThatThrownBy(
            () ->
                bed.kms.sign(
                    SignRequest.of(
                            bed.caller(bed.alice),
                            key.keyId(),
                            new byte[20],
                            SigningAlgorithm.ECDSA_SHA_256)
                        .withMessageType(MessageType.DIGEST)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Digest is invalid length for algorithm ECDSA_SHA_256.");
  }

  @Test
  void externalMu_isRefusedForEcdsa() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    assertThatThrownBy(
            () ->
                bed.kms.sign(
                    SignRequest.of(
                            bed.caller(bed.alice),
                            key.keyId(),
                            new byte[64],
                            SigningAlgorithm.ECDSA_SHA_256)
                        .withMessageType(MessageType.EXTERNAL_MU)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Message type EXTERNAL_MU is incompatible with algorithm ECDSA_SHA_256.");
  }

  @Test
  void messageOver4096Bytes_isRefused() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    assertThatThrownBy(
            () ->
                bed.kms.sign(
                    SignRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        new byte[4097],
                        SigningAlgorithm.ECDSA_SHA_256)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value at 'message' failed to satisfy constraint: Member"
                + " must have length less than or equal to 4096");
  }

  @Test
  void emptySignature_isRefused() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    assertThatThrownBy(
            () ->
                bed.kms.verify(
                    VerifyRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        MESSAGE,
                        new byte[0],
                        SigningAlgorithm.ECDSA_SHA_256)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Value at 'signature'")
        .hasMessageContaining("greater than or equal to 1");
  }

  @Test
  void algorithmOfAnotherCurve_isInvalidKeyUsage() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    assertThatThrownBy(() -> sign(key, SigningAlgorithm.ECDSA_SHA_384))
        .isInstanceOf(InvalidKeyUsageException.class)
        .hasMessage("Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256.");
  }

  @Test
  void signWithSymmetricKey_isInvalidKeyUsage() {
    KeyMetadata key = bed.newKey();
    assertThatThrownBy(() -> sign(key, SigningAlgorithm.RSASSA_PSS_SHA_256))
        .isInstanceOf(InvalidKeyUsageException.class)
        .hasMessage(key.arn() + " key usage is ENCRYPT_DECRYPT which is not valid for Sign.");
  }

  @Test
  void verifyWithRsaEncryptionKey_isInvalidKeyUsage() {
    KeyMetadata key = key(KeySpec.RSA_2048, KeyUsage.ENCRYPT_DECRYPT);
    assertThatThrownBy(
            () ->
                bed.kms.verify(
                    VerifyRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        MESSAGE,
                        new byte[256],
                        SigningAlgorithm.RSASSA_PSS_SHA_256)))
        .isInstanceOf(InvalidKeyUsageException.class)
        .hasMessage(key.arn() + " key usage is ENCRYPT_DECRYPT which is not valid for Verify.");
  }

  @Test
  void encryptWithRsaSigningKey_isInvalidKeyUsage() {
    KeyMetadata key = signingKey(KeySpec.RSA_2048);
    assertThatThrownBy(
            () ->
                bed.kms.encrypt(
                    EncryptRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        KmsTestbed.secret("x"),
                        EncryptionContext.empty())))
        .isInstanceOf(InvalidKeyUsageException.class)
        .hasMessage(key.arn() + " key usage is SIGN_VERIFY which is not valid for Encrypt.");
  }

  @Test
  void signWithDisabledKey_isDisabledException() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    bed.kms.disableKey(DisableKeyRequest.of(bed.caller(bed.alice), key.keyId()));
    assertThatThrownBy(() -> sign(key, SigningAlgorithm.ECDSA_SHA_256))
        .isInstanceOf(DisabledException.class)
        .hasMessage(key.arn() + " is disabled.");
  }

  @Test
  void getPublicKeyOfKeyPendingDeletion_isInvalidState() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    bed.kms.scheduleKeyDeletion(
        ScheduleKeyDeletionRequest.of(bed.caller(bed.alice), key.keyId(), 7));
    assertThatThrownBy(
            () -> bed.kms.getPublicKey(GetPublicKeyRequest.of(bed.caller(bed.alice), key.keyId())))
        .isInstanceOf(KmsInvalidStateException.class)
        .hasMessage(key.arn() + " is pending deletion.");
  }

  @Test
  void signWithoutPermission_isDeniedWithTheDecision() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    AccessDeniedException denied =
        org.junit.jupiter.api.Assertions.assertThrows(
            AccessDeniedException.class,
            () ->
                bed.kms.sign(
                    SignRequest.of(
                        bed.caller(bed.bob),
                        key.keyId(),
                        MESSAGE,
                        SigningAlgorithm.ECDSA_SHA_256)));
    assertThat(denied).hasMessageContaining("kms:Sign on resource: " + key.arn());
    assertThat(denied.decision().outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(denied.decision().reasons())
        .anyMatch(r -> r.message().contains("no grant of the key allows Sign"));
  }

  @Test
  void grantForSign_letsTheGranteeSignButNotVerify() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    bed.kms.createGrant(
        CreateGrantRequest.of(
            bed.caller(bed.alice), key.keyId(), bed.bob.arn(), List.of(GrantOperation.Sign)));
    byte[] signature =
        bed.kms
            .sign(
                SignRequest.of(
                    bed.caller(bed.bob), key.keyId(), MESSAGE, SigningAlgorithm.ECDSA_SHA_256))
            .signature();
    assertThatThrownBy(
            () ->
                bed.kms.verify(
                    VerifyRequest.of(
                        bed.caller(bed.bob),
                        key.keyId(),
                        MESSAGE,
                        signature,
                        SigningAlgorithm.ECDSA_SHA_256)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("kms:Verify");
  }

  @Test
  void keyPolicyCondition_onSigningAlgorithm_isEnforced() {
    String denyPkcs1 =
        "{\"Sid\":\"PssOnly\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:Sign\","
            + "\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":"
            + "{\"kms:SigningAlgorithm\":\"RSASSA_PSS_SHA_256\"}}}";
    KeyMetadata key =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.caller(bed.alice))
                    .withSpec(KeySpec.RSA_2048, KeyUsage.SIGN_VERIFY)
                    .withPolicy(KmsTestbed.keyPolicy(denyPkcs1)))
            .keyMetadata();
    assertThat(sign(key, SigningAlgorithm.RSASSA_PSS_SHA_256)).hasSize(256);
    AccessDeniedException denied =
        org.junit.jupiter.api.Assertions.assertThrows(
            AccessDeniedException.class,
            () -> sign(key, SigningAlgorithm.RSASSA_PKCS1_V1_5_SHA_256));
    assertThat(denied.decision().outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
    assertThat(denied.decision().determining()).anyMatch(r -> r.statement().contains("PssOnly"));
  }

  @Test
  void dryRun_checksWithoutSigning() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    assertThatThrownBy(
            () ->
                bed.kms.sign(
                    SignRequest.of(
                            bed.caller(bed.alice),
                            key.keyId(),
                            MESSAGE,
                            SigningAlgorithm.ECDSA_SHA_256)
                        .asDryRun()))
        .isInstanceOf(DryRunOperationException.class);
  }

  @Test
  void signEvent_logsKeyIdAlgorithmAndMessageType_neverTheMessage() {
    KeyMetadata key = signingKey(KeySpec.ECC_NIST_P256);
    sign(key, SigningAlgorithm.ECDSA_SHA_256);
    TrailEvent event = bed.lastEvent("Sign");
    assertThat(event.requestParameters().orElseThrow().toString())
        .isEqualTo(
            "{\"keyId\":\""
                + key.keyId()
                + "\",\"signingAlgorithm\":\"ECDSA_SHA_256\",\"messageType\":\"RAW\"}");
    assertThat(event.responseElements()).isEmpty();
    assertThat(event.toJson().get("responseElements").isNull()).isTrue();
    assertThat(event.readOnly()).contains(true);
    assertThat(event.resourceArns("AWS::KMS::Key")).containsExactly(key.arn());
  }

  @Test
  void getPublicKey_describesARsaSigningKey() {
    KeyMetadata key = signingKey(KeySpec.RSA_2048);
    GetPublicKeyResult result =
        bed.kms.getPublicKey(GetPublicKeyRequest.of(bed.caller(bed.alice), key.arn()));
    assertThat(result.keyId()).isEqualTo(key.arn());
    assertThat(result.keySpec()).isEqualTo(KeySpec.RSA_2048);
    assertThat(result.keyUsage()).isEqualTo(KeyUsage.SIGN_VERIFY);
    assertThat(result.signingAlgorithms()).hasSize(6);
    assertThat(result.encryptionAlgorithms()).isEmpty();
    assertThat(bed.lastEvent("GetPublicKey").requestParameters().orElseThrow().toString())
        .isEqualTo("{\"keyId\":\"" + key.arn() + "\"}");
  }

  @Test
  void getPublicKeyOfRsaEncryptionKey_listsEncryptionAlgorithms() {
    KeyMetadata key = key(KeySpec.RSA_2048, KeyUsage.ENCRYPT_DECRYPT);
    GetPublicKeyResult result =
        bed.kms.getPublicKey(GetPublicKeyRequest.of(bed.caller(bed.alice), key.keyId()));
    assertThat(result.encryptionAlgorithms())
        .containsExactly("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
    assertThat(result.signingAlgorithms()).isEmpty();
  }

  @Test
  void getPublicKeyOfSymmetricKey_isUnsupported() {
    KeyMetadata key = bed.newKey();
    assertThatThrownBy(
            () -> bed.kms.getPublicKey(GetPublicKeyRequest.of(bed.caller(bed.alice), key.keyId())))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage(
            key.arn() + " key usage is ENCRYPT_DECRYPT which is not valid for GetPublicKey.");
  }

  private static byte[] sha256(byte[] message) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(message);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
