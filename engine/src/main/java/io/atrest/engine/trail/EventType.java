package io.atrest.engine.trail;

/**
 * The {@code eventType} of the records the reference services write. CloudTrail knows more ({@code
 * AwsConsoleAction}, {@code AwsConsoleSignIn}, {@code AwsCloudTrailInsight}); the engine has no
 * console and no Insights, so it never produces them.
 */
public enum EventType {
  /** A call to a service API, by a principal or by a service on a principal's behalf. */
  AWS_API_CALL("AwsApiCall"),
  /**
   * An action the service took by itself, such as automatic rotation or the end of a deletion wait.
   */
  AWS_SERVICE_EVENT("AwsServiceEvent");

  private final String json;

  EventType(String json) {
    this.json = json;
  }

  /** The value as CloudTrail writes it. */
  public String json() {
    return json;
  }
}
