package io.atrest.engine.trail;

/**
 * The {@code userIdentity.type} values CloudTrail writes. Records of {@link
 * EventType#AWS_SERVICE_EVENT} carry no type at all, so an identity's type is optional.
 */
public enum IdentityType {
  ROOT("Root"),
  IAM_USER("IAMUser"),
  ASSUMED_ROLE("AssumedRole"),
  ROLE("Role"),
  FEDERATED_USER("FederatedUser"),
  DIRECTORY("Directory"),
  AWS_ACCOUNT("AWSAccount"),
  AWS_SERVICE("AWSService"),
  SAML_USER("SAMLUser"),
  WEB_IDENTITY_USER("WebIdentityUser"),
  UNKNOWN("Unknown");

  private final String json;

  IdentityType(String json) {
    this.json = json;
  }

  /** The value as CloudTrail writes it, for example {@code IAMUser}. */
  public String json() {
    return json;
  }

  /** The type CloudTrail writes as {@code value}; fails naming the value when there is none. */
  public static IdentityType fromJson(String value) {
    for (IdentityType t : values()) {
      if (t.json.equals(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown userIdentity type `" + value + "`");
  }
}
