package io.atrest.features.types;

import java.time.Duration;

/**
 * Parses the durations of the {@code {duration}} parameter type; a year is 365 days, as KMS counts
 * rotation periods.
 */
public final class Durations {

  private Durations() {}

  public static Duration parse(String phrase) {
    Duration named =
        switch (phrase) {
          case "a year" -> Duration.ofDays(365);
          case "a day" -> Duration.ofDays(1);
          case "an hour" -> Duration.ofHours(1);
          default -> Duration.ZERO;
        };
    if (!named.isZero()) {
      return named;
    }
    String[] parts = phrase.split(" ", -1);
    if (parts.length != 2 || !parts[0].matches("\\d+")) {
      throw new IllegalArgumentException(
          "duration `" + phrase + "` is not NUMBER UNIT, such as 7 days");
    }
    long n = Long.parseLong(parts[0]);
    String unit = parts[1].endsWith("s") ? parts[1].substring(0, parts[1].length() - 1) : parts[1];
    return switch (unit) {
      case "second" -> Duration.ofSeconds(n);
      case "minute" -> Duration.ofMinutes(n);
      case "hour" -> Duration.ofHours(n);
      case "day" -> Duration.ofDays(n);
      case "year" -> Duration.ofDays(365 * n);
      default ->
          throw new IllegalArgumentException(
              "duration unit `" + parts[1] + "` is none of seconds, minutes, hours, days, years");
    };
  }
}
