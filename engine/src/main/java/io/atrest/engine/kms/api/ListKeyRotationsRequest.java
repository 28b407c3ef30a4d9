package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * A ListKeyRotations request, one page of them.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param includeKeyMaterial the {@code IncludeKeyMaterial} member as sent ({@code ALL_KEY_MATERIAL}
 *     or {@code ROTATIONS_ONLY}); checked by the operation, so that a wrong value is refused and
 *     recorded the way KMS refuses it
 */
public record ListKeyRotationsRequest(
    Caller caller, String keyId, Optional<String> includeKeyMaterial, PageRequest page) {

  public ListKeyRotationsRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(includeKeyMaterial, "includeKeyMaterial");
    Objects.requireNonNull(page, "page");
  }

  /** Without {@code IncludeKeyMaterial}: the rotations only. */
  public ListKeyRotationsRequest(Caller caller, String keyId, PageRequest page) {
    this(caller, keyId, Optional.empty(), page);
  }

  public static ListKeyRotationsRequest of(Caller caller, String keyId) {
    return new ListKeyRotationsRequest(caller, keyId, PageRequest.FIRST);
  }

  public ListKeyRotationsRequest withPage(PageRequest value) {
    return new ListKeyRotationsRequest(caller, keyId, includeKeyMaterial, value);
  }

  public ListKeyRotationsRequest withIncludeKeyMaterial(String value) {
    return new ListKeyRotationsRequest(caller, keyId, Optional.of(value), page);
  }
}
