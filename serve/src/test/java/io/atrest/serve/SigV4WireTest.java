package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KmsException;

/** SigV4 verification: who may call, and the errors for those who may not. */
class SigV4WireTest {

  @TempDir Path dir;
  private ServerFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static void assertKmsError(Runnable call, String code, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            KmsException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              assertThat(e.awsErrorDetails().errorMessage()).startsWith(message);
            });
  }

  @Test
  void unknownAccessKey_failsWithUnrecognizedClient() {
    try (KmsClient kms = fixture.kms("AKIANOBODY", "whatever")) {
      assertKmsError(
          kms::listKeys,
          "UnrecognizedClientException",
          "The security token included in the request is invalid.");
    }
  }

  @Test
  void wrongSecret_failsWithInvalidSignature() {
    try (KmsClient kms = fixture.kms("AKIAALICE", "not-alices-secret")) {
      assertKmsError(
          kms::listKeys,
          "InvalidSignatureException",
          "The request signature we calculated does not match the signature you provided.");
    }
  }

  @Test
  void requestSignedForAnotherRegion_failsWithInvalidSignature() {
    try (KmsClient kms =
        KmsClient.builder()
            .endpointOverride(fixture.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      assertKmsError(
          kms::listKeys,
          "InvalidSignatureException",
          "Credential should be scoped to a valid region.");
    }
  }

  @Test
  void correctlySignedRawRequest_succeeds() {
    ServerFixture.Reply reply =
        fixture.send(
            RawRequests.signed(RawRequests.Spec.kms(fixture.endpoint(), "ListKeys", "{}")));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("Keys").isArray()).isTrue();
    assertThat(reply.header("x-amzn-RequestId")).matches("[0-9a-f-]{36}");
  }

  @Test
  void bodyChangedAfterSigning_failsWithInvalidSignature() {
    RawRequests.Spec spec =
        RawRequests.Spec.kms(fixture.endpoint(), "CreateKey", "{\"Description\":\"a\"}")
            .sending("{\"Description\":\"b\"}");

    ServerFixture.Reply reply = fixture.send(RawRequests.signed(spec));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("__type").asText()).isEqualTo("InvalidSignatureException");
    assertThat(fixture.trail().get("Records")).isEmpty();
  }

  @Test
  void signatureOlderThanFifteenMinutes_failsAsExpired() {
    Clock stale = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20));

    ServerFixture.Reply reply =
        fixture.send(
            RawRequests.signed(
                RawRequests.Spec.kms(fixture.endpoint(), "ListKeys", "{}").at(stale)));

    assertThat(reply.json().get("__type").asText()).isEqualTo("InvalidSignatureException");
    assertThat(reply.json().get("message").asText())
        .matches(
            "Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z \\(\\d{8}T\\d{6}Z - 15 min\\.\\)");
  }

  @Test
  void signatureDatedInTheFuture_failsAsNotYetCurrent() {
    Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));

    ServerFixture.Reply reply =
        fixture.send(
            RawRequests.signed(
                RawRequests.Spec.kms(fixture.endpoint(), "ListKeys", "{}").at(ahead)));

    assertThat(reply.json().get("message").asText()).startsWith("Signature not yet current: ");
  }

  @Test
  void engineClockAdvance_doesNotExpireFreshSignatures() {
    fixture.advanceDays(30);

    ServerFixture.Reply reply =
        fixture.send(
            RawRequests.signed(RawRequests.Spec.kms(fixture.endpoint(), "ListKeys", "{}")));

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void kmsRequestScopedToDynamoDb_failsWithInvalidSignature() {
    ServerFixture.Reply reply =
        fixture.send(
            RawRequests.signed(
                RawRequests.Spec.kms(fixture.endpoint(), "ListKeys", "{}").scopedTo("dynamodb")));

    assertThat(reply.json().get("message").asText())
        .isEqualTo("Credential should be scoped to correct service: 'kms'. ");
  }

  @Test
  void unsignedRequest_failsWithMissingAuthenticationToken() {
    ServerFixture.Reply reply =
        fixture.send(
            RawRequests.unsigned(
                fixture.endpoint(), "TrentService.ListKeys", "application/x-amz-json-1.1", "{}"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("__type").asText())
        .isEqualTo("MissingAuthenticationTokenException");
  }

  @Test
  void dynamoDbAuthenticationError_isQualifiedAndCarriesTheBodyCrc() {
    RawRequests.Spec spec =
        RawRequests.Spec.dynamoDb(fixture.endpoint(), "ListTables", "{}")
            .signedAs("AKIANOBODY", "x");

    ServerFixture.Reply reply = fixture.send(RawRequests.signed(spec));

    assertThat(reply.json().get("__type").asText())
        .isEqualTo("com.amazon.coral.service#UnrecognizedClientException");
    CRC32 crc = new CRC32();
    crc.update(reply.body().getBytes(StandardCharsets.UTF_8));
    assertThat(reply.header("x-amz-crc32")).isEqualTo(Long.toString(crc.getValue()));
  }
}
