package io.atrest.engine.table.sse;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.table.crypto.SymmetricKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KMS operations DynamoDB performs for encryption at rest, as the table store needs them.
 * Callers are already shaped the way DynamoDB calls KMS ({@link Caller#via} for calls on a
 * principal's behalf, {@link Caller#service} for DynamoDB's own calls). Refusals surface as the
 * KMS's own {@code KmsException}s, which the store translates into DynamoDB errors.
 */
public interface TableKeyKms {

  /** DescribeKey of an id, key ARN, alias name or alias ARN. */
  KmsKeyInfo describeKey(Caller caller, String keyId);

  /** The AWS managed key {@code aws/dynamodb} of the caller's account, created on first use. */
  KmsKeyInfo awsManagedKey(Caller caller);

  /** CreateGrant; returns the grant id. */
  String createGrant(
      Caller caller,
      String keyArn,
      String granteePrincipal,
      String retiringPrincipal,
      List<String> operations,
      Map<String, String> encryptionContextSubset);

  /** GenerateDataKey with {@code KeySpec AES_256}. */
  GeneratedKey generateDataKey(Caller caller, String keyArn, Map<String, String> encryptionContext);

  /** Decrypt of a table key blob. */
  SymmetricKey decrypt(
      Caller caller, String keyArn, byte[] ciphertextBlob, Map<String, String> encryptionContext);

  /** RetireGrant by key and grant id. */
  void retireGrant(Caller caller, String keyArn, String grantId);

  /** A new table key under the AWS owned key; no KMS call in the customer's account. */
  GeneratedKey generateOwnedTableKey(Map<String, String> encryptionContext);

  /** Opens a table key sealed under the AWS owned key. */
  SymmetricKey decryptOwnedTableKey(byte[] ciphertextBlob, Map<String, String> encryptionContext);

  /**
   * The IAM this KMS authorizes against: DynamoDB, in the same partition, authorizes its own
   * requests against it too. Empty for a KMS without one (a test double), whose table store is then
   * given its {@code TableAuthorizer} explicitly.
   */
  default Optional<IamRegistry> iam() {
    return Optional.empty();
  }
}
