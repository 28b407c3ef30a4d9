package io.atrest.serve.kms;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.serve.wire.Input;
import io.atrest.serve.wire.Operation;
import io.atrest.serve.wire.WireError;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every operation of the reference KMS by its {@code X-Amz-Target} name ({@code
 * TrentService.NAME}), with the engine's typed refusals turned into wire errors of the same name
 * and message.
 */
public final class KmsApi {

  private final Map<String, Operation> operations;

  public KmsApi(ReferenceKms kms) {
    Map<String, Operation> ops = new HashMap<>();
    new KmsKeyOperations(kms).register(ops);
    new KmsCryptoOperations(kms).register(ops);
    new KmsGrantOperations(kms).register(ops);
    new KmsSigningOperations(kms).register(ops);
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
    } catch (KmsException e) {
      // KMS sends InvalidCiphertextException and some others with no message at all.
      String message = e.getMessage();
      throw message == null || message.isEmpty()
          ? WireError.withoutMessage(e.errorCode())
          : WireError.of(e.errorCode(), message);
    }
  }
}
