package io.atrest.cli;

/**
 * Input the command cannot use: an unreadable file, a request without an action, a context value of
 * an unsupported type. The message names the file and field and is printed as one line; the command
 * exits with status 2.
 */
final class InputException extends Exception {
  InputException(String message) {
    super(message);
  }
}
