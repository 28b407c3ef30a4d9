package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserIdentityTest {

  @Test
  void awsService_rendersOnlyTypeAndInvokedBy() {
    ObjectNode json = UserIdentity.awsService("dynamodb.amazonaws.com").toJson();

    assertThat(json)
        .isEqualTo(
            SeedEvents.JSON
                .createObjectNode()
                .put("type", "AWSService")
                .put("invokedBy", "dynamodb.amazonaws.com"));
  }

  @Test
  void awsInternal_rendersTheUntypedServiceEventForm() {
    ObjectNode json = UserIdentity.awsInternal("111122223333").toJson();

    assertThat(json)
        .isEqualTo(
            SeedEvents.JSON
                .createObjectNode()
                .put("accountId", "111122223333")
                .put("invokedBy", "AWS Internal"));
  }

  @Test
  void iamUser_derivesTheUserArn() {
    UserIdentity user =
        UserIdentity.iamUser("AIDAEXAMPLE", "111122223333", "db-lead", "AKIAEXAMPLE");

    assertThat(user.arn()).isEqualTo("arn:aws:iam::111122223333:user/db-lead");
    assertThat(user.toJson().get("type").asText()).isEqualTo("IAMUser");
    assertThat(user.toJson().get("userName").asText()).isEqualTo("db-lead");
  }

  @Test
  void root_usesTheAccountAsPrincipalId() {
    UserIdentity root = UserIdentity.root("111122223333", null);

    assertThat(root.principalId()).isEqualTo("111122223333");
    assertThat(root.arn()).isEqualTo("arn:aws:iam::111122223333:root");
  }

  @Test
  void assumedRole_derivesSessionPrincipalIdAndArnFromItsIssuer() {
    SessionContext session =
        new SessionContext(
            new SessionContext.Attributes(Instant.parse("2018-02-14T00:12:02.5Z"), true),
            SessionContext.SessionIssuer.role("AROAEXAMPLE", "111122223333", "Admin"));

    UserIdentity identity = UserIdentity.assumedRole(session, "user01", "ASIAEXAMPLE");

    assertThat(identity.principalId()).isEqualTo("AROAEXAMPLE:user01");
    assertThat(identity.arn()).isEqualTo("arn:aws:sts::111122223333:assumed-role/Admin/user01");
    ObjectNode attributes = (ObjectNode) identity.toJson().get("sessionContext").get("attributes");
    assertThat(attributes.get("mfaAuthenticated").asText()).isEqualTo("true");
    assertThat(attributes.get("creationDate").asText()).isEqualTo("2018-02-14T00:12:02Z");
  }

  @Test
  void invokedBy_addsTheCallingServiceAndKeepsTheCaller() {
    UserIdentity user = UserIdentity.iamUser("AIDAEXAMPLE", "111122223333", "db-lead", null);

    UserIdentity viaDynamo = user.invokedBy("dynamodb.amazonaws.com");

    assertThat(viaDynamo.invokedBy()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(viaDynamo.arn()).isEqualTo(user.arn());
    assertThat(viaDynamo.toJson().has("accessKeyId")).isFalse();
  }

  @Test
  void untypedIdentityWithoutInvokedBy_isRefused() {
    assertThatThrownBy(
            () -> new UserIdentity(null, null, null, "111122223333", null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userIdentity.invokedBy");
  }

  @Test
  void awsServiceWithoutInvokedBy_isRefused() {
    assertThatThrownBy(() -> UserIdentity.awsService(" "))
        .hasMessageContaining("invokedBy (of an AWSService identity)");
  }

  @Test
  void iamUserWithoutAccount_isRefused() {
    assertThatThrownBy(
            () ->
                new UserIdentity(
                    IdentityType.IAM_USER,
                    "AIDA",
                    "arn:aws:iam::1:user/x",
                    null,
                    null,
                    null,
                    null,
                    null))
        .hasMessageContaining("userIdentity.accountId (of a IAMUser identity)");
  }

  @Test
  void sessionContextOnAServiceIdentity_isRefused() {
    SessionContext session =
        new SessionContext(
            new SessionContext.Attributes(Instant.EPOCH, false),
            SessionContext.SessionIssuer.role("AROA", "111122223333", "Admin"));

    assertThatThrownBy(
            () ->
                new UserIdentity(
                    IdentityType.AWS_SERVICE,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "kms.amazonaws.com",
                    session))
        .hasMessageContaining("sessionContext is not allowed for identity type `AWSService`");
  }

  @Test
  void sessionIssuerOfAnAssumedRoleService_isRefused() {
    assertThatThrownBy(
            () ->
                new SessionContext.SessionIssuer(
                    IdentityType.AWS_SERVICE, "x", "arn:aws:iam::1:x", "1", null))
        .hasMessageContaining("sessionIssuer.type must be Role, IAMUser or Root, not `AWSService`");
  }

  @Test
  void assumedRoleIssuedByAUser_isRefused() {
    SessionContext session =
        new SessionContext(
            new SessionContext.Attributes(Instant.EPOCH, false),
            new SessionContext.SessionIssuer(
                IdentityType.IAM_USER,
                "AIDA",
                "arn:aws:iam::111122223333:user/u",
                "111122223333",
                "u"));

    assertThatThrownBy(() -> UserIdentity.assumedRole(session, "s", null))
        .hasMessageContaining("must be a Role, not `IAMUser`");
  }

  @Test
  void identityTypeFromJson_readsCloudTrailSpelling() {
    assertThat(IdentityType.fromJson("AssumedRole")).isEqualTo(IdentityType.ASSUMED_ROLE);
    assertThatThrownBy(() -> IdentityType.fromJson("assumedrole"))
        .hasMessageContaining("`assumedrole`");
  }
}
