package io.atrest.engine.table;

import io.atrest.engine.table.item.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What UpdateItem did to one item: the item before (empty when the update created it) and after,
 * and the attributes its update expression names, from which {@code ReturnValues} ALL_OLD,
 * UPDATED_OLD, ALL_NEW and UPDATED_NEW are drawn.
 *
 * <p>The "updated attributes" of UPDATED_OLD / UPDATED_NEW are those the expression sets or
 * removes, whether or not their value changed (UpdateItem API reference: "Returns only the updated
 * attributes, as they appeared before / as they appear after the UpdateItem operation"): setting an
 * attribute to the value it had still updates it.
 */
public record UpdatedItem(
    Optional<Map<String, AttributeValue>> old,
    Map<String, AttributeValue> updated,
    Set<String> targets) {
  public UpdatedItem {
    old = Objects.requireNonNull(old, "old").map(Map::copyOf);
    updated = Map.copyOf(updated);
    targets = Set.copyOf(targets);
  }

  /** UPDATED_OLD: the updated attributes that existed before, with their old values. */
  public Map<String, AttributeValue> updatedOld() {
    return targetsIn(old.orElse(Map.of()));
  }

  /** UPDATED_NEW: the updated attributes that exist after (a removed one does not), new values. */
  public Map<String, AttributeValue> updatedNew() {
    return targetsIn(updated);
  }

  private Map<String, AttributeValue> targetsIn(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    item.forEach(
        (name, value) -> {
          if (targets.contains(name)) {
            out.put(name, value);
          }
        });
    return out;
  }
}
