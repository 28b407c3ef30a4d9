package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static io.atrest.engine.kms.KmsTestbed.OTHER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.CreateGrantResult;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.GrantListEntry;
import io.atrest.engine.kms.api.ListRetirableGrantsRequest;
import io.atrest.engine.kms.api.PageRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.InvalidArnException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.policy.Outcome;
import io.atrest.policy.Reason;
import io.atrest.policy.eval.Principal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ListRetirableGrants: which grants, who may ask, and how a bad RetiringPrincipal is refused. */
class RetirableGrantsTest {

  private static final String ADMIN = "arn:aws:iam::" + ACCOUNT + ":role/Admin";
  private static final String BOB = "arn:aws:iam::" + ACCOUNT + ":user/bob";

  private final KmsTestbed bed = new KmsTestbed();
  private final Caller alice = bed.caller(bed.alice);
  private final String key = bed.newKey().keyId();

  private String grant(Caller issuer, String keyId, String retiring) {
    CreateGrantRequest request =
        CreateGrantRequest.of(issuer, keyId, BOB, List.of(GrantOperation.Decrypt));
    CreateGrantResult result =
        bed.kms.createGrant(retiring == null ? request : request.withRetiringPrincipal(retiring));
    return result.grantId();
  }

  private List<String> retirable(Caller caller, String principal) {
    return bed
        .kms
        .listRetirableGrants(new ListRetirableGrantsRequest(caller, principal))
        .grants()
        .stream()
        .map(GrantListEntry::grantId)
        .toList();
  }

  @Test
  void listsOnlyGrantsWhoseRetiringPrincipalIsTheOneNamed() {
    String forAdmin = grant(alice, key, ADMIN);
    grant(alice, key, BOB);
    grant(alice, key, null);

    assertThat(retirable(alice, ADMIN)).containsExactly(forAdmin);
  }

  @Test
  void includesGrantsOnKeysOfOtherAccounts() {
    Caller otherRoot = bed.caller(new Principal.AccountRoot(OTHER_ACCOUNT));
    String otherKey = bed.kms.createKey(CreateKeyRequest.symmetric(otherRoot)).keyMetadata().arn();
    String mine = grant(alice, key, ADMIN);
    String theirs = grant(otherRoot, otherKey, ADMIN);

    assertThat(retirable(alice, ADMIN)).containsExactlyInAnyOrder(mine, theirs);
  }

  @Test
  void callerWithoutIamPermission_isDeniedOnTheRetiringPrincipalArn() {
    assertThatThrownBy(() -> retirable(bed.caller(bed.bob), ADMIN))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(
            "User: "
                + BOB
                + " is not authorized to perform: kms:ListRetirableGrants on resource: "
                + ADMIN
                + " because no identity-based policy allows the kms:ListRetirableGrants action");
  }

  @Test
  void iamPolicyOnTheRetiringPrincipalArn_allowsThatPrincipalOnly() {
    bed.iam.attachPolicy(
        bed.bob,
        IdentityPolicy.parse(
            "admin-grants",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"kms:ListRetirableGrants\",\"Resource\":\""
                + ADMIN
                + "\"}]}"));
    String forAdmin = grant(alice, key, ADMIN);

    assertThat(retirable(bed.caller(bed.bob), ADMIN)).containsExactly(forAdmin);
    assertThatThrownBy(() -> retirable(bed.caller(bed.bob), BOB))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void keyPolicyAllowingTheCaller_doesNotCount() {
    String bobsKey =
        bed.newKey(
                KmsTestbed.keyPolicy(
                    "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
                        + BOB
                        + "\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}"))
            .keyId();
    grant(alice, bobsKey, ADMIN);

    assertThatThrownBy(() -> retirable(bed.caller(bed.bob), ADMIN))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void retiringPrincipalOfAnotherAccount_isDeniedWithTheReason() {
    String carol = "arn:aws:iam::" + OTHER_ACCOUNT + ":user/carol";

    assertThatThrownBy(() -> retirable(alice, carol))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e -> {
              assertThat(e.decision().outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
              assertThat(e.decision().reasons())
                  .extracting(Reason::message)
                  .anySatisfy(m -> assertThat(m).contains(carol).contains("caller's account"));
              assertThat(e.getMessage()).contains("on resource: " + carol);
            });
  }

  @Test
  void servicePrincipalName_isNotAPrincipalArn() {
    assertThatThrownBy(() -> retirable(alice, "dynamodb.us-west-2.amazonaws.com"))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageContaining("`dynamodb.us-west-2.amazonaws.com`");
  }

  @Test
  void arnOfANonPrincipalResource_isInvalidArn() {
    assertThatThrownBy(() -> retirable(alice, "arn:aws:s3:::my-bucket"))
        .isInstanceOf(InvalidArnException.class);
  }

  @Test
  void valueOutsideThePrincipalPattern_isAValidationError() {
    assertThatThrownBy(() -> retirable(alice, "role Admin"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value 'role Admin' at 'retiringPrincipal' failed to"
                + " satisfy constraint: Member must satisfy regular expression pattern:"
                + " ^[\\w+=,.@:/-]+$");
  }

  @Test
  void valueLongerThan256_isAValidationError() {
    String longName = "arn:aws:iam::" + ACCOUNT + ":user/" + "u".repeat(250);

    assertThatThrownBy(() -> retirable(alice, longName))
        .isInstanceOf(ValidationException.class)
        .hasMessageEndingWith("Member must have length less than or equal to 256");
  }

  @Test
  void badPrincipalAndBadLimit_areReportedTogether() {
    assertThatThrownBy(
            () ->
                bed.kms.listRetirableGrants(
                    new ListRetirableGrantsRequest(alice, "", PageRequest.limit(0))))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("2 validation errors detected: Value '' at 'retiringPrincipal'")
        .hasMessageContaining("Value '0' at 'limit'");
  }

  @Test
  void trailRecordsTheRetiringPrincipalOfARefusedCall() {
    assertThatThrownBy(() -> retirable(bed.caller(bed.bob), ADMIN))
        .isInstanceOf(AccessDeniedException.class);

    TrailEvent event = bed.lastEvent("ListRetirableGrants");
    assertThat(event.requestParameters().orElseThrow().get("retiringPrincipal").asText())
        .isEqualTo(ADMIN);
    assertThat(event.errorCode()).isEqualTo(Optional.of("AccessDenied"));
  }
}
