package io.atrest.policy.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition's policy value as its operator reads it, decided once at parse time so that
 * evaluation compares without parsing the policy again. The set is closed: one form per operator
 * family, plus {@link Unreadable} for a value the operator cannot read (such as {@code "ten"} for
 * {@code NumericEquals}), which matches no request value.
 */
public sealed interface Operand {

  /** A string compared exactly or ignoring case ({@code String*}, {@code Bool}). */
  record Text(Template template) implements Operand {
    public Text {
      Objects.requireNonNull(template, "template");
    }
  }

  /** A {@code StringLike} glob; compiled here unless it holds policy variables. */
  record Like(Template template, Optional<Glob> compiled) implements Operand {
    public Like {
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(compiled, "compiled");
    }
  }

  /** An {@code Arn*} pattern; compiled here unless it holds policy variables. */
  record Arn(Template template, Optional<ArnPattern> compiled) implements Operand {
    public Arn {
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(compiled, "compiled");
    }
  }

  /** A {@code Numeric*} value: an integer or decimal. */
  record Number(BigDecimal value) implements Operand {
    public Number {
      Objects.requireNonNull(value, "value");
    }

    /** Reads an integer or decimal, such as {@code 10}, {@code -1.5}; empty otherwise. */
    public static Optional<BigDecimal> parse(String text) {
      try {
        return Optional.of(new BigDecimal(text.strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * A {@code Date*} value. Accepted forms [IAM-OPS]: the W3C profile of ISO 8601 ({@code
   * 2026-01-31}, {@code 2026-01-31T12:00Z}, {@code 2026-01-31T12:00:00.5+01:00}, ...) and epoch
   * seconds ({@code 1769860800}).
   */
  record Date(Instant value) implements Operand {
    private static final DateTimeFormatter W3C =
        new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter();

    public Date {
      Objects.requireNonNull(value, "value");
    }

    /** Reads a date, time or epoch-seconds value; empty when it is none of the accepted forms. */
    public static Optional<Instant> parse(String text) {
      String t = text.strip();
      try {
        if (!t.isEmpty()
            && t.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '-')
            && t.indexOf('-', 1) < 0) {
          return Optional.of(Instant.ofEpochSecond(Long.parseLong(t)));
        }
        if (t.length() == 10) {
          return Optional.of(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return Optional.of(OffsetDateTime.parse(t, W3C).toInstant());
      } catch (DateTimeException | NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /** A {@code BinaryEquals} value: base64 in the policy, kept as the bytes it encodes (in hex). */
  record Binary(String hex) implements Operand {
    public Binary {
      Objects.requireNonNull(hex, "hex");
    }

    /** The bytes of a base64 value, in hex; empty when the text is not base64. */
    public static Optional<String> parse(String base64) {
      try {
        return Optional.of(HexFormat.of().formatHex(Base64.getDecoder().decode(base64.strip())));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }

  /** An {@code IpAddress}/{@code NotIpAddress} range. */
  record Cidr(IpRange range) implements Operand {
    public Cidr {
      Objects.requireNonNull(range, "range");
    }
  }

  /** A {@code Null} value: {@code true} tests that the key is absent, {@code false} present. */
  record Presence(boolean absent) implements Operand {}

  /** A value the operator cannot read; it matches nothing and explanations say why. */
  record Unreadable(String problem) implements Operand {
    public Unreadable {
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** Reads {@code text} as the values of {@code operator} are read. */
  static Operand read(String text, ConditionOperator operator, boolean variablesEnabled) {
    if (operator.base().isEmpty()) {
      return new Unreadable("`" + operator.text() + "` is not a condition operator");
    }
    BaseOperator.Family family = operator.base().get().family();
    Template template = Template.parse(text, variablesEnabled && family.acceptsVariables());
    return switch (family) {
      case STRING, STRING_IGNORE_CASE, BOOL -> new Text(template);
      case STRING_LIKE ->
          new Like(
              template,
              template.hasVariables() ? Optional.empty() : Optional.of(Glob.of(text, false)));
      case ARN ->
          new Arn(
              template,
              template.hasVariables() ? Optional.empty() : Optional.of(ArnPattern.of(text)));
      case NUMERIC ->
          Number.parse(text)
              .<Operand>map(Number::new)
              .orElseGet(() -> new Unreadable("`" + text + "` is not a number"));
      case DATE ->
          Date.parse(text)
              .<Operand>map(Date::new)
              .orElseGet(
                  () ->
                      new Unreadable(
                          "`" + text + "` is not an ISO 8601 date/time or epoch seconds"));
      case BINARY ->
          Binary.parse(text)
              .<Operand>map(Binary::new)
              .orElseGet(() -> new Unreadable("`" + text + "` is not base64"));
      case IP ->
          IpRange.parse(text)
              .<Operand>map(Cidr::new)
              .orElseGet(
                  () -> new Unreadable("`" + text + "` is not an IPv4 or IPv6 address or CIDR"));
      case NULL -> presence(text);
    };
  }

  private static Operand presence(String text) {
    if (text.equalsIgnoreCase("true")) {
      return new Presence(true);
    }
    if (text.equalsIgnoreCase("false")) {
      return new Presence(false);
    }
    return new Unreadable("`" + text + "` is not true or false, the only values of Null");
  }
}
