package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's own HTTP/1.1 handling under the AWS and control routes. */
class HttpWireTest {

  @TempDir Path dir;
  private ServerFixture fixture;

  private ServerFixture start(ServerConfig config) {
    fixture = new ServerFixture(dir, config);
    return fixture;
  }

  private ServerFixture start() {
    return start(ServerConfig.defaults().withPort(0));
  }

  @AfterEach
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void signedRequestAwaitingContinueWithAChunkedBody_isAnsweredAfter100Continue() {
    start();
    Map.Entry<String, ServerFixture.Reply> replies =
        RawRequests.withContinueAndChunks(
            RawRequests.Spec.kms(fixture.endpoint(), "CreateKey", "{\"Description\":\"chunked\"}"));

    assertThat(replies.getKey()).isEqualTo("HTTP/1.1 100 Continue");
    assertThat(replies.getValue().status()).as(replies.getValue().body()).isEqualTo(200);
    assertThat(replies.getValue().json().at("/KeyMetadata/Description").asText())
        .isEqualTo("chunked");
    assertThat(replies.getValue().header("Connection")).isEqualTo("close");
  }

  @Test
  void getOnTheAwsPath_failsWithUnknownOperation() {
    start();
    String reply =
        RawRequests.raw(fixture.endpoint(), "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");

    assertThat(reply)
        .startsWith("HTTP/1.1 400 ")
        .contains("{\"__type\":\"UnknownOperationException\"}");
  }

  @Test
  void controlEndpointWithTheWrongMethod_failsWith405Json() {
    start();
    ServerFixture.Reply reply = fixture.control("GET", "/_atrest/reset", "");

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.json().get("message").asText()).isEqualTo("use POST for /_atrest/reset");
  }

  @Test
  void asteriskTarget_matchesNoRouteAndFailsWith404() {
    start();
    String reply =
        RawRequests.raw(fixture.endpoint(), "OPTIONS * HTTP/1.1\r\nConnection: close\r\n\r\n");

    assertThat(reply).startsWith("HTTP/1.1 404 ");
  }

  @Test
  void malformedRequest_failsWith400AndClosesTheConnection() {
    start();
    String reply =
        RawRequests.raw(
            fixture.endpoint(),
            "POST / HTTP/1.1\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n");

    assertThat(reply)
        .startsWith("HTTP/1.1 400 Bad Request\r\n")
        .contains("Connection: close\r\n")
        .endsWith("both Transfer-Encoding and Content-Length\n");
  }

  @Test
  void configuredIdleTimeout_closesAnIdleConnection() throws IOException {
    start(ServerConfig.defaults().withPort(0).withIdleTimeout(Duration.ofMillis(100)));
    try (Socket idle = new Socket("127.0.0.1", fixture.server.port())) {
      idle.setSoTimeout(30_000);

      assertThat(idle.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void idleTimeoutOfZero_isRefusedNamingIt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ServerConfig.defaults().withIdleTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idleTimeout `PT0S` must be between 1 ms and 24 days");
  }
}
