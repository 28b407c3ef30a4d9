package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Private copies of the JSON elements records keep ({@code requestParameters}, ...), shared between
 * records when equal. The trail keeps every record, so on a busy engine the copies are most of its
 * memory, and most calls repeat the parameters of the call before. A record never changes a node it
 * holds and hands out only copies, so sharing cannot be observed.
 *
 * <p>One slot per element remembers the last copy; a race between threads only costs a miss.
 */
final class FrozenNodes {

  private volatile Frozen last;

  private record Frozen(ObjectNode node, JsonFacts facts) {}

  /** A copy of {@code node} nobody else can change: the remembered one when it is the same. */
  ObjectNode copyOf(ObjectNode node) {
    return node == null ? null : remember(node).node();
  }

  /** As {@link #copyOf}, as the facts a record keeps (the same facts for the same copy). */
  JsonFacts factsOf(ObjectNode node) {
    return node == null ? null : remember(node).facts();
  }

  private Frozen remember(ObjectNode node) {
    Frozen remembered = last;
    if (remembered != null && same(remembered.node(), node)) {
      return remembered;
    }
    ObjectNode copy = node.deepCopy();
    Frozen fresh = new Frozen(copy, JsonFacts.frozen(copy));
    last = fresh;
    return fresh;
  }

  /**
   * Whether both render identically: same node types and values and, unlike {@link
   * ObjectNode#equals}, the same field order.
   */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.getClass() != b.getClass() || a.size() != b.size()) {
      return false;
    }
    if (a.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> left = a.fields();
      Iterator<Map.Entry<String, JsonNode>> right = b.fields();
      while (left.hasNext()) {
        Map.Entry<String, JsonNode> l = left.next();
        Map.Entry<String, JsonNode> r = right.next();
        if (!l.getKey().equals(r.getKey()) || !same(l.getValue(), r.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
