package io.atrest.engine.trail;

import java.time.Instant;

/**
 * A filter over recorded events; every criterion left unset (null) matches everything. Immutable:
 * each {@code with}-style method returns a copy with that criterion set (or cleared, given null).
 *
 * <pre>{@code
 * TrailQuery.all().inAccount("111122223333").named("Decrypt").onKey(keyArn)
 * }</pre>
 *
 * @param account the {@code recipientAccountId}: whose trail the event is in
 * @param eventSource for example {@code kms.amazonaws.com}
 * @param eventName for example {@code Decrypt}
 * @param keyArn a key ARN that must appear in {@code resources[]}
 * @param principalArn the exact {@code userIdentity.arn} (a session ARN for assumed roles)
 * @param invokedBy the exact {@code userIdentity.invokedBy}
 * @param from the earliest {@code eventTime}, inclusive
 * @param until the latest {@code eventTime}, exclusive
 * @param errorCode the exact {@code errorCode}
 * @param outcome whether the call failed or succeeded
 * @param eventType {@code AwsApiCall} or {@code AwsServiceEvent}
 */
public record TrailQuery(
    String account,
    String eventSource,
    String eventName,
    String keyArn,
    String principalArn,
    String invokedBy,
    Instant from,
    Instant until,
    String errorCode,
    Outcome outcome,
    EventType eventType) {

  /** Whether a call succeeded (no {@code errorCode}) or failed. */
  public enum Outcome {
    SUCCEEDED,
    FAILED
  }

  private static final TrailQuery ALL =
      new TrailQuery(null, null, null, null, null, null, null, null, null, null, null);

  /** The query that matches every event. */
  public static TrailQuery all() {
    return ALL;
  }

  public TrailQuery inAccount(String value) {
    return new TrailQuery(
        value,
        eventSource,
        eventName,
        keyArn,
        principalArn,
        invokedBy,
        from,
        until,
        errorCode,
        outcome,
        eventType);
  }

  public TrailQuery fromSource(String value) {
    return new TrailQuery(
        account,
        value,
        eventName,
        keyArn,
        principalArn,
        invokedBy,
        from,
        until,
        errorCode,
        outcome,
        eventType);
  }

  public TrailQuery named(String value) {
    return new TrailQuery(
        account,
        eventSource,
        value,
        keyArn,
        principalArn,
        invokedBy,
        from,
        until,
        errorCode,
        outcome,
        eventType);
  }

  public TrailQuery onKey(String value) {
    return new TrailQuery(
        account,
        eventSource,
        eventName,
        value,
        principalArn,
        invokedBy,
        from,
        until,
        errorCode,
        outcome,
        eventType);
  }

  public TrailQuery byPrincipal(String value) {
    return new TrailQuery(
        account,
        eventSource,
        eventName,
        keyArn,
        value,
        invokedBy,
        from,
        until,
        errorCode,
        outcome,
        eventType);
  }

  public TrailQuery invokedBy(String value) {
    return new TrailQuery(
        account,
        eventSource,
        eventName,
        keyArn,
        principalArn,
        value,
        from,
        until,
        errorCode,
        outcome,
        eventType);
  }

  /** Events with {@code from <= eventTime < until}; either bound may be null for "open". */
  public TrailQuery between(Instant fromInclusive, Instant untilExclusive) {
    if (fromInclusive != null
        && untilExclusive != null
        && !fromInclusive.isBefore(untilExclusive)) {
      throw new IllegalArgumentException(
          "time range from `" + fromInclusive + "` must be before until `" + untilExclusive + "`");
    }
    return new TrailQuery(
        account,
        eventSource,
        eventName,
        keyArn,
        principalArn,
        invokedBy,
        fromInclusive,
        untilExclusive,
        errorCode,
        outcome,
        eventType);
  }

  /** Failed events with this {@code errorCode}, e.g. {@code AccessDenied}. */
  public TrailQuery withErrorCode(String value) {
    return new TrailQuery(
        account,
        eventSource,
        eventName,
        keyArn,
        principalArn,
        invokedBy,
        from,
        until,
        value,
        outcome,
        eventType);
  }

  public TrailQuery withOutcome(Outcome value) {
    return new TrailQuery(
        account,
        eventSource,
        eventName,
        keyArn,
        principalArn,
        invokedBy,
        from,
        until,
        errorCode,
        value,
        eventType);
  }

  public TrailQuery ofType(EventType value) {
    return new TrailQuery(
        account,
        eventSource,
        eventName,
        keyArn,
        principalArn,
        invokedBy,
        from,
        until,
        errorCode,
        outcome,
        value);
  }

  /** Whether {@code e} meets every criterion set on this query. */
  public boolean matches(TrailEvent e) {
    UserIdentity who = e.userIdentity();
    return (account == null || e.recipientAccountId().filter(account::equals).isPresent())
        && (eventSource == null || eventSource.equals(e.eventSource()))
        && (eventName == null || eventName.equals(e.eventName()))
        && (keyArn == null || e.resourceArns(TrailResource.KMS_KEY).contains(keyArn))
        && (principalArn == null || principalArn.equals(who.arn()))
        && (invokedBy == null || invokedBy.equals(who.invokedBy()))
        && (from == null || !e.eventTime().isBefore(from))
        && (until == null || e.eventTime().isBefore(until))
        && (errorCode == null || e.errorCode().filter(errorCode::equals).isPresent())
        && (outcome == null || (outcome == Outcome.FAILED) == e.failed())
        && (eventType == null || eventType == e.eventType());
  }
}
