package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Query: {@code TableName}, optional {@code IndexName}, {@code KeyConditionExpression}, {@code
 * ScanIndexForward}, {@code Limit} and {@code ExclusiveStartKey} (the {@code LastEvaluatedKey} of
 * the previous page).
 */
public record QueryRequest(
    Caller caller,
    String tableName,
    Optional<String> indexName,
    Expression keyCondition,
    boolean scanIndexForward,
    Optional<Integer> limit,
    Optional<Map<String, AttributeValue>> exclusiveStartKey) {

  public QueryRequest {
    Objects.requireNonNull(limit, "limit");
    exclusiveStartKey = exclusiveStartKey.map(Map::copyOf);
  }

  public QueryRequest(
      Caller caller,
      String tableName,
      Optional<String> indexName,
      Expression keyCondition,
      boolean scanIndexForward,
      Optional<Integer> limit) {
    this(caller, tableName, indexName, keyCondition, scanIndexForward, limit, Optional.empty());
  }

  public static QueryRequest of(Caller caller, String tableName, Expression keyCondition) {
    return new QueryRequest(
        caller, tableName, Optional.empty(), keyCondition, true, Optional.empty());
  }

  public QueryRequest onIndex(String index) {
    return new QueryRequest(
        caller,
        tableName,
        Optional.of(index),
        keyCondition,
        scanIndexForward,
        limit,
        exclusiveStartKey);
  }

  public QueryRequest withLimit(int n) {
    return new QueryRequest(
        caller,
        tableName,
        indexName,
        keyCondition,
        scanIndexForward,
        Optional.of(n),
        exclusiveStartKey);
  }

  public QueryRequest startingAfter(Map<String, AttributeValue> lastEvaluatedKey) {
    return new QueryRequest(
        caller,
        tableName,
        indexName,
        keyCondition,
        scanIndexForward,
        limit,
        Optional.of(lastEvaluatedKey));
  }
}
