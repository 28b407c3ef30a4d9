package io.atrest.policy.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atrest.policy.model.Glob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The KMS facts the checks rely on, read from {@code io/atrest/policy/kms-catalog.json}: every KMS
 * IAM action, and the KMS and global condition keys with the actions they apply to and whether they
 * are multivalued. The resource names its sources.
 */
final class KmsCatalog {

  private static final String RESOURCE = "/io/atrest/policy/kms-catalog.json";
  private static final KmsCatalog INSTANCE = load();

  private final List<String> actions;
  private final List<ConditionKeyInfo> kmsKeys;
  private final List<ConditionKeyInfo> globalKeys;

  private KmsCatalog(
      List<String> actions, List<ConditionKeyInfo> kmsKeys, List<ConditionKeyInfo> globalKeys) {
    this.actions = List.copyOf(actions);
    this.kmsKeys = List.copyOf(kmsKeys);
    this.globalKeys = List.copyOf(globalKeys);
  }

  static KmsCatalog instance() {
    return INSTANCE;
  }

  /** Every KMS action name, without the {@code kms:} prefix. */
  List<String> actions() {
    return actions;
  }

  /** The KMS actions a name pattern (without prefix, wildcards allowed) matches, ignoring case. */
  Set<String> matching(String namePattern) {
    Set<String> out = new TreeSet<>();
    Glob pattern = Glob.of(namePattern, true);
    for (String action : actions) {
      if (pattern.matches(action)) {
        out.add(action);
      }
    }
    return out;
  }

  /** The closest action name to a misspelt one, when it is close enough to be a likely typo. */
  Optional<String> closest(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String action : actions) {
      int d = distance(name.toLowerCase(Locale.ROOT), action.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = action;
        bestDistance = d;
      }
    }
    return bestDistance <= 3 ? Optional.ofNullable(best) : Optional.empty();
  }

  /** What the catalog knows of a condition key ({@code kms:} or {@code aws:}), ignoring case. */
  Optional<ConditionKeyInfo> conditionKey(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    List<ConditionKeyInfo> candidates = lower.startsWith("kms:") ? kmsKeys : globalKeys;
    return candidates.stream().filter(k -> k.matches(lower)).findFirst();
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static KmsCatalog load() {
    try (InputStream in = KmsCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<String> actions = new ArrayList<>();
      root.get("actions").forEach(a -> actions.add(a.asText()));
      return new KmsCatalog(
          actions, keys(root.get("conditionKeys")), keys(root.get("globalConditionKeys")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static List<ConditionKeyInfo> keys(JsonNode array) {
    List<ConditionKeyInfo> out = new ArrayList<>();
    for (JsonNode k : array) {
      Optional<Set<String>> applies = Optional.empty();
      if (k.has("actions")) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        k.get("actions").forEach(a -> names.add(a.asText()));
        applies = Optional.of(names);
      }
      out.add(
          new ConditionKeyInfo(
              k.get("name").asText(),
              k.path("prefix").asBoolean(false),
              k.path("multiValued").asBoolean(false),
              applies,
              k.path("identityPoliciesOnly").asBoolean(false),
              k.path("refusesForAllValues").asBoolean(false)));
    }
    return out;
  }

  /**
   * A condition key: its name (or name prefix, such as {@code kms:EncryptionContext:}), whether it
   * is multivalued, the actions whose requests carry it (empty: not restricted here), whether it
   * works only in IAM policies, and whether KMS refuses it under {@code ForAllValues}.
   */
  record ConditionKeyInfo(
      String name,
      boolean prefix,
      boolean multiValued,
      Optional<Set<String>> actions,
      boolean identityPoliciesOnly,
      boolean refusesForAllValues) {

    boolean matches(String lowerCaseKey) {
      String lowerName = name.toLowerCase(Locale.ROOT);
      return prefix
          ? lowerCaseKey.startsWith(lowerName) && lowerCaseKey.length() > lowerName.length()
          : lowerCaseKey.equals(lowerName);
    }
  }
}
