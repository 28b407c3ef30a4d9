package io.atrest.reports.catalog;

import java.util.Objects;

/** A catalog that cannot be found or read; the run's configuration is wrong. */
public final class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(Objects.requireNonNull(message, "message"));
  }

  public CatalogException(String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
  }

  /** What is wrong; never null, since every constructor requires it. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }
}
