package io.atrest.engine.kms;

import io.atrest.engine.kms.api.AliasListEntry;
import io.atrest.engine.kms.api.CreateAliasRequest;
import io.atrest.engine.kms.api.DeleteAliasRequest;
import io.atrest.engine.kms.api.ListAliasesRequest;
import io.atrest.engine.kms.api.ListAliasesResult;
import io.atrest.engine.kms.api.UpdateAliasRequest;
import io.atrest.engine.kms.error.AlreadyExistsException;
import io.atrest.engine.kms.error.InvalidAliasNameException;
import io.atrest.engine.kms.error.NotFoundException;
import io.atrest.engine.kms.error.ValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Aliases: CreateAlias, UpdateAlias, DeleteAlias, ListAliases. An alias operation needs permission
 * on the alias (IAM only) and on the key (key policy) [KMS-PERMS]; names must start with {@code
 * alias/} and must not use the reserved {@code alias/aws/} prefix.
 */
final class AliasBook {

  private static final Pattern NAME = Pattern.compile("alias/[a-zA-Z0-9:/_-]{1,250}");
  private static final String PREFIX_MESSAGE =
      "Alias must start with the prefix \"alias/\". Please see"
          + " https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html";

  private final KmsCore core;

  AliasBook(KmsCore core) {
    this.core = core;
  }

  void create(KmsCall call, CreateAliasRequest r) {
    call.param("aliasName", r.aliasName()).param("targetKeyId", r.targetKeyId());
    String account = KeyLifecycle.requireAccount(call.caller);
    requireName(r.aliasName());
    String arn = AliasRecord.arn(core.region, account, r.aliasName());
    authorizeAlias(call, KmsOperation.CreateAlias, arn);
    KeyRecord key = core.manage(call, r.targetKeyId(), KmsOperation.CreateAlias);
    if (core.store.alias(arn).isPresent()) {
      throw new AlreadyExistsException("An alias with the name " + arn + " already exists");
    }
    core.store.putAlias(
        new AliasRecord(r.aliasName(), account, core.region, key.keyId(), call.time, call.time));
  }

  void update(KmsCall call, UpdateAliasRequest r) {
    call.param("aliasName", r.aliasName()).param("targetKeyId", r.targetKeyId());
    String account = KeyLifecycle.requireAccount(call.caller);
    requireName(r.aliasName());
    String arn = AliasRecord.arn(core.region, account, r.aliasName());
    authorizeAlias(call, KmsOperation.UpdateAlias, arn);
    AliasRecord alias = core.store.alias(arn).orElseThrow(() -> aliasNotFound(arn));
    core.store.key(alias.targetKeyId()).ifPresent(call::key);
    KeyRecord target = core.manage(call, r.targetKeyId(), KmsOperation.UpdateAlias);
    core.store.putAlias(
        new AliasRecord(
            alias.aliasName(),
            account,
            core.region,
            target.keyId(),
            alias.creationDate(),
            call.time));
  }

  void delete(KmsCall call, DeleteAliasRequest r) {
    call.param("aliasName", r.aliasName());
    String account = KeyLifecycle.requireAccount(call.caller);
    requireName(r.aliasName());
    String arn = AliasRecord.arn(core.region, account, r.aliasName());
    authorizeAlias(call, KmsOperation.DeleteAlias, arn);
    AliasRecord alias = core.store.alias(arn).orElseThrow(() -> aliasNotFound(arn));
    core.store
        .key(alias.targetKeyId())
        .ifPresent(k -> core.manage(call, k.keyId(), KmsOperation.DeleteAlias));
    core.store.deleteAlias(arn);
  }

  /**
   * The aliases of the caller's account and Region, or of one key, ordered by name. Without a key
   * the predefined {@code alias/aws/...} names that AWS has not yet associated with a key come too,
   * with only a name and an ARN: no TargetKeyId, and no dates, since LastUpdatedDate is when the
   * alias was "most recently associated with a KMS key" (AliasListEntry) and a predefined alias
   * never was. Once its AWS managed key exists, the stored alias replaces the predefined one.
   */
  ListAliasesResult list(KmsCall call, ListAliasesRequest r) {
    r.keyId().ifPresent(id -> call.param("keyId", id));
    Pages.check(call, r.page());
    String account = KeyLifecycle.requireAccount(call.caller);
    core.access.authorizeAccount(
        call, KmsOperation.ListAliases.action(), "*", core.access.baseContext(call.caller).build());
    Optional<String> keyId = r.keyId().map(id -> core.resolver.resolveKey(call, id).keyId());
    Map<String, AliasListEntry> byName = new HashMap<>();
    core.store.aliases().stream()
        .filter(a -> a.accountId().equals(account) && a.region().equals(core.region))
        .filter(a -> keyId.map(a.targetKeyId()::equals).orElse(true))
        .forEach(a -> byName.put(a.aliasName(), entry(a)));
    if (keyId.isEmpty()) {
      PredefinedAliases.NAMES.forEach(
          name -> byName.computeIfAbsent(name, n -> unassociated(account, n)));
    }
    Pages.Page<AliasListEntry> page =
        Pages.page(
            KmsOperation.ListAliases,
            account + '\n' + keyId.orElse(""),
            r.page(),
            List.copyOf(byName.values()),
            AliasListEntry::aliasName);
    return new ListAliasesResult(page.items(), page.nextMarker());
  }

  private static AliasListEntry entry(AliasRecord a) {
    return new AliasListEntry(
        a.aliasName(),
        a.arn(),
        Optional.of(a.targetKeyId()),
        Optional.of(a.creationDate()),
        Optional.of(a.lastUpdatedDate()));
  }

  private AliasListEntry unassociated(String account, String name) {
    return new AliasListEntry(
        name,
        AliasRecord.arn(core.region, account, name),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private void authorizeAlias(KmsCall call, KmsOperation op, String aliasArn) {
    core.access.authorizeAccount(
        call, op.action(), aliasArn, core.access.baseContext(call.caller).build());
  }

  /**
   * The rules on alias names: the {@code alias/} prefix [recorded], the reserved {@code
   * alias/aws/}.
   */
  static void requireName(String name) {
    if (!name.startsWith("alias/")) {
      throw new ValidationException(PREFIX_MESSAGE);
    }
    if (name.startsWith("alias/aws/")) {
      throw new InvalidAliasNameException(
          "Alias names that begin with alias/aws/ are reserved for AWS managed keys: " + name);
    }
    if (!NAME.matcher(name).matches()) {
      throw new ValidationException(
          "1 validation error detected: Value '"
              + name
              + "' at 'aliasName' failed to satisfy"
              + " constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$");
    }
  }

  private static NotFoundException aliasNotFound(String arn) {
    return new NotFoundException("Alias " + arn + " is not found.");
  }
}
