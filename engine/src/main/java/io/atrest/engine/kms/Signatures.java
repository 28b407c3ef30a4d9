package io.atrest.engine.kms;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.kms.api.GetPublicKeyRequest;
import io.atrest.engine.kms.api.GetPublicKeyResult;
import io.atrest.engine.kms.api.SignRequest;
import io.atrest.engine.kms.api.SignResult;
import io.atrest.engine.kms.api.VerifyRequest;
import io.atrest.engine.kms.api.VerifyResult;
import io.atrest.engine.kms.error.InvalidKeyUsageException;
import io.atrest.engine.kms.error.KmsInvalidSignatureException;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.policy.eval.RequestContext;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.List;

/**
 * Sign, Verify and GetPublicKey on asymmetric keys. Order of checks, as for the symmetric
 * operations: parameters, grant tokens, key resolution, authorization (with {@code
 * kms:SigningAlgorithm} and {@code kms:MessageType}), key state, key usage, algorithm against the
 * key spec, message type, dry run, cryptography. CloudTrail logs {@code keyId}, {@code
 * signingAlgorithm} and {@code messageType} (KMS developer guide, Sign and Verify log examples),
 * never the message or the signature.
 */
final class Signatures {

  static final int MAX_MESSAGE = 4096;
  static final int MAX_SIGNATURE = 6144;

  private final KmsCore core;

  Signatures(KmsCore core) {
    this.core = core;
  }

  SignResult sign(KmsCall call, SignRequest r) {
    log(call, r.keyId(), r.signingAlgorithm(), r.messageType());
    byte[] message = r.message();
    requireLength("message", message.length, MAX_MESSAGE);
    Grants.validateTokens(core, r.grantTokens());
    KeyRecord key =
        signingKey(call, r.keyId(), KmsOperation.Sign, r.signingAlgorithm(), r.messageType());
    byte[] digest = digest(r.signingAlgorithm(), r.messageType(), message);
    CryptoOperations.dryRun(r.dryRun());
    KeyPair pair = keyPair(key);
    byte[] signature =
        DigestSigner.sign(
            r.signingAlgorithm(),
            pair.getPrivate(),
            KeySecrets.provider(key.keySpec()),
            digest,
            core.random);
    return new SignResult(key.arn(), signature, r.signingAlgorithm());
  }

  VerifyResult verify(KmsCall call, VerifyRequest r) {
    log(call, r.keyId(), r.signingAlgorithm(), r.messageType());
    byte[] message = r.message();
    byte[] signature = r.signature();
    requireLength("message", message.length, MAX_MESSAGE);
    requireLength("signature", signature.length, MAX_SIGNATURE);
    Grants.validateTokens(core, r.grantTokens());
    KeyRecord key =
        signingKey(call, r.keyId(), KmsOperation.Verify, r.signingAlgorithm(), r.messageType());
    byte[] digest = digest(r.signingAlgorithm(), r.messageType(), message);
    CryptoOperations.dryRun(r.dryRun());
    boolean valid =
        DigestSigner.verify(
            r.signingAlgorithm(),
            keyPair(key).getPublic(),
            KeySecrets.provider(key.keySpec()),
            digest,
            signature);
    if (!valid) {
      throw new KmsInvalidSignatureException();
    }
    return new VerifyResult(key.arn(), true, r.signingAlgorithm());
  }

  /**
   * The public key of an RSA or ECC key, whatever its usage. Symmetric and HMAC keys have none:
   * UnsupportedOperationException, the error the API reference lists for a key that is not valid
   * for the operation; its message follows the recorded wrong-usage pattern [INFERENCE].
   */
  GetPublicKeyResult publicKey(KmsCall call, GetPublicKeyRequest r) {
    call.param("keyId", r.keyId());
    Grants.validateTokens(core, r.grantTokens());
    KeyRecord key =
        core.use(
            call,
            r.keyId(),
            KmsOperation.GetPublicKey,
            KmsOperation.GetPublicKey.action(),
            true,
            GrantOperation.GetPublicKey,
            EncryptionContext.empty(),
            RequestContext.builder());
    if (key.isSymmetricEncryption() || key.keySpec().isHmac()) {
      throw new UnsupportedOperationException(
          key.arn() + " key usage is " + key.keyUsage() + " which is not valid for GetPublicKey.");
    }
    return new GetPublicKeyResult(
        key.arn(),
        keyPair(key).getPublic().getEncoded(),
        key.keySpec(),
        key.keyUsage(),
        key.keySpec().encryptionAlgorithms(key.keyUsage()),
        SigningAlgorithm.forKey(key.keySpec(), key.keyUsage()),
        key.keyUsage() == KeyUsage.KEY_AGREEMENT ? List.of("ECDH") : List.of());
  }

  private static void log(
      KmsCall call, String keyId, SigningAlgorithm algorithm, MessageType type) {
    call.param("keyId", keyId)
        .param("signingAlgorithm", algorithm.name())
        .param("messageType", type.name());
  }

  private KeyRecord signingKey(
      KmsCall call, String keyId, KmsOperation op, SigningAlgorithm algorithm, MessageType type) {
    RequestContext.Builder extra =
        RequestContext.builder()
            .put("kms:SigningAlgorithm", algorithm.name())
            .put("kms:MessageType", type.name());
    GrantOperation grantOp = op == KmsOperation.Sign ? GrantOperation.Sign : GrantOperation.Verify;
    KeyRecord key =
        core.use(call, keyId, op, op.action(), true, grantOp, EncryptionContext.empty(), extra);
    requireUsage(key, KeyUsage.SIGN_VERIFY, op);
    if (!SigningAlgorithm.forKey(key.keySpec(), key.keyUsage()).contains(algorithm)) {
      throw new InvalidKeyUsageException(
          "Algorithm " + algorithm + " is incompatible with key spec " + key.keySpec() + ".");
    }
    return key;
  }

  /**
   * The digest to sign: the RAW message hashed with the algorithm's hash, or the DIGEST message as
   * given when its length is the hash's [recorded: "Digest is invalid length for algorithm
   * ECDSA_SHA_256."]. EXTERNAL_MU is for ML-DSA only; its refusal follows the wording AWS uses for
   * other message types an algorithm cannot take [INFERENCE].
   */
  private static byte[] digest(SigningAlgorithm algorithm, MessageType type, byte[] message) {
    return switch (type) {
      case RAW -> hash(algorithm.hash(), message);
      case DIGEST -> {
        if (message.length != algorithm.digestLength()) {
          throw new ValidationException(
              "Digest is invalid length for algorithm " + algorithm + ".");
        }
        yield message;
      }
      case EXTERNAL_MU ->
          throw new ValidationException(
              "Message type " + type + " is incompatible with algorithm " + algorithm + ".");
    };
  }

  private static byte[] hash(String name, byte[] message) {
    try {
      return MessageDigest.getInstance(name).digest(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no " + name, e);
    }
  }

  private KeyPair keyPair(KeyRecord key) {
    SecretBytes secret = privateMaterial(core, key);
    try {
      return KeySecrets.keyPair(key.keySpec(), secret);
    } finally {
      secret.wipe();
    }
  }

  /** The stored secret of an asymmetric or HMAC key; every such key gets one when created. */
  static SecretBytes privateMaterial(KmsCore core, KeyRecord key) {
    return core.store
        .privateMaterial(key.keyId())
        .orElseThrow(
            () -> new IllegalStateException("key " + key.arn() + " has no private material"));
  }

  /** The recorded wrong-usage refusal: {@code <arn> key usage is X which is not valid for Op.} */
  static void requireUsage(KeyRecord key, KeyUsage usage, KmsOperation op) {
    if (key.keyUsage() != usage) {
      throw new InvalidKeyUsageException(
          key.arn() + " key usage is " + key.keyUsage() + " which is not valid for " + op + ".");
    }
  }

  /** The API's length constraint of a blob member, in AWS's validation wording. */
  static void requireLength(String member, int length, int max) {
    if (length < 1) {
      throw new ValidationException(
          "1 validation error detected: Value at '"
              + member
              + "' failed to satisfy constraint: Member must have length greater than or equal to"
              + " 1");
    }
    if (length > max) {
      throw new ValidationException(
          "1 validation error detected: Value at '"
              + member
              + "' failed to satisfy constraint: Member must have length less than or equal to "
              + max);
    }
  }
}
