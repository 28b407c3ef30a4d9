package io.atrest.features.steps.table;

import io.atrest.engine.crypto.CiphertextBlob;
import io.atrest.engine.kms.AwsOwnedKey;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.TableWorld;
import io.cucumber.java.en.Then;
import java.util.List;

/**
 * The AWS owned key DynamoDB uses, seen as the engine sees it: no customer API shows it, so these
 * steps read the engine's own view of the key (its material versions, rotated yearly, seed 002).
 */
public final class OwnedKeySteps {

  private static final String DYNAMODB = "dynamodb";

  private final KmsWorld world;
  private final TableWorld tables;

  public OwnedKeySteps(KmsWorld world, TableWorld tables) {
    this.world = world;
    this.tables = tables;
  }

  @Then("the AWS owned key of DynamoDB has {int} key material version(s)")
  @StepDoc(
      description =
          "The engine's own view of DynamoDB's AWS owned key (which no customer API shows) lists this many material versions: one at first use, one more per 365 days.",
      example = "Then the AWS owned key of DynamoDB has 2 key material versions")
  public void versions(int count) {
    List<AwsOwnedKey.MaterialVersion> versions = owned().materialVersions();
    if (versions.size() != count) {
      throw new AssertionError(
          "expected DynamoDB's AWS owned key to have "
              + count
              + " key material version(s), but it has "
              + versions.size()
              + ": "
              + versions);
    }
  }

  @Then("the table key of table {string} is sealed under version {int} of the AWS owned key")
  @StepDoc(
      description =
          "The latest table key DynamoDB obtained for the table is a ciphertext of that material version of its AWS owned key.",
      example =
          "Then the table key of table \"Music\" is sealed under version 2 of the AWS owned key")
  public void sealedUnder(String table, int version) {
    List<AwsOwnedKey.MaterialVersion> versions = owned().materialVersions();
    String material = CiphertextBlob.parse(tables.ownedTableKeyOf(table)).materialId();
    int actual =
        versions.stream()
            .filter(v -> v.materialId().equals(material))
            .mapToInt(AwsOwnedKey.MaterialVersion::number)
            .findFirst()
            .orElse(0);
    if (actual != version) {
      throw new AssertionError(
          "expected the table key of table "
              + table
              + " to be sealed under version "
              + version
              + " of the AWS owned key, but it is sealed under material "
              + material
              + (actual == 0
                  ? ", which is not a version of that key"
                  : " (version " + actual + ")"));
    }
  }

  @Then("no trail event names the AWS owned key of DynamoDB")
  @StepDoc(
      description =
          "No record of the customer's trail mentions the AWS owned key's id: its use and its rotations happen in AWS's account.",
      example = "Then no trail event names the AWS owned key of DynamoDB")
  public void noEvent() {
    String id = owned().keyId();
    List<String> naming =
        world.trail().events().stream()
            .filter(e -> e.toJson().toString().contains(id))
            .map(TrailEvent::eventName)
            .toList();
    if (!naming.isEmpty()) {
      throw new AssertionError(
          "expected no trail event to name the AWS owned key " + id + ", but these do: " + naming);
    }
  }

  private AwsOwnedKey owned() {
    return world.kms().awsOwnedKey(DYNAMODB);
  }
}
