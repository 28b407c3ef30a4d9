package io.atrest.serve.auth;

import io.atrest.serve.wire.WireError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of an {@code Authorization: AWS4-HMAC-SHA256 Credential=KEY/DATE/REGION/SERVICE/
 * aws4_request, SignedHeaders=a;b, Signature=hex} header.
 */
record AuthorizationHeader(
    String accessKeyId,
    String date,
    String region,
    String service,
    String terminator,
    List<String> signedHeaders,
    String signature) {

  /** The credential scope, {@code DATE/REGION/SERVICE/aws4_request}. */
  String scope() {
    return date + "/" + region + "/" + service + "/" + terminator;
  }

  static AuthorizationHeader parse(String header) {
    String trimmed = header.trim();
    if (!trimmed.startsWith(SigV4Verifier.ALGORITHM + " ")) {
      throw WireError.of(
          "IncompleteSignatureException",
          "Authorization header requires 'Credential' parameter. Authorization header requires"
              + " 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
              + " Authorization="
              + header);
    }
    Map<String, String> parts = new HashMap<>();
    for (String part : trimmed.substring(SigV4Verifier.ALGORITHM.length()).split(",")) {
      String[] kv = part.trim().split("=", 2);
      if (kv.length == 2) {
        parts.put(kv[0].trim(), kv[1].trim());
      }
    }
    StringBuilder missing = new StringBuilder();
    for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
      if (!parts.containsKey(required) || parts.get(required).isEmpty()) {
        missing.append("Authorization header requires '").append(required).append("' parameter. ");
      }
    }
    if (missing.length() > 0) {
      throw WireError.of("IncompleteSignatureException", missing + "Authorization=" + header);
    }
    String[] credential = parts.get("Credential").split("/");
    if (credential.length != 5) {
      throw WireError.of(
          "IncompleteSignatureException",
          "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '"
              + parts.get("Credential")
              + "'");
    }
    List<String> signed =
        new ArrayList<>(
            Arrays.asList(parts.get("SignedHeaders").toLowerCase(Locale.ROOT).split(";")));
    if (!signed.contains("host")) {
      throw WireError.of(
          "InvalidSignatureException",
          "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    return new AuthorizationHeader(
        credential[0],
        credential[1],
        credential[2],
        credential[3],
        credential[4],
        List.copyOf(signed),
        parts.get("Signature"));
  }
}
