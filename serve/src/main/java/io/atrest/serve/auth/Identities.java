package io.atrest.serve.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.policy.eval.Principal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The access keys the server recognizes. Loaded from an identities file, or the default: access key
 * {@code test}, secret {@code test}, IAM user {@code arn:aws:iam::111122223333:user/test} with an
 * administrator identity policy ({@code "Action": "*"}), so that the quick start works with {@code
 * AWS_ACCESS_KEY_ID=test} and key policies that delegate to the account (the default key policy
 * does) let it use its keys.
 *
 * <p>The file is JSON or YAML ({@link IdentitiesFormat}), one schema: {@code {"identities":
 * [{"accessKeyId": "...", "secretAccessKey": "...", "principal": "arn:...", "policies": {"NAME":
 * {policy document}}}]}}. Errors name the file, the entry ({@code identities[2]}) and the field; a
 * syntax error also its line and column.
 */
public final class Identities {

  public static final String DEFAULT_ACCESS_KEY = "test";
  public static final String DEFAULT_ACCOUNT = "111122223333";
  public static final String ADMIN_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

  private final Map<String, Identity> byAccessKey;

  private Identities(List<Identity> identities) {
    Map<String, Identity> map = new LinkedHashMap<>();
    for (Identity identity : identities) {
      if (map.put(identity.accessKeyId(), identity) != null) {
        throw new IllegalArgumentException(
            "access key `" + identity.accessKeyId() + "` is listed twice");
      }
    }
    this.byAccessKey = Map.copyOf(map);
  }

  public static Identities of(List<Identity> identities) {
    return new Identities(identities);
  }

  public static Identities defaults() {
    return of(
        List.of(
            new Identity(
                DEFAULT_ACCESS_KEY,
                "test",
                new Principal.IamUser(DEFAULT_ACCOUNT, "test"),
                Map.of("AdministratorAccess", ADMIN_POLICY))));
  }

  /**
   * Reads an identities file.
   *
   * @throws IllegalArgumentException naming the file and what is wrong in it
   */
  public static Identities load(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read identities file " + file, e);
    }
    IdentitiesFormat format = IdentitiesFormat.of(file, content);
    JsonNode root = format.parse(file, content);
    JsonNode list = root == null || !root.isObject() ? null : root.get("identities");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new IllegalArgumentException(
          "identities file "
              + file
              + " must be a "
              + format
              + " object with a non-empty `identities` list");
    }
    List<Identity> identities = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      identities.add(parse(file + ": identities[" + i + "]", list.get(i)));
    }
    try {
      return of(identities);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("identities file " + file + ": " + e.getMessage(), e);
    }
  }

  private static Identity parse(String where, JsonNode entry) {
    if (!entry.isObject()) {
      throw new IllegalArgumentException("identities file " + where + " must be an object");
    }
    String key = text(where, entry, "accessKeyId");
    Map<String, String> policies = new LinkedHashMap<>();
    JsonNode p = entry.get("policies");
    if (p != null) {
      if (!p.isObject()) {
        throw new IllegalArgumentException(
            "identities file "
                + where
                + ": `policies` of `"
                + key
                + "` must map names to policy documents");
      }
      p.fields().forEachRemaining(e -> policies.put(e.getKey(), e.getValue().toString()));
    }
    String secret = text(where, entry, "secretAccessKey");
    String principal = text(where, entry, "principal");
    try {
      return new Identity(key, secret, Principal.parse(principal), policies);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("identities file " + where + ": " + e.getMessage(), e);
    }
  }

  private static String text(String where, JsonNode entry, String field) {
    JsonNode v = entry.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(
          "identities file " + where + ": every identity needs a string `" + field + "`");
    }
    return v.asText();
  }

  public Optional<Identity> find(String accessKeyId) {
    return Optional.ofNullable(byAccessKey.get(accessKeyId));
  }

  /**
   * Registers every identity's account, principal and identity policies in {@code iam}, in {@code
   * region}.
   */
  public void register(IamRegistry iam, String region) {
    for (Identity identity : byAccessKey.values()) {
      Principal principal = identity.principal();
      String account = principal.account().orElseThrow();
      iam.addAccount(account, region);
      Principal holder = holder(iam, principal);
      identity
          .policies()
          .forEach((name, json) -> iam.attachPolicy(holder, IdentityPolicy.parse(name, json)));
    }
  }

  private static Principal holder(IamRegistry iam, Principal principal) {
    if (principal instanceof Principal.IamUser user) {
      return iam.addUser(user.accountId(), user.name());
    }
    if (principal instanceof Principal.AssumedRoleSession session) {
      return iam.addRole(session.accountId(), session.roleName());
    }
    return principal;
  }
}
