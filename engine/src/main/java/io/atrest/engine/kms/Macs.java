package io.atrest.engine.kms;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.kms.api.GenerateMacRequest;
import io.atrest.engine.kms.api.GenerateMacResult;
import io.atrest.engine.kms.api.VerifyMacRequest;
import io.atrest.engine.kms.api.VerifyMacResult;
import io.atrest.engine.kms.error.InvalidKeyUsageException;
import io.atrest.engine.kms.error.KmsInvalidMacException;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.policy.eval.RequestContext;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * GenerateMac and VerifyMac on HMAC keys, with the checks in the order of {@link Signatures} and
 * {@code kms:MacAlgorithm} among the condition keys. CloudTrail logs {@code keyId} and {@code
 * macAlgorithm} (KMS developer guide, GenerateMac and VerifyMac log examples). A key takes only its
 * spec's algorithm [recorded: "Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224."].
 */
final class Macs {

  private final KmsCore core;

  Macs(KmsCore core) {
    this.core = core;
  }

  GenerateMacResult generate(KmsCall call, GenerateMacRequest r) {
    call.param("keyId", r.keyId()).param("macAlgorithm", r.macAlgorithm().name());
    byte[] message = r.message();
    Signatures.requireLength("message", message.length, Signatures.MAX_MESSAGE);
    Grants.validateTokens(core, r.grantTokens());
    KeyRecord key = macKey(call, r.keyId(), KmsOperation.GenerateMac, r.macAlgorithm());
    CryptoOperations.dryRun(r.dryRun());
    return new GenerateMacResult(key.arn(), mac(key, r.macAlgorithm(), message), r.macAlgorithm());
  }

  VerifyMacResult verify(KmsCall call, VerifyMacRequest r) {
    call.param("keyId", r.keyId()).param("macAlgorithm", r.macAlgorithm().name());
    byte[] message = r.message();
    byte[] mac = r.mac();
    Signatures.requireLength("message", message.length, Signatures.MAX_MESSAGE);
    Signatures.requireLength("mac", mac.length, Signatures.MAX_SIGNATURE);
    Grants.validateTokens(core, r.grantTokens());
    KeyRecord key = macKey(call, r.keyId(), KmsOperation.VerifyMac, r.macAlgorithm());
    CryptoOperations.dryRun(r.dryRun());
    byte[] expected = mac(key, r.macAlgorithm(), message);
    if (!MessageDigest.isEqual(expected, mac)) {
      throw new KmsInvalidMacException();
    }
    return new VerifyMacResult(key.arn(), true, r.macAlgorithm());
  }

  private KeyRecord macKey(KmsCall call, String keyId, KmsOperation op, MacAlgorithm algorithm) {
    RequestContext.Builder extra =
        RequestContext.builder().put("kms:MacAlgorithm", algorithm.name());
    GrantOperation grantOp =
        op == KmsOperation.GenerateMac ? GrantOperation.GenerateMac : GrantOperation.VerifyMac;
    KeyRecord key =
        core.use(call, keyId, op, op.action(), true, grantOp, EncryptionContext.empty(), extra);
    Signatures.requireUsage(key, KeyUsage.GENERATE_VERIFY_MAC, op);
    if (!MacAlgorithm.forKey(key.keySpec()).contains(algorithm)) {
      throw new InvalidKeyUsageException(
          "Algorithm " + algorithm + " is incompatible with key spec " + key.keySpec() + ".");
    }
    return key;
  }

  private byte[] mac(KeyRecord key, MacAlgorithm algorithm, byte[] message) {
    SecretBytes secret = Signatures.privateMaterial(core, key);
    byte[] raw = secret.toByteArray();
    try {
      Mac mac = Mac.getInstance(algorithm.jcaName());
      mac.init(new SecretKeySpec(raw, algorithm.jcaName()));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot compute " + algorithm, e);
    } finally {
      Arrays.fill(raw, (byte) 0);
      secret.wipe();
    }
  }
}
