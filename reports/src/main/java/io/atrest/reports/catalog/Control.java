package io.atrest.reports.catalog;

import java.util.List;
import java.util.Objects;

/** A control that scenarios evidence, with the framework references it maps to. */
public record Control(String id, String title, String description, List<Reference> references) {

  public Control {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    references = List.copyOf(references);
  }
}
