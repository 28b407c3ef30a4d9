package io.atrest.features.steps.table;

import io.atrest.engine.table.TableDescription;
import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.error.DynamoDbException;
import io.atrest.engine.trail.TrailEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one DynamoDB call did: who called which operation on which table, its result or the DynamoDB
 * error, and the KMS records the call wrote to the trail (how DynamoDB used the key).
 *
 * @param operation the DynamoDB API operation, such as {@code GetItem}
 * @param principalArn the caller
 * @param table the table the call named
 * @param value the result on success (a {@link TableDescription} for control-plane calls)
 * @param error the refusal on failure
 * @param kmsEvents the trail records written while the call ran
 */
public record TableCall(
    String operation,
    String principalArn,
    String table,
    Optional<Object> value,
    Optional<DynamoDbException> error,
    List<TrailEvent> kmsEvents) {

  public TableCall {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(principalArn, "principalArn");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(error, "error");
    kmsEvents = List.copyOf(kmsEvents);
  }

  public boolean succeeded() {
    return error.isEmpty();
  }

  /** The table description the call returned, when it returned one. */
  public Optional<TableDescription> description() {
    return value.filter(TableDescription.class::isInstance).map(TableDescription.class::cast);
  }

  /**
   * This call, which a set-up step needs to have succeeded.
   *
   * @throws AssertionError saying what was called and how DynamoDB refused it
   */
  public TableCall orFail() {
    if (!succeeded()) {
      throw new AssertionError(
          "a set-up step needs this DynamoDB call to succeed, but it did not:\n" + describe());
    }
    return this;
  }

  /** A few lines: the call, what happened, and the KMS calls DynamoDB made for it. */
  public String describe() {
    StringBuilder text =
        new StringBuilder()
            .append(operation)
            .append(" on table ")
            .append(table)
            .append(" by ")
            .append(principalArn)
            .append("\nwhat happened: ")
            .append(
                error
                    .map(e -> "failed with " + e.errorCode() + ": " + e.getMessage())
                    .orElse("succeeded"));
    error
        .filter(AccessDeniedException.class::isInstance)
        .flatMap(e -> ((AccessDeniedException) e).decision())
        .ifPresent(d -> text.append("\nIAM decision: ").append(d.explain().replace("\n", "\n  ")));
    description().ifPresent(d -> text.append("\nresponse: ").append(TableText.of(d)));
    if (!kmsEvents.isEmpty()) {
      text.append("\nKMS calls DynamoDB made for it:\n")
          .append(kmsEvents.stream().map(TableCall::line).collect(Collectors.joining("\n")));
    }
    return text.toString();
  }

  private static String line(TrailEvent e) {
    String who = Optional.ofNullable(e.userIdentity().arn()).orElse("DynamoDB itself");
    String outcome =
        e.errorCode()
            .map(c -> "refused: " + c + " " + e.errorMessage().orElse(""))
            .orElse("allowed");
    String why = e.decision().map(d -> "\n    " + d.explain().replace("\n", "\n    ")).orElse("");
    return "- " + e.eventName() + " as " + who + ": " + outcome + why;
  }
}
