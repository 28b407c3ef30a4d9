package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scan: {@code TableName}, optional {@code IndexName}, {@code Limit}, {@code ExclusiveStartKey}.
 */
public record ScanRequest(
    Caller caller,
    String tableName,
    Optional<String> indexName,
    Optional<Integer> limit,
    Optional<Map<String, AttributeValue>> exclusiveStartKey) {

  public ScanRequest {
    Objects.requireNonNull(limit, "limit");
    exclusiveStartKey = exclusiveStartKey.map(Map::copyOf);
  }

  public ScanRequest(Caller caller, String tableName, Optional<String> indexName) {
    this(caller, tableName, indexName, Optional.empty(), Optional.empty());
  }

  public ScanRequest withLimit(int n) {
    return new ScanRequest(caller, tableName, indexName, Optional.of(n), exclusiveStartKey);
  }

  public ScanRequest startingAfter(Map<String, AttributeValue> lastEvaluatedKey) {
    return new ScanRequest(caller, tableName, indexName, limit, Optional.of(lastEvaluatedKey));
  }
}
