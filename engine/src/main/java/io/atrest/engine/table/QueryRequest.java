package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import java.util.Optional;

/** Query: {@code TableName}, optional {@code IndexName}, {@code KeyConditionExpression}. */
public record QueryRequest(
    Caller caller,
    String tableName,
    Optional<String> indexName,
    Expression keyCondition,
    boolean scanIndexForward,
    Optional<Integer> limit) {

  public static QueryRequest of(Caller caller, String tableName, Expression keyCondition) {
    return new QueryRequest(caller, tableName, Optional.empty(), keyCondition, true, Optional.empty());
  }

  public QueryRequest onIndex(String index) {
    return new QueryRequest(caller, tableName, Optional.of(index), keyCondition, scanIndexForward, limit);
  }
}
