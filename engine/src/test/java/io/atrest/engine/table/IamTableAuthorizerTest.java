package io.atrest.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.atrest.engine.clock.VirtualClock;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.policy.Decision;
import io.atrest.policy.Outcome;
import io.atrest.policy.eval.Principal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * IAM decisions on DynamoDB requests are remembered, and a change of the caller's policies, of the
 * caller or (for policies that read it) of the time is never answered from memory.
 */
class IamTableAuthorizerTest {
  private static final String ACCOUNT = "111122223333";
  private static final String BOOKS = "arn:aws:dynamodb:us-west-2:111122223333:table/Books";
  private static final String GET = "dynamodb:GetItem";
  private final VirtualClock clock = VirtualClock.startingAt(Instant.parse("2026-01-05T10:00:00Z"));
  private final IamRegistry iam = new IamRegistry(new SecureRandom());
  private final IamTableAuthorizer authorizer;
  private final Principal.IamUser alice;
  private final Caller caller;

  IamTableAuthorizerTest() {
    iam.addAccount(ACCOUNT, "us-west-2");
    alice = iam.addUser(ACCOUNT, "alice");
    iam.attachPolicy(alice, policy("dynamodb", "Allow", GET, ""));
    caller = Caller.direct(alice);
    authorizer = new IamTableAuthorizer(iam, ACCOUNT, clock);
  }

  private static IdentityPolicy policy(
      String name, String effect, String action, String condition) {
    return IdentityPolicy.parse(
        name,
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\""
            + name
            + "\",\"Effect\":\""
            + effect
            + "\",\"Action\":\""
            + action
            + "\",\"Resource\":\"*\""
            + (condition.isEmpty() ? "" : ",\"Condition\":" + condition)
            + "}]}");
  }

  @Test
  void repeatedRequest_isAnsweredWithTheRememberedDecision() {
    Decision first = authorizer.authorize(caller, GET, BOOKS);
    Decision again = authorizer.authorize(caller, GET, BOOKS);
    assertThat(again).isSameAs(first);
    assertThat(authorizer.rememberedDecisions()).isEqualTo(1);
  }

  @Test
  void policyAttachedAfterAnAllow_refusesTheNextRequest() {
    authorizer.authorize(caller, GET, BOOKS);
    iam.attachPolicy(alice, policy("NoReads", "Deny", GET, ""));
    assertThatThrownBy(() -> authorizer.authorize(caller, GET, BOOKS))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageEndingWith("with an explicit deny in an identity-based policy");
  }

  @Test
  void allowingPolicyReplacedByOneThatAllowsNothing_refusesTheNextRequest() {
    authorizer.authorize(caller, GET, BOOKS);
    iam.attachPolicy(alice, policy("dynamodb", "Allow", "s3:GetObject", ""));
    assertThatThrownBy(() -> authorizer.authorize(caller, GET, BOOKS))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageEndingWith(
            "because no identity-based policy allows the dynamodb:GetItem action");
  }

  @Test
  void removedPrincipal_isRefusedAtTheNextRequest() {
    authorizer.authorize(caller, GET, BOOKS);
    iam.remove(alice);
    assertThatThrownBy(() -> authorizer.authorize(caller, GET, BOOKS))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void rememberedRefusal_stillCarriesItsDecisionAndReasons() {
    Caller bob = Caller.direct(iam.addUser(ACCOUNT, "bob"));
    iam.attachPolicy((Principal.IamUser) bob.principal(), policy("NoReads", "Deny", GET, ""));
    assertThatThrownBy(() -> authorizer.authorize(bob, GET, BOOKS))
        .isInstanceOf(AccessDeniedException.class);
    AccessDeniedException again =
        catchThrowableOfType(
            () -> authorizer.authorize(bob, GET, BOOKS), AccessDeniedException.class);
    assertThat(again.decision()).map(Decision::outcome).contains(Outcome.EXPLICIT_DENY);
    assertThat(again.decision().orElseThrow().explain()).contains("NoReads");
    assertThat(authorizer.rememberedDecisions()).isEqualTo(1);
  }

  @Test
  void policyThatReadsTheTime_isEvaluatedAtEveryRequest() {
    iam.attachPolicy(
        alice,
        policy(
            "dynamodb",
            "Allow",
            GET,
            "{\"DateLessThan\":{\"aws:CurrentTime\":\"2026-01-05T11:00:00Z\"}}"));
    authorizer.authorize(caller, GET, BOOKS);
    clock.advance(Duration.ofHours(2));
    assertThatThrownBy(() -> authorizer.authorize(caller, GET, BOOKS))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(authorizer.rememberedDecisions()).isZero();
  }

  @Test
  void callerFromAnotherAddress_isDecidedForThatAddress() {
    iam.attachPolicy(
        alice,
        policy("dynamodb", "Allow", GET, "{\"IpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}"));
    authorizer.authorize(caller, GET, BOOKS);
    assertThatThrownBy(() -> authorizer.authorize(caller.withSourceIp("198.51.100.7"), GET, BOOKS))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void sameCallerOnAnotherConnection_sharesTheRememberedDecision() {
    Decision first = authorizer.authorize(caller.onConnection("c1"), GET, BOOKS);
    assertThat(authorizer.authorize(caller.onConnection("c2"), GET, BOOKS)).isSameAs(first);
  }

  @Test
  void otherResource_isDecidedOnItsOwn() {
    authorizer.authorize(caller, GET, BOOKS);
    authorizer.authorize(caller, GET, BOOKS.replace("Books", "Films"));
    assertThat(authorizer.rememberedDecisions()).isEqualTo(2);
  }

  @Test
  void decisionsBeyondCapacity_forgetTheLeastRecentlyUsed() {
    for (int i = 0; i <= RememberedDecisions.CAPACITY; i++) {
      authorizer.authorize(caller, GET, BOOKS + i);
    }
    assertThat(authorizer.rememberedDecisions()).isEqualTo(RememberedDecisions.CAPACITY);
  }
}
