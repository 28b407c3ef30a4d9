package io.atrest.serve.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.serve.wire.WireError;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

class SigV4VerifierTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final String BODY = "{\"KeyId\":\"alias/app\"}";

  private final SigV4Verifier verifier = new SigV4Verifier(Identities.defaults(), "us-west-2");

  @Test
  void twoRequestsSignedInTheSameSecond_bothVerify() {
    SignedRequest first = signedAt(NOW, BODY);
    SignedRequest second = signedAt(NOW, "{\"KeyId\":\"alias/other\"}");

    assertThat(verifier.verify(first, "kms", NOW, true).accessKeyId()).isEqualTo("test");
    assertThat(verifier.verify(second, "kms", NOW, true).accessKeyId()).isEqualTo("test");
  }

  @Test
  void staleDateAfterAFreshOne_isStillRefusedAsExpired() {
    verifier.verify(signedAt(NOW, BODY), "kms", NOW, true);

    SignedRequest stale = signedAt(NOW.minus(Duration.ofMinutes(16)), BODY);

    assertThatThrownBy(() -> verifier.verify(stale, "kms", NOW, true))
        .isInstanceOfSatisfying(
            WireError.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "Signature expired: 20260301T114400Z is now earlier than 20260301T114500Z (20260301T120000Z - 15 min.)"));
  }

  @Test
  void malformedDateAfterAWellFormedOne_isStillRefusedAsIncomplete() {
    verifier.verify(signedAt(NOW, BODY), "kms", NOW, true);
    SignedRequest signed = signedAt(NOW, BODY);
    Map<String, List<String>> headers = new HashMap<>(signed.headers());
    headers.put("x-amz-date", List.of("2026-03-01T12:00:00Z"));

    SignedRequest malformed = new SignedRequest("POST", "/", "", headers, signed.body());

    assertThatThrownBy(() -> verifier.verify(malformed, "kms", NOW, true))
        .isInstanceOfSatisfying(
            WireError.class, e -> assertThat(e.code()).isEqualTo("IncompleteSignatureException"));
  }

  private static SignedRequest signedAt(Instant when, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    SdkHttpFullRequest unsigned =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(URI.create("http://127.0.0.1:4566"))
            .encodedPath("/")
            .putHeader("Content-Type", "application/x-amz-json-1.1")
            .putHeader("X-Amz-Target", "TrentService.DescribeKey")
            .build();
    var signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(AwsCredentialsIdentity.create("test", "test"))
                        .request(unsigned)
                        .payload(
                            ContentStreamProvider.fromInputStreamSupplier(
                                () -> new ByteArrayInputStream(bytes)))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "kms")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-west-2")
                        .putProperty(
                            AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(when, ZoneOffset.UTC)));
    Map<String, List<String>> headers = new HashMap<>();
    signed
        .request()
        .headers()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
    return new SignedRequest("POST", "/", "", headers, bytes);
  }
}
