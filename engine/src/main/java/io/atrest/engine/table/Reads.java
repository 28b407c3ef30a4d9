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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Query and Scan over a table or one of its indexes, a page at a time: a page ends at {@code Limit}
 * items and then carries a {@code LastEvaluatedKey} (the table's key attributes, plus the index's
 * on an index) from which the next page starts. Scan order is storage order, which follows the
 * opaque locations of the keys, as DynamoDB's follows their hashes.
 */
final class Reads {
  private final ItemData data;

  Reads(ItemData data) {
    this.data = data;
  }

  ItemsResult query(TableRecord rec, TableSchema schema, KeyRing ring, QueryRequest r) {
    Optional<SecondaryIndex> index = r.indexName().map(n -> index(schema, n));
    KeySchema keys = index.map(SecondaryIndex::keySchema).orElse(schema.keySchema());
    Expression e = r.keyCondition();
    KeyCondition condition =
        KeyCondition.parse(e.expression(), e.names(), e.values(), keys, schema::typeOf);
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
    Comparator<Map<String, AttributeValue>> order = order(keys, schema.keySchema());
    if (!r.scanIndexForward()) {
      order = order.reversed();
    }
    matched.sort(order);
    int from = 0;
    if (r.exclusiveStartKey().isPresent()) {
      Map<String, AttributeValue> start = startKey(r.exclusiveStartKey().get(), schema, index);
      while (from < matched.size() && order.compare(matched.get(from), start) <= 0) {
        from++;
      }
    }
    List<Map<String, AttributeValue>> page = page(matched.subList(from, matched.size()), r.limit());
    return new ItemsResult(
        page, page.size(), candidates.size(), lastKey(page, r.limit(), schema, index));
  }

  ItemsResult scan(TableRecord rec, TableSchema schema, KeyRing ring, ScanRequest r) {
    Optional<SecondaryIndex> index = r.indexName().map(n -> index(schema, n));
    Optional<Map<String, AttributeValue>> start =
        r.exclusiveStartKey().map(k -> startKey(k, schema, index));
    List<Map<String, AttributeValue>> items;
    if (index.isPresent()) {
      Optional<ItemData.Position> after =
          start.map(
              k ->
                  new ItemData.Position(
                      schema.indexKeyOfItem(index.get(), k).orElseThrow(), schema.keyOfItem(k)));
      items = data.indexAll(rec, ring, index.get(), after, r.limit());
    } else {
      items = data.all(rec, ring, start.map(schema::keyOfItem), r.limit());
    }
    return new ItemsResult(
        items, items.size(), items.size(), lastKey(items, r.limit(), schema, index));
  }

  private static List<Map<String, AttributeValue>> page(
      List<Map<String, AttributeValue>> items, Optional<Integer> limit) {
    return limit.map(l -> items.subList(0, Math.min(l, items.size()))).orElse(items);
  }

  /** The key of the page's last item when the page stopped at {@code Limit}. */
  private static Optional<Map<String, AttributeValue>> lastKey(
      List<Map<String, AttributeValue>> page,
      Optional<Integer> limit,
      TableSchema schema,
      Optional<SecondaryIndex> index) {
    if (limit.isEmpty() || page.size() < limit.get() || page.isEmpty()) {
      return Optional.empty();
    }
    Map<String, AttributeValue> last = page.get(page.size() - 1);
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    keyNames(schema, index).forEach(n -> key.put(n, last.get(n)));
    return Optional.of(key);
  }

  private static List<String> keyNames(TableSchema schema, Optional<SecondaryIndex> index) {
    List<String> names = new ArrayList<>(schema.keySchema().attributeNames());
    index.ifPresent(
        i ->
            i.keySchema().attributeNames().stream()
                .filter(n -> !names.contains(n))
                .forEach(names::add));
    return names;
  }

  /** Checks an {@code ExclusiveStartKey}: exactly the key attributes, of their defined types. */
  private static Map<String, AttributeValue> startKey(
      Map<String, AttributeValue> start, TableSchema schema, Optional<SecondaryIndex> index) {
    List<String> names = keyNames(schema, index);
    boolean valid = start.size() == names.size();
    for (String n : names) {
      AttributeValue v = start.get(n);
      valid &= v != null && v.type().equals(schema.typeOf(n).name());
    }
    if (!valid) {
      throw new ValidationException(
          "The provided starting key is invalid: The provided key element does not match the schema");
    }
    return start;
  }

  private static SecondaryIndex index(TableSchema schema, String name) {
    return schema
        .index(name)
        .orElseThrow(
            () -> new ValidationException("The table does not have the specified index: " + name));
  }

  /** Query order: the queried sort key, then the table's key (ties among index entries). */
  private static Comparator<Map<String, AttributeValue>> order(KeySchema queried, KeySchema table) {
    Comparator<Map<String, AttributeValue>> c = (a, b) -> 0;
    for (String name : sortNames(queried, table)) {
      c = c.thenComparing((a, b) -> Comparisons.compare(a.get(name), b.get(name)).orElse(0));
    }
    return c;
  }

  private static List<String> sortNames(KeySchema queried, KeySchema table) {
    List<String> names = new ArrayList<>();
    queried.rangeKey().ifPresent(names::add);
    for (String n : table.attributeNames()) {
      if (!names.contains(n)) {
        names.add(n);
      }
    }
    return names;
  }
}
