package io.atrest.features.steps;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.KeyUsage;
import io.atrest.engine.kms.Origin;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.CallResult;
import io.atrest.features.world.KeyAdmin;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.Operations;
import io.atrest.fixtures.Fixtures;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Optional;

/** Creating keys of each kind and moving them through their states, as the account root. */
public final class KeyLifecycleSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final KeyAdmin admin;
  private final Operations operations;

  public KeyLifecycleSteps(KmsWorld world, Actors actors, KeyAdmin admin, Operations operations) {
    this.world = world;
    this.actors = actors;
    this.admin = admin;
    this.operations = operations;
  }

  @Given("{key} with the default key policy")
  @StepDoc(
      description =
          "The account root creates a symmetric encryption key with the default key policy (the account, kms:*).",
      example = "Given key \"app-key\" with the default key policy")
  public void withDefaultPolicy(KeyRef key) {
    admin
        .create(
            root(),
            key.name(),
            KeySpec.SYMMETRIC_DEFAULT,
            Optional.empty(),
            Origin.AWS_KMS,
            Optional.empty())
        .orFail();
  }

  @Given("{key} with the key policy from fixture {string}")
  @StepDoc(
      description =
          "The account root creates a symmetric key whose key policy is a fixture file (principals it names must exist).",
      example =
          "Given key \"table-key\" with the key policy from fixture \"policies/cloudformation-dynamodb.json\"")
  public void withFixturePolicy(KeyRef key, String fixture) {
    create(root(), key, Fixtures.text(fixture)).orFail();
  }

  @Given("{key} with the key policy from fixture {string}, bypassing the lockout safety check")
  @StepDoc(
      description =
          "The account root creates a symmetric key with a fixture's key policy and BypassPolicyLockoutSafetyCheck, needed when the policy gives the root no kms:PutKeyPolicy.",
      example =
          "Given key \"table-key\" with the key policy from fixture \"policies/customer-managed-dynamodb.json\", bypassing the lockout safety check")
  public void withFixturePolicyBypassing(KeyRef key, String fixture) {
    admin
        .create(
            root(),
            key.name(),
            KeySpec.SYMMETRIC_DEFAULT,
            Optional.empty(),
            Origin.AWS_KMS,
            Optional.of(Fixtures.text(fixture)),
            true)
        .orFail();
  }

  @Given("{key} with the key policy:")
  @StepDoc(
      description =
          "The account root creates a symmetric key with the key policy given as JSON in a doc string.",
      example = "Given key \"app-key\" with the key policy: \"\"\"{...}\"\"\"")
  public void withPolicy(KeyRef key, String json) {
    create(root(), key, json).orFail();
  }

  @Given("{key} of spec {word} for {word}")
  @StepDoc(
      description =
          "The account root creates an asymmetric or HMAC key of a KeySpec and KeyUsage, with the default key policy.",
      example = "Given key \"signer\" of spec RSA_2048 for SIGN_VERIFY")
  public void ofSpec(KeyRef key, String spec, String usage) {
    admin
        .create(
            root(),
            key.name(),
            KeySpec.valueOf(spec),
            Optional.of(KeyUsage.valueOf(usage)),
            Origin.AWS_KMS,
            Optional.empty())
        .orFail();
  }

  @Given("{key} is {word} by the account root")
  @StepDoc(
      description =
          "Puts a key in a state through the account root: disabled, enabled, or scheduled (for deletion in 7 days).",
      example = "Given key \"app-key\" is disabled by the account root")
  public void inState(KeyRef key, String change) {
    String operation =
        switch (change) {
          case "disabled" -> "DisableKey";
          case "enabled" -> "EnableKey";
          case "scheduled" -> "ScheduleKeyDeletion";
          default ->
              throw new IllegalArgumentException(
                  "state change `" + change + "` is none of disabled, enabled, scheduled");
        };
    CallResult result =
        operation.equals("ScheduleKeyDeletion")
            ? admin.scheduleDeletion(root(), world.arn(key), 7)
            : operations.call(
                operation, root(), world.arn(key), EncryptionContext.empty(), List.of());
    result.orFail();
  }

  @When("{principal} creates {key} with the key policy:")
  @StepDoc(
      description =
          "A principal tries to create a symmetric key with the key policy in the doc string; the outcome is checked by a Then step.",
      example = "When the account root creates key \"k\" with the key policy: \"\"\"{...}\"\"\"")
  public void tryCreate(PrincipalRef principal, KeyRef key, String json) {
    create(actors.caller(principal, false), key, json);
  }

  @When("{principal} creates {key} of spec {word} without a key usage")
  @StepDoc(
      description =
          "A principal tries to create a key of a KeySpec without giving a KeyUsage (required for all but symmetric keys).",
      example = "When the account root creates key \"mac\" of spec HMAC_256 without a key usage")
  public void tryCreateWithoutUsage(PrincipalRef principal, KeyRef key, String spec) {
    admin.create(
        actors.caller(principal, false),
        key.name(),
        KeySpec.valueOf(spec),
        Optional.empty(),
        Origin.AWS_KMS,
        Optional.empty());
  }

  @When("{principal} schedules the deletion of {key} in {int} days")
  @StepDoc(
      description =
          "A principal calls ScheduleKeyDeletion with a waiting period in days (AWS accepts 7 to 30).",
      example = "When the account root schedules the deletion of key \"app-key\" in 3 days")
  public void scheduleDeletion(PrincipalRef principal, KeyRef key, int days) {
    admin.scheduleDeletion(actors.caller(principal, false), world.arn(key), days);
  }

  @When("{principal} creates the alias {string} for {key}")
  @StepDoc(
      description =
          "A principal calls CreateAlias (names must start with alias/; alias/aws/ is reserved for AWS managed keys).",
      example = "When the account root creates the alias \"alias/aws/mine\" for key \"app-key\"")
  public void createAlias(PrincipalRef principal, String alias, KeyRef key) {
    admin.createAlias(actors.caller(principal, false), alias, world.arn(key));
  }

  private CallResult create(Caller caller, KeyRef key, String json) {
    return admin.create(
        caller,
        key.name(),
        KeySpec.SYMMETRIC_DEFAULT,
        Optional.empty(),
        Origin.AWS_KMS,
        Optional.of(json));
  }

  private Caller root() {
    return actors.caller(PrincipalRef.accountRoot(), false);
  }
}
