package io.atrest.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.kms.MessageType;
import io.atrest.engine.kms.SigningAlgorithm;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.Signing;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Digital signatures with asymmetric SIGN_VERIFY keys: Sign, Verify, and checking a signature
 * outside KMS.
 */
public final class SignatureSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final Signing signing;

  public SignatureSteps(KmsWorld world, Actors actors, Signing signing) {
    this.world = world;
    this.actors = actors;
    this.signing = signing;
  }

  @When("{principal} signs {string} with {key} using {signingAlgorithm}")
  @StepDoc(
      description =
          "A principal calls Sign on the message (UTF-8, MessageType RAW) with a SigningAlgorithmSpec; the signature is kept for a later Verify.",
      example =
          "When user \"signer\" signs \"release 1.2\" with key \"code-signing\" using ECDSA_SHA_256")
  public void sign(PrincipalRef principal, String message, KeyRef key, SigningAlgorithm algorithm) {
    signing.sign(
        actors.caller(principal, false), world.arn(key), message, algorithm, MessageType.RAW);
  }

  @When("{principal} signs the digest of {string} with {key} using {signingAlgorithm}")
  @StepDoc(
      description =
          "A principal hashes the message locally with the algorithm's hash and calls Sign on the digest (MessageType DIGEST).",
      example =
          "When user \"signer\" signs the digest of \"release 1.2\" with key \"code-signing\" using RSASSA_PSS_SHA_256")
  public void signDigest(
      PrincipalRef principal, String message, KeyRef key, SigningAlgorithm algorithm) {
    signing.sign(
        actors.caller(principal, false), world.arn(key), message, algorithm, MessageType.DIGEST);
  }

  @Given("{principal} signed {string} with {key} using {signingAlgorithm}")
  @StepDoc(
      description =
          "Set-up: a principal signs the message (RAW); the step fails unless KMS signs it.",
      example =
          "Given user \"signer\" signed \"release 1.2\" with key \"code-signing\" using ECDSA_SHA_256")
  public void signed(
      PrincipalRef principal, String message, KeyRef key, SigningAlgorithm algorithm) {
    signing
        .sign(actors.caller(principal, false), world.arn(key), message, algorithm, MessageType.RAW)
        .orFail();
  }

  @When("{principal} verifies the signature of {string} with {key} using {signingAlgorithm}")
  @StepDoc(
      description =
          "A principal calls Verify with the latest signature made with the key, against this message (RAW): a different message is a tampered one.",
      example =
          "When user \"auditor\" verifies the signature of \"release 1.3\" with key \"code-signing\" using ECDSA_SHA_256")
  public void verify(
      PrincipalRef principal, String message, KeyRef key, SigningAlgorithm algorithm) {
    signing.verify(
        actors.caller(principal, false), world.arn(key), message, algorithm, MessageType.RAW);
  }

  @Then("the signature made with {key} verifies with its public key outside KMS")
  @StepDoc(
      description =
          "The key's latest signature verifies in the JDK with the public key GetPublicKey returns (as the account root), as a relying party without KMS access would check it.",
      example =
          "Then the signature made with key \"code-signing\" verifies with its public key outside KMS")
  public void verifiesOutsideKms(KeyRef key) {
    assertThat(signing.verifiesOutsideKms(world.arn(key)))
        .as(
            "the latest signature made with %s (%s), checked with its public key in the JDK",
            key, signing.signatureUnder(world.arn(key)).algorithm())
        .isTrue();
  }
}
