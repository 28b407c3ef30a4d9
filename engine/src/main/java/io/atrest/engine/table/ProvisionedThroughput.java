package io.atrest.engine.table;

import io.atrest.engine.table.error.ValidationException;

/** {@code ProvisionedThroughput}: read and write capacity units, each at least 1. */
public record ProvisionedThroughput(long readCapacityUnits, long writeCapacityUnits)
    implements java.io.Serializable {
  public ProvisionedThroughput {
    if (readCapacityUnits < 1 || writeCapacityUnits < 1) {
      throw new ValidationException(
          "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits"
              + " must both be at least 1 (got "
              + readCapacityUnits
              + ", "
              + writeCapacityUnits
              + ")");
    }
  }
}
