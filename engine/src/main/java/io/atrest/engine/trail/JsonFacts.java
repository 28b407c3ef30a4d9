package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Objects;

/**
 * A JSON object of a record ({@code requestParameters}, {@code additionalEventData}, ...) kept as
 * the facts it is made of and rendered afresh on every read. A KMS call states its parameters in a
 * few reference writes; the JSON, which most records are never asked for, is built only when one
 * is, and a reader gets a node of its own without a copy.
 *
 * <p>Immutable, so thread-safe. Values are strings, integers, booleans, nested facts and JSON nodes
 * (copied on the way in and on the way out). Fields render in the order first given; giving a name
 * again replaces its value in place, as {@link ObjectNode#put} does.
 */
public final class JsonFacts {

  private static final Object[] NONE = new Object[0];

  // name0, value0, name1, value1, ...: one array, since a trail keeps every record's facts.
  private final Object[] entries;
  // Or a node nobody changes any more, rendered by copying it (facts taken from a JSON object).
  private final ObjectNode frozen;

  private JsonFacts(Object[] entries, ObjectNode frozen) {
    this.entries = entries;
    this.frozen = frozen;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The facts of {@code node} as it is now; later changes to {@code node} do not show. */
  public static JsonFacts copyOf(ObjectNode node) {
    return frozen(Objects.requireNonNull(node, "node").deepCopy());
  }

  /** Facts rendering {@code node}, which the caller has just copied and never changes. */
  static JsonFacts frozen(ObjectNode node) {
    return new JsonFacts(NONE, node);
  }

  /** A fresh node holding the facts; the caller may change it. */
  public ObjectNode toJson() {
    if (frozen != null) {
      return frozen.deepCopy();
    }
    ObjectNode node = TrailJson.NODES.objectNode();
    for (int i = 0; i < entries.length; i += 2) {
      put(node, (String) entries[i], entries[i + 1]);
    }
    return node;
  }

  @Override
  public String toString() {
    return toJson().toString();
  }

  private static void put(ObjectNode node, String name, Object value) {
    if (value == null) {
      node.putNull(name);
    } else if (value instanceof String s) {
      node.put(name, s);
    } else if (value instanceof Integer n) {
      node.put(name, n.intValue());
    } else if (value instanceof Boolean b) {
      node.put(name, b.booleanValue());
    } else if (value instanceof JsonFacts facts) {
      node.set(name, facts.toJson());
    } else {
      node.set(name, ((JsonNode) value).deepCopy());
    }
  }

  /** Whether {@code entries[0, size)} are these facts: same names, order and equal values. */
  private boolean sameEntries(Object[] others, int size) {
    if (frozen != null || entries.length != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      Object mine = entries[i];
      Object other = others[i];
      if (mine != other && !sameValue(mine, other)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameValue(Object a, Object b) {
    if (a == null || b == null || a.getClass() != b.getClass()) {
      return false;
    }
    if (a instanceof JsonFacts f) {
      JsonFacts g = (JsonFacts) b;
      return g.frozen == null && f.sameEntries(g.entries, g.entries.length);
    }
    if (a instanceof JsonNode node) {
      return FrozenNodes.same(node, (JsonNode) b);
    }
    return a.equals(b);
  }

  /** Collects the fields of a {@link JsonFacts}. Not thread-safe. */
  public static final class Builder {
    private Object[] entries = new Object[8];
    private int size;

    private Builder() {}

    /** {@code value} under {@code name}; null renders as JSON null. */
    public Builder put(String name, String value) {
      return set(name, value);
    }

    public Builder put(String name, int value) {
      return set(name, value);
    }

    public Builder put(String name, boolean value) {
      return set(name, value);
    }

    /** A nested object. */
    public Builder put(String name, JsonFacts value) {
      return set(name, Objects.requireNonNull(value, "value"));
    }

    /** A copy of {@code value}; null renders as JSON null. */
    public Builder put(String name, JsonNode value) {
      return set(name, value == null ? null : value.deepCopy());
    }

    public boolean isEmpty() {
      return size == 0;
    }

    public JsonFacts build() {
      return new JsonFacts(size == 0 ? NONE : Arrays.copyOf(entries, size), null);
    }

    /**
     * {@code previous} when it holds exactly these facts, else {@link #build()}: a caller that
     * repeats itself keeps one copy of its facts for all its records.
     */
    public JsonFacts build(JsonFacts previous) {
      if (previous != null && previous.sameEntries(entries, size)) {
        return previous;
      }
      return build();
    }

    private Builder set(String name, Object value) {
      Objects.requireNonNull(name, "name");
      for (int i = 0; i < size; i += 2) {
        if (entries[i].equals(name)) {
          entries[i + 1] = value;
          return this;
        }
      }
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, size * 2);
      }
      entries[size++] = name;
      entries[size++] = value;
      return this;
    }
  }
}
