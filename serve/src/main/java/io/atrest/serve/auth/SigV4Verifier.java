package io.atrest.serve.auth;

import io.atrest.serve.wire.WireError;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 ({@code AWS4-HMAC-SHA256} in the {@code Authorization} header)
 * the way the JSON services do, and answers with their errors:
 *
 * <ul>
 *   <li>no {@code Authorization}: {@code MissingAuthenticationTokenException};
 *   <li>a header without its parts, or without {@code X-Amz-Date}: {@code
 *       IncompleteSignatureException};
 *   <li>an unknown access key: {@code UnrecognizedClientException} ("The security token included in
 *       the request is invalid.");
 *   <li>a scope of another service, region or terminator, a date more than 15 minutes from the
 *       server's real time, a body whose SHA-256 differs from a signed {@code
 *       x-amz-content-sha256}, or a wrong signature: {@code InvalidSignatureException}.
 * </ul>
 *
 * The signature covers exactly the headers the request lists in {@code SignedHeaders} (the aws CLI
 * omits {@code x-amz-content-sha256}); the payload hash is always computed from the body received,
 * so a body changed in transit fails.
 */
public final class SigV4Verifier {

  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  static final Duration MAX_SKEW = Duration.ofMinutes(15);
  static final String MISMATCH =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private final Identities identities;
  private final String region;
  private final Map<Scope, byte[]> signingKeys = new ConcurrentHashMap<>();
  private volatile ParsedDate lastDate;

  public SigV4Verifier(Identities identities, String region) {
    this.identities = identities;
    this.region = region;
  }

  /**
   * Returns the identity that signed {@code request} for {@code service} at a time within 15
   * minutes of {@code now}.
   *
   * @throws WireError the service's authentication error
   */
  public Identity verify(SignedRequest request, String service, Instant now, boolean kmsMessages) {
    String authorization =
        request.header("authorization").orElseThrow(() -> missingToken(kmsMessages));
    AuthorizationHeader auth = AuthorizationHeader.parse(authorization);
    String amzDate =
        request
            .header("x-amz-date")
            .orElseThrow(
                () ->
                    WireError.of(
                        "IncompleteSignatureException",
                        "Authorization header requires existence of either a 'X-Amz-Date' or a"
                            + " 'Date' header. Authorization="
                            + authorization));
    Identity identity =
        identities
            .find(auth.accessKeyId())
            .orElseThrow(
                () ->
                    WireError.of(
                        "UnrecognizedClientException",
                        "The security token included in the request is invalid."));
    Instant signedAt = parseDate(amzDate);
    checkScope(auth, amzDate, service);
    checkSkew(signedAt, now);
    byte[] bodyHash = sha256(request.body());
    String payloadHash = HEX.formatHex(bodyHash);
    Optional<String> declared = request.header("x-amz-content-sha256");
    if (declared.isPresent() && !declared.get().equalsIgnoreCase(payloadHash)) {
      throw WireError.of("InvalidSignatureException", MISMATCH);
    }
    String canonical = canonicalRequest(request, auth.signedHeaders(), payloadHash);
    String stringToSign =
        ALGORITHM
            + "\n"
            + amzDate
            + "\n"
            + auth.scope()
            + "\n"
            + HEX.formatHex(sha256(utf8(canonical)));
    byte[] expected = hmac(signingKey(identity.secretAccessKey(), auth), utf8(stringToSign));
    if (!MessageDigest.isEqual(expected, hexOrEmpty(auth.signature()))) {
      throw WireError.of("InvalidSignatureException", MISMATCH);
    }
    return identity;
  }

  private static WireError missingToken(boolean kmsMessages) {
    // DynamoDB's message is the one its developer guide lists; KMS answers as the other AWS JSON
    // services do.
    return WireError.of(
        "MissingAuthenticationTokenException",
        kmsMessages
            ? "Missing Authentication Token"
            : "Request must contain either a valid (registered) AWS access key ID or X.509 certificate.");
  }

  private void checkScope(AuthorizationHeader auth, String amzDate, String service) {
    if (!auth.date().equals(amzDate.substring(0, Math.min(8, amzDate.length())))) {
      throw WireError.of(
          "InvalidSignatureException",
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
              + " HTTP: '"
              + auth.date()
              + "' != '"
              + amzDate.substring(0, 8)
              + "', from '"
              + amzDate
              + "'.");
    }
    if (!auth.region().equals(region)) {
      throw WireError.of(
          "InvalidSignatureException", "Credential should be scoped to a valid region. ");
    }
    if (!auth.service().equals(service)) {
      throw WireError.of(
          "InvalidSignatureException",
          "Credential should be scoped to correct service: '" + service + "'. ");
    }
    if (!auth.terminator().equals("aws4_request")) {
      throw WireError.of(
          "InvalidSignatureException",
          "Credential should be scoped with a valid terminator: 'aws4_request', not '"
              + auth.terminator()
              + "'. ");
    }
  }

  private static void checkSkew(Instant signedAt, Instant now) {
    if (signedAt.isBefore(now.minus(MAX_SKEW))) {
      throw WireError.of(
          "InvalidSignatureException",
          "Signature expired: "
              + AMZ_DATE.format(signedAt)
              + " is now earlier than "
              + AMZ_DATE.format(now.minus(MAX_SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " - 15 min.)");
    }
    if (signedAt.isAfter(now.plus(MAX_SKEW))) {
      throw WireError.of(
          "InvalidSignatureException",
          "Signature not yet current: "
              + AMZ_DATE.format(signedAt)
              + " is still later than "
              + AMZ_DATE.format(now.plus(MAX_SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " + 15 min.)");
    }
  }

  private Instant parseDate(String amzDate) {
    // Requests signed within the same second share their X-Amz-Date; the formatter's parse is the
    // costliest step of a verification, so the last date parsed is remembered.
    ParsedDate last = lastDate;
    if (last != null && last.text().equals(amzDate)) {
      return last.instant();
    }
    Instant parsed = parseDateText(amzDate);
    lastDate = new ParsedDate(amzDate, parsed);
    return parsed;
  }

  private record ParsedDate(String text, Instant instant) {}

  private static Instant parseDateText(String amzDate) {
    try {
      return Instant.from(AMZ_DATE.parse(amzDate));
    } catch (DateTimeParseException e) {
      throw WireError.of(
          "IncompleteSignatureException",
          "Date must be in ISO-8601 'basic format'. Got '"
              + amzDate
              + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
  }

  private static String canonicalRequest(
      SignedRequest r, List<String> signedHeaders, String payloadHash) {
    StringBuilder s = new StringBuilder();
    s.append(r.method()).append('\n');
    s.append(CanonicalForms.path(r.rawPath())).append('\n');
    s.append(CanonicalForms.query(r.rawQuery())).append('\n');
    for (String name : signedHeaders) {
      s.append(name).append(':');
      List<String> values = r.headers().getOrDefault(name, List.of());
      for (int i = 0; i < values.size(); i++) {
        s.append(i == 0 ? "" : ",").append(collapseSpaces(values.get(i).trim()));
      }
      s.append('\n');
    }
    s.append('\n').append(String.join(";", signedHeaders)).append('\n').append(payloadHash);
    return s.toString();
  }

  // The SigV4 canonical form of a header value: runs of spaces become one (no regex per header).
  private static String collapseSpaces(String value) {
    if (!value.contains("  ")) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ' || out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private byte[] signingKey(String secret, AuthorizationHeader auth) {
    // Derived keys depend only on the secret and the scope; caching them saves four HMACs a call.
    Scope scope = new Scope(auth.accessKeyId(), auth.date(), auth.region(), auth.service());
    return signingKeys.computeIfAbsent(
        scope,
        k -> {
          byte[] date = hmac(utf8("AWS4" + secret), utf8(auth.date()));
          byte[] region = hmac(date, utf8(auth.region()));
          byte[] service = hmac(region, utf8(auth.service()));
          return hmac(service, utf8("aws4_request"));
        });
  }

  /** What a derived signing key depends on besides the secret, which the access key determines. */
  private record Scope(String accessKeyId, String date, String region, String service) {}

  private static byte[] hexOrEmpty(String hex) {
    try {
      return HEX.parseHex(hex);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  // getInstance looks the algorithm up in the providers on every call; one instance per request
  // thread is reused instead (digest and doFinal reset it).
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("the JDK lacks SHA-256", e);
            }
          });
  private static final ThreadLocal<Mac> HMAC =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Mac.getInstance("HmacSHA256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("the JDK cannot compute HmacSHA256", e);
            }
          });

  static byte[] sha256(byte[] data) {
    return SHA256.get().digest(data);
  }

  static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = HMAC.get();
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("the JDK cannot compute HmacSHA256", e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
