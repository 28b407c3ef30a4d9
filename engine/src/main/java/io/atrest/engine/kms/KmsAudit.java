package io.atrest.engine.kms;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.Lru;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.trail.AuditTrail;
import io.atrest.engine.trail.EventType;
import io.atrest.engine.trail.IdentityType;
import io.atrest.engine.trail.Ids;
import io.atrest.engine.trail.JsonFacts;
import io.atrest.engine.trail.SessionContext;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.engine.trail.TrailId;
import io.atrest.engine.trail.TrailResource;
import io.atrest.engine.trail.UserIdentity;
import io.atrest.policy.Decision;
import io.atrest.policy.eval.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the CloudTrail records of KMS calls and of the actions KMS takes by itself, in the shapes
 * of POLICY-SEMANTICS §7.3 and the seed 004 samples:
 *
 * <ul>
 *   <li>one record per call, failed calls included ({@code errorCode}/{@code errorMessage}, denials
 *       as {@code AccessDenied});
 *   <li>a call on a key of another account is recorded in both accounts with one {@code
 *       sharedEventID}; a denied one only in the caller's account; a call by a service principal
 *       (which has no customer account) in the key's account with a {@code sharedEventID}, as the
 *       seed's GenerateDataKey by DynamoDB shows;
 *   <li>automatic rotation, the end of a deletion window and the expiry of imported material are
 *       {@code AwsServiceEvent}s by {@code AWS Internal}, timed when they were due.
 * </ul>
 */
final class KmsAudit {

  private final AuditTrail trail;
  private final IamRegistry iam;
  private final Ids ids;
  private final String region;
  // The trail keeps every record, so what records hold is most of a busy engine's memory (and of
  // its garbage collection). Equal immutable values are shared: the last of each is remembered.
  private volatile Decision lastDecision;
  private volatile UserIdentity lastIdentity;
  private volatile JsonFacts lastParameters;
  private volatile EventData lastEventData;
  private final Lru<IdentityInputs, UserIdentity> identities = new Lru<>(64);
  private volatile LastIdentity lastIdentityInputs;
  // One immutable resources[] list per key, which every record of a call on that key shares.
  private final Lru<String, List<TrailResource>> keyResources = new Lru<>(64);

  KmsAudit(AuditTrail trail, IamRegistry iam, Ids ids, String region) {
    this.trail = trail;
    this.iam = iam;
    this.ids = ids;
    this.region = region;
  }

  void record(KmsCall call, KmsException error) {
    String callerAccount = call.caller.account().orElse(null);
    String keyAccount = call.primaryKey().map(KeyRecord::accountId).orElse(callerAccount);
    // A refused call is logged only in the caller's account [KMS-CT]; when caller and key share an
    // account that is the key's account too.
    boolean denied = error instanceof AccessDeniedException && callerAccount != null;
    String owner =
        keyAccount == null || denied || keyAccount.equals(callerAccount) ? null : keyAccount;
    boolean shared = callerAccount != null ? owner != null : keyAccount != null;
    TrailEvent.Builder event = apiCall(call, error);
    TrailId sharedId = shared ? ids.nextSharedEventId() : null;
    // The caller's account first; a service principal's call only in the key's account.
    if (callerAccount != null) {
      recordIn(callerAccount, event, sharedId);
    }
    if (owner != null) {
      recordIn(owner, event, sharedId);
    }
  }

  private void recordIn(String account, TrailEvent.Builder event, TrailId sharedId) {
    trail.record(
        event
            .eventTrailId(ids.nextEventId())
            .recipientAccountId(account)
            .sharedEventTrailId(sharedId)
            .build());
  }

  /**
   * An action KMS took by itself at {@code when}: RotateKey, DeleteKey, DeleteExpiredKeyMaterial.
   */
  void serviceEvent(String name, KeyRecord key, Instant when, boolean withDetails) {
    TrailEvent.Builder event =
        TrailEvent.builder()
            .userIdentity(UserIdentity.awsInternal(key.accountId()))
            .eventTime(when)
            .eventSource(TrailEvent.KMS)
            .eventName(name)
            .awsRegion(region)
            .sourceIPAddress("AWS Internal")
            .userAgent("AWS Internal")
            .readOnly(false)
            .resources(resources(key.arn()))
            .eventType(EventType.AWS_SERVICE_EVENT)
            .eventID(ids.eventId())
            .recipientAccountId(key.accountId());
    if (withDetails) {
      ObjectNode details = JsonNodeFactory.instance.objectNode().put("keyId", key.keyId());
      event.serviceEventDetails(details);
    }
    trail.record(event.build());
  }

  private TrailEvent.Builder apiCall(KmsCall call, KmsException error) {
    TrailEvent.Builder event =
        TrailEvent.builder()
            .userIdentity(shared(identity(call.caller, call.time)))
            .eventTime(call.time)
            .eventSource(TrailEvent.KMS)
            .eventName(call.operation.name())
            .awsRegion(region)
            .sourceIPAddress(call.caller.sourceIp())
            .userAgent(call.caller.userAgent())
            .requestParameterFacts(parameters(call))
            .requestTrailId(ids.nextRequestId())
            .readOnly(call.operation.readOnly())
            .eventType(EventType.AWS_API_CALL);
    // Plain statements rather than lambdas over optionals: this runs for every call.
    event.resources(resources(call.keys()));
    call.responseElements().ifPresent(event::responseElements);
    String materialId = call.keyMaterialId().orElse(null);
    if (materialId != null) {
      event.additionalEventDataFacts(eventData(materialId));
    }
    Decision decision = call.decision().orElse(null);
    if (decision != null) {
      event.decision(shared(decision));
    }
    if (error != null) {
      event.error(error.trailErrorCode(), TrailLimits.errorMessage(error.getMessage()));
    }
    return event;
  }

  private JsonFacts parameters(KmsCall call) {
    JsonFacts facts = call.requestParameters(lastParameters);
    lastParameters = facts;
    return facts;
  }

  /** {@code {"keyMaterialId": id}}, shared by the records of calls on the same material. */
  private JsonFacts eventData(String keyMaterialId) {
    EventData last = lastEventData;
    if (last != null && last.keyMaterialId().equals(keyMaterialId)) {
      return last.facts();
    }
    JsonFacts.Builder built = JsonFacts.builder().put("keyMaterialId", keyMaterialId);
    JsonFacts facts = last == null ? built.build() : built.build(last.facts());
    lastEventData = new EventData(keyMaterialId, facts);
    return facts;
  }

  private record EventData(String keyMaterialId, JsonFacts facts) {}

  private Decision shared(Decision decision) {
    Decision last = lastDecision;
    if (decision == last || decision.equals(last)) {
      return last;
    }
    lastDecision = decision;
    return decision;
  }

  private UserIdentity shared(UserIdentity identity) {
    UserIdentity last = lastIdentity;
    if (identity == last || identity.equals(last)) {
      return last;
    }
    lastIdentity = identity;
    return identity;
  }

  private List<TrailResource> resources(List<KeyRecord> keys) {
    if (keys.size() == 1) {
      return resources(keys.get(0).arn());
    }
    List<TrailResource> all = new ArrayList<>(keys.size());
    for (KeyRecord key : keys) {
      all.addAll(resources(key.arn()));
    }
    return List.copyOf(all);
  }

  private List<TrailResource> resources(String keyArn) {
    return keyResources.computeIfAbsent(keyArn, arn -> List.of(TrailResource.kmsKey(arn)));
  }

  /**
   * The caller's {@code userIdentity}, made once per distinct set of inputs: the caller, its
   * current principal id (a deleted and re-created user gets a new one) and, for a role session,
   * the time (its {@code sessionContext} shows it).
   */
  private UserIdentity identity(Caller caller, Instant now) {
    Instant sessionTime =
        caller.principal() instanceof Principal.AssumedRoleSession ? now : Instant.EPOCH;
    Optional<String> principalId = iam.principalId(caller.principal());
    // The caller of the last call, found by reference before an inputs key is made and hashed.
    LastIdentity last = lastIdentityInputs;
    if (last != null
        && last.caller() == caller
        && last.principalId().equals(principalId)
        && last.sessionTime().equals(sessionTime)) {
      return last.identity();
    }
    UserIdentity identity =
        identities.computeIfAbsent(
            new IdentityInputs(caller, principalId, sessionTime), in -> makeIdentity(caller, now));
    lastIdentityInputs = new LastIdentity(caller, principalId, sessionTime, identity);
    return identity;
  }

  private record IdentityInputs(Caller caller, Optional<String> principalId, Instant sessionTime) {}

  private record LastIdentity(
      Caller caller, Optional<String> principalId, Instant sessionTime, UserIdentity identity) {}

  private UserIdentity makeIdentity(Caller caller, Instant now) {
    UserIdentity identity = principalIdentity(caller.principal(), caller, now);
    if (caller.viaService().isPresent()) {
      identity = identity.invokedBy(caller.invokedBy().orElseThrow());
    }
    return identity;
  }

  private UserIdentity principalIdentity(Principal principal, Caller caller, Instant now) {
    String accessKey = caller.accessKeyId().orElse(null);
    if (principal instanceof Principal.ServicePrincipal service) {
      return UserIdentity.awsService(service.name());
    }
    if (principal instanceof Principal.AccountRoot root) {
      return UserIdentity.root(root.accountId(), accessKey);
    }
    if (principal instanceof Principal.AssumedRoleSession session) {
      String roleId =
          iam.principalId(new Principal.IamRole(session.accountId(), session.roleName()))
              .orElseThrow();
      SessionContext context =
          new SessionContext(
              new SessionContext.Attributes(now, false),
              SessionContext.SessionIssuer.role(roleId, session.accountId(), session.roleName()));
      return UserIdentity.assumedRole(context, session.sessionName(), accessKey);
    }
    String id = iam.principalId(principal).orElseThrow();
    String account = principal.account().orElseThrow();
    if (principal instanceof Principal.IamUser user) {
      return new UserIdentity(
          IdentityType.IAM_USER, id, user.arn(), account, accessKey, user.userName(), null, null);
    }
    return new UserIdentity(
        IdentityType.ROLE, id, principal.arn(), account, accessKey, null, null, null);
  }
}
