package io.atrest.engine.kms;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.error.InvalidArnException;
import io.atrest.engine.kms.error.NotFoundException;
import io.atrest.engine.store.KmsStore;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the {@code KeyId} of a request into a stored key, as AWS KMS does [KMS-XACCT]:
 *
 * <ul>
 *   <li>a key ARN names a key in any account of this region; an ARN of another region is {@code
 *       Invalid arn <region>};
 *   <li>a bare key id and an alias name resolve in the caller's own account;
 *   <li>an alias ARN names an alias of that account;
 *   <li>operations that take no alias answer {@code InvalidArnException: Key Aliases are not
 *       supported for this operation.} (recorded from CreateGrant; the engine uses it for every
 *       key-management operation given an alias);
 *   <li>anything else is {@code Invalid keyId '<value>'}.
 * </ul>
 */
final class KeyResolver {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern KEY_ARN =
      Pattern.compile("arn:aws:kms:([a-z0-9-]+):(\\d{12}):key/(.+)");
  private static final Pattern ALIAS_ARN =
      Pattern.compile("arn:aws:kms:([a-z0-9-]+):(\\d{12}):(alias/.+)");

  /** A resolved key and, when the request named it by alias, that alias name. */
  record Resolved(KeyRecord key, Optional<String> requestAlias) {}

  private final KmsStore store;
  private final String region;
  // Callers name the same key call after call; matching the ARN pattern each time is a cost.
  private volatile KeyArn lastKeyArn;

  KeyResolver(KmsStore store, String region) {
    this.store = store;
    this.region = region;
  }

  /** Resolves a key id, key ARN, alias name or alias ARN; records the key on the call. */
  Resolved resolve(KmsCall call, String keyId, boolean aliasAllowed) {
    Resolved resolved = lookup(call.caller, keyId, aliasAllowed);
    call.key(resolved.key());
    return resolved;
  }

  /** Resolves a key id or key ARN only. */
  KeyRecord resolveKey(KmsCall call, String keyId) {
    return resolve(call, keyId, false).key();
  }

  private Resolved lookup(Caller caller, String keyId, boolean aliasAllowed) {
    KeyArn keyArn = keyArn(keyId);
    if (keyArn != null) {
      requireRegion(keyArn.region());
      return new Resolved(byId(keyArn.id(), keyArn.account()), Optional.empty());
    }
    Matcher aliasArn = ALIAS_ARN.matcher(keyId);
    if (aliasArn.matches()) {
      requireRegion(aliasArn.group(1));
      return byAlias(aliasArn.group(3), aliasArn.group(2), aliasAllowed);
    }
    String account = caller.account().orElse(null);
    if (keyId.startsWith("alias/") && account != null) {
      return byAlias(keyId, account, aliasAllowed);
    }
    if (UUID.matcher(keyId).matches()) {
      return new Resolved(
          account == null ? anyAccount(keyId) : byId(keyId, account), Optional.empty());
    }
    throw new NotFoundException("Invalid keyId '" + keyId + "'");
  }

  /** The parts of a key ARN, or null when {@code keyId} is none; the last one is remembered. */
  private KeyArn keyArn(String keyId) {
    KeyArn last = lastKeyArn;
    if (last != null && last.text().equals(keyId)) {
      return last;
    }
    Matcher m = KEY_ARN.matcher(keyId);
    if (!m.matches()) {
      return null;
    }
    KeyArn parsed = new KeyArn(keyId, m.group(1), m.group(2), m.group(3));
    lastKeyArn = parsed;
    return parsed;
  }

  private record KeyArn(String text, String region, String account, String id) {}

  private void requireRegion(String arnRegion) {
    if (!arnRegion.equals(region)) {
      throw new NotFoundException("Invalid arn " + arnRegion);
    }
  }

  private KeyRecord byId(String id, String account) {
    return store
        .key(id)
        .filter(k -> k.accountId().equals(account))
        .orElseThrow(() -> notFound(KeyRecord.arn(region, account, id)));
  }

  private KeyRecord anyAccount(String id) {
    return store.key(id).orElseThrow(() -> new NotFoundException("Invalid keyId '" + id + "'"));
  }

  private Resolved byAlias(String aliasName, String account, boolean aliasAllowed) {
    if (!aliasAllowed) {
      throw new InvalidArnException("Key Aliases are not supported for this operation.");
    }
    String arn = AliasRecord.arn(region, account, aliasName);
    AliasRecord alias =
        store
            .alias(arn)
            .orElseThrow(() -> new NotFoundException("Alias " + arn + " is not found."));
    KeyRecord key =
        store
            .key(alias.targetKeyId())
            .orElseThrow(() -> notFound(KeyRecord.arn(region, account, alias.targetKeyId())));
    return new Resolved(key, Optional.of(aliasName));
  }

  static NotFoundException notFound(String keyArn) {
    return new NotFoundException("Key '" + keyArn + "' does not exist");
  }
}
