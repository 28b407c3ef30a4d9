package io.atrest.policy.validate;

import io.atrest.policy.SourceLocation;
import io.atrest.policy.parse.LocatedJson;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one validation, locating each JSON pointer in the source text. */
final class FindingSink {

  private final LocatedJson json;
  private final List<Finding> findings = new ArrayList<>();

  FindingSink(LocatedJson json) {
    this.json = json;
  }

  void add(FindingCode code, String pointer, String message) {
    add(code, code.defaultSeverity(), pointer, message);
  }

  void add(FindingCode code, Severity severity, String pointer, String message) {
    findings.add(new Finding(severity, code, message, json.locate(pointer)));
  }

  /** Adds a finding at a location that is not a value's start, such as a duplicate member name. */
  void add(FindingCode code, SourceLocation location, String message) {
    findings.add(new Finding(code.defaultSeverity(), code, message, location));
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }
}
