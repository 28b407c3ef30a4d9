package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The first place where a record differs from an expected JSON fragment.
 *
 * @param path the JSON pointer of the differing element, e.g. {@code /userIdentity/invokedBy}
 * @param problem what is wrong, in words
 * @param expected the expected element
 * @param actual the recorded element; null when it is missing
 */
public record TrailMismatch(String path, String problem, JsonNode expected, JsonNode actual) {

  /** One line for a test failure: where, what, expected and found. */
  public String describe() {
    String at = path.isEmpty() ? "/" : path;
    return "at "
        + at
        + ": "
        + problem
        + " (expected "
        + expected
        + ", found "
        + (actual == null ? "nothing" : actual.toString())
        + ")";
  }

  @Override
  public String toString() {
    return describe();
  }
}
