package io.atrest.reports.waiver;

/** A waivers file that cannot be read or does not fit the format. */
public final class WaiverException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WaiverException(String message) {
    super(message);
  }

  public WaiverException(String message, Throwable cause) {
    super(message, cause);
  }
}
