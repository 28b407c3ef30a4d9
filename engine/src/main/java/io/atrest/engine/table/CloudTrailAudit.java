package io.atrest.engine.table;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.trail.AuditTrail;
import io.atrest.engine.trail.EventType;
import io.atrest.engine.trail.IdentityType;
import io.atrest.engine.trail.Ids;
import io.atrest.engine.trail.SessionContext;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.engine.trail.TrailResource;
import io.atrest.engine.trail.UserIdentity;
import io.atrest.policy.eval.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * DynamoDB's own CloudTrail records: one {@code AwsApiCall} from {@code dynamodb.amazonaws.com} per
 * control-plane call, refused calls included ({@code errorCode} is the DynamoDB exception name, as
 * the DynamoDB guide's failed UpdateItem example shows), in the table owner's account.
 *
 * <p>{@code resources[]} names the table ({@code AWS::DynamoDB::Table}); Describe and List calls
 * are {@code readOnly: true} and logged with {@code responseElements: null}, like other AWS reads.
 */
public final class CloudTrailAudit implements ControlPlaneAudit {
  private final AuditTrail trail;
  private final IamRegistry iam;
  private final Ids ids;
  private final String accountId;
  private final String region;
  private final Clock clock;

  public CloudTrailAudit(
      AuditTrail trail, IamRegistry iam, Ids ids, String accountId, String region, Clock clock) {
    this.trail = trail;
    this.iam = iam;
    this.ids = ids;
    this.accountId = accountId;
    this.region = region;
    this.clock = clock;
  }

  @Override
  public void record(ControlPlaneCall call) {
    TrailEvent.Builder event =
        TrailEvent.builder()
            .userIdentity(identity(call.caller(), call.time()))
            .eventTime(call.time())
            .eventSource(TrailEvent.DYNAMODB)
            .eventName(call.eventName())
            .awsRegion(region)
            .sourceIPAddress(call.caller().sourceIp())
            .userAgent(call.caller().userAgent())
            .requestParameters(call.requestParameters())
            .responseElements(call.responseElements().orElse(null))
            .requestID(ids.requestId())
            .eventID(ids.eventId())
            .readOnly(call.readOnly())
            .eventType(EventType.AWS_API_CALL)
            .recipientAccountId(accountId);
    call.tableArn().ifPresent(arn -> event.resource(TrailResource.dynamodbTable(arn)));
    call.error().ifPresent(e -> event.error(e.errorCode(), e.getMessage()));
    trail.record(event.build());
  }

  /** The legacy entry point: a successful call known only by its response object. */
  @Override
  public void record(
      Caller caller,
      String eventName,
      String tableName,
      String tableArn,
      Optional<SseSpecification> sse,
      Object response) {
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    if (tableName != null) {
      request.put("tableName", tableName);
    }
    sse.ifPresent(s -> request.set("sSESpecification", TrailPayloads.sseSpecification(s)));
    ObjectNode elements = null;
    if (response instanceof TableDescription d) {
      elements = TrailPayloads.tableResponse(d);
    } else if (response instanceof BackupDescription b) {
      elements = TrailPayloads.backupDetailsResponse(b);
    }
    record(
        new ControlPlaneCall(
            caller,
            clock.instant(),
            eventName,
            Optional.ofNullable(tableName),
            Optional.ofNullable(tableArn),
            sse,
            request,
            Optional.of(response),
            Optional.ofNullable(elements),
            Optional.empty()));
  }

  private UserIdentity identity(Caller caller, Instant now) {
    Principal principal = caller.principal();
    String accessKey = caller.accessKeyId().orElse(null);
    if (principal instanceof Principal.ServicePrincipal service) {
      return UserIdentity.awsService(service.name());
    }
    if (principal instanceof Principal.AccountRoot root) {
      return UserIdentity.root(root.accountId(), accessKey);
    }
    if (principal instanceof Principal.AssumedRoleSession session) {
      Principal.IamRole role = new Principal.IamRole(session.accountId(), session.roleName());
      SessionContext context =
          new SessionContext(
              new SessionContext.Attributes(now, false),
              SessionContext.SessionIssuer.role(
                  principalId(role), session.accountId(), session.roleName()));
      return UserIdentity.assumedRole(context, session.sessionName(), accessKey);
    }
    String account = principal.account().orElseThrow();
    if (principal instanceof Principal.IamUser user) {
      return new UserIdentity(
          IdentityType.IAM_USER,
          principalId(user),
          user.arn(),
          account,
          accessKey,
          user.userName(),
          null,
          null);
    }
    return new UserIdentity(
        IdentityType.ROLE,
        principalId(principal),
        principal.arn(),
        account,
        accessKey,
        null,
        null,
        null);
  }

  private String principalId(Principal principal) {
    return iam.principalId(principal)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "caller `" + principal.arn() + "` does not exist in the IAM registry"));
  }
}
