package io.atrest.engine.table;

/** {@code ReturnValues} of PutItem and DeleteItem: nothing, or the item as it was before. */
public enum ReturnValues {
  NONE,
  ALL_OLD
}
