package io.atrest.engine.table.error;

/** Another operation on the backup is in progress. */
public final class BackupInUseException extends DynamoDbException {
  private static final long serialVersionUID = 1L;

  public BackupInUseException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "BackupInUseException";
  }
}
