package io.atrest.engine.kms;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The actions KMS takes by itself when the clock passes their date: automatic rotation, deletion at
 * the end of the waiting period, expiry of imported material. Nothing runs in the background;
 * before serving any call the KMS processes every due action in time order, each at the instant it
 * was due, so the trail shows them when they happened.
 */
final class DueEvents {

  private enum Kind {
    ROTATE,
    DELETE,
    EXPIRE
  }

  /** One due action; {@code materialId} names the expiring material of an EXPIRE. */
  private record Due(Instant at, Kind kind, KeyRecord key, String materialId) {}

  private static final Comparator<Due> ORDER =
      Comparator.comparing(Due::at).thenComparing(d -> d.key().keyId());

  private final KmsCore core;
  private final RotationSchedule rotation;
  private final KeyStates states;
  private final ImportedMaterial imported;

  DueEvents(KmsCore core, RotationSchedule rotation, KeyStates states, ImportedMaterial imported) {
    this.core = core;
    this.rotation = rotation;
    this.states = states;
    this.imported = imported;
  }

  /** Runs every action due at or before {@code now}, earliest first. */
  void process(Instant now) {
    for (Optional<Due> next = next(now); next.isPresent(); next = next(now)) {
      Due due = next.get();
      switch (due.kind()) {
        case ROTATE -> rotation.rotateAutomatically(due.key(), due.at());
        case DELETE -> states.deleteAtEndOfWindow(due.key(), due.at());
        case EXPIRE -> imported.expire(due.key(), due.materialId(), due.at());
      }
    }
  }

  /**
   * The earliest action due at or before {@code now} (ties by key id, then in the order DELETE,
   * ROTATE, EXPIRE of one key). The store's keys are visited in place: this runs before every call,
   * and most keys have nothing due.
   */
  private Optional<Due> next(Instant now) {
    Earliest earliest = new Earliest(now, core.region);
    core.store.forEachKey(earliest);
    return Optional.ofNullable(earliest.best);
  }

  /** Finds, among the keys it is shown, the earliest action due in its region. */
  private static final class Earliest implements Consumer<KeyRecord> {
    private final Instant now;
    private final String region;
    private Due best;

    Earliest(Instant now, String region) {
      this.now = now;
      this.region = region;
    }

    @Override
    public void accept(KeyRecord key) {
      if (!key.region().equals(region)) {
        return;
      }
      if (key.state() == KeyState.PENDING_DELETION && key.deletionDate() != null) {
        best = earlier(best, key.deletionDate(), Kind.DELETE, key, now);
      }
      if (key.state() == KeyState.ENABLED
          && key.rotationEnabled()
          && key.nextRotationDate() != null) {
        best = earlier(best, key.nextRotationDate(), Kind.ROTATE, key, now);
      }
      if (key.origin() == Origin.EXTERNAL) {
        best = expiring(best, key, now);
      }
    }
  }

  /** {@code best}, or the earliest due expiry of {@code key}'s imported materials. */
  private static Due expiring(Due best, KeyRecord key, Instant now) {
    for (MaterialVersion v : key.materials()) {
      MaterialImport i = ImportedMaterial.importOf(key, v);
      if (i.isImported() && i.validTo() != null) {
        best = earlier(best, i.validTo(), Kind.EXPIRE, key, v.materialId(), now);
      }
    }
    return best;
  }

  private static Due earlier(Due best, Instant at, Kind kind, KeyRecord key, Instant now) {
    return earlier(best, at, kind, key, null, now);
  }

  /** {@code best}, or the action at {@code at} if it is due and strictly earlier. */
  private static Due earlier(
      Due best, Instant at, Kind kind, KeyRecord key, String materialId, Instant now) {
    if (at.isAfter(now)) {
      return best;
    }
    Due candidate = new Due(at, kind, key, materialId);
    if (best != null && ORDER.compare(candidate, best) >= 0) {
      return best;
    }
    return candidate;
  }
}
