package io.atrest.features.world;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.KeyMetadata;
import io.atrest.engine.kms.api.AliasListEntry;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.GetKeyRotationStatusRequest;
import io.atrest.engine.kms.api.GetKeyRotationStatusResult;
import io.atrest.engine.kms.api.GrantListEntry;
import io.atrest.engine.kms.api.ListAliasesRequest;
import io.atrest.engine.kms.api.ListAliasesResult;
import io.atrest.engine.kms.api.ListGrantsRequest;
import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.RotationListEntry;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.policy.eval.Principal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks at keys the way an auditor of the key's account does: DescribeKey, ListGrants,
 * GetKeyRotationStatus, ListKeyRotations and ListAliases as the account root. These calls are real
 * KMS calls (they are authorized and appear in the trail, as an auditor's would) but do not replace
 * the scenario's last call, whose outcome Then steps check.
 */
public final class Inspector {

  private final KmsWorld world;

  public Inspector(KmsWorld world) {
    this.world = world;
  }

  /** The key's metadata, or empty when the account root may not describe it (or it is gone). */
  public Optional<KeyMetadata> describe(String arn) {
    try {
      return Optional.of(
          world.kms().describeKey(DescribeKeyRequest.of(root(arn), arn)).keyMetadata());
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
      throw new AssertionError(
          caller.principal().arn() + " cannot list the grants of " + arn + ": " + e, e);
    }
  }

  public GetKeyRotationStatusResult rotationStatus(String arn) {
    return world.kms().getKeyRotationStatus(GetKeyRotationStatusRequest.of(root(arn), arn));
  }

  public List<RotationListEntry> rotations(String arn) {
    return world.kms().listKeyRotations(ListKeyRotationsRequest.of(root(arn), arn)).rotations();
  }

  /**
   * The key's materials as ListKeyRotations with {@code IncludeKeyMaterial=ALL_KEY_MATERIAL} lists
   * them, oldest first, one row each with the {@code columns} asked for: {@code rotation}
   * (AUTOMATIC, ON_DEMAND, or {@code first} for the first material), {@code state}
   * (KeyMaterialState), {@code import state} and {@code expiration model} ({@code -} when absent).
   */
  public List<Map<String, String>> keyMaterialRows(String arn, Collection<String> columns) {
    List<RotationListEntry> all =
        world
            .kms()
            .listKeyRotations(
                ListKeyRotationsRequest.of(root(arn), arn)
                    .withIncludeKeyMaterial("ALL_KEY_MATERIAL"))
            .rotations();
    return all.stream()
        .map(
            e -> {
              Map<String, String> row = new LinkedHashMap<>();
              for (String column : columns) {
                row.put(
                    column,
                    switch (column) {
                      case "rotation" -> e.rotationType().map(Enum::name).orElse("first");
                      case "state" -> e.keyMaterialState().name();
                      case "import state" -> e.importState().map(Enum::name).orElse("-");
                      case "expiration model" -> e.expirationModel().map(Enum::name).orElse("-");
                      default ->
                          throw new IllegalArgumentException(
                              "key material column `"
                                  + column
                                  + "` is none of: rotation, state, import state, expiration model");
                    });
              }
              return row;
            })
        .toList();
  }

  /**
   * The alias of the home account with this name, as ListAliases (as the account root) pages it.
   */
  public Optional<AliasListEntry> alias(String name) {
    Caller root = Caller.direct(new Principal.AccountRoot(KmsWorld.HOME_ACCOUNT));
    ListAliasesRequest request = ListAliasesRequest.all(root);
    while (true) {
      ListAliasesResult page = world.kms().listAliases(request);
      Optional<AliasListEntry> found =
          page.aliases().stream().filter(a -> a.aliasName().equals(name)).findFirst();
      if (found.isPresent() || !page.truncated()) {
        return found;
      }
      request = request.withPage(request.page().after(page.nextMarker().orElseThrow()));
    }
  }

  private static Caller root(String arn) {
    return Caller.direct(new Principal.AccountRoot(arn.split(":", -1)[4]));
  }
}
