package io.atrest.engine.trail;

/**
 * One way a record breaks a CloudTrail JSON Schema.
 *
 * @param schema the schema file, e.g. {@code cloudtrail-kms-event.schema.json}
 * @param path the offending element of the record, e.g. {@code $.responseElements}
 * @param message what the validator found, e.g. {@code object found, null expected}
 * @param rule the description of the schema rule that failed, or empty when it has none
 */
public record SchemaViolation(String schema, String path, String message, String rule) {

  /** One line: schema, element, finding and, when known, the rule in words. */
  public String describe() {
    return schema + ": " + message + (rule.isEmpty() ? "" : " (rule: " + rule + ")");
  }

  @Override
  public String toString() {
    return describe();
  }
}
