package io.atrest.engine.identity;

import io.atrest.policy.eval.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who makes one KMS request, and how. Three shapes exist, one factory each:
 *
 * <ul>
 *   <li>{@link #direct}: a principal calls KMS itself; no {@code kms:ViaService}.
 *   <li>{@link #via}: an integrated service (such as DynamoDB) calls on a principal's behalf with
 *       that principal's credentials; the request carries {@code kms:ViaService =
 *       SERVICE.REGION.amazonaws.com} and CloudTrail shows the principal with {@code invokedBy}.
 *   <li>{@link #service}: the service calls as its own service principal ({@code
 *       dynamodb.amazonaws.com}); CloudTrail shows {@code {type: AWSService, invokedBy}}.
 * </ul>
 *
 * @param principal the identity whose permissions count
 * @param viaService the short name of the service calling on the principal's behalf ({@code
 *     dynamodb}), when there is one
 * @param sourceIp the {@code sourceIPAddress} CloudTrail records
 * @param userAgent the {@code userAgent} CloudTrail records
 * @param accessKeyId the access key the request was signed with, when known
 * @param connection the client connection the request came on, when the caller names one; a caller
 *     that names none keeps one long-lived connection. DynamoDB caches table keys per connection
 *     (seed 002: "an operation on a new connection" starts a new cache entry).
 */
public record Caller(
    Principal principal,
    Optional<String> viaService,
    String sourceIp,
    String userAgent,
    Optional<String> accessKeyId,
    Optional<String> connection) {

  /** The address used for direct calls unless a test sets another (TEST-NET-1, RFC 5737). */
  public static final String DEFAULT_SOURCE_IP = "192.0.2.10";

  public static final String DEFAULT_USER_AGENT = "atrest";

  private static final Pattern SERVICE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  public Caller {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(viaService, "viaService");
    Objects.requireNonNull(sourceIp, "sourceIp");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(connection, "connection");
    connection.ifPresent(Caller::requireConnectionId);
    viaService.ifPresent(Caller::requireServiceName);
    if (viaService.isPresent() && principal instanceof Principal.ServicePrincipal) {
      throw new IllegalArgumentException(
          "a service principal calls as itself; `viaService` applies only to calls on behalf of an"
              + " IAM principal");
    }
  }

  /** A caller on its one long-lived connection. */
  public Caller(
      Principal principal,
      Optional<String> viaService,
      String sourceIp,
      String userAgent,
      Optional<String> accessKeyId) {
    this(principal, viaService, sourceIp, userAgent, accessKeyId, Optional.empty());
  }

  /** A principal calling KMS directly. */
  public static Caller direct(Principal principal) {
    return new Caller(
        principal, Optional.empty(), DEFAULT_SOURCE_IP, DEFAULT_USER_AGENT, Optional.empty());
  }

  /**
   * {@code service} (a short name such as {@code dynamodb}) calling on behalf of {@code principal}.
   */
  public static Caller via(String service, Principal principal) {
    String host = requireServiceName(service) + ".amazonaws.com";
    return new Caller(principal, Optional.of(service), host, host, Optional.empty());
  }

  /**
   * {@code service} (a short name such as {@code dynamodb}) calling as its own service principal.
   */
  public static Caller service(String service) {
    String host = requireServiceName(service) + ".amazonaws.com";
    return new Caller(
        new Principal.ServicePrincipal(host), Optional.empty(), host, host, Optional.empty());
  }

  public Caller withSourceIp(String ip) {
    return new Caller(principal, viaService, ip, userAgent, accessKeyId, connection);
  }

  public Caller withUserAgent(String agent) {
    return new Caller(principal, viaService, sourceIp, agent, accessKeyId, connection);
  }

  public Caller withAccessKeyId(String keyId) {
    return new Caller(principal, viaService, sourceIp, userAgent, Optional.of(keyId), connection);
  }

  /** The same caller on the client connection {@code id} (a new id is a new connection). */
  public Caller onConnection(String id) {
    return new Caller(principal, viaService, sourceIp, userAgent, accessKeyId, Optional.of(id));
  }

  /** The caller's account; empty for a service principal, which belongs to no customer account. */
  public Optional<String> account() {
    return principal.account();
  }

  public boolean isServicePrincipal() {
    return principal instanceof Principal.ServicePrincipal;
  }

  /**
   * The service host CloudTrail names in {@code userIdentity.invokedBy}: the intermediary for
   * {@link #via} calls, the service itself for {@link #service} calls.
   */
  public Optional<String> invokedBy() {
    if (principal instanceof Principal.ServicePrincipal service) {
      return Optional.of(service.name());
    }
    return viaService.map(s -> s + ".amazonaws.com");
  }

  /** The value of {@code kms:ViaService} in {@code region}, present only for {@link #via} calls. */
  public Optional<String> viaServiceHost(String region) {
    return viaService.map(s -> s + "." + region + ".amazonaws.com");
  }

  private static void requireConnectionId(String id) {
    if (id.isBlank()) {
      throw new IllegalArgumentException("connection id must not be blank");
    }
  }

  private static String requireServiceName(String service) {
    Objects.requireNonNull(service, "service");
    if (!SERVICE_NAME.matcher(service).matches()) {
      throw new IllegalArgumentException(
          "service `" + service + "` must be a short service name such as dynamodb");
    }
    return service;
  }
}
