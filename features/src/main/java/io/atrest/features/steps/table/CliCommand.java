package io.atrest.features.steps.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code aws dynamodb ...} command as the seeds print it: {@code \} line continuations (also
 * flattened onto one line, as the seed text has them), single- or double-quoted words, and options
 * each followed by zero or more values.
 *
 * @param operation the CLI operation, such as {@code create-table}
 * @param options each {@code --option} with its values, in the order written
 */
public record CliCommand(String operation, Map<String, List<String>> options) {

  public CliCommand {
    Objects.requireNonNull(operation, "operation");
    options = Map.copyOf(options);
  }

  /**
   * Parses a command.
   *
   * @throws IllegalArgumentException when it is not {@code aws dynamodb OPERATION [--option
   *     value...]...}
   */
  public static CliCommand parse(String text) {
    List<String> words = words(text);
    if (words.size() < 3 || !words.get(0).equals("aws") || !words.get(1).equals("dynamodb")) {
      throw new IllegalArgumentException(
          "command `" + text.strip() + "` is not `aws dynamodb OPERATION ...`");
    }
    Map<String, List<String>> options = new LinkedHashMap<>();
    List<String> current = null;
    for (String word : words.subList(3, words.size())) {
      if (word.startsWith("--")) {
        current = new ArrayList<>();
        if (options.put(word.substring(2), current) != null) {
          throw new IllegalArgumentException(
              "option `" + word + "` appears twice in `" + text.strip() + "`");
        }
      } else if (current == null) {
        throw new IllegalArgumentException(
            "`" + word + "` comes before any option in `" + text.strip() + "`");
      } else {
        current.add(word);
      }
    }
    return new CliCommand(words.get(2), options);
  }

  /** The single value of {@code --name}, or empty when the option is absent. */
  public java.util.Optional<String> value(String name) {
    List<String> values = options.get(name);
    if (values == null) {
      return java.util.Optional.empty();
    }
    if (values.size() != 1) {
      throw new IllegalArgumentException(
          "option --" + name + " of " + operation + " takes one value, got " + values);
    }
    return java.util.Optional.of(values.get(0));
  }

  /** The single value of {@code --name}, which the operation requires. */
  public String required(String name) {
    return value(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "aws dynamodb "
                        + operation
                        + ": the following arguments are required: --"
                        + name));
  }

  /** The values of {@code --name}; empty when the option is absent. */
  public List<String> values(String name) {
    return options.getOrDefault(name, List.of());
  }

  /** Every option is one of {@code known}. */
  public void requireOnly(List<String> known) {
    for (String name : options.keySet()) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "aws dynamodb "
                + operation
                + ": option --"
                + name
                + " is not supported by the step library (supported: "
                + known
                + ")");
      }
    }
  }

  /** {@code A=1,B=2} as a map. */
  public static Map<String, String> shorthand(String text) {
    Map<String, String> members = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      String[] kv = pair.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("`" + pair + "` in `" + text + "` is not NAME=VALUE");
      }
      members.put(kv[0], kv[1]);
    }
    return members;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        inWord = flush(words, word, inWord);
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unclosed quote in command `" + text.strip() + "`");
    }
    flush(words, word, inWord);
    return words;
  }

  private static boolean flush(List<String> words, StringBuilder word, boolean inWord) {
    if (inWord && !word.toString().equals("\\")) {
      words.add(word.toString());
    }
    word.setLength(0);
    return false;
  }
}
