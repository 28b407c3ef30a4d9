package io.atrest.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.kms.KeyMetadata;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.KeyUsage;
import io.atrest.engine.kms.Origin;
import io.atrest.engine.kms.SigningAlgorithm;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.Inspector;
import io.atrest.features.world.KeyAdmin;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.Signing;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import java.util.Optional;

/** What a key is for: its KeySpec and KeyUsage when created, and the algorithms it offers. */
public final class KeyUsageSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final KeyAdmin admin;
  private final Inspector inspector;
  private final Signing signing;

  public KeyUsageSteps(
      KmsWorld world, Actors actors, KeyAdmin admin, Inspector inspector, Signing signing) {
    this.world = world;
    this.actors = actors;
    this.admin = admin;
    this.inspector = inspector;
    this.signing = signing;
  }

  @When("{principal} creates {key} of spec {word} for {word}")
  @StepDoc(
      description =
          "A principal calls CreateKey with a KeySpec and KeyUsage and the default key policy; the outcome is checked by a Then step.",
      example =
          "When the account root creates key \"mac-key\" of spec HMAC_256 for GENERATE_VERIFY_MAC")
  public void create(PrincipalRef principal, KeyRef key, String spec, String usage) {
    admin.create(
        actors.caller(principal, false),
        key.name(),
        spec(spec),
        Optional.of(usage(usage)),
        Origin.AWS_KMS,
        Optional.empty());
  }

  @Given("{key} of spec {word} for {word} with the key policy:")
  @StepDoc(
      description =
          "The account root creates a key of a KeySpec and KeyUsage with the key policy given as JSON in a doc string.",
      example =
          "Given key \"code-signing\" of spec ECC_NIST_P256 for SIGN_VERIFY with the key policy: \"\"\"{...}\"\"\"")
  public void withPolicy(KeyRef key, String spec, String usage, String json) {
    admin
        .create(
            actors.caller(PrincipalRef.accountRoot(), false),
            key.name(),
            spec(spec),
            Optional.of(usage(usage)),
            Origin.AWS_KMS,
            Optional.of(json))
        .orFail();
  }

  @Then("{key} has key spec {word} and key usage {word}")
  @StepDoc(
      description = "DescribeKey (as the account root) reports this KeySpec and KeyUsage.",
      example = "Then key \"code-signing\" has key spec ECC_NIST_P256 and key usage SIGN_VERIFY")
  public void hasSpecAndUsage(KeyRef key, String spec, String usage) {
    KeyMetadata metadata = inspector.require(world.arn(key));
    assertThat(metadata.keySpec().name()).as("KeySpec of %s", key).isEqualTo(spec);
    assertThat(metadata.keyUsage().name()).as("KeyUsage of %s", key).isEqualTo(usage);
  }

  @Then("the public key of {key} offers the signing algorithms {string}")
  @StepDoc(
      description =
          "GetPublicKey (as the account root) lists exactly these SigningAlgorithms (comma-separated, in order).",
      example =
          "Then the public key of key \"code-signing\" offers the signing algorithms \"ECDSA_SHA_256\"")
  public void signingAlgorithms(KeyRef key, String algorithms) {
    assertThat(
            signing.publicKey(world.arn(key)).signingAlgorithms().stream()
                .map(SigningAlgorithm::name)
                .toList())
        .as("SigningAlgorithms GetPublicKey lists for %s", key)
        .containsExactlyElementsOf(
            Arrays.stream(algorithms.split(",")).map(String::strip).toList());
  }

  private static KeySpec spec(String name) {
    try {
      return KeySpec.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "key spec `" + name + "` is none of " + Arrays.toString(KeySpec.values()), e);
    }
  }

  private static KeyUsage usage(String name) {
    try {
      return KeyUsage.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "key usage `" + name + "` is none of " + Arrays.toString(KeyUsage.values()), e);
    }
  }
}
