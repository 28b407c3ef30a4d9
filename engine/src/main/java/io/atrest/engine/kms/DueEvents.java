package io.atrest.engine.kms;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

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

  private record Due(Instant at, Kind kind, KeyRecord key) {}

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
        case EXPIRE -> imported.expire(due.key(), due.at());
      }
    }
  }

  private Optional<Due> next(Instant now) {
    return core.store.keys().stream()
        .filter(k -> k.region().equals(core.region))
        .flatMap(DueEvents::dueOf)
        .filter(d -> !d.at().isAfter(now))
        .min(Comparator.comparing(Due::at).thenComparing(d -> d.key().keyId()));
  }

  private static Stream<Due> dueOf(KeyRecord key) {
    Stream.Builder<Due> due = Stream.builder();
    if (key.state() == KeyState.PENDING_DELETION && key.deletionDate() != null) {
      due.add(new Due(key.deletionDate(), Kind.DELETE, key));
    }
    if (key.state() == KeyState.ENABLED
        && key.rotationEnabled()
        && key.nextRotationDate() != null) {
      due.add(new Due(key.nextRotationDate(), Kind.ROTATE, key));
    }
    if (key.validTo() != null && key.currentMaterialId() != null) {
      due.add(new Due(key.validTo(), Kind.EXPIRE, key));
    }
    return due.build();
  }
}
