package io.atrest.engine.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atrest.engine.crypto.Hex;
import io.atrest.engine.kms.api.PageRequest;
import io.atrest.engine.kms.error.InvalidMarkerException;
import io.atrest.engine.kms.error.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Paging of the List operations as the KMS API reference defines it: {@code Limit} (the model
 * allows 1 to 1000; each operation documents its own maximum and default, see {@link Size}), {@code
 * Marker} (1 to 1024 characters from U+0020 to U+00FF), and {@code NextMarker} only when the
 * response is truncated.
 *
 * <p>Every listing orders its items by a cursor, a string unique per item, and a marker carries the
 * cursor of the last item returned. The next page starts strictly after it, so items added or
 * removed between pages never make a page repeat or skip an item that is still there. A marker is
 * base64 JSON (as the markers in AWS's CloudTrail examples are) with a check digest binding it to
 * its operation and scope (account, key, filters): a marker from another listing, or not from any,
 * is an {@code InvalidMarkerException}. The digest is not keyed: it tells listings apart, it does
 * not keep a determined caller from forging a position, which gains nothing.
 */
final class Pages {

  static final int MODEL_MAX_LIMIT = 1000;
  static final int MAX_MARKER_LENGTH = 1024;

  // The model's MarkerType pattern, as the validation message prints it.
  private static final String MARKER_PATTERN_TEXT = "[\\u0020-\\u00FF]*";
  private static final Pattern MARKER_PATTERN = Pattern.compile("[\\u0020-\\u00FF]*");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INVALID_MARKER =
      "The request was rejected because the marker that specifies where pagination should next"
          + " begin is not valid.";

  /** The page size a List operation documents: its maximum and its default. */
  record Size(int max, int defaultSize) {

    static Size of(KmsOperation op) {
      return switch (op) {
        case ListKeys, ListKeyPolicies, ListKeyRotations -> new Size(1000, 100);
        case ListAliases, ListGrants, ListRetirableGrants -> new Size(100, 50);
        case ListResourceTags -> new Size(50, 50);
        default -> throw new IllegalStateException(op + " is not a List operation");
      };
    }
  }

  /** One page of items. */
  record Page<T>(List<T> items, Optional<String> nextMarker) {}

  private Pages() {}

  /**
   * Logs {@code limit} and {@code marker} in the call's request parameters as CloudTrail does, and
   * checks them against the model's constraints, all violations in one ValidationException as AWS
   * words them.
   */
  static void check(KmsCall call, PageRequest page) {
    check(call, page, List.of());
  }

  /**
   * As {@link #check(KmsCall, PageRequest)}, with the operation's own member violations ({@code
   * memberErrors}, each worded "Value '...' at '...' failed to satisfy constraint: ...") reported
   * first in the same ValidationException.
   */
  static void check(KmsCall call, PageRequest page, List<String> memberErrors) {
    page.limit().ifPresent(l -> call.param("limit", l));
    page.marker().ifPresent(m -> call.param("marker", m));
    List<String> errors = new ArrayList<>(memberErrors);
    page.limit().ifPresent(l -> limitError(l).ifPresent(errors::add));
    page.marker().ifPresent(m -> markerError(m).ifPresent(errors::add));
    if (!errors.isEmpty()) {
      throw new ValidationException(
          errors.size()
              + (errors.size() == 1 ? " validation error" : " validation errors")
              + " detected: "
              + String.join("; ", errors));
    }
  }

  /**
   * The page of {@code items} that {@code page} asks for, ordered by {@code cursor}; {@code scope}
   * names the listing (its account or key and its filters) so that its markers fit no other.
   */
  static <T> Page<T> page(
      KmsOperation op, String scope, PageRequest page, List<T> items, Function<T, String> cursor) {
    String listing = op.name() + '\n' + scope;
    Optional<String> after = page.marker().map(m -> position(listing, m));
    Size size = Size.of(op);
    int limit = Math.min(page.limit().orElse(size.defaultSize()), size.max());
    List<T> rest =
        items.stream()
            .filter(i -> after.map(a -> cursor.apply(i).compareTo(a) > 0).orElse(true))
            .sorted(Comparator.comparing(cursor))
            .toList();
    if (rest.size() <= limit) {
      return new Page<>(rest, Optional.empty());
    }
    List<T> first = rest.subList(0, limit);
    String last = cursor.apply(first.get(limit - 1));
    return new Page<>(first, Optional.of(marker(listing, last)));
  }

  private static Optional<String> limitError(int limit) {
    if (limit < 1) {
      return Optional.of(
          "Value '"
              + limit
              + "' at 'limit' failed to satisfy constraint: Member must have value greater than or"
              + " equal to 1");
    }
    if (limit > MODEL_MAX_LIMIT) {
      return Optional.of(
          "Value '"
              + limit
              + "' at 'limit' failed to satisfy constraint: Member must have value less than or"
              + " equal to "
              + MODEL_MAX_LIMIT);
    }
    return Optional.empty();
  }

  private static Optional<String> markerError(String marker) {
    String prefix = "Value '" + marker + "' at 'marker' failed to satisfy constraint: ";
    if (marker.isEmpty()) {
      return Optional.of(prefix + "Member must have length greater than or equal to 1");
    }
    if (marker.length() > MAX_MARKER_LENGTH) {
      return Optional.of(
          prefix + "Member must have length less than or equal to " + MAX_MARKER_LENGTH);
    }
    if (!MARKER_PATTERN.matcher(marker).matches()) {
      return Optional.of(
          prefix + "Member must satisfy regular expression pattern: " + MARKER_PATTERN_TEXT);
    }
    return Optional.empty();
  }

  private static String marker(String listing, String after) {
    String json =
        JSON.createObjectNode().put("a", after).put("c", digest(listing, after)).toString();
    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a marker of {@code listing} carries; InvalidMarkerException for any other. */
  private static String position(String listing, String marker) {
    JsonNode node;
    try {
      node = JSON.readTree(Base64.getDecoder().decode(marker));
    } catch (IllegalArgumentException | IOException e) {
      throw new InvalidMarkerException(INVALID_MARKER);
    }
    if (node == null
        || !node.path("a").isTextual()
        || !node.path("c").isTextual()
        || !MessageDigest.isEqual(
            node.get("c").asText().getBytes(StandardCharsets.UTF_8),
            digest(listing, node.get("a").asText()).getBytes(StandardCharsets.UTF_8))) {
      throw new InvalidMarkerException(INVALID_MARKER);
    }
    return node.get("a").asText();
  }

  private static String digest(String listing, String after) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((listing + '\n' + after).getBytes(StandardCharsets.UTF_8));
      return Hex.of(Arrays.copyOf(hash, 12));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  /** A cursor that orders by instant, then by {@code id}: fixed width, so strings sort as pairs. */
  static String timeCursor(Instant when, String id) {
    return String.format("%019d%09d/%s", when.getEpochSecond(), when.getNano(), id);
  }
}
