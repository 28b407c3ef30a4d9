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
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of policy-shaped input for the robustness properties: random JSON built from the
 * policy vocabulary, and the seed key policies mutated (members deleted, duplicated or retyped,
 * text truncated, garbage inserted).
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

  private PolicyTexts() {}

  /** JSON documents of any shape, biased towards policy element names and values. */
  static Arbitrary<String> randomJson() {
    return json(4).map(JsonNode::toString);
  }

  private static Arbitrary<JsonNode> json(int depth) {
    Arbitrary<JsonNode> scalar =
        Arbitraries.oneOf(
            Arbitraries.of(STRINGS).map(NODES::textNode),
            Arbitraries.strings().ofMaxLength(12).map(NODES::textNode),
            Arbitraries.integers().map(NODES::numberNode),
            Arbitraries.doubles().map(NODES::numberNode),
            Arbitraries.of(true, false).map(NODES::booleanNode),
            Arbitraries.just(NODES.nullNode()));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<JsonNode> child = Arbitraries.lazy(() -> json(depth - 1));
    Arbitrary<JsonNode> array =
        child
            .list()
            .ofMaxSize(4)
            .map(
                items -> {
                  ArrayNode node = NODES.arrayNode();
                  items.forEach(node::add);
                  return node;
                });
    Arbitrary<JsonNode> object =
        Combinators.combine(Arbitraries.of(NAMES).list().ofMaxSize(5), child.list().ofSize(5))
            .as(
                (names, values) -> {
                  ObjectNode node = NODES.objectNode();
                  for (int i = 0; i < names.size(); i++) {
                    node.set(names.get(i), values.get(i));
                  }
                  return node;
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, scalar),
        net.jqwik.api.Tuple.of(2, array),
        net.jqwik.api.Tuple.of(5, object));
  }

  /** A seed key policy with one to three random mutations applied. */
  static Arbitrary<String> mutatedSeeds() {
    Arbitrary<Mutation> mutation =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 10_000).map(Mutation.Truncate::new),
            Combinators.combine(
                    Arbitraries.integers().between(0, 10_000), Arbitraries.strings().ofMaxLength(6))
                .as(Mutation.Insert::new),
            Arbitraries.integers().between(0, 10_000).map(Mutation.DeleteMember::new),
            Arbitraries.integers().between(0, 10_000).map(Mutation.DuplicateLine::new),
            Combinators.combine(Arbitraries.integers().between(0, 10_000), json(1))
                .as(Mutation.Retype::new));
    return Combinators.combine(Arbitraries.of(SEEDS), mutation.list().ofMinSize(1).ofMaxSize(3))
        .as(
            (seed, mutations) -> {
              String text = seed;
              for (Mutation m : mutations) {
                text = m.apply(text);
              }
              return text;
            });
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
    List<ObjectNode> objects = new java.util.ArrayList<>();
    collect(root, objects);
    List<ObjectNode> nonEmpty = objects.stream().filter(o -> !o.isEmpty()).toList();
    if (nonEmpty.isEmpty()) {
      return text;
    }
    ObjectNode target = nonEmpty.get(which % nonEmpty.size());
    List<String> names = new java.util.ArrayList<>();
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
