package io.atrest.engine.table.crypto;

/**
 * A stored record or wrapped key did not authenticate: it was altered, moved to another table or
 * position, or opened with the wrong key. This is storage corruption or tampering, never a caller
 * error, so it is not a {@code DynamoDbException}.
 */
public final class RecordAuthenticationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordAuthenticationException(String message) {
    super(message);
  }
}
