package io.atrest.features.steps;

import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.PolicyQuestions;
import io.atrest.policy.Decision;
import io.atrest.policy.eval.Principal;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Questions over a key's policy, answered by evaluating it for the named principals and a
 * representative set of others: who may call an operation, whether anyone outside the account may
 * use the key, which Regions' DynamoDB may use it.
 */
public final class PolicyQuestionSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final PolicyQuestions questions;

  public PolicyQuestionSteps(KmsWorld world, Actors actors, PolicyQuestions questions) {
    this.world = world;
    this.actors = actors;
    this.questions = questions;
  }

  @Then("under the policy of {key} only these principals can call {operation} through DynamoDB:")
  @StepDoc(
      description =
          "Evaluates the key's policy (with identity policies) for the listed principals and representative others (other users, roles and sessions of the account, its root, another account, DynamoDB's service principal); exactly the listed ones may call the operation through DynamoDB.",
      example =
          "Then under the policy of key \"table-key\" only these principals can call Decrypt through DynamoDB: | user \"db-lead\" |")
  public void onlyThroughDynamoDb(KeyRef key, String operation, List<String> principals) {
    only(key, operation, true, principals);
  }

  @Then("under the policy of {key} only these principals can call {operation} directly:")
  @StepDoc(
      description =
          "Like the DynamoDB question, for direct calls: exactly the listed principals (among the representative set) may call the operation.",
      example =
          "Then under the policy of key \"table-key\" only these principals can call DescribeKey directly: | role \"db-team\" |")
  public void onlyDirectly(KeyRef key, String operation, List<String> principals) {
    only(key, operation, false, principals);
  }

  @Then("under the policy of {key} no principal can call {operation} directly")
  @StepDoc(
      description =
          "Evaluates the key's policy for the representative principals (users, roles, sessions and root of the account and of another account, DynamoDB's service principal): none may call the operation directly.",
      example = "Then under the policy of key \"table-key\" no principal can call Decrypt directly")
  public void nobodyDirectly(KeyRef key, String operation) {
    only(key, operation, false, List.of());
  }

  @Then("under the policy of {key} no principal outside account {string} can use the key")
  @StepDoc(
      description =
          "Evaluates the key's policy for users, sessions and the root of another account (whose own IAM allows everything) and finds none allowed any cryptographic use, directly or through DynamoDB.",
      example =
          "Then under the policy of key \"table-key\" no principal outside account \"111122223333\" can use the key")
  public void noOutsider(KeyRef key, String account) {
    Map<String, Decision> outsiders =
        questions.outsiders(
            world.arn(key),
            account,
            List.of(
                "kms:Encrypt",
                "kms:Decrypt",
                "kms:GenerateDataKey",
                "kms:ReEncryptFrom",
                "kms:CreateGrant"));
    if (!outsiders.isEmpty()) {
      throw new AssertionError(
          "expected: no principal outside account "
              + account
              + " can use "
              + key
              + "\nbut the policy allows:\n"
              + explain(outsiders));
    }
  }

  @Then(
      "under the policy of {key} {principal} can call {operation} through DynamoDB in region {string}")
  @StepDoc(
      description =
          "Evaluates the key's policy for a principal whose request DynamoDB of that Region makes: it is allowed.",
      example =
          "Then under the policy of key \"table-key\" user \"db-lead\" can call Decrypt through DynamoDB in region \"eu-west-1\"")
  public void inRegion(KeyRef key, PrincipalRef principal, String operation, String region) {
    Decision decision =
        questions.throughDynamoDbIn(
            world.arn(key), actors.resolve(principal), "kms:" + operation, region);
    if (!decision.isAllowed()) {
      throw new AssertionError(
          "expected kms:"
              + operation
              + " through DynamoDB in "
              + region
              + " to be allowed, but "
              + decision.explain());
    }
  }

  @Then(
      "under the policy of {key} {principal} cannot call {operation} through DynamoDB in region {string}")
  @StepDoc(
      description =
          "Evaluates the key's policy for a principal whose request DynamoDB of another Region makes (kms:ViaService dynamodb.REGION.amazonaws.com): it is not allowed.",
      example =
          "Then under the policy of key \"stack-key\" user \"fn\" cannot call Decrypt through DynamoDB in region \"us-east-1\"")
  public void notInRegion(KeyRef key, PrincipalRef principal, String operation, String region) {
    Decision decision =
        questions.throughDynamoDbIn(
            world.arn(key), actors.resolve(principal), "kms:" + operation, region);
    if (decision.isAllowed()) {
      throw new AssertionError(
          "expected kms:"
              + operation
              + " through DynamoDB in "
              + region
              + " to be refused, but "
              + decision.explain());
    }
  }

  private void only(KeyRef key, String operation, boolean via, List<String> principals) {
    List<Principal> named =
        principals.stream().map(PrincipalRef::parse).map(actors::resolve).toList();
    Map<Principal, Decision> allowed =
        questions.allowed(world.arn(key), "kms:" + operation, via, named);
    if (!allowed.keySet().equals(Set.copyOf(named))) {
      throw new AssertionError(
          "expected exactly these principals to be allowed kms:"
              + operation
              + (via ? " through DynamoDB: " : " directly: ")
              + named.stream().map(Principal::arn).toList()
              + "\nthe policy allows:\n"
              + explain(
                  allowed.entrySet().stream()
                      .collect(Collectors.toMap(e -> e.getKey().arn(), Map.Entry::getValue))));
    }
  }

  private static String explain(Map<String, Decision> decisions) {
    return decisions.entrySet().stream()
        .map(e -> "- " + e.getKey() + ": " + e.getValue().explain().replace("\n", "\n  "))
        .collect(Collectors.joining("\n"));
  }
}
