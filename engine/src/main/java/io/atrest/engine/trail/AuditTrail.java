package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The CloudTrail of one engine instance: an append-only, thread-safe list of records, in the order
 * they were recorded. Every account's records live here; {@code recipientAccountId} says whose
 * trail a record is in, so a cross-account call appears twice (once per account) with one {@code
 * sharedEventID}.
 */
public final class AuditTrail {

  // CloudTrail writes AccessDenied; the API error name is accepted too so no caller slips through.
  private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException");

  private final TrailColumns events = new TrailColumns();
  private volatile TrailListener listener = TrailListener.NONE;

  /** Appends {@code event}. */
  public void record(TrailEvent event) {
    Objects.requireNonNull(event, "event");
    events.add(event);
    listener.recorded(event);
  }

  /** Tells {@code value} of every record appended from now on, replacing any earlier listener. */
  public void listen(TrailListener value) {
    listener = Objects.requireNonNull(value, "listener");
  }

  /**
   * Records one API call the way CloudTrail spreads it over accounts: in the caller's account and,
   * when the resource belongs to another account, also in the owner's, the two copies sharing a
   * fresh {@code sharedEventID} and each having its own {@code eventID}. A cross-account call
   * refused for access denied is recorded in the caller's account only. A same-account call gets no
   * {@code sharedEventID}.
   *
   * @param call the record, whose {@code recipientAccountId} and {@code sharedEventID} are replaced
   * @param callerAccount the account that made the request
   * @param ownerAccount the account that owns the key (or other resource)
   * @param ids the source of the shared id and the second copy's event id
   * @return the records written, the caller's first
   */
  public List<TrailEvent> recordCall(
      TrailEvent call, String callerAccount, String ownerAccount, Ids ids) {
    TrailJson.require(callerAccount, "callerAccount");
    TrailJson.require(ownerAccount, "ownerAccount");
    TrailEvent.Builder caller =
        call.toBuilder().recipientAccountId(callerAccount).sharedEventID(null);
    boolean denied = call.errorCode().filter(ACCESS_DENIED::contains).isPresent();
    if (callerAccount.equals(ownerAccount) || denied) {
      TrailEvent only = caller.build();
      record(only);
      return List.of(only);
    }
    String shared = ids.sharedEventId();
    TrailEvent callerCopy = caller.sharedEventID(shared).build();
    TrailEvent ownerCopy =
        call.toBuilder()
            .recipientAccountId(ownerAccount)
            .sharedEventID(shared)
            .eventID(ids.eventId())
            .build();
    events.add(callerCopy, ownerCopy);
    listener.recorded(callerCopy);
    listener.recorded(ownerCopy);
    return List.of(callerCopy, ownerCopy);
  }

  /**
   * A snapshot of every record, in recording order: immutable, unchanged by later records, and
   * taken without copying the trail. Its records are equal to those recorded, not the same objects:
   * the trail keeps records as columns ({@link TrailColumns}).
   */
  public List<TrailEvent> events() {
    return events.snapshot();
  }

  /** The records {@code query} matches, in recording order. */
  public List<TrailEvent> find(TrailQuery query) {
    Objects.requireNonNull(query, "query");
    return events().stream().filter(query::matches).toList();
  }

  /**
   * The body of a CloudTrail log file for {@code account}: {@code {"Records": [...]}} with the
   * records whose {@code recipientAccountId} is {@code account}. (Real log files hold events in no
   * particular order; these are in recording order, which is one valid order.)
   */
  public ObjectNode toRecordsJson(String account) {
    TrailJson.require(account, "account");
    ObjectNode body = TrailJson.NODES.objectNode();
    ArrayNode records = body.putArray("Records");
    find(TrailQuery.all().inAccount(account)).forEach(e -> records.add(e.toJson()));
    return body;
  }

  /** {@link #counts(TrailQuery, Map, int)} with no key kinds known and no monthly fees. */
  public RequestCounts counts(TrailQuery scope) {
    return counts(scope, Map.of(), 0);
  }

  /**
   * Counts the KMS API requests (events from {@code kms.amazonaws.com} of type {@code AwsApiCall},
   * failed ones included; {@code AwsServiceEvent}s such as automatic rotation are not requests)
   * that {@code scope} matches, and estimates their cost.
   *
   * <p>A request recorded in two accounts (same {@code sharedEventID}) counts once. For the cost, a
   * request is free when every key it names is {@link KeyKind#AWS_OWNED} in {@code keyKinds}; keys
   * missing from {@code keyKinds} are charged, since AWS managed and customer managed keys cost the
   * same per request. When the scope names an account, only that account's charges are counted: the
   * account that makes a request pays for it (KMS pricing page), which is the caller's {@code
   * userIdentity.accountId}, or the recipient when a service calls for itself; and only that
   * account's customer managed keys pay the monthly fee.
   *
   * @param keyKinds the kind of each key, by key ARN
   * @param months the months the monthly fee of each customer managed key covers
   */
  public RequestCounts counts(TrailQuery scope, Map<String, KeyKind> keyKinds, int months) {
    Objects.requireNonNull(keyKinds, "keyKinds");
    TrailQuery requests = scope.fromSource(TrailEvent.KMS).ofType(EventType.AWS_API_CALL);
    Map<String, Long> perKey = new HashMap<>();
    Map<String, Long> perOperation = new HashMap<>();
    Set<String> seenShared = new HashSet<>();
    long total = 0;
    long billable = 0;
    long free = 0;
    for (TrailEvent e : find(requests)) {
      if (e.sharedEventID().isPresent() && !seenShared.add(e.sharedEventID().get())) {
        continue;
      }
      total++;
      perOperation.merge(e.eventName(), 1L, Long::sum);
      List<String> keys = e.resourceArns(TrailResource.KMS_KEY);
      keys.forEach(k -> perKey.merge(k, 1L, Long::sum));
      if (scope.account() != null && !scope.account().equals(payer(e))) {
        continue;
      }
      if (onAwsOwnedKeysOnly(keys, keyKinds)) {
        free++;
      } else {
        billable++;
      }
    }
    int customerKeys = customerManagedKeys(scope.account(), keyKinds);
    return new RequestCounts(
        total, perKey, perOperation, CostEstimate.of(billable, free, customerKeys, months));
  }

  private static boolean onAwsOwnedKeysOnly(List<String> keys, Map<String, KeyKind> keyKinds) {
    return !keys.isEmpty() && keys.stream().allMatch(k -> keyKinds.get(k) == KeyKind.AWS_OWNED);
  }

  private static int customerManagedKeys(String account, Map<String, KeyKind> keyKinds) {
    return (int)
        keyKinds.entrySet().stream()
            .filter(k -> k.getValue() == KeyKind.CUSTOMER_MANAGED)
            .filter(k -> account == null || account.equals(accountOf(k.getKey())))
            .count();
  }

  private static String payer(TrailEvent e) {
    String caller = e.userIdentity().accountId();
    return caller != null ? caller : e.recipientAccountId().orElse(null);
  }

  private static String accountOf(String keyArn) {
    return TrailResource.kmsKey(keyArn).accountId();
  }
}
