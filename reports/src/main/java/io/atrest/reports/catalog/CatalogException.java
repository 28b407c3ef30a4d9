package io.atrest.reports.catalog;

/** A catalog that cannot be found or read; the run's configuration is wrong. */
public final class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
