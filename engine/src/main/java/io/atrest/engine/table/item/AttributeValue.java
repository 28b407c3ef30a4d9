package io.atrest.engine.table.item;

import io.atrest.engine.table.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A DynamoDB attribute value: one of the ten data types {@code S, N, B, BOOL, NULL, M, L, SS, NS,
 * BS}. Factories validate the way DynamoDB validates a request (non-empty sets without duplicates,
 * numbers DynamoDB can store), failing with DynamoDB's {@code ValidationException} messages.
 */
public sealed interface AttributeValue {

  /** The DynamoDB type descriptor, e.g. {@code "S"} or {@code "NS"}. */
  String type();

  static S s(String value) {
    return new S(value);
  }

  static N n(String value) {
    return new N(Numbers.canonical(value));
  }

  static N n(long value) {
    return new N(Long.toString(value));
  }

  static B b(byte[] value) {
    return new B(Bytes.of(value));
  }

  static Bool bool(boolean value) {
    return new Bool(value);
  }

  static Null nul() {
    return new Null();
  }

  static M m(Map<String, AttributeValue> value) {
    return new M(value);
  }

  static L l(List<AttributeValue> value) {
    return new L(value);
  }

  static Ss ss(List<String> values) {
    if (values.isEmpty()) {
      throw invalid("An string set  may not be empty");
    }
    return new Ss(noDuplicates(values));
  }

  static Ns ns(List<String> values) {
    if (values.isEmpty()) {
      throw invalid("An number set  may not be empty");
    }
    List<String> canonical = values.stream().map(Numbers::canonical).toList();
    Set<BigDecimal> seen = new java.util.HashSet<>();
    for (String v : canonical) {
      if (!seen.add(new BigDecimal(v))) {
        throw invalid("Input collection " + values + " contains duplicates.");
      }
    }
    return new Ns(new LinkedHashSet<>(canonical));
  }

  static Bs bs(List<byte[]> values) {
    if (values.isEmpty()) {
      throw invalid("Binary sets should not be empty");
    }
    return new Bs(noDuplicates(values.stream().map(Bytes::of).toList()));
  }

  private static <T> Set<T> noDuplicates(List<T> values) {
    Set<T> set = new LinkedHashSet<>(values);
    if (set.size() != values.size()) {
      throw invalid("Input collection " + values + " contains duplicates.");
    }
    return set;
  }

  private static ValidationException invalid(String detail) {
    return new ValidationException("One or more parameter values were invalid: " + detail);
  }

  /** A string. */
  record S(String value) implements AttributeValue {
    public S {
      java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String type() {
      return "S";
    }
  }

  /** A number, kept as DynamoDB's canonical decimal text; compare with {@link #decimal()}. */
  record N(String value) implements AttributeValue {
    public BigDecimal decimal() {
      return new BigDecimal(value);
    }

    @Override
    public String type() {
      return "N";
    }
  }

  /** A binary value. */
  record B(Bytes value) implements AttributeValue {
    @Override
    public String type() {
      return "B";
    }
  }

  /** A Boolean. */
  record Bool(boolean value) implements AttributeValue {
    @Override
    public String type() {
      return "BOOL";
    }
  }

  /** The null value ({@code {"NULL": true}}). */
  record Null() implements AttributeValue {
    @Override
    public String type() {
      return "NULL";
    }
  }

  /** A map of named values; may be empty. */
  record M(Map<String, AttributeValue> value) implements AttributeValue {
    public M {
      value = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(value));
    }

    @Override
    public String type() {
      return "M";
    }
  }

  /** A list of values; may be empty. */
  record L(List<AttributeValue> value) implements AttributeValue {
    public L {
      value = List.copyOf(value);
    }

    @Override
    public String type() {
      return "L";
    }
  }

  /** A string set: non-empty, no duplicates. */
  record Ss(Set<String> value) implements AttributeValue {
    public Ss {
      value = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(value));
    }

    @Override
    public String type() {
      return "SS";
    }
  }

  /** A number set: non-empty, no numerically equal members. */
  record Ns(Set<String> value) implements AttributeValue {
    public Ns {
      value = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(value));
    }

    @Override
    public String type() {
      return "NS";
    }
  }

  /** A binary set: non-empty, no duplicates. */
  record Bs(Set<Bytes> value) implements AttributeValue {
    public Bs {
      value = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(value));
    }

    public List<Bytes> members() {
      return new ArrayList<>(value);
    }

    @Override
    public String type() {
      return "BS";
    }
  }
}
