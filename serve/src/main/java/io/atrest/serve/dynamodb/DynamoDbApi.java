package io.atrest.serve.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.table.ReferenceDynamoDb;
import io.atrest.engine.table.error.DynamoDbException;
import io.atrest.serve.wire.Input;
import io.atrest.serve.wire.Operation;
import io.atrest.serve.wire.WireError;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every operation of the reference table store by its {@code X-Amz-Target} name ({@code
 * DynamoDB_20120810.NAME}). Tables belong to the caller's account: each account has its own store.
 */
public final class DynamoDbApi {

  private final Map<String, Operation> operations;

  public DynamoDbApi(Function<String, ReferenceDynamoDb> storeOfAccount) {
    Function<Caller, ReferenceDynamoDb> stores =
        c -> storeOfAccount.apply(c.account().orElseThrow());
    Map<String, Operation> ops = new HashMap<>();
    new TableOperations(stores).register(ops);
    new ItemOperations(stores).register(ops);
    this.operations = Map.copyOf(ops);
  }

  public Optional<Operation> operation(String name) {
    Operation op = operations.get(name);
    return op == null
        ? Optional.empty()
        : Optional.of((caller, request) -> translate(op, caller, request));
  }

  public Set<String> names() {
    return operations.keySet();
  }

  private static ObjectNode translate(Operation op, Caller caller, Input request) {
    try {
      return op.apply(caller, request);
    } catch (DynamoDbException e) {
      throw WireError.withStatus(e.errorCode(), e.getMessage(), e.httpStatus());
    } catch (KmsException e) {
      // The table store translates the KMS refusals it expects; one that escapes is still shown
      // under DynamoDB's wording for a KMS failure rather than as a server error.
      throw WireError.of("ValidationException", "KMS validation error: " + e);
    }
  }
}
