package io.atrest.cli;

/** The exit statuses every atrest command shares (ARCHITECTURE.md, "Contracts"). */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private ExitCodes() {}
}
