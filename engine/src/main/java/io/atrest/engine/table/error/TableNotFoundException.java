package io.atrest.engine.table.error;

/** A backup operation names a table that does not exist. */
public final class TableNotFoundException extends DynamoDbException {
  private static final long serialVersionUID = 1L;

  public TableNotFoundException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "TableNotFoundException";
  }
}
