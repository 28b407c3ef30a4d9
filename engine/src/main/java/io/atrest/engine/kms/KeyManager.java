package io.atrest.engine.kms;

/** Who manages a key: the customer, or AWS on the customer's behalf ({@code aws/dynamodb}). */
public enum KeyManager {
  AWS,
  CUSTOMER
}
