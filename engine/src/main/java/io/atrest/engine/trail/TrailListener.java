package io.atrest.engine.trail;

/**
 * Told of every record an {@link AuditTrail} appends, on the thread that recorded it, after the
 * record is in the trail. A host that keeps the trail elsewhere (a journal file) or ties records to
 * the request that caused them listens here; the engine itself never does.
 */
@FunctionalInterface
public interface TrailListener {

  /** Ignores every record. */
  TrailListener NONE = event -> {};

  /** {@code event} has just been appended. */
  void recorded(TrailEvent event);
}
