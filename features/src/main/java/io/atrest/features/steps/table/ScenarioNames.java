package io.atrest.features.steps.table;

import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.features.types.KeyRef;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.TableWorld;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a feature file writes into what a request carries: the backups the scenario named, the
 * placeholders {@code <arn of key "k">}, {@code <id of key "k">}, {@code <arn of backup "b">} and
 * {@code <arn of the AWS managed key>} inside commands and expectations, the seeds' literal key
 * ids, and {@link SseRef}s into {@code SSESpecification}s.
 */
public final class ScenarioNames {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("<(arn|id) of (key|backup) \"([^\"]+)\">");

  private final KmsWorld world;
  private final TableWorld tables;
  private final Map<String, String> backups = new LinkedHashMap<>();

  public ScenarioNames(KmsWorld world, TableWorld tables) {
    this.world = world;
    this.tables = tables;
  }

  public void rememberBackup(String name, String arn) {
    backups.put(name, arn);
  }

  /**
   * The ARN of a backup the scenario named.
   *
   * @throws IllegalStateException naming the backup when the scenario made none of that name
   */
  public String backupArn(String name) {
    String arn = backups.get(name);
    if (arn == null) {
      throw new IllegalStateException(
          "the scenario has no backup \"" + name + "\" (known backups: " + backups.keySet() + ")");
    }
    return arn;
  }

  /** The ARN of a scenario key, or of the AWS managed key (created on first use). */
  public String keyArn(KeyRef key) {
    return world.arn(key);
  }

  /** {@code text} with every placeholder replaced. */
  public String resolve(String text) {
    String managed = "<arn of the AWS managed key>";
    Matcher m =
        PLACEHOLDER.matcher(
            text.contains(managed)
                ? text.replace(managed, world.arn(new KeyRef("aws/dynamodb", true)))
                : text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String arn =
          m.group(2).equals("key")
              ? world.arn(new KeyRef(m.group(3), false))
              : backupArn(m.group(3));
      String value = m.group(1).equals("arn") ? arn : arn.substring(arn.lastIndexOf('/') + 1);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The {@code SSESpecification} a request carries for {@code sse}; empty for none. */
  public Optional<SseSpecification> spec(SseRef sse) {
    if (sse instanceof SseRef.Customer c) {
      String arn = world.arn(c.key());
      String id =
          switch (c.naming()) {
            case KEY_ID -> arn.substring(arn.lastIndexOf('/') + 1);
            case ARN -> arn;
            case ALIAS -> c.alias();
          };
      return Optional.of(SseSpecification.customerManaged(id));
    }
    if (sse instanceof SseRef.Shorthand s) {
      return Optional.of(shorthand(s.text()));
    }
    if (sse instanceof SseRef.AwsManaged) {
      return Optional.of(SseSpecification.awsManaged());
    }
    return sse instanceof SseRef.AwsOwned
        ? Optional.of(SseSpecification.disabled())
        : Optional.empty();
  }

  /**
   * The CLI shorthand {@code Enabled=true,SSEType=KMS,KMSMasterKeyId=...}; the key id may be a
   * placeholder or a seed's literal id that a scenario key stands in for.
   *
   * @throws IllegalArgumentException naming a member the shorthand does not have
   */
  public SseSpecification shorthand(String text) {
    Map<String, String> members = new LinkedHashMap<>();
    for (String pair : resolve(text).split(",")) {
      String[] kv = pair.split("=", 2);
      if (kv.length != 2
          || !Map.of("Enabled", 0, "SSEType", 0, "KMSMasterKeyId", 0).containsKey(kv[0].trim())) {
        throw new IllegalArgumentException(
            "SSE specification member `"
                + pair
                + "` is not one of"
                + " Enabled=..., SSEType=..., KMSMasterKeyId=... (in `"
                + text
                + "`)");
      }
      members.put(kv[0].trim(), kv[1].trim());
    }
    return new SseSpecification(
        Optional.ofNullable(members.get("Enabled")).map(ScenarioNames::bool),
        Optional.ofNullable(members.get("SSEType")),
        Optional.ofNullable(members.get("KMSMasterKeyId")).map(tables::keyId));
  }

  private static boolean bool(String text) {
    if (!text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException(
          "SSE specification member Enabled is `" + text + "`, not true or false");
    }
    return Boolean.parseBoolean(text);
  }
}
