package io.atrest.policy;

import java.util.Objects;

/**
 * Where an element sits in a policy file: its RFC 6901 JSON pointer and the 1-based line and column
 * at which its value starts.
 */
public record SourceLocation(String pointer, int line, int column) {

  public SourceLocation {
    Objects.requireNonNull(pointer, "pointer");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
    }
  }

  /** The document root, for findings about the whole file. */
  public static SourceLocation root() {
    return new SourceLocation("", 1, 1);
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + " (line " + line + ", column " + column + ")";
  }
}
