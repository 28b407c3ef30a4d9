package io.atrest.serve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server on real sockets, with a handler that echoes what it was given. */
class ListenerTest {

  private static final long MAX_BODY = 1024;
  private static final Listener.Limits LIMITS =
      new Listener.Limits(MAX_BODY, Duration.ofSeconds(30), 512);

  private Listener listener;

  /** Answers `METHOD PATH connection=ID thread=NAME body=BODY`, or 413 for a body too large. */
  private static Response echo(Request request) {
    if (request.body().isEmpty()) {
      return Response.of(413, "text/plain", new byte[0]);
    }
    String text =
        request.method()
            + " "
            + request.uri().getPath()
            + " connection="
            + request.connection()
            + " thread="
            + Thread.currentThread().getName()
            + " body="
            + new String(request.body().get(), StandardCharsets.UTF_8);
    return Response.of(200, "text/plain", text.getBytes(StandardCharsets.UTF_8))
        .withHeader("x-amzn-RequestId", "r-1");
  }

  private InetSocketAddress start(Handler handler, Listener.Limits limits) {
    listener = Listener.start(new InetSocketAddress("127.0.0.1", 0), handler, limits);
    return listener.address();
  }

  private InetSocketAddress start() {
    return start(ListenerTest::echo, LIMITS);
  }

  @AfterEach
  void stop() {
    if (listener != null) {
      listener.close(Duration.ofSeconds(5));
    }
  }

  private static String connectionOf(RawClient.Reply reply) {
    return reply.body().replaceAll(".*connection=(\\S+).*", "$1");
  }

  @Test
  void keepAlive_servesSeveralRequestsOnOneConnectionWithOneId() {
    try (RawClient client = new RawClient(start())) {
      RawClient.Reply first = client.send("POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi").read();
      RawClient.Reply second = client.send("GET /b HTTP/1.1\r\n\r\n").read();

      assertThat(first.body()).startsWith("POST /a connection=").endsWith("body=hi");
      assertThat(second.body()).startsWith("GET /b connection=");
      assertThat(connectionOf(second)).isEqualTo(connectionOf(first));
      assertThat(first.header("connection")).isEmpty();
    }
  }

  @Test
  void separateConnections_haveDistinctIds() {
    InetSocketAddress address = start();
    try (RawClient a = new RawClient(address);
        RawClient b = new RawClient(address)) {
      String idA = connectionOf(a.send("GET / HTTP/1.1\r\n\r\n").read());
      String idB = connectionOf(b.send("GET / HTTP/1.1\r\n\r\n").read());

      assertThat(idA).isNotEqualTo(idB);
    }
  }

  @Test
  void responses_carryStatusLineHandlerHeadersLengthTypeAndDate() {
    try (RawClient client = new RawClient(start())) {
      RawClient.Reply reply = client.send("GET /x HTTP/1.1\r\n\r\n").read();

      assertThat(reply.statusLine()).isEqualTo("HTTP/1.1 200 OK");
      assertThat(reply.header("x-amzn-RequestId")).contains("r-1");
      assertThat(reply.header("content-type")).contains("text/plain");
      assertThat(reply.header("content-length"))
          .contains(Integer.toString(reply.body().getBytes(StandardCharsets.UTF_8).length));
      assertThat(reply.header("date")).hasValueSatisfying(d -> assertThat(d).endsWith(" GMT"));
    }
  }

  @Test
  void requests_runOnThreadsNamedAtrestServe() {
    try (RawClient client = new RawClient(start())) {
      assertThat(client.send("GET / HTTP/1.1\r\n\r\n").read().body())
          .matches(".* thread=atrest-serve-\\d+ .*");
    }
  }

  @Test
  void connectionClose_isAnsweredWithConnectionCloseThenClosed() {
    try (RawClient client = new RawClient(start())) {
      RawClient.Reply reply = client.send("GET / HTTP/1.1\r\nConnection: close\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("connection")).contains("close");
      assertThat(client.closedByServer()).isTrue();
    }
  }

  @Test
  void http10WithoutKeepAlive_isClosedAfterTheResponse() {
    try (RawClient client = new RawClient(start())) {
      RawClient.Reply reply = client.send("GET / HTTP/1.0\r\n\r\n").read();

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("connection")).contains("close");
      assertThat(client.closedByServer()).isTrue();
    }
  }

  @Test
  void http10WithKeepAlive_staysOpenAndSaysSo() {
    try (RawClient client = new RawClient(start())) {
      RawClient.Reply first =
          client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").read();
      RawClient.Reply second =
          client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").read();

      assertThat(first.header("connection")).contains("keep-alive");
      assertThat(connectionOf(second)).isEqualTo(connectionOf(first));
    }
  }

  @Test
  void chunkedBody_reachesTheHandlerWhole() {
    try (RawClient client = new RawClient(start())) {
      RawClient.Reply reply =
          client
              .send(
                  "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: x\r\n\r\n")
              .read();

      assertThat(reply.body()).endsWith("body=abcde");
    }
  }

  @Test
  void expect100Continue_isAnsweredBeforeTheBodyIsSent() {
    try (RawClient client = new RawClient(start())) {
      RawClient.Reply interim =
          client
              .send("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
              .readHead();
      RawClient.Reply reply = client.send("body").read();

      assertThat(interim.statusLine()).isEqualTo("HTTP/1.1 100 Continue");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.body()).endsWith("body=body");
    }
  }

  @Test
  void expect100ContinueWithALengthOverTheLimit_isRefusedWithoutContinueThenClosed() {
    try (RawClient client = new RawClient(start())) {
      RawClient.Reply reply =
          client
              .send(
                  "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: "
                      + (MAX_BODY + 1)
                      + "\r\n\r\n")
              .read();

      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.header("connection")).contains("close");
      assertThat(client.closedByServer()).isTrue();
    }
  }

  @Test
  void bodyOverTheLimit_reachesTheHandlerEmpty_andTheConnectionStaysOpen() {
    try (RawClient client = new RawClient(start())) {
      String big = "x".repeat((int) MAX_BODY + 1);
      RawClient.Reply refused =
          client
              .send("POST / HTTP/1.1\r\nContent-Length: " + big.length() + "\r\n\r\n" + big)
              .read();
      RawClient.Reply next = client.send("GET / HTTP/1.1\r\n\r\n").read();

      assertThat(refused.status()).isEqualTo(413);
      assertThat(refused.header("connection")).isEmpty();
      assertThat(next.status()).isEqualTo(200);
    }
  }

  @Test
  void malformedRequest_isAnswered400WithItsReasonThenClosed() {
    try (RawClient client = new RawClient(start())) {
      RawClient.Reply reply =
          client.send("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nx").read();

      assertThat(reply.statusLine()).isEqualTo("HTTP/1.1 400 Bad Request");
      assertThat(reply.body()).contains("invalid Content-Length `1, 2`");
      assertThat(reply.header("connection")).contains("close");
      assertThat(client.closedByServer()).isTrue();
    }
  }

  @Test
  void headerSectionTooLarge_isAnswered431ThenClosed() {
    try (RawClient client = new RawClient(start())) {
      String field = "X-Big: " + "b".repeat(RequestReader.MAX_HEADER_BYTES) + "\r\n";
      RawClient.Reply reply = client.send("GET / HTTP/1.1\r\n" + field + "\r\n").read();

      assertThat(reply.status()).isEqualTo(431);
      assertThat(reply.header("connection")).contains("close");
      assertThat(client.closedByServer()).isTrue();
    }
  }

  @Test
  void headRequest_getsTheLengthButNoBody() {
    try (RawClient client = new RawClient(start())) {
      RawClient.Reply head = client.send("HEAD /h HTTP/1.1\r\n\r\n").readHead();
      RawClient.Reply next = client.send("GET /g HTTP/1.1\r\n\r\n").read();

      assertThat(head.header("content-length")).isPresent();
      assertThat(next.body()).startsWith("GET /g ");
    }
  }

  @Test
  void handlerFailure_isAnswered500AndTheConnectionStaysUsable() {
    Handler failing =
        request -> {
          if (request.uri().getPath().equals("/fail")) {
            throw new IllegalStateException("broken");
          }
          return echo(request);
        };
    try (RawClient client = new RawClient(start(failing, LIMITS))) {
      assertThat(client.send("GET /fail HTTP/1.1\r\n\r\n").read().status()).isEqualTo(500);
      assertThat(client.send("GET /ok HTTP/1.1\r\n\r\n").read().status()).isEqualTo(200);
    }
  }

  @Test
  void idleConnection_isClosedOnceTheIdleTimeoutPasses() {
    InetSocketAddress address =
        start(ListenerTest::echo, new Listener.Limits(MAX_BODY, Duration.ofMillis(100), 512));
    try (RawClient client = new RawClient(address)) {
      assertThat(client.send("GET / HTTP/1.1\r\n\r\n").read().status()).isEqualTo(200);

      assertThat(client.closedByServer()).isTrue();
    }
  }

  @Test
  void connectionStalledWithinARequest_isClosedOnceTheIdleTimeoutPasses() {
    InetSocketAddress address =
        start(ListenerTest::echo, new Listener.Limits(MAX_BODY, Duration.ofMillis(100), 512));
    try (RawClient client = new RawClient(address)) {
      client.send("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nhalf");

      assertThat(client.closedByServer()).isTrue();
    }
  }

  @Test
  void slowHandler_isNotCutByTheIdleTimeout() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Handler slow =
        request -> {
          try {
            // Longer than the idle timeout, and ended by the test rather than by time alone.
            release.await(500, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return echo(request);
        };
    InetSocketAddress address =
        start(slow, new Listener.Limits(MAX_BODY, Duration.ofMillis(50), 512));
    try (RawClient client = new RawClient(address)) {
      assertThat(client.send("GET / HTTP/1.1\r\n\r\n").read().status()).isEqualTo(200);
    }
  }

  @Test
  void connectionsAboveTheCap_waitUntilAnOpenOneCloses() throws Exception {
    InetSocketAddress address =
        start(ListenerTest::echo, new Listener.Limits(MAX_BODY, Duration.ofSeconds(30), 1));
    try (RawClient first = new RawClient(address);
        RawClient second = new RawClient(address)) {
      assertThat(first.send("GET /1 HTTP/1.1\r\n\r\n").read().status()).isEqualTo(200);
      CompletableFuture<RawClient.Reply> waiting =
          CompletableFuture.supplyAsync(() -> second.send("GET /2 HTTP/1.1\r\n\r\n").read());

      assertThat(listener.openConnections()).isEqualTo(1);
      assertThat(waiting).isNotDone();
      first.send("GET /1 HTTP/1.1\r\nConnection: close\r\n\r\n").read();

      assertThat(waiting.get(30, TimeUnit.SECONDS).body()).startsWith("GET /2 ");
    }
  }

  @Test
  void close_letsARequestInFlightFinishThenClosesItsConnection() throws Exception {
    CountDownLatch inHandler = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Handler slow =
        request -> {
          inHandler.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return echo(request);
        };
    try (RawClient client = new RawClient(start(slow, LIMITS))) {
      CompletableFuture<RawClient.Reply> reply =
          CompletableFuture.supplyAsync(() -> client.send("GET / HTTP/1.1\r\n\r\n").read());
      inHandler.await();
      InetSocketAddress address = listener.address();
      CompletableFuture<Void> closing =
          CompletableFuture.runAsync(() -> listener.close(Duration.ofSeconds(30)));
      while (canConnect(address)) {
        Thread.sleep(10);
      }
      release.countDown();

      assertThat(reply.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(reply.get().header("connection")).contains("close");
      assertThat(client.closedByServer()).isTrue();
      closing.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void close_closesIdleConnectionsAndStopsAccepting() {
    InetSocketAddress address = start();
    try (RawClient idle = new RawClient(address)) {
      assertThat(idle.send("GET / HTTP/1.1\r\n\r\n").read().status()).isEqualTo(200);

      listener.close(Duration.ofSeconds(5));

      assertThat(idle.closedByServer()).isTrue();
      assertThat(listener.openConnections()).isZero();
    }
    assertThat(canConnect(address)).isFalse();
  }

  private static boolean canConnect(InetSocketAddress address) {
    try (java.net.Socket s = new java.net.Socket(address.getAddress(), address.getPort())) {
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
