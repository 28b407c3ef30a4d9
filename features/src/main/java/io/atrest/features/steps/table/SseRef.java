package io.atrest.features.steps.table;

import io.atrest.features.types.KeyRef;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The encryption a step asks DynamoDB for, as a feature file says it: {@code the AWS owned key},
 * {@code the AWS managed key}, {@code key "app-key"} (named in the request by its key id), {@code
 * key "app-key" by its ARN}, {@code key "app-key" by alias "alias/app"}, {@code no SSE
 * specification}, or the CLI's shorthand verbatim: {@code SSE specification
 * "Enabled=true,SSEType=KMS"}.
 */
public sealed interface SseRef {

  /** The regular expression of the {@code {sse}} parameter type (no capture groups). */
  String REGEX =
      "the AWS owned key|the AWS managed key|no SSE specification"
          + "|key \"[^\"]+\"(?: by its ARN| by alias \"[^\"]+\")?|SSE specification \"[^\"]*\"";

  /** {@code Enabled=false}: the AWS owned key. */
  record AwsOwned() implements SseRef {}

  /** {@code Enabled=true,SSEType=KMS}: the AWS managed key {@code aws/dynamodb}. */
  record AwsManaged() implements SseRef {}

  /** No {@code SSESpecification} at all. */
  record Absent() implements SseRef {}

  /**
   * A customer managed key, named in the request by its key id, its ARN or an alias.
   *
   * @param key the scenario's key
   * @param naming how the request names it
   */
  record Customer(KeyRef key, Naming naming, @Nullable String alias) implements SseRef {
    public Customer {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(naming, "naming");
    }
  }

  /** The CLI shorthand of {@code --sse-specification}, verbatim. */
  record Shorthand(String text) implements SseRef {
    public Shorthand {
      Objects.requireNonNull(text, "text");
    }
  }

  /** How a request names a customer managed key. */
  enum Naming {
    KEY_ID,
    ARN,
    ALIAS
  }

  /** Parses one phrase matched by {@link #REGEX}. */
  static SseRef parse(String phrase) {
    Matcher customer =
        Pattern.compile("key \"([^\"]+)\"(?: by (its ARN|alias \"([^\"]+)\"))?").matcher(phrase);
    if (customer.matches()) {
      KeyRef key = new KeyRef(customer.group(1), false);
      if (customer.group(2) == null) {
        return new Customer(key, Naming.KEY_ID, null);
      }
      return customer.group(3) == null
          ? new Customer(key, Naming.ARN, null)
          : new Customer(key, Naming.ALIAS, customer.group(3));
    }
    if (phrase.startsWith("SSE specification \"")) {
      return new Shorthand(phrase.substring("SSE specification \"".length(), phrase.length() - 1));
    }
    return switch (phrase) {
      case "the AWS owned key" -> new AwsOwned();
      case "the AWS managed key" -> new AwsManaged();
      case "no SSE specification" -> new Absent();
      default ->
          throw new IllegalArgumentException(
              "encryption `"
                  + phrase
                  + "` is none of: the AWS owned key,"
                  + " the AWS managed key, key \"NAME\" [by its ARN | by alias \"ALIAS\"], no SSE specification,"
                  + " SSE specification \"SHORTHAND\"");
    };
  }
}
