package io.atrest.features.world;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.KeyMetadata;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.GetKeyRotationStatusRequest;
import io.atrest.engine.kms.api.GetKeyRotationStatusResult;
import io.atrest.engine.kms.api.ListGrantsRequest;
import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.RotationListEntry;
import io.atrest.engine.kms.api.GrantListEntry;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.policy.eval.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Looks at keys the way an auditor of the key's account does: DescribeKey, ListGrants,
 * GetKeyRotationStatus and ListKeyRotations as the account root. These calls are real KMS calls
 * (they are authorized and appear in the trail, as an auditor's would) but do not replace the
 * scenario's last call, whose outcome Then steps check.
 */
public final class Inspector {

  private final KmsWorld world;

  public Inspector(KmsWorld world) {
    this.world = world;
  }

  /** The key's metadata, or empty when the account root may not describe it (or it is gone). */
  public Optional<KeyMetadata> describe(String arn) {
    try {
      return Optional.of(world.kms().describeKey(DescribeKeyRequest.of(root(arn), arn)).keyMetadata());
    } catch (KmsException e) {
      return Optional.empty();
    }
  }

  /** The error DescribeKey by the account root fails with, or empty when it succeeds. */
  public Optional<String> describeError(String arn) {
    try {
      world.kms().describeKey(DescribeKeyRequest.of(root(arn), arn));
      return Optional.empty();
    } catch (KmsException e) {
      return Optional.of(e.errorCode());
    }
  }

  /**
   * The key's metadata.
   *
   * @throws AssertionError saying why the account root could not describe the key
   */
  public KeyMetadata require(String arn) {
    try {
      return world.kms().describeKey(DescribeKeyRequest.of(root(arn), arn)).keyMetadata();
    } catch (KmsException e) {
      throw new AssertionError("the account root cannot describe " + arn + ": " + e, e);
    }
  }

  /**
   * The key's grants as {@code caller} lists them.
   *
   * @throws AssertionError saying why the caller could not list them
   */
  public List<GrantListEntry> grants(Caller caller, String arn) {
    try {
      return world.kms().listGrants(ListGrantsRequest.of(caller, arn)).grants();
    } catch (KmsException e) {
      throw new AssertionError(caller.principal().arn() + " cannot list the grants of " + arn + ": " + e, e);
    }
  }

  public GetKeyRotationStatusResult rotationStatus(String arn) {
    return world.kms().getKeyRotationStatus(GetKeyRotationStatusRequest.of(root(arn), arn));
  }

  public List<RotationListEntry> rotations(String arn) {
    return world.kms().listKeyRotations(ListKeyRotationsRequest.of(root(arn), arn)).rotations();
  }

  private static Caller root(String arn) {
    return Caller.direct(new Principal.AccountRoot(arn.split(":")[4]));
  }
}
