package io.atrest.engine.table;

import io.atrest.engine.table.error.ResourceNotFoundException;
import io.atrest.engine.table.schema.TableSchema;
import io.atrest.engine.table.sse.SseChoice;
import io.atrest.engine.table.sse.SseDescription;
import io.atrest.engine.table.sse.SseStatus;
import io.atrest.engine.table.storage.RecordStore;
import io.atrest.engine.table.storage.Space;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The table records of a store, cached in memory and written through to storage. */
final class Tables {
  private final Catalog<TableRecord> catalog;
  private final RecordStore store;
  private final Map<String, TableRecord> cache = new ConcurrentHashMap<>();
  private final Map<String, TableSchema> schemas = new ConcurrentHashMap<>();

  Tables(RecordStore store) {
    this.store = store;
    this.catalog = new Catalog<>(store, Space.TABLES, TableRecord.class, "");
    catalog.all().forEach(r -> cache.put(r.tableName, r));
  }

  Optional<TableRecord> find(String name) {
    return Optional.ofNullable(cache.get(name));
  }

  /** The table, or DynamoDB's control-plane not-found error. */
  TableRecord describe(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "Requested resource not found: Table: " + name + " not found"));
  }

  /** The table, or DynamoDB's data-plane not-found error. */
  TableRecord data(String name) {
    return find(name)
        .orElseThrow(() -> new ResourceNotFoundException("Requested resource not found"));
  }

  TableSchema schema(TableRecord rec) {
    return schemas.computeIfAbsent(rec.tableId, id -> rec.schema.toSchema());
  }

  void save(TableRecord rec) {
    cache.put(rec.tableName, rec);
    catalog.put(rec.tableName, rec);
    store.commit();
  }

  void remove(TableRecord rec) {
    cache.remove(rec.tableName);
    schemas.remove(rec.tableId);
    catalog.delete(rec.tableName);
    store.commit();
  }

  List<TableRecord> all() {
    return List.copyOf(cache.values());
  }

  long itemCount(TableRecord rec) {
    long n = 0;
    for (Map.Entry<byte[], byte[]> ignored :
        store.scan(Space.ITEMS, rec.tableId.getBytes(StandardCharsets.US_ASCII))) {
      n++;
    }
    return n;
  }

  TableDescription describe(TableRecord rec) {
    TableSchema schema = schema(rec);
    return new TableDescription(
        rec.tableName,
        rec.tableArn,
        rec.tableId,
        rec.status,
        rec.created,
        schema.attributeDefinitions(),
        schema.keySchema().elements(),
        rec.billingMode,
        Optional.ofNullable(rec.throughput),
        schema.indexes(),
        Optional.ofNullable(rec.streamViewType),
        itemCount(rec),
        sseDescription(rec),
        rec.archivalTime == null
            ? Optional.empty()
            : Optional.of(
                new ArchivalSummary(
                    rec.archivalTime,
                    "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
                    rec.archivalBackupArn)),
        rec.replicas.stream().filter(r -> !r.detached()).map(TableRecord.Replica::region).toList());
  }

  static Optional<SseDescription> sseDescription(TableRecord rec) {
    if (rec.status == TableStatus.UPDATING && rec.previousSseKind != null) {
      boolean wasKms = rec.previousSseKind != SseChoice.Kind.AWS_OWNED;
      return Optional.of(
          new SseDescription(
              SseStatus.UPDATING,
              wasKms ? Optional.of("KMS") : Optional.empty(),
              Optional.ofNullable(rec.previousKmsKeyArn),
              Optional.empty()));
    }
    if (!rec.usesKms()) {
      return Optional.empty();
    }
    return Optional.of(
        new SseDescription(
            SseStatus.ENABLED,
            Optional.of("KMS"),
            Optional.of(rec.kmsKeyArn),
            Optional.ofNullable(rec.inaccessibleSince)));
  }
}
