package io.atrest.engine.kms.error;

/** The imported key material is not the material previously imported into this key. */
public final class IncorrectKeyMaterialException extends KmsException {

  public IncorrectKeyMaterialException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "IncorrectKeyMaterialException";
  }
}
