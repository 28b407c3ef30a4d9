package io.atrest.features.steps.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.GrantListEntry;
import io.atrest.engine.kms.api.ListGrantsRequest;
import io.atrest.engine.kms.api.RevokeGrantRequest;
import io.atrest.engine.trail.EventType;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.features.world.KmsCalls;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.TableWorld;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How DynamoDB used KMS for the scenario's tables, from the trail and the KMS itself: the KMS
 * requests it made (for a table, or on a principal's behalf), the grants it holds, and what its
 * storage and table keys look like.
 */
public final class KeyUse {

  /** {@code userIdentity.invokedBy} of every KMS request DynamoDB makes. */
  static final String DYNAMODB = "dynamodb.amazonaws.com";

  private static final String TABLE_NAME = "aws:dynamodb:tableName";

  /** The KMS operations that use key material, whose requests carry an encryption context. */
  static final java.util.Set<String> CRYPTOGRAPHIC =
      java.util.Set.of(
          "Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext");

  private final KmsWorld world;
  private final TableWorld tables;
  private final KmsCalls calls;

  public KeyUse(KmsWorld world, TableWorld tables, KmsCalls calls) {
    this.world = world;
    this.tables = tables;
    this.calls = calls;
  }

  /**
   * The KMS requests of {@code operation} DynamoDB made (in the home account's trail) that {@code
   * which} selects.
   */
  public List<TrailEvent> requests(@Nullable String operation, Predicate<TrailEvent> which) {
    return world.trail().events().stream()
        .filter(
            e -> e.eventSource().equals(TrailEvent.KMS) && e.eventType() == EventType.AWS_API_CALL)
        .filter(e -> DYNAMODB.equals(e.userIdentity().invokedBy()))
        .filter(e -> e.recipientAccountId().map(KmsWorld.HOME_ACCOUNT::equals).orElse(true))
        .filter(e -> operation == null || e.eventName().equals(operation))
        .filter(which)
        .toList();
  }

  /** Selects requests whose encryption context (or grant constraint) names {@code table}. */
  static Predicate<TrailEvent> forTable(String table) {
    return e ->
        e.requestParameters()
            .map(
                p ->
                    p.at("/encryptionContext/" + escape(TABLE_NAME)).asText("").equals(table)
                        || p.at("/constraints/encryptionContextSubset/" + escape(TABLE_NAME))
                            .asText("")
                            .equals(table))
            .orElse(false);
  }

  /** Whether the request's encryption context is exactly DynamoDB's context for {@code table}. */
  static boolean hasExactContext(TrailEvent e, String table) {
    com.fasterxml.jackson.databind.JsonNode context =
        e.requestParameters()
            .map(p -> p.path("encryptionContext"))
            .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    return context.size() == 2
        && context.path(TABLE_NAME).asText("").equals(table)
        && context.path("aws:dynamodb:subscriberId").asText("").equals(KmsWorld.HOME_ACCOUNT);
  }

  /** Selects requests made on {@code principalArn}'s behalf. */
  static Predicate<TrailEvent> onBehalfOf(String principalArn) {
    return e -> principalArn.equals(e.userIdentity().arn());
  }

  /** One line per request, for failure messages. */
  static String list(List<TrailEvent> events) {
    return events.isEmpty()
        ? "none"
        : events.stream()
            .map(
                e ->
                    "- "
                        + e.eventName()
                        + " as "
                        + (e.userIdentity().arn() == null
                            ? "DynamoDB itself"
                            : e.userIdentity().arn())
                        + " at "
                        + e.eventTime()
                        + e.errorCode().map(c -> " (refused: " + c + ")").orElse(""))
            .collect(Collectors.joining("\n"));
  }

  /** DynamoDB's grants on {@code keyArn} for {@code table}, as the account root lists them. */
  public List<GrantListEntry> grants(String keyArn, String table) {
    return world.kms().listGrants(ListGrantsRequest.of(root(), keyArn)).grants().stream()
        .filter(g -> g.granteePrincipal().startsWith("dynamodb."))
        .filter(
            g ->
                g.constraints()
                    .map(
                        c ->
                            c.encryptionContextSubset() != null
                                && table.equals(c.encryptionContextSubset().get(TABLE_NAME)))
                    .orElse(false))
        .toList();
  }

  /** Revokes, as {@code caller}, every grant DynamoDB holds on {@code keyArn} for {@code table}. */
  public void revokeGrants(Caller caller, String keyArn, String table) {
    List<GrantListEntry> grants = grants(keyArn, table);
    if (grants.isEmpty()) {
      throw new AssertionError(
          "DynamoDB holds no grant on " + keyArn + " for table " + table + " to revoke");
    }
    grants.forEach(
        g ->
            calls.require(
                "RevokeGrant",
                caller,
                java.util.Optional.of(keyArn),
                () -> world.kms().revokeGrant(RevokeGrantRequest.of(caller, keyArn, g.grantId()))));
  }

  /** The plaintexts among {@code secrets} that some record written to storage contains. */
  public List<String> leaked(List<byte[]> secrets) {
    List<byte[]> stored = tables.storedBytes();
    return secrets.stream()
        .filter(s -> stored.stream().anyMatch(b -> contains(b, s)))
        .map(s -> new String(s, java.nio.charset.StandardCharsets.ISO_8859_1))
        .toList();
  }

  private static boolean contains(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static Caller root() {
    return Caller.direct(new io.atrest.policy.eval.Principal.AccountRoot(KmsWorld.HOME_ACCOUNT));
  }
}
