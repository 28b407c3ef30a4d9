package io.atrest.serve.http;

/**
 * A request the server refuses before any handler sees it (malformed framing, a head over the
 * limits); answered with {@link #status} and a plain-text reason, and the connection is closed,
 * since after a framing error the next request's first byte cannot be found (RFC 9112 section 6.3).
 */
final class HttpError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  private HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static HttpError closing(int status, String message) {
    return new HttpError(status, message);
  }

  int status() {
    return status;
  }
}
