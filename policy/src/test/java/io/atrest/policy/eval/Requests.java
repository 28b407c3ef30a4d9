package io.atrest.policy.eval;

import io.atrest.policy.model.Condition;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.model.Statement;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;

/** Small builders for evaluation tests: requests, and policies written as JSON. */
final class Requests {

  static final String KEY =
      "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  static final Principal DB_LEAD = Principal.parse("arn:aws:iam::111122223333:user/db-lead");

  private Requests() {}

  static AuthorizationRequest request(Principal principal, String action, RequestContext context) {
    return new AuthorizationRequest(principal, action, KEY, context);
  }

  static ConditionKeys keys(RequestContext context) {
    return ConditionKeys.of(request(DB_LEAD, "kms:Decrypt", context));
  }

  static RequestContext context(String... keyValues) {
    RequestContext.Builder builder = RequestContext.builder();
    for (int i = 0; i < keyValues.length; i += 2) {
      builder.put(keyValues[i], keyValues[i + 1]);
    }
    return builder.build();
  }

  static PolicyDocument policy(String version, String statementsJson) {
    String versionMember = version == null ? "" : "\"Version\":\"" + version + "\",";
    try {
      return PolicyParser.parse(
          "test-policy", "{" + versionMember + "\"Statement\":" + statementsJson + "}");
    } catch (PolicyParseException e) {
      throw new IllegalArgumentException("test policy does not parse: " + e, e);
    }
  }

  static Statement statement(String statementJson) {
    return policy(PolicyDocument.VERSION_2012, statementJson).statements().get(0);
  }

  /** The one condition of {@code "Operator": {"key": VALUES}} in a 2012-10-17 policy. */
  static Condition condition(String operator, String key, String valuesJson) {
    return condition(PolicyDocument.VERSION_2012, operator, key, valuesJson);
  }

  static Condition condition(String version, String operator, String key, String valuesJson) {
    String statement =
        "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\","
            + "\"Condition\":{\""
            + operator
            + "\":{\""
            + key
            + "\":"
            + valuesJson
            + "}}}";
    return policy(version, statement).statements().get(0).conditions().get(0);
  }
}
