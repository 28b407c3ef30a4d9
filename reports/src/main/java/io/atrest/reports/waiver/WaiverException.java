package io.atrest.reports.waiver;

import java.util.Objects;

/** A waivers file that cannot be read or does not fit the format. */
public final class WaiverException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WaiverException(String message) {
    super(Objects.requireNonNull(message, "message"));
  }

  public WaiverException(String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
  }

  /** What is wrong; never null, since every constructor requires it. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }
}
