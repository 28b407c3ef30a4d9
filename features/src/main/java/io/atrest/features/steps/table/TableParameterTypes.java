package io.atrest.features.steps.table;

import io.cucumber.java.ParameterType;

/** The {@code {sse}} parameter type of the table steps: which key a table is to use. */
public final class TableParameterTypes {

  @ParameterType(SseRef.REGEX)
  public SseRef sse(String phrase) {
    return SseRef.parse(phrase);
  }
}
