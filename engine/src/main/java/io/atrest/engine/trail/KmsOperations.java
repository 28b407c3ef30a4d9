package io.atrest.engine.trail;

import java.util.Set;

/**
 * How CloudTrail records each AWS KMS operation, as the KMS developer guide's log examples show it:
 * whether the record is {@code readOnly}, whether its {@code responseElements} is always {@code
 * null} (cryptographic outputs are never logged), and which operations only KMS itself performs
 * ({@link EventType#AWS_SERVICE_EVENT}). The KMS event JSON Schema encodes the same lists; a test
 * keeps the two in step.
 */
public final class KmsOperations {

  // The examples show readOnly: true for the crypto operations, DescribeKey, GetKeyPolicy,
  // GetParametersForImport, ListAliases, ListGrants and DescribeCustomKeyStores; the other
  // Get/List/Describe calls are inferred to follow them.
  private static final Set<String> READ_ONLY =
      Set.of(
          "Decrypt",
          "Encrypt",
          "GenerateDataKey",
          "GenerateDataKeyWithoutPlaintext",
          "GenerateDataKeyPair",
          "GenerateDataKeyPairWithoutPlaintext",
          "ReEncrypt",
          "Sign",
          "Verify",
          "GenerateMac",
          "VerifyMac",
          "GenerateRandom",
          "DeriveSharedSecret",
          "DescribeKey",
          "GetKeyPolicy",
          "GetKeyRotationStatus",
          "GetParametersForImport",
          "GetPublicKey",
          "ListAliases",
          "ListGrants",
          "ListKeys",
          "ListKeyPolicies",
          "ListKeyRotations",
          "ListResourceTags",
          "ListRetirableGrants",
          "DescribeCustomKeyStores");

  private static final Set<String> WRITES =
      Set.of(
          "CreateKey",
          "CreateAlias",
          "UpdateAlias",
          "DeleteAlias",
          "CreateGrant",
          "RetireGrant",
          "RevokeGrant",
          "PutKeyPolicy",
          "EnableKey",
          "DisableKey",
          "EnableKeyRotation",
          "DisableKeyRotation",
          "RotateKeyOnDemand",
          "ScheduleKeyDeletion",
          "CancelKeyDeletion",
          "ImportKeyMaterial",
          "DeleteImportedKeyMaterial",
          "TagResource",
          "UntagResource",
          "UpdateKeyDescription",
          "ReplicateKey",
          "UpdatePrimaryRegion",
          "SynchronizeMultiRegionKey",
          "CreateCustomKeyStore",
          "UpdateCustomKeyStore",
          "DeleteCustomKeyStore",
          "ConnectCustomKeyStore",
          "DisconnectCustomKeyStore",
          "RotateKey",
          "DeleteKey",
          "DeleteExpiredKeyMaterial");

  private static final Set<String> NULL_RESPONSE =
      Set.of(
          "Encrypt",
          "Decrypt",
          "ReEncrypt",
          "GenerateDataKey",
          "GenerateDataKeyWithoutPlaintext",
          "GenerateDataKeyPair",
          "GenerateDataKeyPairWithoutPlaintext",
          "GenerateRandom",
          "Sign",
          "Verify",
          "GenerateMac",
          "VerifyMac");

  // Automatic rotation, the end of a deletion wait, expiry of imported material: KMS acts alone.
  private static final Set<String> SERVICE_EVENTS =
      Set.of("RotateKey", "DeleteKey", "DeleteExpiredKeyMaterial");

  private KmsOperations() {}

  /** Every KMS event name CloudTrail can record. */
  public static Set<String> all() {
    return union(READ_ONLY, WRITES);
  }

  /**
   * The {@code readOnly} value of {@code eventName}'s records.
   *
   * @throws IllegalArgumentException naming an operation KMS does not have
   */
  public static boolean isReadOnly(String eventName) {
    if (READ_ONLY.contains(eventName)) {
      return true;
    }
    if (WRITES.contains(eventName)) {
      return false;
    }
    throw new IllegalArgumentException("`" + eventName + "` is not an AWS KMS operation");
  }

  /** Whether {@code eventName} is logged with {@code "responseElements": null} even on success. */
  public static boolean logsNullResponse(String eventName) {
    requireKnown(eventName);
    return NULL_RESPONSE.contains(eventName);
  }

  /** Whether {@code eventName} is an action KMS takes by itself, logged as an AwsServiceEvent. */
  public static boolean isServiceEvent(String eventName) {
    requireKnown(eventName);
    return SERVICE_EVENTS.contains(eventName);
  }

  private static void requireKnown(String eventName) {
    isReadOnly(eventName);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
