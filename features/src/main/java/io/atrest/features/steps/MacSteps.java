package io.atrest.features.steps;

import io.atrest.engine.kms.MacAlgorithm;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.Signing;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/** Message authentication codes with HMAC keys (GENERATE_VERIFY_MAC): GenerateMac and VerifyMac. */
public final class MacSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final Signing signing;

  public MacSteps(KmsWorld world, Actors actors, Signing signing) {
    this.world = world;
    this.actors = actors;
    this.signing = signing;
  }

  @When("{principal} generates a MAC of {string} with {key} using {macAlgorithm}")
  @StepDoc(
      description =
          "A principal calls GenerateMac on the message (UTF-8) with a MacAlgorithmSpec; the MAC is kept for a later VerifyMac.",
      example =
          "When user \"app\" generates a MAC of \"token-42\" with key \"mac-key\" using HMAC_SHA_256")
  public void generate(PrincipalRef principal, String message, KeyRef key, MacAlgorithm algorithm) {
    signing.generateMac(actors.caller(principal, false), world.arn(key), message, algorithm);
  }

  @Given("{principal} generated a MAC of {string} with {key} using {macAlgorithm}")
  @StepDoc(
      description =
          "Set-up: a principal calls GenerateMac on the message; the step fails unless KMS makes the MAC.",
      example =
          "Given user \"app\" generated a MAC of \"token-42\" with key \"mac-key\" using HMAC_SHA_256")
  public void generated(
      PrincipalRef principal, String message, KeyRef key, MacAlgorithm algorithm) {
    signing
        .generateMac(actors.caller(principal, false), world.arn(key), message, algorithm)
        .orFail();
  }

  @When("{principal} verifies the MAC of {string} with {key} using {macAlgorithm}")
  @StepDoc(
      description =
          "A principal calls VerifyMac with the latest MAC made with the key, against this message: a different message is a tampered one.",
      example =
          "When user \"app\" verifies the MAC of \"token-43\" with key \"mac-key\" using HMAC_SHA_256")
  public void verify(PrincipalRef principal, String message, KeyRef key, MacAlgorithm algorithm) {
    signing.verifyMac(actors.caller(principal, false), world.arn(key), message, algorithm);
  }
}
