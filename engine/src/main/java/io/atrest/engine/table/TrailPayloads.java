package io.atrest.engine.table;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.table.schema.AttributeDefinition;
import io.atrest.engine.table.schema.KeySchemaElement;
import io.atrest.engine.table.schema.SecondaryIndex;
import io.atrest.engine.table.sse.SseDescription;
import io.atrest.engine.table.sse.SseSpecification;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * DynamoDB requests and responses as CloudTrail logs them: member names lower-camel-cased the way
 * CloudTrail does it, acronyms included ({@code sSESpecification}, {@code kMSMasterKeyArn}), and
 * dates inside payloads as text like {@code "Aug 10, 2022, 10:38:27 PM"} (AWS-FACTS.md).
 */
final class TrailPayloads {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter PAYLOAD_DATE =
      DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);

  private TrailPayloads() {}

  static String date(Instant instant) {
    return PAYLOAD_DATE.format(instant);
  }

  static ObjectNode tableName(String tableName) {
    return NODES.objectNode().put("tableName", tableName);
  }

  /** CreateTable's request as sent. */
  static ObjectNode createTable(CreateTableRequest r) {
    ObjectNode n = tableName(r.tableName());
    n.set("attributeDefinitions", attributeDefinitions(r.attributeDefinitions()));
    n.set("keySchema", keySchema(r.keySchema()));
    r.billingMode().ifPresent(m -> n.put("billingMode", m.name()));
    r.provisionedThroughput().ifPresent(t -> n.set("provisionedThroughput", throughput(t, false)));
    indexes(n, r.indexes());
    r.streamViewType().ifPresent(v -> n.set("streamSpecification", stream(v)));
    r.sseSpecification().ifPresent(s -> n.set("sSESpecification", sseSpecification(s)));
    return n;
  }

  /** UpdateTable's request as sent. */
  static ObjectNode updateTable(UpdateTableRequest r) {
    ObjectNode n = tableName(r.tableName());
    r.billingMode().ifPresent(m -> n.put("billingMode", m.name()));
    r.sseSpecification().ifPresent(s -> n.set("sSESpecification", sseSpecification(s)));
    return n;
  }

  /** {@code SSESpecification} exactly as the caller sent it, absent members omitted. */
  static ObjectNode sseSpecification(SseSpecification s) {
    ObjectNode n = NODES.objectNode();
    s.enabled().ifPresent(e -> n.put("enabled", e));
    s.sseType().ifPresent(t -> n.put("sSEType", t));
    s.kmsMasterKeyId().ifPresent(k -> n.put("kMSMasterKeyId", k));
    return n;
  }

  static ObjectNode tableResponse(TableDescription d) {
    ObjectNode n = NODES.objectNode();
    n.set("tableDescription", tableDescription(d));
    return n;
  }

  static ObjectNode tableDescription(TableDescription d) {
    ObjectNode n = NODES.objectNode();
    n.set("attributeDefinitions", attributeDefinitions(d.attributeDefinitions()));
    n.put("tableName", d.tableName());
    n.set("keySchema", keySchema(d.keySchema()));
    n.put("tableStatus", d.tableStatus().name());
    n.put("creationDateTime", date(d.creationDateTime()));
    n.set("provisionedThroughput", throughput(d.provisionedThroughput().orElse(null), true));
    n.put("tableSizeBytes", 0);
    n.put("itemCount", d.itemCount());
    n.put("tableArn", d.tableArn());
    n.put("tableId", d.tableId());
    if (d.billingMode() == BillingMode.PAY_PER_REQUEST) {
      n.putObject("billingModeSummary").put("billingMode", d.billingMode().name());
    }
    indexes(n, d.indexes());
    d.streamViewType().ifPresent(v -> n.set("streamSpecification", stream(v)));
    if (!d.replicaRegions().isEmpty()) {
      ArrayNode replicas = n.putArray("replicas");
      d.replicaRegions()
          .forEach(r -> replicas.addObject().put("regionName", r).put("replicaStatus", "ACTIVE"));
    }
    d.sseDescription().ifPresent(s -> n.set("sSEDescription", sseDescription(s)));
    d.archivalSummary().ifPresent(a -> n.set("archivalSummary", archivalSummary(a)));
    return n;
  }

  static ObjectNode sseDescription(SseDescription s) {
    ObjectNode n = NODES.objectNode().put("status", s.status().name());
    s.sseType().ifPresent(t -> n.put("sSEType", t));
    s.kmsMasterKeyArn().ifPresent(k -> n.put("kMSMasterKeyArn", k));
    s.inaccessibleEncryptionDateTime()
        .ifPresent(t -> n.put("inaccessibleEncryptionDateTime", date(t)));
    return n;
  }

  /** CreateBackup's response: {@code backupDetails}. */
  static ObjectNode backupDetailsResponse(BackupDescription b) {
    ObjectNode n = NODES.objectNode();
    n.set("backupDetails", backupDetails(b));
    return n;
  }

  /** DeleteBackup's response: {@code backupDescription}. */
  static ObjectNode backupDescriptionResponse(BackupDescription b) {
    ObjectNode n = NODES.objectNode();
    ObjectNode d = n.putObject("backupDescription");
    d.set("backupDetails", backupDetails(b));
    ObjectNode source = d.putObject("sourceTableDetails");
    source
        .put("tableName", b.tableName())
        .put("tableId", b.tableId())
        .put("tableArn", b.tableArn());
    source.set("keySchema", keySchema(b.keySchema()));
    source.put("itemCount", b.itemCount());
    b.sseDescription()
        .ifPresent(
            s -> d.putObject("sourceTableFeatureDetails").set("sSEDescription", sseDescription(s)));
    return n;
  }

  private static ObjectNode backupDetails(BackupDescription b) {
    return NODES
        .objectNode()
        .put("backupArn", b.backupArn())
        .put("backupName", b.backupName())
        .put("backupSizeBytes", b.backupSizeBytes())
        .put("backupStatus", b.backupStatus())
        .put("backupType", b.backupType())
        .put("backupCreationDateTime", date(b.backupCreationDateTime()));
  }

  private static ObjectNode archivalSummary(ArchivalSummary a) {
    return NODES
        .objectNode()
        .put("archivalDateTime", date(a.archivalDateTime()))
        .put("archivalReason", a.archivalReason())
        .put("archivalBackupArn", a.archivalBackupArn());
  }

  private static ArrayNode attributeDefinitions(List<AttributeDefinition> defs) {
    ArrayNode a = NODES.arrayNode();
    defs.forEach(
        d ->
            a.addObject()
                .put("attributeName", d.attributeName())
                .put("attributeType", d.attributeType().name()));
    return a;
  }

  private static ArrayNode keySchema(List<KeySchemaElement> elements) {
    ArrayNode a = NODES.arrayNode();
    elements.forEach(
        e ->
            a.addObject()
                .put("attributeName", e.attributeName())
                .put("keyType", e.keyType().name()));
    return a;
  }

  private static void indexes(ObjectNode n, List<SecondaryIndex> indexes) {
    for (SecondaryIndex.Kind kind : SecondaryIndex.Kind.values()) {
      List<SecondaryIndex> ofKind = indexes.stream().filter(i -> i.kind() == kind).toList();
      if (!ofKind.isEmpty()) {
        ArrayNode a =
            n.putArray(
                kind == SecondaryIndex.Kind.LOCAL
                    ? "localSecondaryIndexes"
                    : "globalSecondaryIndexes");
        ofKind.forEach(i -> a.add(index(i)));
      }
    }
  }

  private static ObjectNode index(SecondaryIndex i) {
    ObjectNode n = NODES.objectNode().put("indexName", i.indexName());
    n.set("keySchema", keySchema(i.keySchema().elements()));
    ObjectNode projection =
        n.putObject("projection").put("projectionType", i.projection().projectionType().name());
    if (!i.projection().nonKeyAttributes().isEmpty()) {
      ArrayNode attrs = projection.putArray("nonKeyAttributes");
      i.projection().nonKeyAttributes().forEach(attrs::add);
    }
    return n;
  }

  private static ObjectNode stream(String viewType) {
    return NODES.objectNode().put("streamEnabled", true).put("streamViewType", viewType);
  }

  /** Provisioned capacity; a description of an on-demand table shows zero units. */
  private static ObjectNode throughput(ProvisionedThroughput t, boolean description) {
    ObjectNode n = NODES.objectNode();
    if (description) {
      n.put("numberOfDecreasesToday", 0);
    }
    n.put("readCapacityUnits", t == null ? 0 : t.readCapacityUnits());
    n.put("writeCapacityUnits", t == null ? 0 : t.writeCapacityUnits());
    return n;
  }
}
