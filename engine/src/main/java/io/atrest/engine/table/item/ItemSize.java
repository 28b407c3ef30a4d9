package io.atrest.engine.table.item;

import io.atrest.engine.table.error.ValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An item's size by DynamoDB's rules (developer guide, "Item sizes and formats"): attribute names
 * and strings count their UTF-8 bytes, binaries their bytes, numbers about one byte per two
 * significant digits plus one, Booleans and nulls one byte, and a map or list three bytes plus one
 * per element plus its contents; sets are the sum of their members. The limit is 400 KB.
 */
public final class ItemSize {
  /** 400 KB, names and values together. */
  public static final int MAX_BYTES = 400 * 1024;

  private ItemSize() {}

  public static long of(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      size += utf8(e.getKey()) + of(e.getValue());
    }
    return size;
  }

  /**
   * Refuses an item over the limit.
   *
   * @throws ValidationException with the message DynamoDB returns (recorded from AWS in public
   *     issues, e.g. amazon-archives/aws-dynamodb-session-tomcat#4)
   */
  public static void requireWithinLimit(Map<String, AttributeValue> item) {
    // Exact sizing encodes every string; an item whose bound is under the limit needs none of it.
    if (bound(item) > MAX_BYTES && of(item) > MAX_BYTES) {
      throw new ValidationException("Item size has exceeded the maximum allowed size");
    }
  }

  /**
   * At least {@link #of(Map)}, without encoding anything: a string's UTF-8 form is at most three
   * bytes per char (a surrogate pair is four bytes for two chars), and a number has no more
   * significant digits than its text has chars.
   */
  static long bound(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      size += 3L * e.getKey().length() + bound(e.getValue());
    }
    return size;
  }

  private static long bound(AttributeValue v) {
    if (v instanceof AttributeValue.S s) {
      return 3L * s.value().length();
    } else if (v instanceof AttributeValue.N n) {
      return numberBound(n.value());
    } else if (v instanceof AttributeValue.M m) {
      return 3 + m.value().size() + bound(m.value());
    } else if (v instanceof AttributeValue.L l) {
      return 3 + l.value().size() + l.value().stream().mapToLong(ItemSize::bound).sum();
    } else if (v instanceof AttributeValue.Ss ss) {
      return ss.value().stream().mapToLong(x -> 3L * x.length()).sum();
    } else if (v instanceof AttributeValue.Ns ns) {
      return ns.value().stream().mapToLong(ItemSize::numberBound).sum();
    }
    return of(v);
  }

  private static long numberBound(String text) {
    return (text.length() + 1L) / 2 + 1;
  }

  private static long of(AttributeValue v) {
    if (v instanceof AttributeValue.S s) {
      return utf8(s.value());
    } else if (v instanceof AttributeValue.N n) {
      return number(n.value());
    } else if (v instanceof AttributeValue.B b) {
      return b.value().length();
    } else if (v instanceof AttributeValue.M m) {
      return 3 + m.value().size() + of(m.value());
    } else if (v instanceof AttributeValue.L l) {
      return 3 + l.value().size() + l.value().stream().mapToLong(ItemSize::of).sum();
    } else if (v instanceof AttributeValue.Ss ss) {
      return ss.value().stream().mapToLong(ItemSize::utf8).sum();
    } else if (v instanceof AttributeValue.Ns ns) {
      return ns.value().stream().mapToLong(ItemSize::number).sum();
    } else if (v instanceof AttributeValue.Bs bs) {
      return bs.value().stream().mapToLong(Bytes::length).sum();
    }
    return 1;
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static long number(String canonical) {
    int digits = new BigDecimal(canonical).unscaledValue().abs().toString().length();
    return (digits + 1L) / 2 + 1;
  }
}
