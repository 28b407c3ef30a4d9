package io.atrest.features.steps.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.error.DynamoDbException;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.engine.trail.TrailResource;
import io.atrest.features.world.Evidence;
import io.atrest.features.world.KmsWorld;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs DynamoDB calls for the table steps and keeps the last one, whose outcome Then steps check.
 * Each call's evidence goes to the scenario: a note of what DynamoDB answered and, when DynamoDB's
 * use of the KMS key was refused, the KMS decision with its reasons.
 */
public final class TableCalls {

  private final KmsWorld world;
  private final Evidence evidence;
  private @Nullable TableCall last;

  public TableCalls(KmsWorld world, Evidence evidence) {
    this.world = world;
    this.evidence = evidence;
  }

  /** Runs {@code call}, recording its outcome whether it succeeds or DynamoDB refuses it. */
  public TableCall attempt(String operation, Caller caller, String table, Supplier<?> call) {
    int before = world.trail().events().size();
    Object value = null;
    DynamoDbException error = null;
    try {
      value = call.get();
    } catch (DynamoDbException e) {
      error = e;
    }
    List<TrailEvent> events = world.trail().events();
    TableCall result =
        new TableCall(
            operation,
            caller.principal().arn(),
            table,
            Optional.ofNullable(value),
            Optional.ofNullable(error),
            events.subList(Math.min(before, events.size()), events.size()).stream()
                .filter(e -> e.eventSource().equals(TrailEvent.KMS))
                .toList());
    last = result;
    record(result);
    return result;
  }

  /**
   * The last DynamoDB call.
   *
   * @throws IllegalStateException when no step has called DynamoDB yet
   */
  public TableCall last() {
    if (last == null) {
      throw new IllegalStateException(
          "no DynamoDB call has been made yet in this scenario: a When step"
              + " must call DynamoDB before a Then step checks its outcome");
    }
    return last;
  }

  private void record(TableCall call) {
    if (!call.succeeded() || call.description().isPresent()) {
      evidence.note("DynamoDB " + call.describe());
    }
    call.error()
        .filter(AccessDeniedException.class::isInstance)
        .map(AccessDeniedException.class::cast)
        .filter(e -> e.decision().isPresent())
        .ifPresent(
            e ->
                evidence.decision(
                    call.principalArn(),
                    e.action().orElseThrow(),
                    e.resource().orElseThrow(),
                    e.decision().get(),
                    Optional.empty()));
    for (TrailEvent e : call.kmsEvents()) {
      if (e.failed() && e.decision().isPresent()) {
        evidence.decision(
            Optional.ofNullable(e.userIdentity().arn()).orElse("dynamodb.amazonaws.com"),
            "kms:" + e.eventName(),
            e.resourceArns(TrailResource.KMS_KEY).stream().findFirst().orElse("*"),
            e.decision().get(),
            e.resourceArns(TrailResource.KMS_KEY).stream().findFirst().flatMap(world::policyOf));
      }
    }
  }
}
