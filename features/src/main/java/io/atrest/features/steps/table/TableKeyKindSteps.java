package io.atrest.features.steps.table;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.Origin;
import io.atrest.engine.kms.api.AliasListEntry;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.EncryptRequest;
import io.atrest.engine.kms.api.KeyListEntry;
import io.atrest.engine.kms.api.ListAliasesRequest;
import io.atrest.engine.kms.api.ListKeysRequest;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.KeyAdmin;
import io.atrest.features.world.KmsWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of key a table can use, as the account sees them: a customer managed key for tables,
 * the AWS managed and AWS owned keys.
 */
public final class TableKeyKindSteps {

  /**
   * Lets the account (its root, and IAM) administer the key, and every principal of the account use
   * it through DynamoDB of the scenario's region: the AWS managed key's first statement on a
   * customer managed key.
   */
  static String tableKeyPolicy(String region) {
    return TABLE_KEY_POLICY.replace(
        "dynamodb.us-west-2.amazonaws.com", "dynamodb." + region + ".amazonaws.com");
  }

  private static final String TABLE_KEY_POLICY =
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Enable IAM policies", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "Allow access through Amazon DynamoDB for all principals in the account", "Effect": "Allow",
         "Principal": {"AWS": "*"},
         "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey"],
         "Resource": "*",
         "Condition": {"StringEquals": {"kms:CallerAccount": "111122223333",
                                        "kms:ViaService": "dynamodb.us-west-2.amazonaws.com"}}}]}""";

  private final KmsWorld world;
  private final Actors actors;
  private final KeyAdmin admin;

  public TableKeyKindSteps(KmsWorld world, Actors actors, KeyAdmin admin) {
    this.world = world;
    this.actors = actors;
    this.admin = admin;
  }

  @Given("{key} for the tables of the account")
  @StepDoc(
      description =
          "The account root creates a symmetric customer managed key that the account administers and every principal of the account may use through DynamoDB (the AWS managed key's policy plus the account's kms:*).",
      example = "Given key \"music-key\" for the tables of the account")
  public void tableKey(KeyRef key) {
    admin
        .create(
            root(),
            key.name(),
            KeySpec.SYMMETRIC_DEFAULT,
            Optional.empty(),
            Origin.AWS_KMS,
            Optional.of(tableKeyPolicy(KmsWorld.REGION)))
        .orFail();
  }

  @Then("the account has no AWS managed key for DynamoDB yet")
  @StepDoc(
      description =
          "ListAliases (as the account root) shows alias/aws/dynamodb, if at all, without a TargetKeyId (AWS lists reserved aliases before their key exists): no table has asked for the AWS managed key.",
      example = "Then the account has no AWS managed key for DynamoDB yet")
  public void noManagedKey() {
    Optional<AliasListEntry> alias = managedAlias();
    if (alias.flatMap(AliasListEntry::targetKeyId).isPresent()) {
      throw new AssertionError(
          "expected no alias/aws/dynamodb yet, but ListAliases shows " + alias.get());
    }
  }

  @Then("the account's alias aws\\/dynamodb names {key}")
  @StepDoc(
      description =
          "ListAliases (as the account root) shows alias/aws/dynamodb pointing at the key.",
      example = "Then the account's alias aws/dynamodb names the AWS managed key \"aws/dynamodb\"")
  public void managedAliasNames(KeyRef key) {
    String arn = world.arn(key);
    String id = arn.substring(arn.lastIndexOf('/') + 1);
    Optional<AliasListEntry> alias = managedAlias();
    if (alias.flatMap(AliasListEntry::targetKeyId).filter(id::equals).isEmpty()) {
      throw new AssertionError(
          "expected alias/aws/dynamodb to name " + arn + ", ListAliases shows " + alias);
    }
  }

  @Then("the AWS owned key of DynamoDB is invisible to the account")
  @StepDoc(
      description =
          "The account root finds DynamoDB's AWS owned key neither in ListKeys nor in ListAliases, and DescribeKey and Encrypt on its id fail with NotFoundException.",
      example = "Then the AWS owned key of DynamoDB is invisible to the account")
  public void ownedInvisible() {
    String id = world.kms().awsOwnedKey("dynamodb").keyId();
    List<KeyListEntry> keys = world.kms().listKeys(new ListKeysRequest(root())).keys();
    boolean listed =
        keys.stream().anyMatch(k -> k.keyId().equals(id))
            || world.kms().listAliases(ListAliasesRequest.all(root())).aliases().stream()
                .anyMatch(a -> a.targetKeyId().filter(id::equals).isPresent());
    String describe = refusal(() -> world.kms().describeKey(DescribeKeyRequest.of(root(), id)));
    String encrypt =
        refusal(
            () ->
                world
                    .kms()
                    .encrypt(
                        EncryptRequest.of(
                            root(),
                            id,
                            SecretBytes.copyOf(new byte[] {1}),
                            EncryptionContext.empty())));
    if (listed || !describe.equals("NotFoundException") || !encrypt.equals("NotFoundException")) {
      throw new AssertionError(
          "expected the AWS owned key "
              + id
              + " to be invisible to account "
              + KmsWorld.HOME_ACCOUNT
              + "\nlisted by ListKeys or ListAliases: "
              + listed
              + "\nDescribeKey: "
              + describe
              + "\nEncrypt: "
              + encrypt);
    }
  }

  private static String refusal(Runnable call) {
    try {
      call.run();
      return "succeeded";
    } catch (KmsException e) {
      return e.errorCode();
    }
  }

  private Optional<AliasListEntry> managedAlias() {
    return world.kms().listAliases(ListAliasesRequest.all(root())).aliases().stream()
        .filter(a -> a.aliasName().equals("alias/aws/dynamodb"))
        .findFirst();
  }

  private Caller root() {
    return actors.caller(PrincipalRef.accountRoot(), false);
  }
}
