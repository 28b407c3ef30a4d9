package io.atrest.engine.table;

import io.atrest.engine.table.schema.AttributeDefinition;
import io.atrest.engine.table.schema.KeySchemaElement;
import io.atrest.engine.table.schema.SecondaryIndex;
import io.atrest.engine.table.sse.SseDescription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code TableDescription}, shaped like DynamoDB's: no {@code SSEDescription} for the AWS owned
 * key, a full key ARN otherwise, and an {@code ArchivalSummary} once archived.
 */
public record TableDescription(
    String tableName,
    String tableArn,
    String tableId,
    TableStatus tableStatus,
    Instant creationDateTime,
    List<AttributeDefinition> attributeDefinitions,
    List<KeySchemaElement> keySchema,
    BillingMode billingMode,
    Optional<ProvisionedThroughput> provisionedThroughput,
    List<SecondaryIndex> indexes,
    Optional<String> streamViewType,
    long itemCount,
    Optional<SseDescription> sseDescription,
    Optional<ArchivalSummary> archivalSummary,
    List<String> replicaRegions) {

  public TableDescription {
    attributeDefinitions = List.copyOf(attributeDefinitions);
    keySchema = List.copyOf(keySchema);
    indexes = List.copyOf(indexes);
    replicaRegions = List.copyOf(replicaRegions);
  }
}
