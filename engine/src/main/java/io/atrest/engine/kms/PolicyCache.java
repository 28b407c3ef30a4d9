package io.atrest.engine.kms;

import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed key policies by their text, so that a policy is parsed once and not on every call. Only
 * policies that parsed when they were stored reach it.
 */
final class PolicyCache {

  static final String KEY_POLICY = "key-policy";

  private final Map<String, PolicyDocument> parsed = new ConcurrentHashMap<>();

  PolicyDocument keyPolicy(String json) {
    return parsed.computeIfAbsent(
        json,
        text -> {
          try {
            return PolicyParser.parse(KEY_POLICY, text);
          } catch (PolicyParseException e) {
            throw new IllegalStateException("a stored key policy no longer parses: " + e, e);
          }
        });
  }
}
