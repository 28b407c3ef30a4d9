package io.atrest.features.world;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.MacAlgorithm;
import io.atrest.engine.kms.MessageType;
import io.atrest.engine.kms.SigningAlgorithm;
import io.atrest.engine.kms.api.GenerateMacRequest;
import io.atrest.engine.kms.api.GenerateMacResult;
import io.atrest.engine.kms.api.GetPublicKeyRequest;
import io.atrest.engine.kms.api.GetPublicKeyResult;
import io.atrest.engine.kms.api.SignRequest;
import io.atrest.engine.kms.api.SignResult;
import io.atrest.engine.kms.api.VerifyMacRequest;
import io.atrest.engine.kms.api.VerifyRequest;
import io.atrest.policy.eval.Principal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sign, Verify, GenerateMac and VerifyMac for the steps, with text messages (UTF-8). The latest
 * signature and MAC made under each key are kept, so that a later Verify or VerifyMac of the same
 * key checks them, against the same message or a tampered one. A DIGEST message is the message
 * hashed with the algorithm's hash, as a caller that hashes locally would send it.
 */
public final class Signing {

  /** A signature KMS made: what was signed, how, and the signature. */
  public record Signed(String message, SigningAlgorithm algorithm, byte[] signature) {
    public Signed {
      signature = signature.clone();
    }

    @Override
    public byte[] signature() {
      return signature.clone();
    }
  }

  private final KmsWorld world;
  private final KmsCalls calls;
  private final Map<String, Signed> signatures = new HashMap<>();
  private final Map<String, byte[]> macs = new HashMap<>();

  public Signing(KmsWorld world, KmsCalls calls) {
    this.world = world;
    this.calls = calls;
  }

  public CallResult sign(
      Caller caller, String arn, String message, SigningAlgorithm algorithm, MessageType type) {
    SignRequest request =
        SignRequest.of(caller, arn, payload(message, algorithm, type), algorithm)
            .withMessageType(type);
    CallResult result =
        calls.attempt("Sign", caller, Optional.of(arn), () -> world.kms().sign(request));
    result
        .value()
        .map(SignResult.class::cast)
        .ifPresent(r -> signatures.put(arn, new Signed(message, algorithm, r.signature())));
    return result;
  }

  /** Verify of the key's latest signature against {@code message}, sent as {@code type}. */
  public CallResult verify(
      Caller caller, String arn, String message, SigningAlgorithm algorithm, MessageType type) {
    VerifyRequest request =
        VerifyRequest.of(
                caller,
                arn,
                payload(message, algorithm, type),
                signatureUnder(arn).signature(),
                algorithm)
            .withMessageType(type);
    return calls.attempt("Verify", caller, Optional.of(arn), () -> world.kms().verify(request));
  }

  public CallResult generateMac(Caller caller, String arn, String message, MacAlgorithm algorithm) {
    GenerateMacRequest request = GenerateMacRequest.of(caller, arn, utf8(message), algorithm);
    CallResult result =
        calls.attempt(
            "GenerateMac", caller, Optional.of(arn), () -> world.kms().generateMac(request));
    result.value().map(GenerateMacResult.class::cast).ifPresent(r -> macs.put(arn, r.mac()));
    return result;
  }

  /** VerifyMac of the key's latest MAC against {@code message}. */
  public CallResult verifyMac(Caller caller, String arn, String message, MacAlgorithm algorithm) {
    byte[] mac = macs.get(arn);
    if (mac == null) {
      throw new IllegalStateException(
          "no MAC made with "
              + arn
              + " yet: VerifyMac needs one, made by a step such as"
              + " Given user \"app\" generated a MAC of \"hello\" with key \"mac-key\" using HMAC_SHA_256");
    }
    VerifyMacRequest request = VerifyMacRequest.of(caller, arn, utf8(message), algorithm, mac);
    return calls.attempt(
        "VerifyMac", caller, Optional.of(arn), () -> world.kms().verifyMac(request));
  }

  /**
   * The latest signature made with the key.
   *
   * @throws IllegalStateException when there is none, saying which step makes one
   */
  public Signed signatureUnder(String arn) {
    Signed signed = signatures.get(arn);
    if (signed == null) {
      throw new IllegalStateException(
          "no signature made with "
              + arn
              + " yet: Verify needs one, made by a step"
              + " such as Given user \"app\" signed \"hello\" with key \"signer\" using ECDSA_SHA_256");
    }
    return signed;
  }

  /**
   * What GetPublicKey returns to the account root for an asymmetric key (a recorded call that does
   * not replace the scenario's last call, like {@link Inspector}'s).
   */
  public GetPublicKeyResult publicKey(String arn) {
    Caller root = Caller.direct(new Principal.AccountRoot(arn.split(":", -1)[4]));
    return world.kms().getPublicKey(GetPublicKeyRequest.of(root, arn));
  }

  /** Whether the key's latest signature verifies with its public key in the JDK, outside KMS. */
  public boolean verifiesOutsideKms(String arn) {
    return SignatureCheck.verifies(publicKey(arn).publicKey(), signatureUnder(arn));
  }

  private static byte[] payload(String message, SigningAlgorithm algorithm, MessageType type) {
    return type == MessageType.DIGEST ? digest(message, algorithm) : utf8(message);
  }

  private static byte[] digest(String message, SigningAlgorithm algorithm) {
    try {
      return MessageDigest.getInstance("SHA-" + algorithm.digestLength() * 8).digest(utf8(message));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot make the digest " + algorithm + " signs", e);
    }
  }

  private static byte[] utf8(String message) {
    return message.getBytes(StandardCharsets.UTF_8);
  }
}
