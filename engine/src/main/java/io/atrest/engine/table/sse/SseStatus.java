package io.atrest.engine.table.sse;

/** {@code SSEStatus}. */
public enum SseStatus {
  ENABLING,
  ENABLED,
  DISABLING,
  DISABLED,
  UPDATING
}
