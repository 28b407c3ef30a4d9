package io.atrest.reports.waiver;

import java.util.Objects;

/** What a waiver covers: one scenario, by name, or every scenario of one control. */
public sealed interface WaiverTarget {

  /** The name or id as written in the waivers file. */
  String value();

  /** A scenario, named exactly as in its feature file. */
  record Scenario(String value) implements WaiverTarget {
    public Scenario {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return "scenario `" + value + "`";
    }
  }

  /** A control of the control catalog. */
  record Control(String value) implements WaiverTarget {
    public Control {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return "control `" + value + "`";
    }
  }
}
