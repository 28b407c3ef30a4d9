package io.atrest.engine.identity;

import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.RequestContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The global condition keys AWS sets on a request from what the request itself says (who calls,
 * through which service, from where, when), whatever service authorizes it: KMS and DynamoDB build
 * their contexts on these. Keys AWS derives from the principal ({@code aws:PrincipalArn}, ...) are
 * derived by the policy engine from the request's principal, not here.
 */
public final class GlobalConditionKeys {

  private static final Pattern IP = Pattern.compile("[0-9.]+|[0-9a-fA-F:]+");

  private GlobalConditionKeys() {}

  /**
   * {@code aws:ViaAWSService}, {@code aws:CalledVia} when a service calls on the caller's behalf,
   * {@code aws:SourceIp} when the caller's source is an address (a service's name is not), and
   * {@code aws:SecureTransport}.
   */
  public static RequestContext.Builder of(Caller caller) {
    RequestContext.Builder context = RequestContext.builder();
    context.put("aws:ViaAWSService", ContextValue.of(caller.viaService().isPresent()));
    caller
        .viaService()
        .ifPresent(
            s -> context.put("aws:CalledVia", ContextValue.ofList(List.of(s + ".amazonaws.com"))));
    if (IP.matcher(caller.sourceIp()).matches()) {
      context.put("aws:SourceIp", caller.sourceIp());
    }
    return context.put("aws:SecureTransport", ContextValue.of(true));
  }

  /**
   * {@code aws:CurrentTime} and {@code aws:EpochTime} of {@code instant}, both to the second, as
   * IAM shows them: finer readings would only make every request's context unique.
   */
  public static RequestContext.Builder time(Instant instant) {
    Instant second = instant.truncatedTo(ChronoUnit.SECONDS);
    return RequestContext.builder()
        .put("aws:CurrentTime", second.toString())
        .put("aws:EpochTime", Long.toString(second.getEpochSecond()));
  }
}
