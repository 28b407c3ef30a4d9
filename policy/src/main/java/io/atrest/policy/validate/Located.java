package io.atrest.policy.validate;

/** A string value of the policy and the JSON pointer it sits at. */
record Located(String pointer, String value) {

  private static final int QUOTE_LIMIT = 120;

  /** The value in backticks, the way messages quote policy text. */
  String quoted() {
    return quote(value);
  }

  /** Policy text in backticks, shortened so that a huge value cannot swamp a report. */
  static String quote(String text) {
    return "`"
        + (text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT - 3) + "..." : text)
        + "`";
  }
}
