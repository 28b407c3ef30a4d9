package io.atrest.features.world;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The last KMS call of the scenario, for the Then steps that check its outcome. */
public final class LastCall {

  private @Nullable CallResult last;

  public void set(CallResult result) {
    this.last = result;
  }

  /**
   * The last call.
   *
   * @throws IllegalStateException when no step has called KMS yet
   */
  public CallResult get() {
    return Optional.ofNullable(last)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no KMS call has been made yet in this scenario: a When step must call an operation"
                        + " before a Then step checks its outcome"));
  }
}
