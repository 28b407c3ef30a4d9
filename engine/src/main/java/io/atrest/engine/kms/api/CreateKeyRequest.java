package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.KeyUsage;
import io.atrest.engine.kms.Origin;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CreateKey request. Unset options take the API defaults: the default key policy, an empty
 * description, {@code SYMMETRIC_DEFAULT}, the spec's only usage, origin {@code AWS_KMS}.
 *
 * @param caller who calls, and through which service
 * @param policy the key policy JSON; the default key policy when empty
 * @param keyUsage required except for symmetric encryption keys, as in AWS
 */
public record CreateKeyRequest(
    Caller caller,
    Optional<String> policy,
    String description,
    KeySpec keySpec,
    Optional<KeyUsage> keyUsage,
    Origin origin,
    Map<String, String> tags,
    boolean bypassPolicyLockoutSafetyCheck) {

  public CreateKeyRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(keySpec, "keySpec");
    Objects.requireNonNull(keyUsage, "keyUsage");
    Objects.requireNonNull(origin, "origin");
    tags = Map.copyOf(tags);
  }

  /** A symmetric encryption key with the default key policy. */
  public static CreateKeyRequest symmetric(Caller caller) {
    return new CreateKeyRequest(
        caller,
        Optional.empty(),
        "",
        KeySpec.SYMMETRIC_DEFAULT,
        Optional.empty(),
        Origin.AWS_KMS,
        Map.of(),
        false);
  }

  public CreateKeyRequest withPolicy(String json) {
    return new CreateKeyRequest(
        caller,
        Optional.of(json),
        description,
        keySpec,
        keyUsage,
        origin,
        tags,
        bypassPolicyLockoutSafetyCheck);
  }

  public CreateKeyRequest withDescription(String text) {
    return new CreateKeyRequest(
        caller, policy, text, keySpec, keyUsage, origin, tags, bypassPolicyLockoutSafetyCheck);
  }

  public CreateKeyRequest withSpec(KeySpec spec, KeyUsage usage) {
    return new CreateKeyRequest(
        caller,
        policy,
        description,
        spec,
        Optional.ofNullable(usage),
        origin,
        tags,
        bypassPolicyLockoutSafetyCheck);
  }

  public CreateKeyRequest withOrigin(Origin value) {
    return new CreateKeyRequest(
        caller,
        policy,
        description,
        keySpec,
        keyUsage,
        value,
        tags,
        bypassPolicyLockoutSafetyCheck);
  }

  public CreateKeyRequest withTags(Map<String, String> value) {
    return new CreateKeyRequest(
        caller,
        policy,
        description,
        keySpec,
        keyUsage,
        origin,
        value,
        bypassPolicyLockoutSafetyCheck);
  }

  public CreateKeyRequest bypassingLockoutCheck() {
    return new CreateKeyRequest(caller, policy, description, keySpec, keyUsage, origin, tags, true);
  }
}
