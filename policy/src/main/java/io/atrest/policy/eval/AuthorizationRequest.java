package io.atrest.policy.eval;

import java.util.Objects;

/**
 * One request to authorize: who, which action ({@code kms:Decrypt}), on which resource (a key ARN),
 * with which condition keys. The keys AWS derives from the caller ({@code aws:PrincipalArn}, {@code
 * kms:CallerAccount}, ...) are added by the authorizer unless the context already gives them.
 */
public record AuthorizationRequest(
    Principal principal, String action, String resource, RequestContext context) {

  public AuthorizationRequest {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(context, "context");
    if (!action.contains(":")) {
      throw new IllegalArgumentException(
          "action `" + action + "` must be service:Action, such as kms:Decrypt");
    }
  }
}
