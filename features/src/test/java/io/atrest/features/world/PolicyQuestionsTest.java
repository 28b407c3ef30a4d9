package io.atrest.features.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.Origin;
import io.atrest.features.types.PrincipalRef;
import io.atrest.fixtures.Fixtures;
import io.atrest.policy.eval.Principal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyQuestionsTest {

  private static final List<String> USE = List.of("kms:Encrypt", "kms:Decrypt");

  private final KmsWorld world = new KmsWorld();
  private final Actors actors = new Actors(world);
  private final Evidence evidence = new Evidence();
  private final KmsCalls calls = new KmsCalls(world, new LastCall(), evidence);
  private final PolicyQuestions questions = new PolicyQuestions(world, evidence);

  @Test
  void cloudFormationPolicy_letsNoOtherAccountUseTheKey() {
    String arn = key(Fixtures.text("policies/cloudformation-dynamodb.json"));
    assertThat(questions.outsiders(arn, KmsWorld.HOME_ACCOUNT, USE)).isEmpty();
  }

  @Test
  void policyOpenToEveryone_letsAnotherAccountUseTheKey() {
    String arn =
        key(
            "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},"
                + "{\"Sid\":\"Everyone\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}]}");
    assertThat(questions.outsiders(arn, KmsWorld.HOME_ACCOUNT, USE))
        .containsKey(
            "arn:aws:iam::" + PolicyQuestions.STRANGER_ACCOUNT + ":user/stranger kms:Decrypt");
  }

  @Test
  void cloudFormationPolicy_allowsAnyAccountPrincipalThroughDynamoDb_butNoServiceOrStranger() {
    String arn = key(Fixtures.text("policies/cloudformation-dynamodb.json"));
    Principal app = actors.resolve(PrincipalRef.parse("user \"app\""));
    assertThat(questions.allowed(arn, "kms:Decrypt", true, List.of(app)).keySet())
        .contains(app)
        .noneMatch(p -> p instanceof Principal.ServicePrincipal)
        .noneMatch(p -> p.account().filter(PolicyQuestions.STRANGER_ACCOUNT::equals).isPresent());
  }

  private String key(String policy) {
    new KeyAdmin(world, calls)
        .create(
            actors.caller(PrincipalRef.accountRoot(), false),
            "k",
            KeySpec.SYMMETRIC_DEFAULT,
            Optional.empty(),
            Origin.AWS_KMS,
            Optional.of(policy))
        .orFail();
    return world.keys().get("k");
  }
}
