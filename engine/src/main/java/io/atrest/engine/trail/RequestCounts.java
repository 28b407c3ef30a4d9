package io.atrest.engine.trail;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * KMS API requests in a slice of the trail: how many per key ARN and per operation, and what they
 * (and the keys) cost. Maps are sorted by key for stable reports.
 *
 * @param total requests counted
 * @param perKey requests per key ARN named in {@code resources[]} (a ReEncrypt counts for both
 *     keys)
 * @param perOperation requests per {@code eventName}
 * @param cost the charges, see {@link CostEstimate}
 */
public record RequestCounts(
    long total, Map<String, Long> perKey, Map<String, Long> perOperation, CostEstimate cost) {

  public RequestCounts {
    perKey = sortedCopy(perKey, "perKey");
    perOperation = sortedCopy(perOperation, "perOperation");
    Objects.requireNonNull(cost, "cost");
  }

  /** Requests that named {@code keyArn}; 0 when none did. */
  public long forKey(String keyArn) {
    return perKey.getOrDefault(keyArn, 0L);
  }

  /** Requests of {@code eventName}; 0 when none were made. */
  public long forOperation(String eventName) {
    return perOperation.getOrDefault(eventName, 0L);
  }

  private static Map<String, Long> sortedCopy(Map<String, Long> map, String name) {
    SortedMap<String, Long> copy = new TreeMap<>(Objects.requireNonNull(map, name));
    return Collections.unmodifiableSortedMap(copy);
  }
}
