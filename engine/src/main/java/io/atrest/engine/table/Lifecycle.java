package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.table.crypto.KeyRing;
import io.atrest.engine.table.error.ResourceNotFoundException;
import io.atrest.engine.table.error.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Table status over time, on the injected clock.
 *
 * <p>Transitions that AWS makes asynchronously (CREATING→ACTIVE, UPDATING→ACTIVE with SSE
 * UPDATING→ENABLED, ARCHIVING→ARCHIVED) complete at the next call on the table, so a response shows
 * the transitional status and every later call sees the settled one, with no waiting.
 *
 * <p>A KMS key becomes a problem only when the store next needs it: if the refresh of a caller's
 * table key fails because of the key (disabled, pending deletion, material gone) or because
 * DynamoDB's own grant no longer works, the table becomes INACCESSIBLE_ENCRYPTION_CREDENTIALS, the
 * detection time is recorded and the account is notified. Access regained within seven days makes
 * it ACTIVE again; after more than seven days it is archived with an on-demand backup.
 */
final class Lifecycle {
  static final Duration ARCHIVE_AFTER = Duration.ofDays(7);
  private final Clock clock;
  private final TableKeys keys;
  private final String accountId;
  private final String region;
  private final List<AccountNotification> notifications = new CopyOnWriteArrayList<>();

  Lifecycle(Clock clock, TableKeys keys, String accountId, String region) {
    this.clock = clock;
    this.keys = keys;
    this.accountId = accountId;
    this.region = region;
  }

  List<AccountNotification> notifications() {
    return List.copyOf(notifications);
  }

  /** Completes a pending transition and archives a table inaccessible for too long. */
  void observe(TableRecord rec, Consumer<TableRecord> archive) {
    if (rec.pendingTransition) {
      rec.pendingTransition = false;
      if (rec.status == TableStatus.UPDATING) {
        keys.retireGrant(rec.previousKmsKeyArn, rec.previousGrantId);
        rec.previousKmsKeyArn = null;
        rec.previousGrantId = null;
        rec.previousSseKind = null;
      }
      rec.status = rec.status == TableStatus.ARCHIVING ? TableStatus.ARCHIVED : TableStatus.ACTIVE;
    }
    if (rec.status == TableStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS
        && clock.instant().isAfter(rec.inaccessibleSince.plus(ARCHIVE_AFTER))) {
      archive.accept(rec);
    }
  }

  /**
   * The data keys for a data-plane request by {@code caller}.
   *
   * @throws io.atrest.engine.table.error.DynamoDbException when the table is not usable
   */
  KeyRing access(TableRecord rec, Caller caller) {
    switch (rec.status) {
      case CREATING:
      case DELETING:
        throw new ResourceNotFoundException("Requested resource not found");
      case ARCHIVING:
      case ARCHIVED:
        // AWS documents that an archived table "can no longer be accessed" but not the error.
        throw new ValidationException(
            "Table "
                + rec.tableName
                + " is archived and can no longer be accessed; restore it from"
                + " its archival backup "
                + rec.archivalBackupArn);
      default:
        break;
    }
    if (rec.status == TableStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS) {
      recover(rec, caller);
    }
    try {
      return keys.ringFor(rec, caller, () -> keys.maintain(rec));
    } catch (KmsException e) {
      if (keyIsLost(rec, e)) {
        markInaccessible(rec);
      }
      throw KmsErrors.onKeyUse(e);
    }
  }

  /** Access is back when both the caller and DynamoDB's own grant can use the key again. */
  private void recover(TableRecord rec, Caller caller) {
    try {
      keys.decryptTableKey(rec, caller);
      keys.probeAsService(rec);
    } catch (KmsException e) {
      throw KmsErrors.onKeyUse(e);
    }
    rec.status = TableStatus.ACTIVE;
    rec.inaccessibleSince = null;
  }

  /**
   * Whether a refusal is about the key rather than this one caller. A denial counts when DynamoDB
   * can no longer use the key on the table creator's behalf (the key policy stopped allowing
   * DynamoDB) or through its own grant (the grant was retired or revoked); a refusal of DynamoDB's
   * own maintenance Decrypt always counts.
   */
  private boolean keyIsLost(TableRecord rec, KmsException e) {
    if (!(e instanceof AccessDeniedException)) {
      return true;
    }
    try {
      keys.probeAsService(rec);
    } catch (KmsException probe) {
      return true;
    }
    return !keys.creatorCanUse(rec);
  }

  void markInaccessible(TableRecord rec) {
    Instant now = clock.instant();
    rec.status = TableStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS;
    rec.inaccessibleSince = now;
    notifications.add(
        AccountNotification.inaccessible(now, accountId, region, rec.tableName, rec.kmsKeyArn));
  }
}
