package io.atrest.engine.kms;

/** Whether imported key material expires (at its {@code ValidTo}) or not. */
public enum ExpirationModel {
  KEY_MATERIAL_EXPIRES,
  KEY_MATERIAL_DOES_NOT_EXPIRE
}
