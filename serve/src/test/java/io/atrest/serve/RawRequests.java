package io.atrest.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
      URI endpoint,
      String target,
      String contentType,
      String signedBody,
      String sentBody,
      String accessKey,
      String secret,
      String signingName,
      String region,
      Clock clock) {

    static Spec kms(URI endpoint, String operation, String body) {
      return new Spec(
          endpoint,
          "TrentService." + operation,
          "application/x-amz-json-1.1",
          body,
          body,
          "test",
          "test",
          "kms",
          "us-west-2",
          Clock.systemUTC());
    }

    static Spec dynamoDb(URI endpoint, String operation, String body) {
      return new Spec(
          endpoint,
          "DynamoDB_20120810." + operation,
          "application/x-amz-json-1.0",
          body,
          body,
          "test",
          "test",
          "dynamodb",
          "us-west-2",
          Clock.systemUTC());
    }

    Spec sending(String body) {
      return new Spec(
          endpoint,
          target,
          contentType,
          signedBody,
          body,
          accessKey,
          secret,
          signingName,
          region,
          clock);
    }

    Spec signedAs(String key, String secretKey) {
      return new Spec(
          endpoint,
          target,
          contentType,
          signedBody,
          sentBody,
          key,
          secretKey,
          signingName,
          region,
          clock);
    }

    Spec scopedTo(String service) {
      return new Spec(
          endpoint,
          target,
          contentType,
          signedBody,
          sentBody,
          accessKey,
          secret,
          service,
          region,
          clock);
    }

    Spec at(Clock when) {
      return new Spec(
          endpoint,
          target,
          contentType,
          signedBody,
          sentBody,
          accessKey,
          secret,
          signingName,
          region,
          when);
    }

    Spec withContentType(String type) {
      return new Spec(
          endpoint,
          target,
          type,
          signedBody,
          sentBody,
          accessKey,
          secret,
          signingName,
          region,
          clock);
    }
  }

  static HttpRequest signed(Spec spec) {
    SignedRequest signed = sign(spec);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(spec.endpoint().resolve("/"))
            .POST(HttpRequest.BodyPublishers.ofString(spec.sentBody()));
    signed
        .request()
        .headers()
        .forEach(
            (name, values) -> {
              if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
              }
            });
    return request.build();
  }

  /**
   * Sends a signed request on a TCP connection of its own, asking the server to close it once
   * answered ({@code Connection: close}), as a client that opens a connection per request does.
   */
  static ServerFixture.Reply onNewConnection(Spec spec) {
    byte[] body = spec.sentBody().getBytes(StandardCharsets.UTF_8);
    String head = head(spec, "Content-Length: " + body.length + "\r\nConnection: close\r\n");
    try (Socket socket = new Socket(spec.endpoint().getHost(), spec.endpoint().getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      // The server closes the connection after its answer, so the answer is everything read.
      return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends a signed request as a client that waits for {@code 100 Continue} before sending its body
   * does, the body in two chunks (with a chunk extension and a trailer), on a connection of its
   * own; returns the interim status line and the final reply.
   */
  static Map.Entry<String, ServerFixture.Reply> withContinueAndChunks(Spec spec) {
    byte[] body = spec.sentBody().getBytes(StandardCharsets.UTF_8);
    int half = body.length / 2;
    String head =
        head(spec, "Expect: 100-continue\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n");
    try (Socket socket = new Socket(spec.endpoint().getHost(), spec.endpoint().getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String interim = interimLine(socket.getInputStream());
      out.write((Integer.toHexString(half) + ";part=1\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, half);
      out.write(
          ("\r\n" + Integer.toHexString(body.length - half) + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, half, body.length - half);
      out.write("\r\n0\r\nX-Trailer: t\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String rest = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return Map.entry(interim, parse(rest));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an interim response (status line and empty line) and returns its status line. */
  private static String interimLine(java.io.InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    while (!text.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IllegalStateException("no interim response: " + text);
      }
      text.append((char) b);
    }
    return text.substring(0, text.indexOf("\r\n"));
  }

  /** The request line and the signed headers, then {@code framing}, then the empty line. */
  private static String head(Spec spec, String framing) {
    SignedRequest signed = sign(spec);
    StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\n");
    signed
        .request()
        .headers()
        .forEach(
            (name, values) ->
                values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n")));
    if (signed.request().firstMatchingHeader("Host").isEmpty()) {
      head.append("Host: ")
          .append(spec.endpoint().getHost())
          .append(':')
          .append(spec.endpoint().getPort())
          .append("\r\n");
    }
    return head.append(framing).append("\r\n").toString();
  }

  /**
   * Sends {@code request} as it is on a connection of its own and returns everything the server
   * sent until it closed the connection.
   */
  static String raw(URI endpoint, String request) {
    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      socket.setSoTimeout(60_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ServerFixture.Reply parse(String response) {
    int end = response.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("not an HTTP response: " + response);
    }
    String[] lines = response.substring(0, end).split("\r\n");
    Map<String, List<String>> headers = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    return new ServerFixture.Reply(
        Integer.parseInt(lines[0].split(" ")[1]), response.substring(end + 4), headers);
  }

  private static SignedRequest sign(Spec spec) {
    SdkHttpFullRequest unsigned =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(spec.endpoint())
            .encodedPath("/")
            .putHeader("Content-Type", spec.contentType())
            .putHeader("X-Amz-Target", spec.target())
            .build();
    byte[] signedBytes = spec.signedBody().getBytes(StandardCharsets.UTF_8);
    return AwsV4HttpSigner.create()
        .sign(
            r ->
                r.identity(AwsCredentialsIdentity.create(spec.accessKey(), spec.secret()))
                    .request(unsigned)
                    .payload(
                        ContentStreamProvider.fromInputStreamSupplier(
                            () -> new ByteArrayInputStream(signedBytes)))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, spec.signingName())
                    .putProperty(AwsV4HttpSigner.REGION_NAME, spec.region())
                    .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, spec.clock()));
  }

  static HttpRequest unsigned(URI endpoint, String target, String contentType, String body) {
    return HttpRequest.newBuilder(endpoint.resolve("/"))
        .header("Content-Type", contentType)
        .header("X-Amz-Target", target)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
