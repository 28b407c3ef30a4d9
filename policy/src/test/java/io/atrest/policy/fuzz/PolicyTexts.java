package io.atrest.policy.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generators of policy-shaped input for the robustness properties: random JSON built from the
 * policy vocabulary, the seed key policies mutated (members deleted, duplicated or retyped, text
 * truncated, garbage inserted), arbitrary text, and the seed policies with numbers far out of
 * range.
 *
 * <p>Every generator draws only from the {@link SplittableRandom} it is given, so that a case is
 * reproduced by its seed: {@code PolicyTexts.randomJson(new SplittableRandom(seed))}. Like a
 * property-testing library, the generators favour edge cases (empty and longest sizes, extreme
 * numbers, unusual characters) over a uniform draw.
 */
final class PolicyTexts {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static final List<String> SEEDS =
      List.of(
          seed("aws-managed-dynamodb.json"),
          seed("customer-managed-dynamodb.json"),
          seed("cloudformation-dynamodb.json"));

  private static final List<String> NAMES =
      List.of(
          "Version",
          "Id",
          "Statement",
          "Sid",
          "Effect",
          "Principal",
          "NotPrincipal",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Condition",
          "AWS",
          "Service",
          "Federated",
          "CanonicalUser",
          "StringEquals",
          "StringLike",
          "ForAllValues:StringEquals",
          "ForAnyValue:StringLike",
          "Bool",
          "Null",
          "IpAddress",
          "DateLessThan",
          "NumericLessThan",
          "BinaryEquals",
          "ArnLike",
          "StringEqualsIfExists",
          "kms:EncryptionContext:Dept",
          "kms:EncryptionContextKeys",
          "kms:ViaService",
          "kms:CallerAccount",
          "kms:GrantOperations",
          "aws:SourceIp",
          "aws:RequestTag/a~b",
          "",
          "~0/~1",
          "a/b",
          "Stat\u00e9ment");

  private static final List<String> STRINGS =
      List.of(
          "2012-10-17",
          "2008-10-17",
          "Allow",
          "Deny",
          "*",
          "kms:*",
          "kms:Decrypt",
          "kms:Get*",
          "kms:ReEncrypt",
          "s3:GetObject",
          "kms:",
          ":",
          "",
          "111122223333",
          "arn:aws:iam::111122223333:root",
          "arn:aws:iam::*:role/x",
          "arn:aws:iam::111122223333:group/g",
          "dynamodb.amazonaws.com",
          "${aws:username}",
          "${",
          "10.0.0.0/8",
          "::1",
          "2026-01-01T00:00:00Z",
          "QUJD",
          "true",
          "yes",
          "1e9999",
          "\u0000",
          "\ud83d\udd11");

  /** The characters of JSON syntax, for text that is nearly JSON. */
  static final String JSON_CHARS = "{}[]\":,\\ \n\tatrue0-1e.";

  private static final List<Integer> EDGE_INTS =
      List.of(
          0,
          1,
          -1,
          2,
          -2,
          Integer.MAX_VALUE,
          Integer.MIN_VALUE,
          Integer.MAX_VALUE - 1,
          Integer.MIN_VALUE + 1);

  private static final List<Double> EDGE_DOUBLES =
      List.of(
          0.0,
          -0.0,
          1.0,
          -1.0,
          0.5,
          -0.5,
          0.1,
          Double.MIN_VALUE,
          -Double.MIN_VALUE,
          Double.MIN_NORMAL,
          Double.MAX_VALUE,
          -Double.MAX_VALUE,
          1e-300,
          1e300,
          9007199254740993.0);

  private static final List<Character> EDGE_CHARS =
      List.of(
          '\u0000', '\u001f', '\u007f', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffd', '\uffff',
          '\ud800', '\udfff');

  /**
   * Number literals no decimal can hold, or longer than the JSON reader accepts: the named cases
   * every run meets at least a few times besides the generated ones.
   */
  private static final List<String> EDGE_NUMBERS_OUT_OF_RANGE =
      List.of(
          "1e99999999999",
          "-1e-99999999999",
          "1E+99999999999",
          "0e99999999999",
          "-0.0e-99999999999",
          "1e2147483648",
          "-1e-2147483648",
          "12.345e99999999999999999999",
          "9".repeat(5_000),
          "-" + "1".repeat(5_000),
          "1" + "0".repeat(1_000),
          "0." + "0".repeat(5_000) + "1",
          "1." + "5".repeat(1_000) + "e10");

  private PolicyTexts() {}

  // Random JSON

  /** A JSON document of any shape, biased towards policy element names and values. */
  static String randomJson(SplittableRandom random) {
    return json(random, 4).toString();
  }

  private static JsonNode json(SplittableRandom random, int depth) {
    // Scalars, arrays and objects in the proportion 2:2:5 (only scalars at the deepest level).
    int shape = depth == 0 ? 0 : random.nextInt(9);
    if (shape < 2) {
      return scalar(random);
    }
    if (shape < 4) {
      ArrayNode node = NODES.arrayNode();
      for (int i = size(random, 4); i > 0; i--) {
        node.add(json(random, depth - 1));
      }
      return node;
    }
    ObjectNode node = NODES.objectNode();
    for (int i = size(random, 5); i > 0; i--) {
      node.set(pick(random, NAMES), json(random, depth - 1));
    }
    return node;
  }

  private static JsonNode scalar(SplittableRandom random) {
    return switch (random.nextInt(6)) {
      case 0 -> NODES.textNode(pick(random, STRINGS));
      case 1 -> NODES.textNode(anyString(random, 12));
      case 2 -> NODES.numberNode(anyInt(random));
      case 3 -> NODES.numberNode(anyDouble(random));
      case 4 -> NODES.booleanNode(random.nextBoolean());
      default -> NODES.nullNode();
    };
  }

  // Mutated seed policies

  /** A seed key policy with one to three random mutations applied. */
  static String mutatedSeed(SplittableRandom random) {
    String text = pick(random, SEEDS);
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      text = mutation(random).apply(text);
    }
    return text;
  }

  private static Mutation mutation(SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0 -> new Mutation.Truncate(position(random));
      case 1 -> new Mutation.Insert(position(random), anyString(random, 6));
      case 2 -> new Mutation.DeleteMember(position(random));
      case 3 -> new Mutation.DuplicateLine(position(random));
      default -> new Mutation.Retype(position(random), json(random, 1));
    };
  }

  /** A position or index in 0..10000, to be taken modulo what it indexes. */
  private static int position(SplittableRandom random) {
    int edge = random.nextInt(10);
    return edge == 0 ? 0 : edge == 1 ? 10_000 : random.nextInt(10_001);
  }

  /** One change to a policy text. */
  sealed interface Mutation {
    String apply(String text);

    record Truncate(int at) implements Mutation {
      public String apply(String text) {
        return text.substring(0, at % (text.length() + 1));
      }
    }

    record Insert(int at, String garbage) implements Mutation {
      public String apply(String text) {
        int i = at % (text.length() + 1);
        return text.substring(0, i) + garbage + text.substring(i);
      }
    }

    /** Repeats one line, which usually duplicates a member of an object. */
    record DuplicateLine(int which) implements Mutation {
      public String apply(String text) {
        String[] lines = text.split("\n", -1);
        int i = which % lines.length;
        return text.replace(lines[i] + "\n", lines[i] + "\n" + lines[i] + "\n");
      }
    }

    /** Removes one member from a random object of the tree (text left as is when not JSON). */
    record DeleteMember(int which) implements Mutation {
      public String apply(String text) {
        return onTree(text, (object, name, value) -> object.remove(name), which);
      }
    }

    /** Replaces one member's value with a value of a random other shape. */
    record Retype(int which, JsonNode replacement) implements Mutation {
      public String apply(String text) {
        return onTree(text, (object, name, value) -> object.set(name, replacement), which);
      }
    }
  }

  private interface MemberEdit {
    void edit(ObjectNode object, String name, JsonNode value);
  }

  private static String onTree(String text, MemberEdit edit, int which) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (IOException e) {
      return text;
    }
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects);
    List<ObjectNode> nonEmpty = objects.stream().filter(o -> !o.isEmpty()).toList();
    if (nonEmpty.isEmpty()) {
      return text;
    }
    ObjectNode target = nonEmpty.get(which % nonEmpty.size());
    List<String> names = new ArrayList<>();
    target.fieldNames().forEachRemaining(names::add);
    String name = names.get(which % names.size());
    edit.edit(target, name, target.get(name));
    return root.toPrettyString();
  }

  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode object) {
      out.add(object);
    }
    node.forEach(child -> collect(child, out));
  }

  // Arbitrary text

  /** Any text up to 200 characters, or text of JSON syntax characters up to 60. */
  static String anyText(SplittableRandom random) {
    return random.nextBoolean() ? anyString(random, 200) : stringOf(random, JSON_CHARS, 60);
  }

  // Numbers out of range

  /**
   * A seed key policy in which one or two values are replaced by a number literal that no decimal
   * can hold (an exponent beyond the range of {@code int}) or that is longer than the JSON reader's
   * limit of 1000 digits: otherwise the policy is valid.
   */
  static String seedWithNumbersOutOfRange(SplittableRandom random) {
    JsonNode root;
    try {
      root = MAPPER.readTree(pick(random, SEEDS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> literals = new ArrayList<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      String marker = "number out of range #" + i;
      if (random.nextInt(4) == 0) {
        addNumericCondition(random, root, marker);
      } else {
        replaceValue(random, root, marker);
      }
      literals.add(numberOutOfRange(random));
    }
    String text = root.toPrettyString();
    for (int i = literals.size(); i > 0; i--) {
      text = text.replace("\"number out of range #" + i + "\"", literals.get(i - 1));
    }
    return text;
  }

  /** Replaces a random value anywhere in the tree (a member or an array element) by the marker. */
  private static void replaceValue(SplittableRandom random, JsonNode root, String marker) {
    List<JsonNode> containers = new ArrayList<>();
    collectContainers(root, containers);
    List<JsonNode> nonEmpty = containers.stream().filter(c -> !c.isEmpty()).toList();
    JsonNode container = pick(random, nonEmpty);
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      object.put(pick(random, names), marker);
    } else {
      ((ArrayNode) container).set(random.nextInt(container.size()), NODES.textNode(marker));
    }
  }

  /** Gives a random statement a numeric condition with the marker as its value or in its list. */
  private static void addNumericCondition(SplittableRandom random, JsonNode root, String marker) {
    JsonNode statements = root.path("Statement");
    JsonNode statement =
        statements.isArray() && !statements.isEmpty()
            ? statements.get(random.nextInt(statements.size()))
            : statements;
    if (!(statement instanceof ObjectNode object)) {
      // An earlier replacement took the statement's place.
      replaceValue(random, root, marker);
      return;
    }
    String operator =
        pick(random, List.of("NumericLessThan", "NumericEquals", "NumericGreaterThanEquals"));
    ObjectNode keys = object.putObject("Condition").putObject(operator);
    if (random.nextBoolean()) {
      keys.put("kms:RotationPeriodInDays", marker);
    } else {
      keys.putArray("kms:RotationPeriodInDays").add(7).add(marker);
    }
  }

  private static void collectContainers(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
    }
    node.forEach(child -> collectContainers(child, out));
  }

  /** A number literal with an exponent of 11 or more digits, or with more than 1000 digits. */
  static String numberOutOfRange(SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0 -> pick(random, EDGE_NUMBERS_OUT_OF_RANGE);
      case 1, 2 -> hugeExponent(random);
      default -> tooManyDigits(random);
    };
  }

  private static String hugeExponent(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    if (random.nextBoolean()) {
      out.append('-');
    }
    out.append(integerDigits(random, 1 + random.nextInt(20)));
    if (random.nextBoolean()) {
      out.append('.').append(digits(random, 1 + random.nextInt(20)));
    }
    out.append(random.nextBoolean() ? 'e' : 'E');
    out.append(pick(random, List.of("", "+", "-")));
    // At least 10^10: beyond the scale of any BigDecimal, whatever the mantissa.
    out.append(1 + random.nextInt(9)).append(digits(random, 10 + random.nextInt(16)));
    return out.toString();
  }

  private static String tooManyDigits(SplittableRandom random) {
    int length = random.nextInt(4) == 0 ? 5_000 : 1_001 + random.nextInt(9_000);
    String sign = random.nextBoolean() ? "-" : "";
    return switch (random.nextInt(3)) {
      case 0 -> sign + integerDigits(random, length);
      case 1 -> sign + "0." + digits(random, length);
      default -> sign + integerDigits(random, length) + "e" + random.nextInt(100);
    };
  }

  /** Digits without a leading zero (JSON allows none), or a lone zero. */
  private static String integerDigits(SplittableRandom random, int count) {
    if (count == 1 && random.nextInt(4) == 0) {
      return "0";
    }
    return (1 + random.nextInt(9)) + digits(random, count - 1);
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  // Primitive draws

  private static <T> T pick(SplittableRandom random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A size in 0..max, empty and full more often than a uniform draw would give. */
  private static int size(SplittableRandom random, int max) {
    int edge = random.nextInt(8);
    return edge == 0 ? 0 : edge == 1 ? max : random.nextInt(max + 1);
  }

  private static int anyInt(SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> pick(random, EDGE_INTS);
      case 1 -> random.nextInt(-1_000, 1_001);
      default -> random.nextInt();
    };
  }

  /** A finite double (a property-testing library draws neither NaN nor infinities by default). */
  private static double anyDouble(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return pick(random, EDGE_DOUBLES);
      case 1:
        return random.nextDouble(-1_000, 1_000);
      default:
        double any = Double.longBitsToDouble(random.nextLong());
        return Double.isFinite(any) ? any : random.nextDouble();
    }
  }

  /** A string of up to {@code maxLength} characters from the whole of UTF-16. */
  static String anyString(SplittableRandom random, int maxLength) {
    int length = size(random, maxLength);
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      int category = random.nextInt(20);
      if (category < 8) {
        out.append((char) random.nextInt(0x20, 0x7f)); // printable ASCII
      } else if (category < 11) {
        out.append(JSON_CHARS.charAt(random.nextInt(JSON_CHARS.length())));
      } else if (category < 13) {
        out.append((char) random.nextInt(0x20)); // control characters
      } else if (category < 14) {
        out.append(pick(random, EDGE_CHARS)); // NUL, separators, BOM, lone surrogates...
      } else if (category < 18) {
        out.append((char) random.nextInt(0x80, 0x10000)); // any BMP unit, lone surrogates too
      } else if (out.length() + 2 <= length) {
        out.appendCodePoint(random.nextInt(0x10000, 0x110000)); // a surrogate pair
      }
    }
    return out.toString();
  }

  /** A string of up to {@code maxLength} characters taken from {@code alphabet}. */
  static String stringOf(SplittableRandom random, String alphabet, int maxLength) {
    int length = size(random, maxLength);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private static String seed(String name) {
    String path = "/io/atrest/policy/validate/seeds/" + name;
    try (InputStream in = PolicyTexts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
