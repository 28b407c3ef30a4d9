package io.atrest.engine.table;

import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;

/** One entry of BatchWriteItem: a {@code PutRequest} or a {@code DeleteRequest}. */
public sealed interface WriteRequest {
  /** {@code PutRequest {Item}}. */
  record Put(Map<String, AttributeValue> item) implements WriteRequest {
    public Put {
      item = Map.copyOf(item);
    }
  }

  /** {@code DeleteRequest {Key}}. */
  record Delete(Map<String, AttributeValue> key) implements WriteRequest {
    public Delete {
      key = Map.copyOf(key);
    }
  }
}
