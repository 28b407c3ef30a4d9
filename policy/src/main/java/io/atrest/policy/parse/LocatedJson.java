package io.atrest.policy.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.policy.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with the location of every value: the tree, and for each JSON pointer the
 * line and column where its value starts. Member names that occur twice in one object are kept as
 * {@link #duplicateMembers()} (the later value wins in the tree, as most JSON readers do), so that
 * the validator can report them.
 */
public final class LocatedJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode root;
  private final Map<String, SourceLocation> locations;
  private final List<SourceLocation> duplicateMembers;

  private LocatedJson(
      JsonNode root, Map<String, SourceLocation> locations, List<SourceLocation> duplicates) {
    this.root = root;
    this.locations = Collections.unmodifiableMap(locations);
    this.duplicateMembers = List.copyOf(duplicates);
  }

  /**
   * Reads one JSON value from {@code text}.
   *
   * @throws PolicyParseException with the line and column where reading stopped, when the text is
   *     not exactly one JSON value
   */
  public static LocatedJson read(String text) throws PolicyParseException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      Reader reader = new Reader(parser);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new PolicyParseException(
            "the file is empty: a policy is a JSON object", SourceLocation.root());
      }
      JsonNode root = reader.value("");
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new PolicyParseException(
            "unexpected content after the end of the JSON value", reader.here(""));
      }
      return new LocatedJson(root, reader.locations, reader.duplicates);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 1 : Math.max(1, at.getColumnNr());
      throw new PolicyParseException(
          "not valid JSON: " + e.getOriginalMessage(), new SourceLocation("", line, column));
    } catch (IOException e) {
      throw new PolicyParseException(
          "could not read the JSON: " + e.getMessage(), SourceLocation.root());
    }
  }

  public JsonNode root() {
    return root;
  }

  /** The location of the value at {@code pointer}, or of its nearest located ancestor. */
  public SourceLocation locate(String pointer) {
    String p = pointer;
    while (true) {
      SourceLocation at = locations.get(p);
      if (at != null) {
        return at.pointer().equals(pointer)
            ? at
            : new SourceLocation(pointer, at.line(), at.column());
      }
      if (p.isEmpty()) {
        return new SourceLocation(pointer, 1, 1);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  public List<SourceLocation> duplicateMembers() {
    return duplicateMembers;
  }

  /** Escapes a member name for use in a JSON pointer (RFC 6901). */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static final class Reader {
    private final JsonParser parser;
    private final Map<String, SourceLocation> locations = new HashMap<>();
    private final List<SourceLocation> duplicates = new ArrayList<>();

    Reader(JsonParser parser) {
      this.parser = parser;
    }

    SourceLocation here(String pointer) {
      JsonLocation at = parser.currentTokenLocation();
      return new SourceLocation(
          pointer, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    /** Reads the value whose first token is current. */
    JsonNode value(String pointer) throws IOException {
      locations.put(pointer, here(pointer));
      JsonToken token = parser.currentToken();
      return switch (token) {
        case START_OBJECT -> object(pointer);
        case START_ARRAY -> array(pointer);
        case VALUE_STRING -> NODES.textNode(parser.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number();
        case VALUE_TRUE -> NODES.booleanNode(true);
        case VALUE_FALSE -> NODES.booleanNode(false);
        case VALUE_NULL -> NODES.nullNode();
        default -> throw new IllegalStateException("unexpected token " + token);
      };
    }

    /** A number as written; one too large for a decimal is a located parse error, not a crash. */
    private JsonNode number() throws IOException {
      try {
        return NODES.numberNode(parser.getDecimalValue());
      } catch (NumberFormatException e) {
        // Located at the number's first character, where an engineer looks for it.
        throw new JsonParseException(
            parser,
            "number `" + parser.getText() + "` is out of range",
            parser.currentTokenLocation());
      }
    }

    private ObjectNode object(String pointer) throws IOException {
      ObjectNode node = NODES.objectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        String child = pointer + "/" + escape(name);
        SourceLocation nameAt = here(child);
        parser.nextToken();
        if (node.has(name)) {
          duplicates.add(nameAt);
        }
        node.set(name, value(child));
      }
      return node;
    }

    private ArrayNode array(String pointer) throws IOException {
      ArrayNode node = NODES.arrayNode();
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        node.add(value(pointer + "/" + index++));
      }
      return node;
    }
  }
}
