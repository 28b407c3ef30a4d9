package io.atrest.engine.table.item;

import io.atrest.engine.table.error.ValidationException;
import java.math.BigDecimal;

/** DynamoDB's number rules: up to 38 significant digits, magnitude between 1E-130 and 1E+126. */
final class Numbers {
  private static final int MAX_PRECISION = 38;
  private static final BigDecimal MAX = new BigDecimal("1E+126");
  private static final BigDecimal MIN = new BigDecimal("1E-130");

  private Numbers() {}

  static String canonical(String text) {
    BigDecimal d;
    try {
      d = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new ValidationException(
          "The parameter cannot be converted to a numeric value: " + text);
    }
    BigDecimal stripped = d.stripTrailingZeros();
    if (stripped.signum() == 0) {
      return "0";
    }
    if (stripped.precision() > MAX_PRECISION) {
      throw new ValidationException(
          "Attempting to store more than 38 significant digits in a Number");
    }
    BigDecimal abs = stripped.abs();
    if (abs.compareTo(MAX) >= 0) {
      throw new ValidationException(
          "Number overflow. Attempting to store a number with magnitude larger than supported"
              + " range");
    }
    if (abs.compareTo(MIN) < 0) {
      throw new ValidationException(
          "Number underflow. Attempting to store a number with magnitude smaller than supported"
              + " range");
    }
    return stripped.toPlainString();
  }
}
