package io.atrest.engine.kms;

/**
 * The KMS API operations the engine serves, with the facts the audit trail and authorization need:
 * the IAM action, and whether CloudTrail marks the event {@code readOnly} [KMS-CT].
 */
public enum KmsOperation {
  CancelKeyDeletion(false),
  CreateAlias(false),
  CreateGrant(false),
  CreateKey(false),
  Decrypt(true),
  DeleteAlias(false),
  DeleteImportedKeyMaterial(false),
  DescribeKey(true),
  DisableKey(false),
  DisableKeyRotation(false),
  EnableKey(false),
  EnableKeyRotation(false),
  Encrypt(true),
  GenerateDataKey(true),
  GenerateDataKeyWithoutPlaintext(true),
  GenerateMac(true),
  GenerateRandom(true),
  GetKeyPolicy(true),
  GetKeyRotationStatus(true),
  GetParametersForImport(true),
  GetPublicKey(true),
  ImportKeyMaterial(false),
  ListAliases(true),
  ListGrants(true),
  ListKeyPolicies(true),
  ListKeyRotations(true),
  ListKeys(true),
  ListResourceTags(true),
  ListRetirableGrants(true),
  PutKeyPolicy(false),
  ReEncrypt(true),
  RetireGrant(false),
  RevokeGrant(false),
  RotateKeyOnDemand(false),
  ScheduleKeyDeletion(false),
  Sign(true),
  TagResource(false),
  UntagResource(false),
  UpdateAlias(false),
  UpdateKeyDescription(false),
  Verify(true),
  VerifyMac(true);

  private final boolean readOnly;
  // Made once: every call asks, and a fresh string is also hashed again wherever it is looked up.
  private final String action;

  KmsOperation(boolean readOnly) {
    this.readOnly = readOnly;
    this.action = "kms:" + name();
  }

  /** The IAM action, such as {@code kms:Decrypt}. */
  public String action() {
    return action;
  }

  public boolean readOnly() {
    return readOnly;
  }
}
