package io.atrest.engine.table.schema;

import io.atrest.engine.table.error.ValidationException;
import java.util.regex.Pattern;

/** DynamoDB's naming rule for tables and indexes: 3–255 characters of {@code [a-zA-Z0-9_.-]}. */
public final class TableNames {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

  private TableNames() {}

  /** Returns {@code name} when it is a valid table or index name, else fails as DynamoDB does. */
  public static String requireValid(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new ValidationException(
          "Invalid table/index name.  Table/index names must be between 3 and 255 characters"
              + " long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'");
    }
    return name;
  }
}
