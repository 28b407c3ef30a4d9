package io.atrest.engine.kms;

import io.atrest.engine.crypto.CiphertextBlob;
import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.kms.api.ReEncryptRequest;
import io.atrest.engine.kms.api.ReEncryptResult;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.RequestContext;
import java.util.Arrays;

/**
 * ReEncrypt: decrypts under the source key ({@code kms:ReEncryptFrom}, grant operation
 * ReEncryptFrom) and encrypts under the destination key ({@code kms:ReEncryptTo}, ReEncryptTo),
 * with {@code kms:ReEncryptOnSameKey} telling whether they are one key [KMS-API] ReEncrypt.
 */
final class ReEncryption {

  private final KmsCore core;
  private final CryptoOperations crypto;

  ReEncryption(KmsCore core, CryptoOperations crypto) {
    this.core = core;
    this.crypto = crypto;
  }

  ReEncryptResult reEncrypt(KmsCall call, ReEncryptRequest r) {
    r.sourceKeyId().ifPresent(k -> call.param("sourceKeyId", k));
    call.param("destinationKeyId", r.destinationKeyId())
        .context("sourceEncryptionContext", r.sourceEncryptionContext())
        .context("destinationEncryptionContext", r.destinationEncryptionContext())
        .param("sourceAAD", false)
        .param("sourceEncryptionAlgorithm", CryptoOperations.ALGORITHM)
        .param("destinationEncryptionAlgorithm", CryptoOperations.ALGORITHM);
    Grants.validateTokens(core, r.grantTokens());
    CiphertextBlob blob = CiphertextBlob.parse(r.ciphertextBlob());
    boolean sameKey = sameKey(call, blob, r.destinationKeyId());
    KeyRecord source =
        crypto.blobKey(
            call,
            blob,
            r.sourceKeyId(),
            KmsOperation.ReEncrypt,
            GrantOperation.ReEncryptFrom,
            "kms:ReEncryptFrom",
            r.sourceEncryptionContext(),
            AccessControl.symmetricKeys(sameKeyContext(sameKey), r.sourceEncryptionContext()));
    KeyRecord destination =
        crypto.use(
            call,
            r.destinationKeyId(),
            KmsOperation.ReEncrypt,
            "kms:ReEncryptTo",
            GrantOperation.ReEncryptTo,
            r.destinationEncryptionContext(),
            sameKeyContext(sameKey));
    CryptoOperations.dryRun(r.dryRun());
    byte[] plaintext = crypto.open(source, blob, r.sourceEncryptionContext());
    try {
      KeyMaterial material = crypto.currentMaterial(destination);
      byte[] out =
          CiphertextBlob.seal(
              destination.keyId(),
              material,
              r.destinationEncryptionContext(),
              plaintext,
              core.nonces);
      call.keyMaterialId(material.id());
      return new ReEncryptResult(
          out,
          source.arn(),
          destination.arn(),
          CryptoOperations.ALGORITHM,
          CryptoOperations.ALGORITHM,
          blob.materialId(),
          material.id());
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /** Whether the destination names the key of the ciphertext; an unresolvable one does not. */
  private boolean sameKey(KmsCall call, CiphertextBlob blob, String destinationKeyId) {
    KmsCall probe = new KmsCall(KmsOperation.ReEncrypt, call.caller, call.time);
    try {
      return core.resolver
          .resolve(probe, destinationKeyId, true)
          .key()
          .keyId()
          .equals(blob.keyId());
    } catch (KmsException unresolvable) {
      return false;
    }
  }

  private static RequestContext.Builder sameKeyContext(boolean sameKey) {
    return RequestContext.builder().put("kms:ReEncryptOnSameKey", ContextValue.of(sameKey));
  }
}
