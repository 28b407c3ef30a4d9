package io.atrest.features.steps;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.KeyMaterialState;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.Origin;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.KeyAdmin;
import io.atrest.features.world.KmsWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.util.Optional;

/** Keys of imported material (origin EXTERNAL): awaiting material, importing it, deleting it. */
public final class KeyMaterialSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final KeyAdmin admin;

  public KeyMaterialSteps(KmsWorld world, Actors actors, KeyAdmin admin) {
    this.world = world;
    this.actors = actors;
    this.admin = admin;
  }

  @Given("{key} awaiting imported key material")
  @StepDoc(
      description =
          "The account root creates a symmetric key of origin EXTERNAL, which stays PendingImport until material is imported.",
      example = "Given key \"byok\" awaiting imported key material")
  public void external(KeyRef key) {
    admin
        .create(
            root(),
            key.name(),
            KeySpec.SYMMETRIC_DEFAULT,
            Optional.empty(),
            Origin.EXTERNAL,
            Optional.empty())
        .orFail();
  }

  @When("{principal} imports key material into {key}")
  @StepDoc(
      description =
          "A principal calls GetParametersForImport, wraps fresh 256-bit material with RSAES_OAEP_SHA_256 and calls ImportKeyMaterial.",
      example = "When the account root imports key material into key \"byok\"")
  public void importMaterial(PrincipalRef principal, KeyRef key) {
    admin.importMaterial(actors.caller(principal, false), world.arn(key));
  }

  @When("{principal} imports new key material into {key}")
  @StepDoc(
      description =
          "Like importing key material, with ImportType NEW_KEY_MATERIAL: on a key that already has material, the new one waits PENDING_ROTATION for RotateKeyOnDemand.",
      example = "When the account root imports new key material into key \"byok\"")
  public void importNewMaterial(PrincipalRef principal, KeyRef key) {
    admin.importMaterial(
        actors.caller(principal, false), world.arn(key), Optional.of("NEW_KEY_MATERIAL"));
  }

  @When("{principal} deletes the {word} imported key material of {key}")
  @StepDoc(
      description =
          "A principal calls DeleteImportedKeyMaterial with the KeyMaterialId of the key's one material in this state (CURRENT, NON_CURRENT or PENDING_ROTATION, as ListKeyRotations reports it).",
      example =
          "When the account root deletes the PENDING_ROTATION imported key material of key \"byok\"")
  public void deleteMaterialIn(PrincipalRef principal, String state, KeyRef key) {
    admin.deleteMaterialIn(
        actors.caller(principal, false), world.arn(key), KeyMaterialState.valueOf(state));
  }

  @When("{principal} deletes the imported key material of {key}")
  @StepDoc(
      description =
          "A principal calls DeleteImportedKeyMaterial; the key returns to PendingImport.",
      example = "When the account root deletes the imported key material of key \"byok\"")
  public void deleteMaterial(PrincipalRef principal, KeyRef key) {
    admin.deleteMaterial(actors.caller(principal, false), world.arn(key));
  }

  private Caller root() {
    return actors.caller(PrincipalRef.accountRoot(), false);
  }
}
