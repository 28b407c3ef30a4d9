package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KmsOperationsTest {

  private static final JsonNode SCHEMA = schema();

  private static JsonNode schema() {
    try (var in =
        KmsOperationsTest.class
            .getClassLoader()
            .getResourceAsStream(TrailSchemas.CLASSPATH_FOLDER + TrailSchemas.KMS)) {
      return SeedEvents.JSON.readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // The event names of the allOf branch whose rule says readOnly is `value`.
  private static Set<String> schemaReadOnly(boolean value) {
    Set<String> names = new HashSet<>();
    for (JsonNode branch : SCHEMA.get("allOf")) {
      JsonNode readOnly = branch.path("then").path("properties").path("readOnly").path("const");
      if (readOnly.isBoolean() && readOnly.asBoolean() == value) {
        branch
            .path("if")
            .path("properties")
            .path("eventName")
            .path("enum")
            .forEach(n -> names.add(n.asText()));
      }
    }
    return names;
  }

  @Test
  void readOnlyLists_agreeWithTheKmsSchema() {
    for (String op : KmsOperations.all()) {
      assertThat(KmsOperations.isReadOnly(op) ? schemaReadOnly(true) : schemaReadOnly(false))
          .as(op)
          .contains(op);
    }
    assertThat(schemaReadOnly(true).size() + schemaReadOnly(false).size())
        .isEqualTo(KmsOperations.all().size());
  }

  @Test
  void cryptographicOperations_areReadOnlyWithNullResponse() {
    for (String op :
        new String[] {
          "Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext"
        }) {
      assertThat(KmsOperations.isReadOnly(op)).as(op).isTrue();
      assertThat(KmsOperations.logsNullResponse(op)).as(op).isTrue();
    }
  }

  @Test
  void createGrant_isAWriteThatLogsItsResponse() {
    assertThat(KmsOperations.isReadOnly("CreateGrant")).isFalse();
    assertThat(KmsOperations.logsNullResponse("CreateGrant")).isFalse();
  }

  @Test
  void automaticRotationAndDeletion_areServiceEvents() {
    assertThat(KmsOperations.isServiceEvent("RotateKey")).isTrue();
    assertThat(KmsOperations.isServiceEvent("DeleteKey")).isTrue();
    assertThat(KmsOperations.isServiceEvent("RotateKeyOnDemand")).isFalse();
  }

  @Test
  void unknownOperation_isRefusedNamingIt() {
    assertThatThrownBy(() -> KmsOperations.isReadOnly("ReEncryptFrom"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("`ReEncryptFrom` is not an AWS KMS operation");
    assertThatThrownBy(() -> KmsOperations.logsNullResponse("Nope")).hasMessageContaining("`Nope`");
  }
}
