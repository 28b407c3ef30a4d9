package io.atrest.reports.model;

import java.util.Objects;

/** One Gherkin step as it ran: its text (keyword included) and Cucumber's status for it. */
public record StepRun(String text, String status) {

  public StepRun {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
  }
}
