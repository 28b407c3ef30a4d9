package io.atrest.serve;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Hand-built requests, signed with the SDK's own SigV4 signer, for what an SDK client would never
 * send: a body changed after signing, a stale date, a wrong scope, a wrong content type.
 */
final class RawRequests {

  private static final Set<String> RESTRICTED = Set.of("host", "content-length");

  private RawRequests() {}

  record Spec(
      URI endpoint, String target, String contentType, String signedBody, String sentBody,
      String accessKey, String secret, String signingName, String region, Clock clock) {

    static Spec kms(URI endpoint, String operation, String body) {
      return new Spec(
          endpoint, "TrentService." + operation, "application/x-amz-json-1.1", body, body, "test", "test", "kms",
          "us-west-2", Clock.systemUTC());
    }

    static Spec dynamoDb(URI endpoint, String operation, String body) {
      return new Spec(
          endpoint, "DynamoDB_20120810." + operation, "application/x-amz-json-1.0", body, body, "test", "test",
          "dynamodb", "us-west-2", Clock.systemUTC());
    }

    Spec sending(String body) {
      return new Spec(endpoint, target, contentType, signedBody, body, accessKey, secret, signingName, region, clock);
    }

    Spec signedAs(String key, String secretKey) {
      return new Spec(endpoint, target, contentType, signedBody, sentBody, key, secretKey, signingName, region, clock);
    }

    Spec scopedTo(String service) {
      return new Spec(endpoint, target, contentType, signedBody, sentBody, accessKey, secret, service, region, clock);
    }

    Spec at(Clock when) {
      return new Spec(endpoint, target, contentType, signedBody, sentBody, accessKey, secret, signingName, region, when);
    }

    Spec withContentType(String type) {
      return new Spec(endpoint, target, type, signedBody, sentBody, accessKey, secret, signingName, region, clock);
    }
  }

  static HttpRequest signed(Spec spec) {
    SdkHttpFullRequest unsigned =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(spec.endpoint())
            .encodedPath("/")
            .putHeader("Content-Type", spec.contentType())
            .putHeader("X-Amz-Target", spec.target())
            .build();
    byte[] signedBytes = spec.signedBody().getBytes(StandardCharsets.UTF_8);
    SignedRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r -> r.identity(AwsCredentialsIdentity.create(spec.accessKey(), spec.secret()))
                    .request(unsigned)
                    .payload(ContentStreamProvider.fromInputStreamSupplier(() -> new ByteArrayInputStream(signedBytes)))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, spec.signingName())
                    .putProperty(AwsV4HttpSigner.REGION_NAME, spec.region())
                    .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, spec.clock()));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(spec.endpoint().resolve("/"))
            .POST(HttpRequest.BodyPublishers.ofString(spec.sentBody()));
    signed.request().headers().forEach((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(v -> request.header(name, v));
      }
    });
    return request.build();
  }

  static HttpRequest unsigned(URI endpoint, String target, String contentType, String body) {
    return HttpRequest.newBuilder(endpoint.resolve("/"))
        .header("Content-Type", contentType)
        .header("X-Amz-Target", target)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
