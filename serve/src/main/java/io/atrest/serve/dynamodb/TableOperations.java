package io.atrest.serve.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.BillingMode;
import io.atrest.engine.table.CreateTableRequest;
import io.atrest.engine.table.ProvisionedThroughput;
import io.atrest.engine.table.ReferenceDynamoDb;
import io.atrest.engine.table.TableDescription;
import io.atrest.engine.table.UpdateTableRequest;
import io.atrest.engine.table.schema.AttributeDefinition;
import io.atrest.engine.table.schema.KeySchema;
import io.atrest.engine.table.schema.KeySchemaElement;
import io.atrest.engine.table.schema.KeyType;
import io.atrest.engine.table.schema.Projection;
import io.atrest.engine.table.schema.ScalarType;
import io.atrest.engine.table.schema.SecondaryIndex;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.serve.wire.Enums;
import io.atrest.serve.wire.Input;
import io.atrest.serve.wire.Json;
import io.atrest.serve.wire.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The control plane: tables and backups. */
final class TableOperations {

  private final Function<Caller, ReferenceDynamoDb> stores;

  TableOperations(Function<Caller, ReferenceDynamoDb> stores) {
    this.stores = stores;
  }

  void register(Map<String, Operation> ops) {
    ops.put(
        "CreateTable",
        (c, r) -> described("TableDescription", stores.apply(c).createTable(createRequest(c, r))));
    ops.put(
        "DescribeTable",
        (c, r) ->
            described("Table", stores.apply(c).describeTable(c, r.requiredString("TableName"))));
    ops.put(
        "UpdateTable",
        (c, r) -> described("TableDescription", stores.apply(c).updateTable(updateRequest(c, r))));
    ops.put(
        "DeleteTable",
        (c, r) ->
            described(
                "TableDescription", stores.apply(c).deleteTable(c, r.requiredString("TableName"))));
    ops.put("ListTables", this::listTables);
    ops.put(
        "CreateBackup",
        (c, r) ->
            wrap(
                "BackupDetails",
                TableJson.backupDetails(
                    stores
                        .apply(c)
                        .backups()
                        .createBackup(
                            c, r.requiredString("TableName"), r.requiredString("BackupName")))));
    ops.put(
        "DescribeBackup",
        (c, r) ->
            wrap(
                "BackupDescription",
                TableJson.backupDescription(
                    stores.apply(c).backups().describeBackup(c, r.requiredString("BackupArn")))));
    ops.put(
        "DeleteBackup",
        (c, r) ->
            wrap(
                "BackupDescription",
                TableJson.backupDescription(
                    stores.apply(c).backups().deleteBackup(c, r.requiredString("BackupArn")))));
    ops.put("ListBackups", this::listBackups);
    ops.put("RestoreTableFromBackup", this::restore);
  }

  private static CreateTableRequest createRequest(Caller caller, Input r) {
    List<SecondaryIndex> indexes = new ArrayList<>();
    indexes.addAll(indexes(r, "LocalSecondaryIndexes", SecondaryIndex.Kind.LOCAL));
    indexes.addAll(indexes(r, "GlobalSecondaryIndexes", SecondaryIndex.Kind.GLOBAL));
    Optional<String> stream =
        r.object("StreamSpecification")
            .filter(s -> s.bool("StreamEnabled").orElse(false))
            .map(s -> s.requiredString("StreamViewType"));
    return new CreateTableRequest(
        caller,
        r.requiredString("TableName"),
        attributeDefinitions(r),
        keySchema(r, "KeySchema"),
        r.string("BillingMode").map(b -> Enums.parse(BillingMode.class, b, "BillingMode")),
        r.object("ProvisionedThroughput").map(TableOperations::throughput),
        indexes,
        stream,
        r.object("SSESpecification").map(TableOperations::sse));
  }

  private static UpdateTableRequest updateRequest(Caller caller, Input r) {
    return new UpdateTableRequest(
        caller,
        r.requiredString("TableName"),
        r.object("SSESpecification").map(TableOperations::sse),
        r.string("BillingMode").map(b -> Enums.parse(BillingMode.class, b, "BillingMode")));
  }

  private ObjectNode listTables(Caller caller, Input r) {
    Optional<String> start = r.string("ExclusiveStartTableName");
    int limit = r.integer("Limit").orElse(100);
    List<String> names =
        stores.apply(caller).listTables(caller).stream()
            .filter(n -> start.map(s -> n.compareTo(s) > 0).orElse(true))
            .toList();
    ObjectNode n = Json.NODES.objectNode();
    ArrayNode a = n.putArray("TableNames");
    names.stream().limit(limit).forEach(a::add);
    if (names.size() > limit) {
      n.put("LastEvaluatedTableName", names.get(limit - 1));
    }
    return n;
  }

  private ObjectNode listBackups(Caller caller, Input r) {
    ObjectNode n = Json.NODES.objectNode();
    ArrayNode a = n.putArray("BackupSummaries");
    stores
        .apply(caller)
        .backups()
        .listBackups(caller, r.string("TableName"))
        .forEach(b -> a.add(TableJson.backupSummary(b)));
    return n;
  }

  private ObjectNode restore(Caller caller, Input r) {
    TableDescription d =
        stores
            .apply(caller)
            .backups()
            .restoreTableFromBackup(
                caller,
                r.requiredString("TargetTableName"),
                r.requiredString("BackupArn"),
                r.object("SSESpecificationOverride").map(TableOperations::sse));
    return described("TableDescription", d);
  }

  private static ObjectNode described(String field, TableDescription d) {
    return wrap(field, TableJson.table(d));
  }

  private static ObjectNode wrap(String field, ObjectNode value) {
    ObjectNode n = Json.NODES.objectNode();
    n.set(field, value);
    return n;
  }

  private static SseSpecification sse(Input s) {
    return new SseSpecification(s.bool("Enabled"), s.string("SSEType"), s.string("KMSMasterKeyId"));
  }

  private static ProvisionedThroughput throughput(Input p) {
    return new ProvisionedThroughput(
        p.longValue("ReadCapacityUnits").orElse(0L), p.longValue("WriteCapacityUnits").orElse(0L));
  }

  private static List<AttributeDefinition> attributeDefinitions(Input r) {
    List<AttributeDefinition> out = new ArrayList<>();
    for (JsonNode d : r.list("AttributeDefinitions")) {
      Input def = Input.element(d);
      out.add(
          new AttributeDefinition(
              def.requiredString("AttributeName"),
              Enums.parse(ScalarType.class, def.requiredString("AttributeType"), "AttributeType")));
    }
    return out;
  }

  private static List<KeySchemaElement> keySchema(Input r, String field) {
    List<KeySchemaElement> out = new ArrayList<>();
    for (JsonNode e : r.list(field)) {
      Input element = Input.element(e);
      out.add(
          new KeySchemaElement(
              element.requiredString("AttributeName"),
              Enums.parse(KeyType.class, element.requiredString("KeyType"), "KeyType")));
    }
    return out;
  }

  private static List<SecondaryIndex> indexes(Input r, String field, SecondaryIndex.Kind kind) {
    List<SecondaryIndex> out = new ArrayList<>();
    for (JsonNode i : r.list(field)) {
      Input index = Input.element(i);
      Input projection = index.requiredObject("Projection");
      Projection.Type type =
          Enums.parse(
              Projection.Type.class,
              projection.string("ProjectionType").orElse("ALL"),
              "ProjectionType");
      out.add(
          new SecondaryIndex(
              index.requiredString("IndexName"),
              kind,
              KeySchema.of(keySchema(index, "KeySchema")),
              new Projection(type, projection.strings("NonKeyAttributes"))));
    }
    return out;
  }
}
