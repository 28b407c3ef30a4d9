package io.atrest.engine.table;

/** {@code BillingMode}. */
public enum BillingMode {
  PROVISIONED,
  PAY_PER_REQUEST
}
