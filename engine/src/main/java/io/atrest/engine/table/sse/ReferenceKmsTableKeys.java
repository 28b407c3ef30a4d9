package io.atrest.engine.table.sse;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.kms.KeyMetadata;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.GenerateDataKeyRequest;
import io.atrest.engine.kms.api.GenerateDataKeyResult;
import io.atrest.engine.kms.api.RetireGrantRequest;
import io.atrest.engine.kms.grant.GrantConstraints;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.engine.table.crypto.SymmetricKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link TableKeyKms} on the reference KMS: every call goes through its public API, so key
 * policies, grants, key states and the audit trail apply exactly as to any other KMS client.
 */
public final class ReferenceKmsTableKeys implements TableKeyKms {
  private static final String SERVICE = "dynamodb";
  private final ReferenceKms kms;

  public ReferenceKmsTableKeys(ReferenceKms kms) {
    this.kms = kms;
  }

  @Override
  public KmsKeyInfo describeKey(Caller caller, String keyId) {
    return info(kms.describeKey(DescribeKeyRequest.of(caller, keyId)).keyMetadata());
  }

  @Override
  public KmsKeyInfo awsManagedKey(Caller caller) {
    String account =
        caller.account().orElseThrow(() -> new IllegalArgumentException("caller has no account"));
    KeyMetadata managed = kms.awsManagedKey(SERVICE, account);
    return describeKey(caller, managed.arn());
  }

  @Override
  public String createGrant(
      Caller caller,
      String keyArn,
      String granteePrincipal,
      String retiringPrincipal,
      List<String> operations,
      Map<String, String> encryptionContextSubset) {
    CreateGrantRequest request =
        new CreateGrantRequest(
            caller,
            keyArn,
            granteePrincipal,
            Optional.of(retiringPrincipal),
            operations.stream().map(GrantOperation::valueOf).toList(),
            Optional.of(GrantConstraints.subsetOf(encryptionContextSubset)),
            List.of(),
            Optional.empty(),
            false);
    return kms.createGrant(request).grantId();
  }

  @Override
  public GeneratedKey generateDataKey(
      Caller caller, String keyArn, Map<String, String> encryptionContext) {
    GenerateDataKeyResult r =
        kms.generateDataKey(
            GenerateDataKeyRequest.aes256(caller, keyArn, EncryptionContext.of(encryptionContext)));
    return new GeneratedKey(toKey(r.plaintext().orElseThrow()), r.ciphertextBlob());
  }

  @Override
  public SymmetricKey decrypt(
      Caller caller, String keyArn, byte[] blob, Map<String, String> encryptionContext) {
    return toKey(
        kms.decrypt(DecryptRequest.of(caller, blob, EncryptionContext.of(encryptionContext)))
            .plaintext());
  }

  @Override
  public void retireGrant(Caller caller, String keyArn, String grantId) {
    kms.retireGrant(RetireGrantRequest.byId(caller, keyArn, grantId));
  }

  @Override
  public GeneratedKey generateOwnedTableKey(Map<String, String> encryptionContext) {
    var generated =
        kms.awsOwnedKey(SERVICE)
            .generateDataKey(
                EncryptionContext.of(encryptionContext), io.atrest.engine.kms.DataKeySpec.AES_256);
    return new GeneratedKey(toKey(generated.plaintext()), generated.ciphertextBlob());
  }

  @Override
  public SymmetricKey decryptOwnedTableKey(byte[] blob, Map<String, String> encryptionContext) {
    return toKey(kms.awsOwnedKey(SERVICE).decrypt(blob, EncryptionContext.of(encryptionContext)));
  }

  @Override
  public Optional<IamRegistry> iam() {
    return Optional.of(kms.iam());
  }

  private static KmsKeyInfo info(KeyMetadata m) {
    boolean symmetric = m.keySpec() == KeySpec.SYMMETRIC_DEFAULT;
    return new KmsKeyInfo(m.arn(), symmetric, m.keyState().toString());
  }

  private static SymmetricKey toKey(SecretBytes secret) {
    byte[] raw = secret.toByteArray();
    try {
      return SymmetricKey.of(raw);
    } finally {
      java.util.Arrays.fill(raw, (byte) 0);
    }
  }
}
