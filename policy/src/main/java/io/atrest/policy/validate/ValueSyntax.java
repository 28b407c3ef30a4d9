package io.atrest.policy.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The value formats of the condition operator families [IAM-OPS]; each method returns what is wrong
 * with a value, or empty when the value fits.
 */
final class ValueSyntax {

  private ValueSyntax() {}

  static Optional<String> check(OperatorName.Family family, JsonNode value) {
    return switch (family) {
      case BOOL, NULL -> bool(value);
      case NUMERIC -> numeric(value);
      case DATE -> date(value);
      case BINARY -> base64(value);
      case IP -> cidr(value);
      case STRING, ARN -> Optional.empty();
    };
  }

  private static Optional<String> bool(JsonNode value) {
    String text = value.asText().toLowerCase(Locale.ROOT);
    return value.isBoolean() || text.equals("true") || text.equals("false")
        ? Optional.empty()
        : Optional.of("expected `true` or `false`");
  }

  private static Optional<String> numeric(JsonNode value) {
    return value.isNumber() || isDecimal(value.asText())
        ? Optional.empty()
        : Optional.of("expected an integer or decimal number");
  }

  /** W3C ISO 8601 dates and date-times, or seconds since the epoch. */
  private static Optional<String> date(JsonNode value) {
    String text = value.asText();
    boolean wholeNumber =
        value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
    if (wholeNumber || (value.isTextual() && isDigits(text))) {
      return Optional.empty();
    }
    if (value.isTextual() && isIsoDate(text)) {
      return Optional.empty();
    }
    return Optional.of("expected an ISO 8601 date such as `2026-01-31T00:00:00Z` or epoch seconds");
  }

  private static boolean isIsoDate(String text) {
    try {
      if (text.contains("T")) {
        if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
          OffsetDateTime.parse(text);
        } else {
          LocalDateTime.parse(text);
        }
      } else if (text.length() == 4) {
        return isDigits(text);
      } else if (text.length() == 7) {
        YearMonth.parse(text);
      } else {
        LocalDate.parse(text);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Optional<String> base64(JsonNode value) {
    if (!value.isTextual()) {
      return Optional.of("expected a base64 string");
    }
    try {
      Base64.getDecoder().decode(value.asText());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of("not valid base64");
    }
  }

  /** An IPv4 or IPv6 address with an optional prefix length (/0-32, /0-128). */
  private static Optional<String> cidr(JsonNode value) {
    String text = value.asText();
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    String prefix = slash < 0 ? null : text.substring(slash + 1);
    int maxPrefix;
    if (isIpv4(address)) {
      maxPrefix = 32;
    } else if (isIpv6(address)) {
      maxPrefix = 128;
    } else {
      return Optional.of("expected an IPv4 or IPv6 address or CIDR block such as `203.0.113.0/24`");
    }
    if (prefix != null && !(isSmallInt(prefix) && Integer.parseInt(prefix) <= maxPrefix)) {
      return Optional.of("the prefix length `/" + prefix + "` is not between 0 and " + maxPrefix);
    }
    return Optional.empty();
  }

  static boolean isIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!isSmallInt(part) || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(String s) {
    int doubleColon = s.indexOf("::");
    if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String[] groups = s.split(":", -1);
    int count = 0;
    for (int i = 0; i < groups.length; i++) {
      String g = groups[i];
      boolean last = i == groups.length - 1;
      if (g.isEmpty()) {
        continue;
      }
      if (last && g.contains(".")) {
        if (!isIpv4(g)) {
          return false;
        }
        count += 2;
      } else if (g.length() <= 4 && g.chars().allMatch(ValueSyntax::isHexDigit)) {
        count++;
      } else {
        return false;
      }
    }
    boolean shapeOk =
        doubleColon >= 0 ? count < 8 : count == 8 && !s.startsWith(":") && !s.endsWith(":");
    return s.contains(":") && shapeOk && emptyGroupsOnlyAtDoubleColon(s);
  }

  private static boolean emptyGroupsOnlyAtDoubleColon(String s) {
    String collapsed = s.replace("::", "#");
    return !collapsed.contains("::")
        && !collapsed.startsWith(":")
        && !collapsed.endsWith(":")
        && !collapsed.contains("#:")
        && !collapsed.contains(":#");
  }

  private static boolean isSmallInt(String s) {
    return s.length() <= 3 && isDigits(s);
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isDecimal(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    int dot = s.indexOf('.');
    String whole = dot < 0 ? s.substring(i) : s.substring(i, dot);
    String fraction = dot < 0 ? "0" : s.substring(dot + 1);
    return isDigits(whole) && isDigits(fraction);
  }
}
