package io.atrest.serve.auth;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.atrest.serve.wire.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The two notations of an identities file, one schema: JSON, or YAML. Chosen by the file name
 * ({@code .json}, {@code .yaml}, {@code .yml}), else by the content: a file whose first non-blank
 * character is <code>{</code> is JSON, anything else YAML.
 */
enum IdentitiesFormat {
  JSON(Json.MAPPER),
  YAML(new ObjectMapper(new YAMLFactory()));

  private final ObjectMapper mapper;

  IdentitiesFormat(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  static IdentitiesFormat of(Path file, byte[] content) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    for (byte b : content) {
      if (!Character.isWhitespace(b)) {
        return b == '{' ? JSON : YAML;
      }
    }
    return YAML;
  }

  /**
   * The document in {@code content}; null when it is empty.
   *
   * @throws IllegalArgumentException naming the file, the notation, and the line and column of a
   *     syntax error
   */
  JsonNode parse(Path file, byte[] content) {
    try {
      return mapper.readTree(content);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null || at.getLineNr() < 1
              ? ""
              : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new IllegalArgumentException(
          "identities file "
              + file
              + " is not valid "
              + this
              + where
              + ": "
              + firstLine(e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read identities file " + file, e);
    }
  }

  // SnakeYAML's messages run over several lines with a caret drawing; the first says what is wrong.
  private static String firstLine(String message) {
    String text = message == null ? "syntax error" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }
}
