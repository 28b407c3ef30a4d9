package io.atrest.engine.table;

import io.atrest.engine.table.crypto.KeyRing;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.expr.Comparisons;
import io.atrest.engine.table.expr.KeyCondition;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.schema.KeySchema;
import io.atrest.engine.table.schema.SecondaryIndex;
import io.atrest.engine.table.schema.TableSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Query and Scan over a table or one of its indexes. */
final class Reads {
  private final ItemData data;

  Reads(ItemData data, Tables tables) {
    this.data = data;
  }

  ItemsResult query(TableRecord rec, TableSchema schema, KeyRing ring, QueryRequest r) {
    Optional<SecondaryIndex> index = r.indexName().map(n -> index(schema, rec, n));
    KeySchema keys = index.map(SecondaryIndex::keySchema).orElse(schema.keySchema());
    Expression e = r.keyCondition();
    KeyCondition condition = KeyCondition.parse(e.expression(), e.names(), e.values(), keys, schema::typeOf);
    List<Map<String, AttributeValue>> candidates =
        index.isPresent()
            ? data.indexPartition(rec, ring, index.get(), condition.partitionValue())
            : data.partition(rec, ring, condition.partitionValue());
    List<Map<String, AttributeValue>> matched = new ArrayList<>();
    for (Map<String, AttributeValue> item : candidates) {
      boolean sortOk =
          condition.sort().isEmpty()
              || condition.sort().get().matches(item.get(keys.rangeKey().orElseThrow()));
      if (sortOk && Comparisons.equal(item.get(keys.hashKey()), condition.partitionValue())) {
        matched.add(item);
      }
    }
    keys.rangeKey().ifPresent(rk -> matched.sort(bySortKey(rk, schema.keySchema())));
    if (!r.scanIndexForward()) {
      java.util.Collections.reverse(matched);
    }
    List<Map<String, AttributeValue>> page =
        r.limit().map(l -> matched.subList(0, Math.min(l, matched.size()))).orElse(matched);
    return new ItemsResult(page, page.size(), candidates.size());
  }

  ItemsResult scan(TableRecord rec, TableSchema schema, KeyRing ring, Optional<String> indexName) {
    List<Map<String, AttributeValue>> items =
        indexName.isPresent()
            ? data.indexAll(rec, ring, index(schema, rec, indexName.get()))
            : data.all(rec, ring);
    return new ItemsResult(items, items.size(), items.size());
  }

  private static SecondaryIndex index(TableSchema schema, TableRecord rec, String name) {
    return schema
        .index(name)
        .orElseThrow(
            () -> new ValidationException("The table does not have the specified index: " + name));
  }

  /** Sort-key order, then table key order among equal sort keys (index entries). */
  private static Comparator<Map<String, AttributeValue>> bySortKey(String rangeKey, KeySchema table) {
    Comparator<Map<String, AttributeValue>> c =
        (a, b) -> Comparisons.compare(a.get(rangeKey), b.get(rangeKey)).orElse(0);
    return c.thenComparing(
        (a, b) -> Comparisons.compare(a.get(table.hashKey()), b.get(table.hashKey())).orElse(0));
  }
}
