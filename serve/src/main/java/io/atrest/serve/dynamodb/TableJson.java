package io.atrest.serve.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.table.BackupDescription;
import io.atrest.engine.table.BillingMode;
import io.atrest.engine.table.TableDescription;
import io.atrest.engine.table.schema.AttributeDefinition;
import io.atrest.engine.table.schema.KeySchemaElement;
import io.atrest.engine.table.schema.SecondaryIndex;
import io.atrest.engine.table.sse.SseDescription;
import io.atrest.serve.wire.Json;
import java.util.List;

/**
 * {@code TableDescription}, {@code BackupDetails} and {@code BackupDescription} as the DynamoDB API
 * reference shapes them; {@code SSEDescription} appears only when the engine gives one (a table
 * under the AWS owned key has none, as in DynamoDB).
 */
final class TableJson {

  private TableJson() {}

  static ObjectNode table(TableDescription d) {
    ObjectNode n = Json.NODES.objectNode();
    n.set("AttributeDefinitions", attributes(d.attributeDefinitions()));
    n.put("TableName", d.tableName());
    n.set("KeySchema", keySchema(d.keySchema()));
    n.put("TableStatus", d.tableStatus().name());
    Json.putTime(n, "CreationDateTime", d.creationDateTime());
    n.set("ProvisionedThroughput", throughput(d));
    n.put("TableSizeBytes", 0);
    n.put("ItemCount", d.itemCount());
    n.put("TableArn", d.tableArn());
    n.put("TableId", d.tableId());
    if (d.billingMode() == BillingMode.PAY_PER_REQUEST) {
      n.putObject("BillingModeSummary").put("BillingMode", d.billingMode().name());
    }
    indexes(n, d, SecondaryIndex.Kind.LOCAL, "LocalSecondaryIndexes");
    indexes(n, d, SecondaryIndex.Kind.GLOBAL, "GlobalSecondaryIndexes");
    d.streamViewType()
        .ifPresent(
            v ->
                n.putObject("StreamSpecification")
                    .put("StreamEnabled", true)
                    .put("StreamViewType", v));
    d.sseDescription().ifPresent(s -> n.set("SSEDescription", sse(s)));
    d.archivalSummary()
        .ifPresent(
            a -> {
              ObjectNode archival = n.putObject("ArchivalSummary");
              Json.putTime(archival, "ArchivalDateTime", a.archivalDateTime());
              archival.put("ArchivalReason", a.archivalReason());
              archival.put("ArchivalBackupArn", a.archivalBackupArn());
            });
    n.put("DeletionProtectionEnabled", false);
    return n;
  }

  static ObjectNode sse(SseDescription s) {
    ObjectNode n = Json.NODES.objectNode();
    n.put("Status", s.status().name());
    s.sseType().ifPresent(t -> n.put("SSEType", t));
    s.kmsMasterKeyArn().ifPresent(k -> n.put("KMSMasterKeyArn", k));
    s.inaccessibleEncryptionDateTime()
        .ifPresent(t -> Json.putTime(n, "InaccessibleEncryptionDateTime", t));
    return n;
  }

  static ObjectNode backupDetails(BackupDescription b) {
    ObjectNode n = Json.NODES.objectNode();
    n.put("BackupArn", b.backupArn());
    n.put("BackupName", b.backupName());
    n.put("BackupSizeBytes", b.backupSizeBytes());
    n.put("BackupStatus", b.backupStatus());
    n.put("BackupType", b.backupType());
    Json.putTime(n, "BackupCreationDateTime", b.backupCreationDateTime());
    return n;
  }

  static ObjectNode backupDescription(BackupDescription b) {
    ObjectNode n = Json.NODES.objectNode();
    n.set("BackupDetails", backupDetails(b));
    ObjectNode source = n.putObject("SourceTableDetails");
    source.put("TableName", b.tableName());
    source.put("TableId", b.tableId());
    source.put("TableArn", b.tableArn());
    source.put("TableSizeBytes", b.backupSizeBytes());
    source.set("KeySchema", keySchema(b.keySchema()));
    source.put("ItemCount", b.itemCount());
    ObjectNode features = n.putObject("SourceTableFeatureDetails");
    b.sseDescription().ifPresent(s -> features.set("SSEDescription", sse(s)));
    return n;
  }

  static ObjectNode backupSummary(BackupDescription b) {
    ObjectNode n = backupDetails(b);
    n.put("TableName", b.tableName());
    n.put("TableId", b.tableId());
    n.put("TableArn", b.tableArn());
    return n;
  }

  private static ObjectNode throughput(TableDescription d) {
    ObjectNode n = Json.NODES.objectNode();
    n.put("NumberOfDecreasesToday", 0);
    n.put(
        "ReadCapacityUnits", d.provisionedThroughput().map(p -> p.readCapacityUnits()).orElse(0L));
    n.put(
        "WriteCapacityUnits",
        d.provisionedThroughput().map(p -> p.writeCapacityUnits()).orElse(0L));
    return n;
  }

  private static void indexes(
      ObjectNode n, TableDescription d, SecondaryIndex.Kind kind, String field) {
    List<SecondaryIndex> of = d.indexes().stream().filter(i -> i.kind() == kind).toList();
    if (of.isEmpty()) {
      return;
    }
    ArrayNode a = n.putArray(field);
    for (SecondaryIndex i : of) {
      ObjectNode idx = a.addObject();
      idx.put("IndexName", i.indexName());
      idx.set("KeySchema", keySchema(i.keySchema().elements()));
      ObjectNode projection =
          idx.putObject("Projection").put("ProjectionType", i.projection().projectionType().name());
      if (!i.projection().nonKeyAttributes().isEmpty()) {
        ArrayNode attrs = projection.putArray("NonKeyAttributes");
        i.projection().nonKeyAttributes().forEach(attrs::add);
      }
      if (kind == SecondaryIndex.Kind.GLOBAL) {
        idx.put("IndexStatus", "ACTIVE");
        idx.set("ProvisionedThroughput", throughput(d));
      }
      idx.put("IndexSizeBytes", 0);
      idx.put("ItemCount", 0);
      idx.put("IndexArn", d.tableArn() + "/index/" + i.indexName());
    }
  }

  static ArrayNode keySchema(List<KeySchemaElement> elements) {
    ArrayNode a = Json.NODES.arrayNode();
    elements.forEach(
        e ->
            a.addObject()
                .put("AttributeName", e.attributeName())
                .put("KeyType", e.keyType().name()));
    return a;
  }

  private static ArrayNode attributes(List<AttributeDefinition> defs) {
    ArrayNode a = Json.NODES.arrayNode();
    defs.forEach(
        d ->
            a.addObject()
                .put("AttributeName", d.attributeName())
                .put("AttributeType", d.attributeType().name()));
    return a;
  }
}
