package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailMatchTest {

  private static JsonNode json(String text) {
    try {
      return SeedEvents.JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  @Test
  void objectWithExtraFields_containsTheExpectedSubset() {
    assertThat(TrailMatch.exact().firstMismatch(json("{'a':1}"), json("{'a':1,'b':2}"))).isEmpty();
  }

  @Test
  void missingField_isReportedWithItsPath() {
    TrailMismatch mismatch =
        TrailMatch.exact()
            .firstMismatch(
                json("{'userIdentity':{'invokedBy':'dynamodb.amazonaws.com'}}"),
                json("{'userIdentity':{}}"))
            .orElseThrow();

    assertThat(mismatch.path()).isEqualTo("/userIdentity/invokedBy");
    assertThat(mismatch.describe())
        .isEqualTo(
            "at /userIdentity/invokedBy: missing field `invokedBy` (expected"
                + " \"dynamodb.amazonaws.com\", found nothing)");
  }

  @Test
  void differentValue_isReportedWithBothValues() {
    TrailMismatch mismatch =
        TrailMatch.exact()
            .firstMismatch(json("{'readOnly':true}"), json("{'readOnly':false}"))
            .orElseThrow();

    assertThat(mismatch.describe())
        .isEqualTo("at /readOnly: different value (expected true, found false)");
  }

  @Test
  void stringAndBooleanOfTheSameText_doNotMatch() {
    TrailMismatch mismatch =
        TrailMatch.exact()
            .firstMismatch(json("{'mfaAuthenticated':'false'}"), json("{'mfaAuthenticated':false}"))
            .orElseThrow();

    assertThat(mismatch.problem()).isEqualTo("expected a string, found a boolean");
  }

  @Test
  void expectedNull_needsARecordedNullNotAMissingField() {
    assertThat(TrailMatch.exact().firstMismatch(json("{'responseElements':null}"), json("{}")))
        .isPresent();
    assertThat(
            TrailMatch.exact()
                .firstMismatch(json("{'responseElements':null}"), json("{'responseElements':{}}")))
        .hasValueSatisfying(
            m -> assertThat(m.problem()).isEqualTo("expected null, found an object"));
  }

  @Test
  void numbers_matchByValue() {
    assertThat(TrailMatch.exact().firstMismatch(json("{'n':1}"), json("{'n':1.0}"))).isEmpty();
  }

  @Test
  void arrays_matchElementByElementInOrder() {
    JsonNode expected = json("{'operations':['Decrypt','Encrypt']}");

    assertThat(
            TrailMatch.exact()
                .firstMismatch(expected, json("{'operations':['Decrypt','Encrypt']}")))
        .isEmpty();
    assertThat(
            TrailMatch.exact()
                .firstMismatch(expected, json("{'operations':['Encrypt','Decrypt']}")))
        .hasValueSatisfying(m -> assertThat(m.path()).isEqualTo("/operations/0"));
  }

  @Test
  void arrayWithAnExtraElement_doesNotMatch() {
    assertThat(
            TrailMatch.exact()
                .firstMismatch(json("{'r':[{'a':1}]}"), json("{'r':[{'a':1},{'a':2}]}")))
        .hasValueSatisfying(m -> assertThat(m.problem()).isEqualTo("expected 1 elements, found 2"));
  }

  @Test
  void arrayElementsAreSubsetsToo() {
    assertThat(
            TrailMatch.exact()
                .firstMismatch(json("{'r':[{'a':1}]}"), json("{'r':[{'a':1,'b':2}]}")))
        .isEmpty();
  }

  @Test
  void ignoredField_mustBePresentButItsValueIsFree() {
    TrailMatch match = TrailMatch.ignoringVaryingFields();

    assertThat(match.firstMismatch(json("{'eventID':'x'}"), json("{'eventID':'y'}"))).isEmpty();
    assertThat(match.firstMismatch(json("{'eventID':'x'}"), json("{}"))).isPresent();
  }

  @Test
  void ignoredField_isIgnoredAtAnyDepth() {
    JsonNode expected = json("{'userIdentity':{'accessKeyId':'AKIAIOSFODNN7EXAMPLE'}}");

    assertThat(
            TrailMatch.ignoringVaryingFields()
                .firstMismatch(expected, json("{'userIdentity':{'accessKeyId':'ASIAOTHER'}}")))
        .isEmpty();
    assertThat(
            TrailMatch.exact()
                .firstMismatch(expected, json("{'userIdentity':{'accessKeyId':'ASIAOTHER'}}")))
        .isPresent();
  }

  @Test
  void ignoringFields_addsToTheIgnoredSet() {
    TrailMatch match = TrailMatch.exact().ignoringFields("principalId");

    assertThat(match.ignoredFields()).containsExactly("principalId");
    assertThat(match.firstMismatch(json("{'principalId':'a'}"), json("{'principalId':'b'}")))
        .isEmpty();
  }

  @Test
  void keyArnOfAGeneratedKey_matchesWhenKeyIdsAreIgnored() {
    JsonNode expected = json("{'keyId':'" + SeedEvents.KEY_ARN + "'}");
    JsonNode actual =
        json(
            "{'keyId':'arn:aws:kms:us-west-2:111122223333:key/0c1d2e3f-aaaa-bbbb-cccc-000000000001'}");

    assertThat(TrailMatch.exact().ignoringKeyIds().firstMismatch(expected, actual)).isEmpty();
    assertThat(TrailMatch.exact().firstMismatch(expected, actual)).isPresent();
  }

  @Test
  void keyArnInAnotherAccount_doesNotMatchEvenWhenKeyIdsAreIgnored() {
    JsonNode expected = json("{'keyId':'" + SeedEvents.KEY_ARN + "'}");
    JsonNode actual = json("{'keyId':'arn:aws:kms:us-west-2:444455556666:key/0c1d2e3f'}");

    assertThat(TrailMatch.ignoringVaryingFields().firstMismatch(expected, actual))
        .hasValueSatisfying(m -> assertThat(m.problem()).isEqualTo("key ARN in another account"));
  }

  @Test
  void keyArnInAnotherRegion_doesNotMatchEvenWhenKeyIdsAreIgnored() {
    JsonNode expected = json("{'keyId':'" + SeedEvents.KEY_ARN + "'}");
    JsonNode actual = json("{'keyId':'arn:aws:kms:eu-west-1:111122223333:key/0c1d2e3f'}");

    assertThat(TrailMatch.ignoringVaryingFields().firstMismatch(expected, actual))
        .hasValueSatisfying(m -> assertThat(m.problem()).isEqualTo("key ARN in another Region"));
  }

  @Test
  void keyIdWhereAKeyArnIsExpected_doesNotMatch() {
    JsonNode expected = json("{'keyId':'" + SeedEvents.KEY_ARN + "'}");

    assertThat(
            TrailMatch.ignoringVaryingFields()
                .firstMismatch(expected, json("{'keyId':'alias/aws/dynamodb'}")))
        .hasValueSatisfying(
            m -> assertThat(m.problem()).isEqualTo("expected a KMS key ARN, found a string"));
  }

  @Test
  void decryptSample_doesNotMatchAServiceIdentityEvent() {
    TrailEvent byService =
        ValidEvents.valid(
            SeedEvents.decrypt().userIdentity(UserIdentity.awsService("dynamodb.amazonaws.com")));

    assertThat(
            TrailMatch.ignoringVaryingFields()
                .firstMismatch(SeedEvents.sample("decrypt.json"), byService))
        .hasValueSatisfying(m -> assertThat(m.path()).isEqualTo("/userIdentity/type"));
  }

  @Test
  void generateDataKeySample_doesNotMatchAnEventWithAnotherTable() {
    ObjectNode request = SeedEvents.generateDataKey().build().requestParameters().orElseThrow();
    request.set("encryptionContext", SeedEvents.tableContext("Books"));
    TrailEvent otherTable =
        ValidEvents.valid(SeedEvents.generateDataKey().requestParameters(request));

    assertThat(
            TrailMatch.ignoringVaryingFields()
                .firstMismatch(SeedEvents.sample("generate-data-key.json"), otherTable))
        .hasValueSatisfying(
            m ->
                assertThat(m.path())
                    .isEqualTo("/requestParameters/encryptionContext/aws:dynamodb:tableName"));
  }

  @Test
  void fieldNamesWithSlashes_areEscapedInThePointer() {
    assertThat(
            TrailMatch.exact().firstMismatch(json("{'a/b':{'c~d':1}}"), json("{'a/b':{'c~d':2}}")))
        .hasValueSatisfying(m -> assertThat(m.path()).isEqualTo("/a~1b/c~0d"));
  }

  @Test
  void matching_picksTheEventsThatContainTheFragment() {
    TrailEvent decrypt = ValidEvents.valid(SeedEvents.decrypt());
    TrailEvent grant = ValidEvents.valid(SeedEvents.createGrant());

    assertThat(
            TrailMatch.exact()
                .matching(json("{'eventName':'CreateGrant'}"), List.of(decrypt, grant)))
        .containsExactly(grant);
  }
}
