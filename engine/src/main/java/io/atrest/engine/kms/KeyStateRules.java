package io.atrest.engine.kms;

import io.atrest.engine.kms.error.DisabledException;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.kms.error.KmsInvalidStateException;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import java.util.Optional;

/**
 * The key-state table of the KMS developer guide ("Key states of AWS KMS keys"): which operation
 * may run in which key state, and the exact refusal otherwise. Footnotes are cited as [n] as in
 * AWS-FACTS.md.
 *
 * <p>Where the guide allows "[2] or [3]" for a cryptographic operation on a PendingDeletion key,
 * the engine answers [3], {@code KMSInvalidStateException: <arn> is pending deletion.}: that is
 * what the real service returns (recorded GenerateDataKey on a PendingDeletion key), and what the
 * exception's description (state incompatible with the operation) says.
 */
public final class KeyStateRules {

  private KeyStateRules() {}

  /**
   * Throws the table's refusal for {@code op} on {@code key}, or returns when the state allows it.
   */
  public static void require(KmsOperation op, KeyRecord key) {
    Optional<KmsException> refusal = refusal(op, key.state(), key.origin(), key.arn());
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }

  /** The refusal for {@code op} on a key in {@code state}, empty when the table allows it. */
  public static Optional<KmsException> refusal(
      KmsOperation op, KeyState state, Origin origin, String arn) {
    return Optional.ofNullable(
        switch (op) {
          case DescribeKey,
              GetKeyPolicy,
              PutKeyPolicy,
              ListGrants,
              ListKeyPolicies,
              ListResourceTags,
              ListAliases,
              RetireGrant,
              RevokeGrant,
              DeleteAlias,
              ListKeyRotations ->
              null;
          case Encrypt, Decrypt, ReEncrypt, GenerateDataKey, GenerateDataKeyWithoutPlaintext ->
              cryptographic(state, arn);
          // The table marks PendingImport and Unavailable "N/A" for these (no asymmetric or HMAC
          // key is imported or in a custom key store here); should one be, the crypto row applies.
          case Sign, Verify, GetPublicKey, GenerateMac, VerifyMac -> cryptographic(state, arn);
          case CreateGrant -> state == KeyState.UNAVAILABLE ? null : cryptographic(state, arn);
          case CreateAlias, TagResource, UntagResource, UpdateKeyDescription, UpdateAlias ->
              pendingDeletionRefused(state, arn);
          case EnableKey, DisableKey -> enableDisable(state, arn);
          case ScheduleKeyDeletion -> scheduleDeletion(state, arn);
          case CancelKeyDeletion ->
              isPendingDeletion(state)
                  ? null
                  : new KmsInvalidStateException(arn + " is not pending deletion.");
          case EnableKeyRotation, DisableKeyRotation -> rotation(state, origin, arn);
          case RotateKeyOnDemand -> onDemand(state, origin, arn);
          case GetKeyRotationStatus -> rotationStatus(state, origin, arn);
          case GetParametersForImport, ImportKeyMaterial -> importing(op, state, origin, arn);
          case DeleteImportedKeyMaterial -> deleteImported(state, origin, arn);
          case CreateKey, GenerateRandom, ListKeys, ListRetirableGrants -> null;
        });
  }

  private static boolean isPendingDeletion(KeyState state) {
    return state == KeyState.PENDING_DELETION || state == KeyState.PENDING_REPLICA_DELETION;
  }

  private static KmsException cryptographic(KeyState state, String arn) {
    return switch (state) {
      case ENABLED, UPDATING -> null;
      case DISABLED -> new DisabledException(arn + " is disabled.");
      case PENDING_DELETION, PENDING_REPLICA_DELETION -> pendingDeletion(arn);
      case PENDING_IMPORT -> new KmsInvalidStateException(arn + " is pending import.");
      case UNAVAILABLE -> new KmsInvalidStateException(arn + " is unavailable.");
      case CREATING -> new KmsInvalidStateException(arn + " is creating.");
    };
  }

  private static KmsException pendingDeletionRefused(KeyState state, String arn) {
    return isPendingDeletion(state) ? pendingDeletion(arn) : null;
  }

  private static KmsException enableDisable(KeyState state, String arn) {
    return switch (state) {
      case ENABLED, DISABLED, UNAVAILABLE -> null;
      case PENDING_DELETION, PENDING_REPLICA_DELETION -> pendingDeletion(arn);
      case PENDING_IMPORT -> new KmsInvalidStateException(arn + " is pending import.");
      case CREATING -> new KmsInvalidStateException(arn + " is creating.");
      case UPDATING -> new KmsInvalidStateException(arn + " is updating.");
    };
  }

  private static KmsException scheduleDeletion(KeyState state, String arn) {
    if (isPendingDeletion(state)) {
      return pendingDeletion(arn);
    }
    return state == KeyState.UPDATING ? new KmsInvalidStateException(arn + " is updating.") : null;
  }

  private static KmsException rotation(KeyState state, Origin origin, String arn) {
    if (state == KeyState.PENDING_IMPORT) {
      return externalOrigin(arn);
    }
    if (origin == Origin.EXTERNAL) {
      // [7]: keys with imported material cannot rotate automatically.
      return new UnsupportedOperationException("");
    }
    return switch (state) {
      case ENABLED, UPDATING -> null;
      case DISABLED -> new DisabledException(arn + " is disabled.");
      case PENDING_DELETION, PENDING_REPLICA_DELETION -> pendingDeletion(arn);
      case UNAVAILABLE -> new UnsupportedOperationException("");
      case CREATING -> new KmsInvalidStateException(arn + " is creating.");
      case PENDING_IMPORT -> externalOrigin(arn);
    };
  }

  /**
   * RotateKeyOnDemand: keys with imported material rotate on demand too [KMS-API, 2025], in the
   * states an AWS_KMS key does. The table has no row for the operation; a key whose material is
   * deleted (PendingImport) is refused as every cryptographic use of it is, since rotating it would
   * need the material it lacks.
   */
  private static KmsException onDemand(KeyState state, Origin origin, String arn) {
    if (origin == Origin.EXTERNAL) {
      return state == KeyState.PENDING_IMPORT
          ? new KmsInvalidStateException(arn + " is pending import.")
          : rotation(state, Origin.AWS_KMS, arn);
    }
    return rotation(state, origin, arn);
  }

  private static KmsException rotationStatus(KeyState state, Origin origin, String arn) {
    if (state == KeyState.PENDING_IMPORT) {
      return externalOrigin(arn);
    }
    boolean unsupported = state == KeyState.UNAVAILABLE || origin == Origin.EXTERNAL;
    return unsupported ? new UnsupportedOperationException("") : null;
  }

  private static KmsException importing(
      KmsOperation op, KeyState state, Origin origin, String arn) {
    if (origin != Origin.EXTERNAL) {
      return new UnsupportedOperationException(
          arn + " origin is " + origin.name() + " which is not valid for this operation.");
    }
    return switch (state) {
      case ENABLED, DISABLED, PENDING_IMPORT -> null;
      case PENDING_DELETION, PENDING_REPLICA_DELETION -> pendingDeletion(arn);
      case UNAVAILABLE -> new UnsupportedOperationException("");
      case CREATING -> new KmsInvalidStateException(arn + " is creating.");
      case UPDATING ->
          op == KmsOperation.ImportKeyMaterial
              ? null
              : new KmsInvalidStateException(arn + " is updating.");
    };
  }

  private static KmsException deleteImported(KeyState state, Origin origin, String arn) {
    if (origin != Origin.EXTERNAL) {
      return new UnsupportedOperationException(
          arn + " origin is " + origin.name() + " which is not valid for this operation.");
    }
    return switch (state) {
      case CREATING -> new KmsInvalidStateException(arn + " is creating.");
      case UPDATING -> new KmsInvalidStateException(arn + " is updating.");
      case UNAVAILABLE -> new UnsupportedOperationException("");
      default -> null;
    };
  }

  private static KmsException externalOrigin(String arn) {
    return new UnsupportedOperationException(
        arn + " origin is EXTERNAL which is not valid for this operation.");
  }

  private static KmsException pendingDeletion(String arn) {
    return new KmsInvalidStateException(arn + " is pending deletion.");
  }
}
