package io.atrest.features.world;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.policy.Decision;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs KMS calls for the steps and keeps what they did: the result or the refusal, the decision and
 * the trail records, as the scenario's {@link LastCall}, with the decision added to the scenario's
 * {@link Evidence}. A "Given" that must succeed uses {@link #require}, which fails the step with
 * the decision's reasons when the engine refuses.
 */
public final class KmsCalls {

  private final KmsWorld world;
  private final LastCall last;
  private final Evidence evidence;

  public KmsCalls(KmsWorld world, LastCall last, Evidence evidence) {
    this.world = world;
    this.last = last;
    this.evidence = evidence;
  }

  /** Runs {@code call}, recording its outcome whether it succeeds or KMS refuses it. */
  public CallResult attempt(
      String operation, Caller caller, Optional<String> keyArn, Supplier<?> call) {
    int before = world.trail().events().size();
    Object value = null;
    KmsException error = null;
    try {
      value = call.get();
    } catch (KmsException e) {
      error = e;
    }
    List<TrailEvent> events = world.trail().events();
    events = events.subList(Math.min(before, events.size()), events.size());
    Optional<Decision> decision = decision(error, events);
    CallResult result =
        new CallResult(
            operation,
            caller.principal().arn(),
            caller.viaService(),
            keyArn,
            Optional.ofNullable(value),
            Optional.ofNullable(error),
            decision,
            events);
    last.set(result);
    decision.ifPresent(
        d ->
            evidence.decision(
                result.principalArn(),
                "kms:" + operation,
                keyArn.orElse("*"),
                d,
                keyArn.flatMap(world::policyOf)));
    return result;
  }

  /**
   * Runs {@code call}, which a scenario's set-up needs to succeed.
   *
   * @throws AssertionError saying what was called, how KMS refused and why
   */
  public CallResult require(
      String operation, Caller caller, Optional<String> keyArn, Supplier<?> call) {
    CallResult result = attempt(operation, caller, keyArn, call);
    if (!result.succeeded()) {
      throw new AssertionError(
          "a set-up step needs this call to succeed, but it did not:\n" + result.describe());
    }
    return result;
  }

  private static Optional<Decision> decision(
      @Nullable KmsException error, List<TrailEvent> events) {
    if (error instanceof AccessDeniedException denied) {
      return Optional.of(denied.decision());
    }
    Decision found = null;
    for (TrailEvent e : events) {
      if (e.decision().isPresent()) {
        found = e.decision().get();
      }
    }
    return Optional.ofNullable(found);
  }
}
