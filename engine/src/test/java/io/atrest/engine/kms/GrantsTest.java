package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.CreateGrantResult;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.GrantListEntry;
import io.atrest.engine.kms.api.ListGrantsRequest;
import io.atrest.engine.kms.api.ListRetirableGrantsRequest;
import io.atrest.engine.kms.api.RetireGrantRequest;
import io.atrest.engine.kms.api.RevokeGrantRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.InvalidGrantTokenException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.kms.grant.GrantConstraints;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.policy.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrantsTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final KeyMetadata key = bed.newKey();
  private final EncryptionContext books = EncryptionContext.of("table", "Books");
  private final String bobArn = "arn:aws:iam::" + ACCOUNT + ":user/bob";

  private CreateGrantResult grant(List<GrantOperation> ops, GrantConstraints constraints) {
    CreateGrantRequest request =
        CreateGrantRequest.of(bed.caller(bed.alice), key.keyId(), bobArn, ops);
    return bed.kms.createGrant(
        constraints == null ? request : request.withConstraints(constraints));
  }

  private byte[] blob(EncryptionContext ctx) {
    return bed.encrypt(bed.alice, key.keyId(), "secret", ctx).ciphertextBlob();
  }

  @Test
  void grant_allowsItsOperationToTheGrantee() {
    CreateGrantResult g = grant(List.of(GrantOperation.Decrypt), null);
    byte[] blob = blob(books);
    assertThat(g.grantId()).matches("[0-9a-f]{64}");
    assertThat(bed.decrypt(bed.bob, blob, books)).isEqualTo("secret");
    assertThat(bed.lastEvent("Decrypt").decision().orElseThrow().reasons())
        .anyMatch(
            r -> r.kind() == Reason.Kind.ALLOWED_BY && r.source().equals("grant:" + g.grantId()));
  }

  @Test
  void grant_doesNotAllowOtherOperations() {
    grant(List.of(GrantOperation.Decrypt), null);
    assertThatThrownBy(() -> bed.encrypt(bed.bob, key.keyId(), "x", books))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void subsetConstraint_allowsContextsContainingThePairs() {
    grant(List.of(GrantOperation.Decrypt), GrantConstraints.subsetOf(Map.of("table", "Books")));
    EncryptionContext more = EncryptionContext.of(Map.of("table", "Books", "account", ACCOUNT));
    assertThat(bed.decrypt(bed.bob, blob(more), more)).isEqualTo("secret");
    EncryptionContext other = EncryptionContext.of("table", "Movies");
    byte[] movies = blob(other);
    assertThatThrownBy(() -> bed.decrypt(bed.bob, movies, other))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void equalsConstraint_refusesExtraPairs() {
    grant(List.of(GrantOperation.Decrypt), GrantConstraints.equalTo(Map.of("table", "Books")));
    assertThat(bed.decrypt(bed.bob, blob(books), books)).isEqualTo("secret");
    EncryptionContext more = EncryptionContext.of(Map.of("table", "Books", "x", "y"));
    byte[] extra = blob(more);
    assertThatThrownBy(() -> bed.decrypt(bed.bob, extra, more))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void constraint_isIgnoredForDescribeKey() {
    grant(List.of(GrantOperation.DescribeKey), GrantConstraints.equalTo(Map.of("table", "Books")));
    assertThat(
            bed.kms
                .describeKey(DescribeKeyRequest.of(bed.caller(bed.bob), key.keyId()))
                .keyMetadata()
                .arn())
        .isEqualTo(key.arn());
  }

  @Test
  void bothConstraintTypes_fail() {
    GrantConstraints both = new GrantConstraints(Map.of("a", "1"), Map.of("b", "2"));
    assertThatThrownBy(() -> grant(List.of(GrantOperation.Decrypt), both))
        .isInstanceOf(ValidationException.class)
        .hasMessage("More than one constraint supplied");
  }

  @Test
  void noOperations_fail() {
    assertThatThrownBy(() -> grant(List.of(), null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at 'operations'");
  }

  @Test
  void signOnSymmetricKey_fails() {
    assertThatThrownBy(() -> grant(List.of(GrantOperation.Sign), null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Sign")
        .hasMessageContaining("SYMMETRIC_DEFAULT");
  }

  @Test
  void constraintOnAsymmetricKey_fails() {
    KeyMetadata rsa =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.caller(bed.alice))
                    .withSpec(KeySpec.RSA_2048, KeyUsage.ENCRYPT_DECRYPT))
            .keyMetadata();
    CreateGrantRequest request =
        CreateGrantRequest.of(
                bed.caller(bed.alice), rsa.keyId(), bobArn, List.of(GrantOperation.Decrypt))
            .withConstraints(GrantConstraints.subsetOf(Map.of("a", "b")));
    assertThatThrownBy(() -> bed.kms.createGrant(request))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("symmetric encryption");
  }

  @Test
  void explicitDeny_winsOverGrant() {
    String deny =
        "{\"Sid\":\"NoBob\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\""
            + bobArn
            + "\"},\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}";
    KeyMetadata denying = bed.newKey(KmsTestbed.keyPolicy(deny));
    bed.kms.createGrant(
        CreateGrantRequest.of(
            bed.caller(bed.alice), denying.keyId(), bobArn, List.of(GrantOperation.Decrypt)));
    byte[] blob = bed.encrypt(bed.alice, denying.keyId(), "x", books).ciphertextBlob();
    assertThatThrownBy(() -> bed.decrypt(bed.bob, blob, books))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("explicit deny");
  }

  @Test
  void sameName_returnsSameGrantIdWithNewToken() {
    CreateGrantRequest request =
        CreateGrantRequest.of(
                bed.caller(bed.alice), key.keyId(), bobArn, List.of(GrantOperation.Decrypt))
            .withName("table-Books");
    CreateGrantResult first = bed.kms.createGrant(request);
    CreateGrantResult second = bed.kms.createGrant(request);
    assertThat(second.grantId()).isEqualTo(first.grantId());
    assertThat(second.grantToken()).isNotEqualTo(first.grantToken());
    assertThat(
            bed.kms.listGrants(ListGrantsRequest.of(bed.caller(bed.alice), key.keyId())).grants())
        .hasSize(1);
  }

  @Test
  void grantToken_isUsableAtOnce() {
    CreateGrantResult g = grant(List.of(GrantOperation.Decrypt), null);
    byte[] blob = blob(books);
    String plain =
        KmsTestbed.text(
            bed.kms
                .decrypt(
                    DecryptRequest.of(bed.caller(bed.bob), blob, books)
                        .withGrantTokens(List.of(g.grantToken())))
                .plaintext());
    assertThat(plain).isEqualTo("secret");
  }

  @Test
  void invalidGrantToken_fails() {
    byte[] blob = blob(books);
    assertThatThrownBy(
            () ->
                bed.kms.decrypt(
                    DecryptRequest.of(bed.caller(bed.alice), blob, books)
                        .withGrantTokens(List.of("not-a-token"))))
        .isInstanceOf(InvalidGrantTokenException.class)
        .hasMessageContaining("not-a-token");
  }

  @Test
  void listGrants_showsTheGrantListEntryShape() {
    CreateGrantResult g =
        grant(
            List.of(GrantOperation.Decrypt, GrantOperation.RetireGrant),
            GrantConstraints.subsetOf(Map.of("table", "Books")));
    GrantListEntry entry =
        bed.kms
            .listGrants(ListGrantsRequest.of(bed.caller(bed.alice), key.keyId()))
            .grants()
            .get(0);
    assertThat(entry.keyId()).isEqualTo(key.arn());
    assertThat(entry.grantId()).isEqualTo(g.grantId());
    assertThat(entry.granteePrincipal()).isEqualTo(bobArn);
    assertThat(entry.issuingAccount()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":root");
    assertThat(entry.operations())
        .containsExactly(GrantOperation.Decrypt, GrantOperation.RetireGrant);
    assertThat(entry.constraints()).hasValue(GrantConstraints.subsetOf(Map.of("table", "Books")));
  }

  @Test
  void retireByToken_removesTheGrant() {
    CreateGrantResult g = grant(List.of(GrantOperation.Decrypt, GrantOperation.RetireGrant), null);
    bed.kms.retireGrant(RetireGrantRequest.byToken(bed.caller(bed.bob), g.grantToken()));
    byte[] blob = blob(books);
    assertThatThrownBy(() -> bed.decrypt(bed.bob, blob, books))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void granteeWithoutRetireGrantOperation_mayNotRetire() {
    CreateGrantResult g = grant(List.of(GrantOperation.Decrypt), null);
    assertThatThrownBy(
            () ->
                bed.kms.retireGrant(
                    RetireGrantRequest.byId(bed.caller(bed.bob), key.arn(), g.grantId())))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("kms:RetireGrant");
  }

  @Test
  void retiringPrincipal_mayRetire() {
    CreateGrantResult g =
        bed.kms.createGrant(
            CreateGrantRequest.of(
                    bed.caller(bed.alice), key.keyId(), bobArn, List.of(GrantOperation.Decrypt))
                .withRetiringPrincipal("arn:aws:iam::" + ACCOUNT + ":role/Admin"));
    bed.kms.retireGrant(RetireGrantRequest.byId(bed.caller(bed.admin), key.arn(), g.grantId()));
    assertThat(
            bed.kms.listGrants(ListGrantsRequest.of(bed.caller(bed.alice), key.keyId())).grants())
        .isEmpty();
  }

  @Test
  void listRetirableGrants_findsByRetiringPrincipal() {
    String adminArn = "arn:aws:iam::" + ACCOUNT + ":role/Admin";
    CreateGrantResult g =
        bed.kms.createGrant(
            CreateGrantRequest.of(
                    bed.caller(bed.alice), key.keyId(), bobArn, List.of(GrantOperation.Decrypt))
                .withRetiringPrincipal(adminArn));
    assertThat(
            bed.kms
                .listRetirableGrants(
                    new ListRetirableGrantsRequest(bed.caller(bed.alice), adminArn))
                .grants())
        .extracting(GrantListEntry::grantId)
        .containsExactly(g.grantId());
  }

  @Test
  void revokeGrant_needsPolicyPermissionAndRemovesIt() {
    CreateGrantResult g = grant(List.of(GrantOperation.Decrypt), null);
    assertThatThrownBy(
            () ->
                bed.kms.revokeGrant(
                    RevokeGrantRequest.of(bed.caller(bed.bob), key.keyId(), g.grantId())))
        .isInstanceOf(AccessDeniedException.class);
    bed.kms.revokeGrant(RevokeGrantRequest.of(bed.caller(bed.alice), key.keyId(), g.grantId()));
    assertThat(
            bed.kms.listGrants(ListGrantsRequest.of(bed.caller(bed.alice), key.keyId())).grants())
        .isEmpty();
  }

  @Test
  void childGrantFromGrant_mustUseSubsetOfOperations() {
    grant(List.of(GrantOperation.CreateGrant, GrantOperation.Decrypt), null);
    String admin = "arn:aws:iam::" + ACCOUNT + ":role/Admin";
    CreateGrantRequest wider =
        CreateGrantRequest.of(
            bed.caller(bed.bob),
            key.keyId(),
            admin,
            List.of(GrantOperation.Decrypt, GrantOperation.Encrypt));
    assertThatThrownBy(() -> bed.kms.createGrant(wider)).isInstanceOf(AccessDeniedException.class);
    CreateGrantRequest narrower =
        CreateGrantRequest.of(
            bed.caller(bed.bob), key.keyId(), admin, List.of(GrantOperation.Decrypt));
    assertThat(bed.kms.createGrant(narrower).grantId()).matches("[0-9a-f]{64}");
  }

  @Test
  void childGrantFromConstrainedGrant_mustBeNoLooser() {
    grant(
        List.of(GrantOperation.CreateGrant, GrantOperation.Decrypt),
        GrantConstraints.subsetOf(Map.of("table", "Books")));
    String admin = "arn:aws:iam::" + ACCOUNT + ":role/Admin";
    CreateGrantRequest loose =
        CreateGrantRequest.of(
            bed.caller(bed.bob), key.keyId(), admin, List.of(GrantOperation.Decrypt));
    assertThatThrownBy(() -> bed.kms.createGrant(loose)).isInstanceOf(AccessDeniedException.class);
    CreateGrantRequest strict =
        loose.withConstraints(GrantConstraints.equalTo(Map.of("table", "Books", "x", "y")));
    assertThat(bed.kms.createGrant(strict).grantId()).isNotBlank();
  }

  @Test
  void createGrantEvent_logsParametersAndGrantIdButNoToken() {
    CreateGrantResult g =
        grant(List.of(GrantOperation.Decrypt), GrantConstraints.subsetOf(Map.of("table", "Books")));
    var json = bed.lastEvent("CreateGrant").toJson();
    assertThat(json.at("/requestParameters/constraints/encryptionContextSubset/table").asText())
        .isEqualTo("Books");
    assertThat(json.at("/requestParameters/operations/0").asText()).isEqualTo("Decrypt");
    assertThat(json.at("/responseElements/grantId").asText()).isEqualTo(g.grantId());
    assertThat(json.toString()).doesNotContain(g.grantToken());
  }

  @Test
  void serviceGranteeInADirectCall_isAllowedAndNotForAwsResource() {
    CreateGrantResult g =
        bed.kms.createGrant(
            CreateGrantRequest.of(
                bed.caller(bed.alice),
                key.keyId(),
                "dynamodb.us-west-2.amazonaws.com",
                List.of(GrantOperation.Decrypt)));
    assertThat(g.grantId()).matches("[0-9a-f]{64}");
  }

  @Test
  void serviceGranteeThroughTheService_isAllowed() {
    CreateGrantResult g =
        bed.kms.createGrant(
            CreateGrantRequest.of(
                io.atrest.engine.identity.Caller.via("dynamodb", bed.alice),
                key.arn(),
                "dynamodb.us-west-2.amazonaws.com",
                List.of(GrantOperation.Decrypt)));
    assertThat(g.grantId()).matches("[0-9a-f]{64}");
  }

  @Test
  void granteeThatDoesNotExist_isInvalidArn() {
    assertThatThrownBy(
            () ->
                bed.kms.createGrant(
                    CreateGrantRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        "arn:aws:iam::" + ACCOUNT + ":user/ghost",
                        List.of(GrantOperation.Decrypt))))
        .isInstanceOf(io.atrest.engine.kms.error.InvalidArnException.class)
        .hasMessageContaining("does not exist");
  }
}
