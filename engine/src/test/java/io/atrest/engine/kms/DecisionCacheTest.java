package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.policy.Decision;
import io.atrest.policy.Outcome;
import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.parse.PolicyParser;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DecisionCacheTest {

  private static final String KEY = "arn:aws:kms:us-west-2:111122223333:key/k";
  private static final Principal ALICE = new Principal.IamUser("111122223333", "alice");

  private final DecisionCache cache = new DecisionCache();
  private final AtomicInteger evaluations = new AtomicInteger();
  private final Supplier<Decision> evaluate =
      () -> {
        evaluations.incrementAndGet();
        return new Decision(Outcome.ALLOW, List.of());
      };

  private static PolicyDocument policy(String condition) throws Exception {
    return PolicyParser.parse(
        "key-policy",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
            + "\"Action\":\"kms:*\",\"Resource\":\"*\""
            + condition
            + "}]}");
  }

  private static AuthorizationRequest request(String tableName) {
    return new AuthorizationRequest(
        ALICE,
        "kms:Encrypt",
        KEY,
        RequestContext.builder().put("kms:EncryptionContext:table", tableName).build());
  }

  @Test
  void equalRequestUnderTheSamePolicies_isEvaluatedOnce() throws Exception {
    PolicyDocument key = policy("");
    Decision first = cache.decide(request("Books"), key, List.of(), evaluate);
    Decision second = cache.decide(request("Books"), key, List.of(), evaluate);

    assertThat(second).isSameAs(first);
    assertThat(evaluations).hasValue(1);
  }

  @Test
  void sameRequestObjectRepeated_isAnsweredWithTheRememberedDecision() throws Exception {
    PolicyDocument key = policy("");
    AuthorizationRequest request = request("Books");
    Decision first = cache.decide(request, key, List.of(), evaluate);
    Decision second = cache.decide(request, key, List.of(), evaluate);

    assertThat(second).isSameAs(first);
    assertThat(evaluations).hasValue(1);
  }

  @Test
  void sameContextObjectForAnotherPrincipal_isEvaluatedAgain() throws Exception {
    PolicyDocument key = policy("");
    AuthorizationRequest alices = request("Books");
    AuthorizationRequest bobs =
        new AuthorizationRequest(
            new Principal.IamUser("111122223333", "bob"), "kms:Encrypt", KEY, alices.context());
    cache.decide(alices, key, List.of(), evaluate);
    cache.decide(bobs, key, List.of(), evaluate);

    assertThat(evaluations).hasValue(2);
  }

  @Test
  void requestsTakingTurns_areEachEvaluatedOnce() throws Exception {
    PolicyDocument key = policy("");
    cache.decide(request("Books"), key, List.of(), evaluate);
    cache.decide(request("Movies"), key, List.of(), evaluate);
    cache.decide(request("Books"), key, List.of(), evaluate);
    cache.decide(request("Movies"), key, List.of(), evaluate);

    assertThat(evaluations).hasValue(2);
  }

  @Test
  void otherContextValue_isEvaluatedAgain() throws Exception {
    PolicyDocument key = policy("");
    cache.decide(request("Books"), key, List.of(), evaluate);
    cache.decide(request("Movies"), key, List.of(), evaluate);

    assertThat(evaluations).hasValue(2);
  }

  @Test
  void equalButDistinctKeyPolicyDocument_isEvaluatedAgain() throws Exception {
    cache.decide(request("Books"), policy(""), List.of(), evaluate);
    cache.decide(request("Books"), policy(""), List.of(), evaluate);

    assertThat(evaluations).hasValue(2);
  }

  @Test
  void replacedIdentityPolicyList_isEvaluatedAgain() throws Exception {
    PolicyDocument key = policy("");
    IdentityPolicy allow = IdentityPolicy.parse("all", KmsTestbed.allow("kms:*"));
    cache.decide(request("Books"), key, List.of(allow), evaluate);
    cache.decide(request("Books"), key, List.of(allow), evaluate);

    assertThat(evaluations).hasValue(2);
  }

  @Test
  void policyReadingTheTime_isNeverRemembered() throws Exception {
    PolicyDocument key =
        policy(",\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":\"2030-01-01T00:00:00Z\"}}");
    cache.decide(request("Books"), key, List.of(), evaluate);
    cache.decide(request("Books"), key, List.of(), evaluate);

    assertThat(evaluations).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void identityPolicyReadingTheTime_isNeverRemembered() throws Exception {
    PolicyDocument key = policy("");
    List<IdentityPolicy> identity =
        List.of(
            IdentityPolicy.parse(
                "until",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Action\":\"kms:*\",\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":"
                    + "{\"aws:EpochTime\":\"1900000000\"}}}]}"));
    cache.decide(request("Books"), key, identity, evaluate);
    cache.decide(request("Books"), key, identity, evaluate);

    assertThat(evaluations).hasValue(2);
  }

  @Test
  void rememberedDecisions_areBoundedByTheCapacity() throws Exception {
    PolicyDocument key = policy("");
    for (int i = 0; i < DecisionCache.CAPACITY + 10; i++) {
      cache.decide(request("t" + i), key, List.of(), evaluate);
    }

    assertThat(cache.size()).isEqualTo(DecisionCache.CAPACITY);
  }

  private static AuthorizationRequest requestAt(String currentTime, long epochSeconds) {
    return new AuthorizationRequest(
        ALICE,
        "kms:Encrypt",
        KEY,
        RequestContext.builder()
            .put("kms:EncryptionContext:table", "Books")
            .put("aws:CurrentTime", currentTime)
            .put("aws:EpochTime", Long.toString(epochSeconds))
            .build());
  }

  @Test
  void timeIndependentPolicy_decisionIsReusedInLaterSeconds() throws Exception {
    PolicyDocument key =
        policy(",\"Condition\":{\"StringEquals\":{\"kms:EncryptionContext:table\":\"Books\"}}");
    Decision first =
        cache.decide(requestAt("2026-01-01T00:00:00Z", 1767225600), key, List.of(), evaluate);
    Decision later =
        cache.decide(requestAt("2026-01-01T00:00:07Z", 1767225607), key, List.of(), evaluate);

    assertThat(later).isSameAs(first);
    assertThat(evaluations).hasValue(1);
  }

  @Test
  void timeDependentPolicy_decisionIsNeverReused_evenWithinOneSecond() throws Exception {
    PolicyDocument key =
        policy(",\"Condition\":{\"NumericLessThan\":{\"aws:EpochTime\":\"1900000000\"}}");
    cache.decide(requestAt("2026-01-01T00:00:00Z", 1767225600), key, List.of(), evaluate);
    cache.decide(requestAt("2026-01-01T00:00:01Z", 1767225601), key, List.of(), evaluate);
    cache.decide(requestAt("2026-01-01T00:00:01Z", 1767225601), key, List.of(), evaluate);

    assertThat(evaluations).hasValue(3);
    assertThat(cache.size()).isZero();
  }

  @Test
  void timeIndependentPolicy_otherNonTimeKey_inALaterSecond_isEvaluatedAgain() throws Exception {
    PolicyDocument key = policy("");
    cache.decide(requestAt("2026-01-01T00:00:00Z", 1767225600), key, List.of(), evaluate);
    AuthorizationRequest other =
        new AuthorizationRequest(
            ALICE,
            "kms:Encrypt",
            KEY,
            RequestContext.builder()
                .put("kms:EncryptionContext:table", "Movies")
                .put("aws:CurrentTime", "2026-01-01T00:00:01Z")
                .put("aws:EpochTime", "1767225601")
                .build());
    cache.decide(other, key, List.of(), evaluate);

    assertThat(evaluations).hasValue(2);
  }
}
