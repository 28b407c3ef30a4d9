package io.atrest.features.steps.table;

import io.atrest.engine.table.item.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the scenario wrote to its tables: each table's key attributes and the items written, so that
 * a read can be compared with what was written and storage can be searched for any of it. Items are
 * named by their key values joined with {@code /}, in key-schema order ({@code "Acme/Hello"} for
 * partition key {@code Acme} and sort key {@code Hello}).
 */
public final class ItemBook {

  /** The attribute every item written by a step carries besides its key. */
  static final String PAYLOAD = "Lyrics";

  private final Map<String, List<String>> keyNames = new LinkedHashMap<>();
  private final Map<String, Map<String, Map<String, AttributeValue>>> items = new LinkedHashMap<>();
  private final Map<String, Snapshot> backups = new LinkedHashMap<>();

  private record Snapshot(String table, Map<String, Map<String, AttributeValue>> items) {}

  /** Notes the key attributes of a new table (partition key first). */
  public synchronized void table(String table, List<String> keyAttributes) {
    keyNames.put(table, List.copyOf(keyAttributes));
  }

  /** Notes what a backup holds: the items written to its table so far. */
  public synchronized void backedUp(String backupArn, String table) {
    backups.put(
        backupArn, new Snapshot(table, new LinkedHashMap<>(items.getOrDefault(table, Map.of()))));
  }

  /**
   * Notes that {@code target} was restored from a backup of {@code source}; a backup the scenario
   * did not make (an archival backup) holds what was written to its table.
   */
  public synchronized void restored(String backupArn, String source, String target) {
    Snapshot snapshot =
        backups.getOrDefault(
            backupArn,
            new Snapshot(source, new LinkedHashMap<>(items.getOrDefault(source, Map.of()))));
    keyNames.put(target, keyNames(snapshot.table()));
    items.put(target, new LinkedHashMap<>(snapshot.items()));
  }

  /** How many key attributes {@code table} has (1 or 2). */
  public synchronized int keyCount(String table) {
    return keyNames(table).size();
  }

  /** The key of item {@code name} of {@code table}. */
  public synchronized Map<String, AttributeValue> key(String table, String name) {
    List<String> attributes = keyNames(table);
    String[] values = name.split("/", -1);
    if (values.length != attributes.size()) {
      throw new IllegalArgumentException(
          "item `"
              + name
              + "` of table "
              + table
              + " needs "
              + attributes.size()
              + " key value(s) joined by / for key attributes "
              + attributes);
    }
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      key.put(attributes.get(i), AttributeValue.s(values[i]));
    }
    return key;
  }

  /** The item a step writes as {@code name}: its key and a payload that names it. */
  public Map<String, AttributeValue> item(String table, String name, Map<String, String> extra) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(key(table, name));
    item.put(PAYLOAD, AttributeValue.s("plaintext lyrics of " + name));
    extra.forEach((k, v) -> item.put(k, AttributeValue.s(v)));
    return item;
  }

  /** Notes an item DynamoDB accepted. */
  public synchronized void written(String table, String name, Map<String, AttributeValue> item) {
    items.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(name, Map.copyOf(item));
  }

  /** The item written as {@code name}, or null when none was. */
  public synchronized @Nullable Map<String, AttributeValue> expected(String table, String name) {
    return items.getOrDefault(table, Map.of()).get(name);
  }

  /**
   * Every string value written to {@code table} (keys included), as UTF-8: what storage must not
   * show.
   */
  public synchronized List<byte[]> plaintexts(String table) {
    List<byte[]> out = new ArrayList<>();
    for (Map<String, AttributeValue> item : items.getOrDefault(table, Map.of()).values()) {
      for (AttributeValue v : item.values()) {
        if (v instanceof AttributeValue.S s && s.value().length() >= 4) {
          out.add(s.value().getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  /** The name of {@code item} in {@code table}: its key values joined by {@code /}. */
  public synchronized String nameOf(String table, Map<String, AttributeValue> item) {
    List<String> values = new ArrayList<>();
    for (String attribute : keyNames(table)) {
      AttributeValue v = item.get(attribute);
      values.add(v instanceof AttributeValue.S s ? s.value() : String.valueOf(v));
    }
    return String.join("/", values);
  }

  private List<String> keyNames(String table) {
    List<String> names = keyNames.get(table);
    if (names == null) {
      throw new IllegalStateException(
          "the scenario created no table " + table + " (known tables: " + keyNames.keySet() + ")");
    }
    return names;
  }
}
