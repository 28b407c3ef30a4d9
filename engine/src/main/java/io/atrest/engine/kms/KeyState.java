package io.atrest.engine.kms;

/** The key states of the KMS API ({@code KeyState}), with their wire names. */
public enum KeyState {
  CREATING("Creating"),
  ENABLED("Enabled"),
  DISABLED("Disabled"),
  PENDING_DELETION("PendingDeletion"),
  PENDING_IMPORT("PendingImport"),
  PENDING_REPLICA_DELETION("PendingReplicaDeletion"),
  UNAVAILABLE("Unavailable"),
  UPDATING("Updating");

  private final String awsName;

  KeyState(String awsName) {
    this.awsName = awsName;
  }

  /** The name as the API writes it, such as {@code PendingDeletion}. */
  public String awsName() {
    return awsName;
  }
}
