package io.atrest.engine.kms;

import io.atrest.engine.crypto.CiphertextBlob;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.api.DecryptResult;
import io.atrest.engine.kms.api.EncryptRequest;
import io.atrest.engine.kms.api.EncryptResult;
import io.atrest.engine.kms.api.GenerateDataKeyRequest;
import io.atrest.engine.kms.api.GenerateDataKeyResult;
import io.atrest.engine.kms.api.GenerateRandomRequest;
import io.atrest.engine.kms.api.GenerateRandomResult;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.DryRunOperationException;
import io.atrest.engine.kms.error.IncorrectKeyException;
import io.atrest.engine.kms.error.InvalidCiphertextException;
import io.atrest.engine.kms.error.InvalidKeyUsageException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.policy.Decision;
import io.atrest.policy.Outcome;
import io.atrest.policy.Reason;
import io.atrest.policy.eval.RequestContext;
import java.util.List;
import java.util.Optional;

/**
 * Encrypt, Decrypt, GenerateDataKey(WithoutPlaintext) and GenerateRandom (ReEncrypt is in {@link
 * ReEncryption}). Order of checks: parameters, grant tokens, key resolution, authorization (policy
 * then grants, on the context as supplied), key state, key usage, dry run, cryptography. Responses
 * name the key by ARN with the algorithm and the key material id, as AWS returns them.
 */
final class CryptoOperations {

  static final String ALGORITHM = "SYMMETRIC_DEFAULT";

  private final KmsCore core;
  // The material found last and the key record it was found for. Material is only ever deleted
  // together with a rewrite of its key's record (or the record's deletion), and records are
  // immutable, so for that very record the answer cannot change; looking it up again builds and
  // hashes a hundred-character store key on every Encrypt and Decrypt.
  private volatile FoundMaterial lastMaterial;

  private record FoundMaterial(KeyRecord key, KeyMaterial material) {}

  CryptoOperations(KmsCore core) {
    this.core = core;
  }

  EncryptResult encrypt(KmsCall call, EncryptRequest r) {
    call.param("keyId", r.keyId())
        .param("encryptionAlgorithm", ALGORITHM)
        .context("encryptionContext", r.encryptionContext());
    int length = r.plaintext().length();
    if (length < 1) {
      throw new ValidationException(
          "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member"
              + " must have length greater than or equal to 1");
    }
    if (length > 4096) {
      throw new ValidationException(
          "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member"
              + " must have length less than or equal to 4096");
    }
    Grants.validateTokens(core, r.grantTokens());
    KeyRecord key =
        use(call, r.keyId(), KmsOperation.Encrypt, GrantOperation.Encrypt, r.encryptionContext());
    dryRun(r.dryRun());
    KeyMaterial material = currentMaterial(key);
    CiphertextBlob blob =
        CiphertextBlob.sealed(
            key.keyId(), material, r.encryptionContext(), r.plaintext(), core.nonces);
    call.keyMaterialId(material.id());
    return new EncryptResult(blob, key.arn(), ALGORITHM, material.id());
  }

  DecryptResult decrypt(KmsCall call, DecryptRequest r) {
    if (r.keyId().isPresent()) {
      call.param("keyId", r.keyId().get());
    }
    call.param("encryptionAlgorithm", ALGORITHM)
        .context("encryptionContext", r.encryptionContext());
    Grants.validateTokens(core, r.grantTokens());
    CiphertextBlob blob = r.parsedCiphertextBlob();
    KeyRecord key =
        blobKey(
            call,
            blob,
            r.keyId(),
            KmsOperation.Decrypt,
            GrantOperation.Decrypt,
            KmsOperation.Decrypt.action(),
            r.encryptionContext(),
            AccessControl.symmetricKeys(r.encryptionContext()));
    dryRun(r.dryRun());
    SecretBytes plaintext = blob.openSecret(material(key, blob), r.encryptionContext());
    call.keyMaterialId(blob.materialId());
    return new DecryptResult(key.arn(), plaintext, ALGORITHM, blob.materialId());
  }

  GenerateDataKeyResult generateDataKey(
      KmsCall call, GenerateDataKeyRequest r, boolean withPlaintext) {
    KmsOperation op =
        withPlaintext ? KmsOperation.GenerateDataKey : KmsOperation.GenerateDataKeyWithoutPlaintext;
    call.param("keyId", r.keyId()).context("encryptionContext", r.encryptionContext());
    r.keySpec().ifPresent(s -> call.param("keySpec", s.name()));
    r.numberOfBytes().ifPresent(n -> call.param("numberOfBytes", n));
    int bytes = dataKeyLength(r);
    Grants.validateTokens(core, r.grantTokens());
    GrantOperation grantOp =
        withPlaintext
            ? GrantOperation.GenerateDataKey
            : GrantOperation.GenerateDataKeyWithoutPlaintext;
    KeyRecord key = use(call, r.keyId(), op, grantOp, r.encryptionContext());
    dryRun(r.dryRun());
    KeyMaterial material = currentMaterial(key);
    SecretBytes dataKey = SecretBytes.random(core.random, bytes);
    byte[] raw = dataKey.toByteArray();
    byte[] blob =
        CiphertextBlob.seal(key.keyId(), material, r.encryptionContext(), raw, core.nonces);
    java.util.Arrays.fill(raw, (byte) 0);
    call.keyMaterialId(material.id());
    return new GenerateDataKeyResult(
        blob,
        withPlaintext ? java.util.Optional.of(dataKey) : java.util.Optional.empty(),
        key.arn(),
        material.id());
  }

  GenerateRandomResult generateRandom(KmsCall call, GenerateRandomRequest r) {
    call.param("numberOfBytes", r.numberOfBytes());
    if (r.numberOfBytes() < 1 || r.numberOfBytes() > 1024) {
      throw new ValidationException(
          "1 validation error detected: Value '"
              + r.numberOfBytes()
              + "' at 'numberOfBytes' failed"
              + " to satisfy constraint: Member must have value "
              + (r.numberOfBytes() < 1
                  ? "greater than or equal to 1"
                  : "less than or equal to 1024"));
    }
    core.access.authorizeAccount(
        call,
        KmsOperation.GenerateRandom.action(),
        "*",
        core.access.baseContext(call.caller).build());
    return new GenerateRandomResult(SecretBytes.random(core.random, r.numberOfBytes()));
  }

  /** Resolves, authorizes and checks the key of an operation that names its key. */
  KeyRecord use(
      KmsCall call, String keyId, KmsOperation op, GrantOperation grantOp, EncryptionContext ec) {
    return use(call, keyId, op, op.action(), grantOp, ec);
  }

  KeyRecord use(
      KmsCall call,
      String keyId,
      KmsOperation op,
      String action,
      GrantOperation grantOp,
      EncryptionContext ec) {
    return useWithKeys(call, keyId, op, action, grantOp, ec, AccessControl.symmetricKeys(ec));
  }

  /**
   * As {@link #use(KmsCall, String, KmsOperation, GrantOperation, EncryptionContext)} with more
   * keys.
   */
  KeyRecord use(
      KmsCall call,
      String keyId,
      KmsOperation op,
      String action,
      GrantOperation grantOp,
      EncryptionContext ec,
      RequestContext.Builder extra) {
    return useWithKeys(
        call, keyId, op, action, grantOp, ec, AccessControl.symmetricKeys(extra, ec));
  }

  /** As the method above, given the operation's keys ({@link AccessControl#symmetricKeys}). */
  private KeyRecord useWithKeys(
      KmsCall call,
      String keyId,
      KmsOperation op,
      String action,
      GrantOperation grantOp,
      EncryptionContext ec,
      RequestContext keys) {
    KeyRecord key = core.use(call, keyId, op, action, true, grantOp, ec, keys);
    requireEncryptionKey(key, op);
    return key;
  }

  /**
   * The key a ciphertext names. A key id in the request must identify that same key
   * (IncorrectKeyException otherwise); a blob naming a key that does not exist or that the caller
   * cannot see is AccessDenied with AWS's recorded message. {@code keys} are the operation's
   * condition keys ({@link AccessControl#symmetricKeys}).
   */
  KeyRecord blobKey(
      KmsCall call,
      CiphertextBlob blob,
      java.util.Optional<String> requested,
      KmsOperation op,
      GrantOperation grantOp,
      String action,
      EncryptionContext ec,
      RequestContext keys) {
    if (requested.isPresent()) {
      KeyRecord named =
          core.resolver
              .resolve(new KmsCall(op, call.caller, call.time), requested.get(), true)
              .key();
      if (!named.keyId().equals(blob.keyId())) {
        call.key(named);
        throw new IncorrectKeyException(
            "The key ID in the request does not identify a CMK that can perform this operation.");
      }
    }
    // Plain statements rather than lambdas over the optional: Decrypt runs this on every call.
    KeyRecord key = core.store.key(blob.keyId()).orElse(null);
    if (key == null || !key.region().equals(core.region)) {
      throw unknownCiphertextKey(call);
    }
    return useWithKeys(call, key.arn(), op, action, grantOp, ec, keys);
  }

  byte[] open(KeyRecord key, CiphertextBlob blob, EncryptionContext ec) {
    return blob.open(material(key, blob), ec);
  }

  private KeyMaterial material(KeyRecord key, CiphertextBlob blob) {
    return stored(key, blob.materialId()).orElseThrow(() -> new InvalidCiphertextException(""));
  }

  KeyMaterial currentMaterial(KeyRecord key) {
    return stored(key, key.currentMaterialId())
        .orElseThrow(
            () -> new IllegalStateException("key " + key.arn() + " has no current material"));
  }

  private Optional<KeyMaterial> stored(KeyRecord key, String materialId) {
    FoundMaterial last = lastMaterial;
    if (last != null && last.key() == key && last.material().id().equals(materialId)) {
      return Optional.of(last.material());
    }
    Optional<KeyMaterial> found = core.store.material(key.keyId(), materialId);
    found.ifPresent(m -> lastMaterial = new FoundMaterial(key, m));
    return found;
  }

  static void dryRun(boolean dryRun) {
    if (dryRun) {
      throw new DryRunOperationException(GrantBook.DRY_RUN);
    }
  }

  /** Symmetric operations need a symmetric ENCRYPT_DECRYPT key [recorded message pattern]. */
  static void requireEncryptionKey(KeyRecord key, KmsOperation op) {
    if (key.keyUsage() != KeyUsage.ENCRYPT_DECRYPT) {
      throw new InvalidKeyUsageException(
          key.arn()
              + " key usage is "
              + key.keyUsage()
              + " which is not valid for "
              + op.name()
              + ".");
    }
    if (!key.isSymmetricEncryption()) {
      // Recorded for Encrypt with an RSA key [zalando/spring-cloud-config-aws-kms#82]; the engine
      // serves SYMMETRIC_DEFAULT only, so every symmetric operation on an RSA key answers this.
      throw new InvalidKeyUsageException(
          "Algorithm " + ALGORITHM + " is incompatible with key spec " + key.keySpec() + ".");
    }
  }

  /** GenerateDataKey needs exactly one of KeySpec and NumberOfBytes (1 to 1024). */
  private static int dataKeyLength(GenerateDataKeyRequest r) {
    if (r.keySpec().isPresent() == r.numberOfBytes().isPresent()) {
      throw new ValidationException("Please specify either number of bytes or key spec.");
    }
    if (r.keySpec().isPresent()) {
      return r.keySpec().get().bytes();
    }
    int n = r.numberOfBytes().get();
    if (n < 1 || n > 1024) {
      throw new ValidationException(
          "1 validation error detected: Value '"
              + n
              + "' at 'numberOfBytes' failed to satisfy"
              + " constraint: Member must have value "
              + (n < 1 ? "greater than or equal to 1" : "less than or equal to 1024"));
    }
    return n;
  }

  private static AccessDeniedException unknownCiphertextKey(KmsCall call) {
    Decision decision =
        new Decision(
            Outcome.IMPLICIT_DENY,
            List.of(
                Reason.note(
                    "ciphertext", "the key the ciphertext names does not exist in this region")));
    call.decision(decision);
    return new AccessDeniedException(
        "The ciphertext refers to a customer master key that does not exist, does not exist in this"
            + " region, or you are not allowed to access.",
        decision);
  }
}
