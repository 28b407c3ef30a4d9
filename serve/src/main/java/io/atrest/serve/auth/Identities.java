package io.atrest.serve.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.policy.eval.Principal;
import io.atrest.serve.wire.Json;
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
 * The access keys the server recognizes. Loaded from an identities file, or the default: access
 * key {@code test}, secret {@code test}, IAM user {@code arn:aws:iam::111122223333:user/test} with
 * an administrator identity policy ({@code "Action": "*"}), so that the quick start works with
 * {@code AWS_ACCESS_KEY_ID=test} and key policies that delegate to the account (the default key
 * policy does) let it use its keys.
 *
 * <p>The file is JSON: {@code {"identities": [{"accessKeyId": "...", "secretAccessKey": "...",
 * "principal": "arn:...", "policies": {"NAME": {policy document}}}]}}.
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
        throw new IllegalArgumentException("access key `" + identity.accessKeyId() + "` is listed twice");
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
                DEFAULT_ACCESS_KEY, "test", new Principal.IamUser(DEFAULT_ACCOUNT, "test"),
                Map.of("AdministratorAccess", ADMIN_POLICY))));
  }

  /**
   * Reads an identities file.
   *
   * @throws IllegalArgumentException naming the file and what is wrong in it
   */
  public static Identities load(Path file) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read identities file " + file, e);
    }
    JsonNode list = root == null ? null : root.get("identities");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new IllegalArgumentException(
          "identities file " + file + " must be a JSON object with a non-empty `identities` list");
    }
    List<Identity> identities = new ArrayList<>();
    for (JsonNode entry : list) {
      identities.add(parse(file, entry));
    }
    return of(identities);
  }

  private static Identity parse(Path file, JsonNode entry) {
    String key = text(file, entry, "accessKeyId");
    Map<String, String> policies = new LinkedHashMap<>();
    JsonNode p = entry.get("policies");
    if (p != null) {
      if (!p.isObject()) {
        throw new IllegalArgumentException(
            "identities file " + file + ": `policies` of `" + key + "` must map names to policy documents");
      }
      p.fields().forEachRemaining(e -> policies.put(e.getKey(), e.getValue().toString()));
    }
    try {
      return new Identity(
          key, text(file, entry, "secretAccessKey"), Principal.parse(text(file, entry, "principal")), policies);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("identities file " + file + ": " + e.getMessage(), e);
    }
  }

  private static String text(Path file, JsonNode entry, String field) {
    JsonNode v = entry.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("identities file " + file + ": every identity needs a string `" + field + "`");
    }
    return v.asText();
  }

  public Optional<Identity> find(String accessKeyId) {
    return Optional.ofNullable(byAccessKey.get(accessKeyId));
  }

  /**
   * Registers every identity's account, principal and identity policies in {@code iam}, in
   * {@code region}.
   */
  public void register(IamRegistry iam, String region) {
    for (Identity identity : byAccessKey.values()) {
      Principal principal = identity.principal();
      String account = principal.account().orElseThrow();
      iam.addAccount(account, region);
      Principal holder = holder(iam, principal);
      identity.policies().forEach((name, json) -> iam.attachPolicy(holder, IdentityPolicy.parse(name, json)));
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
