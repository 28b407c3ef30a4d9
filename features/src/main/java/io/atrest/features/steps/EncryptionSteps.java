package io.atrest.features.steps;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.Operations;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;

/**
 * Calling KMS operations as a principal, directly or through DynamoDB, with an encryption context.
 */
public final class EncryptionSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final Operations operations;

  public EncryptionSteps(KmsWorld world, Actors actors, Operations operations) {
    this.world = world;
    this.actors = actors;
    this.operations = operations;
  }

  @When("{principal} calls {operation} on {key}")
  @StepDoc(
      description =
          "A principal calls a KMS operation on a key directly, with no encryption context (Decrypt and ReEncrypt use the key's latest ciphertext).",
      example = "When user \"db-lead\" calls Decrypt on key \"table-key\"")
  public void call(PrincipalRef principal, String operation, KeyRef key) {
    call(principal, operation, key, false, EncryptionContext.empty());
  }

  @When("{principal} calls {operation} on {key} through DynamoDB")
  @StepDoc(
      description =
          "DynamoDB calls a KMS operation on the principal's behalf (kms:ViaService dynamodb.REGION.amazonaws.com), with no encryption context.",
      example = "When user \"db-lead\" calls DescribeKey on key \"table-key\" through DynamoDB")
  public void callThroughDynamoDb(PrincipalRef principal, String operation, KeyRef key) {
    call(principal, operation, key, true, EncryptionContext.empty());
  }

  @When("{principal} calls {operation} on {key} with encryption context:")
  @StepDoc(
      description =
          "A principal calls a KMS operation directly with the encryption context of the table (| key | value | rows).",
      example =
          "When user \"app\" calls Decrypt on key \"app-key\" with encryption context: | tenant | blue |")
  public void callWithContext(
      PrincipalRef principal, String operation, KeyRef key, EncryptionContext context) {
    call(principal, operation, key, false, context);
  }

  @When("{principal} calls {operation} on {key} through DynamoDB with encryption context:")
  @StepDoc(
      description =
          "DynamoDB calls a KMS operation on the principal's behalf with the encryption context of the table.",
      example =
          "When user \"db-lead\" calls Encrypt on key \"table-key\" through DynamoDB with encryption context: | aws:dynamodb:tableName | Books |")
  public void callThroughDynamoDbWithContext(
      PrincipalRef principal, String operation, KeyRef key, EncryptionContext context) {
    call(principal, operation, key, true, context);
  }

  @When("{principal} calls {operation} on {key} through service {string}")
  @StepDoc(
      description =
          "Another integrated service (a short name such as ec2) calls a KMS operation on the principal's behalf, with no encryption context.",
      example = "When user \"db-lead\" calls Encrypt on key \"table-key\" through service \"ec2\"")
  public void callThroughService(
      PrincipalRef principal, String operation, KeyRef key, String service) {
    operations.call(
        operation,
        actors.callerVia(principal, service),
        world.arn(key),
        EncryptionContext.empty(),
        List.of());
  }

  @When("{principal} calls {operation} on {key} through DynamoDB for table {string}")
  @StepDoc(
      description =
          "DynamoDB calls a KMS operation on the principal's behalf with a table's context: aws:dynamodb:tableName and aws:dynamodb:subscriberId (the account).",
      example =
          "When session \"user01\" of role \"Admin\" calls Decrypt on key \"table-key\" through DynamoDB for table \"Books\"")
  public void callForTable(PrincipalRef principal, String operation, KeyRef key, String table) {
    call(principal, operation, key, true, tableContext(table));
  }

  @When("{principal} calls {operation} on {key} for table {string}")
  @StepDoc(
      description =
          "A principal (typically the DynamoDB service principal) calls a KMS operation directly with a table's encryption context.",
      example =
          "When service \"dynamodb.amazonaws.com\" calls GenerateDataKey on key \"table-key\" for table \"Services\"")
  public void callDirectForTable(
      PrincipalRef principal, String operation, KeyRef key, String table) {
    call(principal, operation, key, false, tableContext(table));
  }

  @Given("{principal} encrypted data under {key} with encryption context:")
  @StepDoc(
      description =
          "Set-up: a principal encrypts data under a key with an encryption context; the step fails unless KMS allows it.",
      example =
          "Given user \"app\" encrypted data under key \"app-key\" with encryption context: | ab | c |")
  public void encrypted(PrincipalRef principal, KeyRef key, EncryptionContext context) {
    operations
        .call("Encrypt", actors.caller(principal, false), world.arn(key), context, List.of())
        .orFail();
  }

  @Given("{principal} encrypted data under {key} through DynamoDB for table {string}")
  @StepDoc(
      description =
          "Set-up: DynamoDB encrypts data under a key on the principal's behalf with a table's encryption context; the step fails unless KMS allows it.",
      example =
          "Given user \"app\" encrypted data under the AWS managed key \"aws/dynamodb\" through DynamoDB for table \"Books\"")
  public void encryptedForTable(PrincipalRef principal, KeyRef key, String table) {
    operations
        .call(
            "Encrypt",
            actors.caller(principal, true),
            world.arn(key),
            tableContext(table),
            List.of())
        .orFail();
  }

  @Given("{principal} encrypted data under {key}")
  @StepDoc(
      description =
          "Set-up: a principal encrypts data under a key with no encryption context; the step fails unless KMS allows it.",
      example = "Given the account root encrypted data under key \"app-key\"")
  public void encryptedWithoutContext(PrincipalRef principal, KeyRef key) {
    encrypted(principal, key, EncryptionContext.empty());
  }

  private void call(
      PrincipalRef principal,
      String operation,
      KeyRef key,
      boolean via,
      EncryptionContext context) {
    operations.call(operation, actors.caller(principal, via), world.arn(key), context, List.of());
  }

  private static EncryptionContext tableContext(String table) {
    return EncryptionContext.of(
        Map.of(
            "aws:dynamodb:tableName", table, "aws:dynamodb:subscriberId", KmsWorld.HOME_ACCOUNT));
  }
}
