package io.atrest.reports.catalog;

import java.util.Objects;

/**
 * A control's reference into a framework, such as {@code NIST SP 800-53 Rev. 5} {@code SC-28(1)}.
 */
public record Reference(String framework, String id) {

  public Reference {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return framework + " " + id;
  }
}
