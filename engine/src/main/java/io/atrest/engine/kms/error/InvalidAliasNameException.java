package io.atrest.engine.kms.error;

/** The alias name is reserved or malformed. */
public final class InvalidAliasNameException extends KmsException {

  public InvalidAliasNameException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "InvalidAliasNameException";
  }
}
