package io.atrest.engine.table.error;

/** The backup named in a request does not exist. */
public final class BackupNotFoundException extends DynamoDbException {
  private static final long serialVersionUID = 1L;

  public BackupNotFoundException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "BackupNotFoundException";
  }
}
