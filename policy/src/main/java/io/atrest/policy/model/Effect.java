package io.atrest.policy.model;

import java.util.Optional;

/** The effect of a statement: whether a match allows or denies the request. */
public enum Effect {
  ALLOW("Allow"),
  DENY("Deny");

  private final String json;

  Effect(String json) {
    this.json = json;
  }

  /** The spelling the policy language uses, {@code Allow} or {@code Deny}. */
  public String json() {
    return json;
  }

  /**
   * The effect spelled {@code text}. IAM accepts exactly {@code Allow} and {@code Deny}; any other
   * spelling (including {@code allow}) is malformed.
   */
  public static Optional<Effect> fromJson(String text) {
    for (Effect e : values()) {
      if (e.json.equals(text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
