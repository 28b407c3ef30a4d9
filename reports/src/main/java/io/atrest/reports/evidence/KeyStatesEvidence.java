package io.atrest.reports.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** The state of the KMS keys a scenario involved, at the time the evidence was attached. */
public record KeyStatesEvidence(String name, JsonNode raw, List<KeyState> keys)
    implements Evidence {

  public KeyStatesEvidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(raw, "raw");
    keys = List.copyOf(keys);
  }

  @Override
  public String kind() {
    return "keyStates";
  }

  /** One key; {@code arn}, {@code keyManager} and {@code alias} are empty when not given. */
  public record KeyState(String keyId, String arn, String state, String keyManager, String alias) {
    public KeyState {
      Objects.requireNonNull(keyId, "keyId");
      Objects.requireNonNull(arn, "arn");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(keyManager, "keyManager");
      Objects.requireNonNull(alias, "alias");
    }
  }
}
