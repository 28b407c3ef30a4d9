package io.atrest.engine.kms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The key policies KMS writes itself, kept as resources: the default key policy of CreateKey
 * without a policy [KMS-DEF], and the policy of the AWS managed key {@code aws/dynamodb}, exactly
 * as seed 004 prints it for account 111122223333 in us-west-2.
 */
final class PolicyTemplates {

  private PolicyTemplates() {}

  static String defaultKeyPolicy(String account) {
    return load("default-key-policy.json").replace("${ACCOUNT}", account);
  }

  static String awsDynamoDbKeyPolicy(String account, String region) {
    return load("aws-dynamodb-key-policy.json")
        .replace("${ACCOUNT}", account)
        .replace("${REGION}", region);
  }

  private static String load(String name) {
    try (InputStream in = PolicyTemplates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "policy template `" + name + "` is missing from the engine jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy template `" + name + "`", e);
    }
  }
}
