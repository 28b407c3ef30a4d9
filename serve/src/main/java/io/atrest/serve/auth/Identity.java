package io.atrest.serve.auth;

import io.atrest.policy.eval.Principal;
import java.util.Map;
import java.util.Objects;

/**
 * One signing identity: an access key id, its secret, the principal the key belongs to, and the
 * identity policies to attach to that principal (to the role, for a role session).
 *
 * <p>The secret never appears in {@link #toString()}, so it cannot reach a log by accident.
 */
public record Identity(
    String accessKeyId, String secretAccessKey, Principal principal, Map<String, String> policies) {

  public Identity {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(principal, "principal");
    policies = Map.copyOf(policies);
    if (accessKeyId.isBlank() || secretAccessKey.isEmpty()) {
      throw new IllegalArgumentException(
          "identity `" + accessKeyId + "` needs a non-blank access key id and a secret");
    }
    if (principal instanceof Principal.IamRole || principal instanceof Principal.ServicePrincipal) {
      throw new IllegalArgumentException(
          "principal `"
              + principal.arn()
              + "` of access key `"
              + accessKeyId
              + "` cannot sign"
              + " requests: use an IAM user, an account root or an assumed-role session ARN"
              + " (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION)");
    }
  }

  @Override
  public String toString() {
    return "Identity[" + accessKeyId + " -> " + principal.arn() + "]";
  }
}
