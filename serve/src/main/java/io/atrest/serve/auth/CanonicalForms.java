package io.atrest.serve.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The canonical URI and query string of SigV4 (URI-encoding per RFC 3986, as the SDKs do). */
final class CanonicalForms {

  private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

  private CanonicalForms() {}

  /** The path, each segment decoded then encoded once, as for every service but S3. */
  static String path(String rawPath) {
    // The JSON protocols always post to "/", which is its own canonical form.
    if (rawPath.isEmpty() || rawPath.equals("/")) {
      return "/";
    }
    String[] segments = rawPath.split("/", -1);
    List<String> out = new ArrayList<>(segments.length);
    for (String segment : segments) {
      out.add(encode(URLDecoder.decode(segment, StandardCharsets.UTF_8)));
    }
    return String.join("/", out);
  }

  /** The query parameters sorted by name then value, each encoded. */
  static String query(String rawQuery) {
    if (rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String p : rawQuery.split("&")) {
      String[] kv = p.split("=", 2);
      pairs.add(
          new String[] {
            encode(URLDecoder.decode(kv[0], StandardCharsets.UTF_8)),
            kv.length > 1 ? encode(URLDecoder.decode(kv[1], StandardCharsets.UTF_8)) : ""
          });
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    List<String> out = new ArrayList<>();
    pairs.forEach(p -> out.add(p[0] + "=" + p[1]));
    return String.join("&", out);
  }

  static String encode(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(UPPER_HEX[(b >> 4) & 0xf]).append(UPPER_HEX[b & 0xf]);
      }
    }
    return out.toString();
  }
}
