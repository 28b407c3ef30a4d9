package io.atrest.engine.kms;

/**
 * The size limits CloudTrail puts on what a record carries [CT-REC]: {@code errorMessage} holds at
 * most 1 KB, so a longer message (one that echoes a long request value, say) is cut to fit.
 */
final class TrailLimits {

  static final int MAX_ERROR_MESSAGE = 1024;

  private TrailLimits() {}

  /** {@code message}, cut to its first {@value #MAX_ERROR_MESSAGE} characters (code points). */
  static String errorMessage(String message) {
    if (message.codePointCount(0, message.length()) <= MAX_ERROR_MESSAGE) {
      return message;
    }
    return message.substring(0, message.offsetByCodePoints(0, MAX_ERROR_MESSAGE));
  }
}
