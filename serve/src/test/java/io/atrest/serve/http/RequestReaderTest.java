package io.atrest.serve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RequestReaderTest {

  private static final long LIMIT = 64;

  private static RequestReader reader(String bytes) {
    return reader(new ByteArrayInputStream(bytes.getBytes(StandardCharsets.ISO_8859_1)));
  }

  private static RequestReader reader(InputStream in) {
    return new RequestReader(new ByteInput(in, 16));
  }

  private static RequestReader.Head head(String bytes) throws IOException {
    return reader(bytes).readHead().orElseThrow();
  }

  private static String body(RequestReader.Body body) {
    return new String(body.bytes().orElseThrow(), StandardCharsets.ISO_8859_1);
  }

  private static void assertRefused(ThrowingCallable parse, int status, String reason) {
    assertThatThrownBy(parse)
        .isInstanceOf(HttpError.class)
        .hasMessageContaining(reason)
        .extracting(e -> ((HttpError) e).status())
        .isEqualTo(status);
  }

  private static void assertHeadRefused(String bytes, int status, String reason) {
    assertRefused(() -> reader(bytes).readHead(), status, reason);
  }

  @Test
  void requestLine_givesMethodTargetAndVersion() throws IOException {
    RequestReader.Head head = head("POST /a%20b?x=1&y=%2F HTTP/1.1\r\nHost: h\r\n\r\n");

    assertThat(head.method()).isEqualTo("POST");
    assertThat(head.uri().getRawPath()).isEqualTo("/a%20b");
    assertThat(head.uri().getPath()).isEqualTo("/a b");
    assertThat(head.uri().getRawQuery()).isEqualTo("x=1&y=%2F");
    assertThat(head.version()).isEqualTo("HTTP/1.1");
  }

  @Test
  void headerNames_matchInAnyCase_andValuesLoseSurroundingWhitespace() throws IOException {
    RequestReader.Head head = head("GET / HTTP/1.1\r\nX-Amz-Target:  \tKms.Encrypt \t\r\n\r\n");

    assertThat(head.headers().first("x-amz-target")).contains("Kms.Encrypt");
    assertThat(head.headers().first("X-AMZ-TARGET")).contains("Kms.Encrypt");
    assertThat(head.headers().byLowerCaseName()).containsKey("x-amz-target");
    assertThat(head.headers().fields())
        .containsExactly(new Headers.Field("X-Amz-Target", "Kms.Encrypt"));
  }

  @Test
  void repeatedHeaders_areKeptInTheOrderReceived() throws IOException {
    RequestReader.Head head = head("GET / HTTP/1.1\r\nX-A: 1\r\nx-b: 2\r\nX-a: 3\r\n\r\n");

    assertThat(head.headers().all("x-a")).containsExactly("1", "3");
    assertThat(head.headers().fields())
        .extracting(Headers.Field::name)
        .containsExactly("X-A", "x-b", "X-a");
  }

  @Test
  void bareLineFeeds_endLinesToo() throws IOException {
    RequestReader.Head head = head("GET / HTTP/1.1\nHost: h\n\n");

    assertThat(head.headers().first("host")).contains("h");
  }

  @Test
  void emptyLinesBeforeTheRequestLine_areIgnored() throws IOException {
    assertThat(head("\r\n\r\nGET / HTTP/1.1\r\n\r\n").method()).isEqualTo("GET");
  }

  @Test
  void endOfStreamBeforeARequest_isNoRequest() throws IOException {
    assertThat(reader("").readHead()).isEmpty();
  }

  @Test
  void pipelinedRequests_areReadOneAfterTheOther() throws IOException {
    RequestReader reader =
        reader(
            "POST /1 HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcPOST /2 HTTP/1.1\r\n"
                + "Content-Length: 2\r\n\r\nde");

    RequestReader.Head first = reader.readHead().orElseThrow();
    assertThat(body(reader.readBody(first, LIMIT))).isEqualTo("abc");
    RequestReader.Head second = reader.readHead().orElseThrow();
    assertThat(second.uri().getPath()).isEqualTo("/2");
    assertThat(body(reader.readBody(second, LIMIT))).isEqualTo("de");
    assertThat(reader.readHead()).isEmpty();
  }

  @Test
  void http11_keepsTheConnectionAliveByDefault() throws IOException {
    assertThat(head("GET / HTTP/1.1\r\n\r\n").keepAlive()).isTrue();
  }

  @Test
  void http11WithConnectionClose_closesIt() throws IOException {
    assertThat(head("GET / HTTP/1.1\r\nConnection: TE, Close\r\n\r\n").keepAlive()).isFalse();
  }

  @Test
  void http10_closesTheConnectionByDefault() throws IOException {
    assertThat(head("GET / HTTP/1.0\r\n\r\n").keepAlive()).isFalse();
  }

  @Test
  void http10WithKeepAlive_keepsIt() throws IOException {
    assertThat(head("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").keepAlive()).isTrue();
  }

  @Test
  void expect100Continue_isNotedOnHttp11Only() throws IOException {
    assertThat(head("POST / HTTP/1.1\r\nExpect: 100-Continue\r\n\r\n").expectsContinue()).isTrue();
    assertThat(head("POST / HTTP/1.0\r\nExpect: 100-continue\r\n\r\n").expectsContinue()).isFalse();
    assertThat(head("POST / HTTP/1.1\r\n\r\n").expectsContinue()).isFalse();
  }

  @Test
  void requestLineOverTheLimit_is414() {
    String target = "/" + "a".repeat(RequestReader.MAX_REQUEST_LINE);
    assertHeadRefused("GET " + target + " HTTP/1.1\r\n\r\n", 414, "the request line longer than");
  }

  @Test
  void headerSectionOverTheLimit_is431() {
    String big = "X-Big: " + "b".repeat(1000) + "\r\n";
    assertHeadRefused(
        "GET / HTTP/1.1\r\n" + big.repeat(RequestReader.MAX_HEADER_BYTES / 1000) + "\r\n",
        431,
        "the header section longer than");
  }

  @Test
  void moreFieldsThanTheLimit_is431() {
    assertHeadRefused(
        "GET / HTTP/1.1\r\n" + "X: 1\r\n".repeat(RequestReader.MAX_FIELDS + 1) + "\r\n",
        431,
        "more than 200 fields");
  }

  @Test
  void obsoleteLineFolding_is400() {
    assertHeadRefused("GET / HTTP/1.1\r\nX-A: one\r\n two\r\n\r\n", 400, "obsolete line folding");
  }

  @Test
  void headerLineWithoutAColon_is400() {
    assertHeadRefused("GET / HTTP/1.1\r\nX-A one\r\n\r\n", 400, "malformed header field");
  }

  @Test
  void whitespaceBetweenNameAndColon_is400() {
    assertHeadRefused("GET / HTTP/1.1\r\nX-A : one\r\n\r\n", 400, "malformed header field");
  }

  @Test
  void controlCharacterInAValue_is400() {
    assertHeadRefused("GET / HTTP/1.1\r\nX-A: o\u0000ne\r\n\r\n", 400, "a control character");
  }

  @Test
  void bareCarriageReturn_is400() {
    assertHeadRefused("GET / HTTP/1.1\r\nX-A: o\rne\r\n\r\n", 400, "a bare CR");
  }

  @Test
  void malformedRequestLines_are400() {
    assertHeadRefused("GET /\r\n\r\n", 400, "malformed request line");
    assertHeadRefused("GET  / HTTP/1.1\r\n\r\n", 400, "malformed request line");
    assertHeadRefused("G(T / HTTP/1.1\r\n\r\n", 400, "malformed request line");
    assertHeadRefused("GET / HTTP/1.1 \r\n\r\n", 400, "malformed request line");
    assertHeadRefused("GET /a|b HTTP/1.1\r\n\r\n", 400, "malformed request target `/a|b`");
    assertHeadRefused("GET / HTTX/1.1\r\n\r\n", 400, "malformed HTTP version `HTTX/1.1`");
  }

  @Test
  void otherHttpVersion_is505() {
    assertHeadRefused("GET / HTTP/2.0\r\n\r\n", 505, "HTTP version `HTTP/2.0` is not supported");
  }

  @Test
  void contentLength_delimitsTheBody() throws IOException {
    RequestReader reader = reader("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloEXTRA");

    RequestReader.Body body = reader.readBody(reader.readHead().orElseThrow(), LIMIT);

    assertThat(body(body)).isEqualTo("hello");
    assertThat(body.consumed()).isTrue();
  }

  @Test
  void noLengthAndNoTransferEncoding_isAnEmptyBody() throws IOException {
    RequestReader reader = reader("POST / HTTP/1.1\r\n\r\n");

    assertThat(body(reader.readBody(reader.readHead().orElseThrow(), LIMIT))).isEmpty();
  }

  @Test
  void chunkedBody_withExtensionsAndTrailers_isReassembled() throws IOException {
    RequestReader reader =
        reader(
            "POST / HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n"
                + "5;name=value\r\nhello\r\n"
                + "7 ; a ; b=\"c\"\r\n, world\r\n"
                + "0\r\nX-Checksum: 1\r\nX-Other: 2\r\n\r\n"
                + "GET /next HTTP/1.1\r\n\r\n");

    RequestReader.Head head = reader.readHead().orElseThrow();
    RequestReader.Body body = reader.readBody(head, LIMIT);

    assertThat(head.framing()).isInstanceOf(RequestReader.Framing.Chunked.class);
    assertThat(body(body)).isEqualTo("hello, world");
    assertThat(body.consumed()).isTrue();
    assertThat(reader.readHead().orElseThrow().uri().getPath()).isEqualTo("/next");
  }

  @Test
  void chunkSizes_areHexadecimal() throws IOException {
    String data = "x".repeat(26);
    RequestReader reader =
        reader(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1A\r\n" + data + "\r\n0\r\n\r\n");

    assertThat(body(reader.readBody(reader.readHead().orElseThrow(), LIMIT))).isEqualTo(data);
  }

  @Test
  void malformedChunkSize_is400() {
    RequestReader reader =
        reader("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhi\r\n0\r\n\r\n");

    assertRefused(
        () -> reader.readBody(reader.readHead().orElseThrow(), LIMIT),
        400,
        "malformed chunk size `zz`");
  }

  @Test
  void chunkDataLongerThanItsSize_is400() {
    RequestReader reader =
        reader("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhello\r\n0\r\n\r\n");

    assertRefused(
        () -> reader.readBody(reader.readHead().orElseThrow(), LIMIT),
        400,
        "chunk data longer than its chunk size");
  }

  @Test
  void transferEncodingAndContentLengthTogether_are400() {
    assertHeadRefused(
        "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
        400,
        "both Transfer-Encoding and Content-Length");
  }

  @Test
  void transferEncodingNotEndingInChunked_is400() {
    assertHeadRefused(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n",
        400,
        "does not end in chunked");
  }

  @Test
  void anotherTransferCodingBeforeChunked_is501() {
    assertHeadRefused(
        "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n",
        501,
        "is not implemented");
  }

  @Test
  void transferEncodingOnHttp10_is400() {
    assertHeadRefused(
        "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400, "in an HTTP/1.0 request");
  }

  @Test
  void invalidContentLengths_are400() {
    for (String length : List.of("-1", "+5", "0x10", "", "5, 5", "99999999999999999999")) {
      assertHeadRefused(
          "POST / HTTP/1.1\r\nContent-Length: " + length + "\r\n\r\n",
          400,
          "invalid Content-Length `" + length + "`");
    }
  }

  @Test
  void repeatedContentLengthFields_are400() {
    assertHeadRefused(
        "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx",
        400,
        "invalid Content-Length `1, 1`");
  }

  @Test
  void bodyOverTheLimit_isDroppedAndReadToItsEnd() throws IOException {
    String big = "b".repeat((int) LIMIT + 1);
    RequestReader reader =
        reader(
            "POST / HTTP/1.1\r\nContent-Length: "
                + big.length()
                + "\r\n\r\n"
                + big
                + "GET / HTTP/1.1\r\n\r\n");

    RequestReader.Body body = reader.readBody(reader.readHead().orElseThrow(), LIMIT);

    assertThat(body.bytes()).isEmpty();
    assertThat(body.consumed()).isTrue();
    assertThat(reader.readHead().orElseThrow().method()).isEqualTo("GET");
  }

  @Test
  void chunkedBodyOverTheLimit_isDroppedAndReadToItsEnd() throws IOException {
    RequestReader reader =
        reader(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "40\r\n"
                + "a".repeat(64)
                + "\r\n1\r\nb\r\n0\r\n\r\n");

    RequestReader.Body body = reader.readBody(reader.readHead().orElseThrow(), LIMIT);

    assertThat(body.bytes()).isEmpty();
    assertThat(body.consumed()).isTrue();
  }

  @Test
  void bodyBeyondTheDrainLimit_isNotReadToItsEnd() throws IOException {
    long length = LIMIT + RequestReader.DRAIN_LIMIT + 1;
    InputStream request =
        new SequenceInputStream(
            new ByteArrayInputStream(
                ("POST / HTTP/1.1\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)),
            new Zeros());
    RequestReader reader = reader(request);

    RequestReader.Body body = reader.readBody(reader.readHead().orElseThrow(), LIMIT);

    assertThat(body).isEqualTo(new RequestReader.Body(Optional.empty(), false));
  }

  @Test
  void endOfStreamWithinTheBody_failsTheRequest() {
    RequestReader reader = reader("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nshort");

    assertThatThrownBy(() -> reader.readBody(reader.readHead().orElseThrow(), LIMIT))
        .isInstanceOf(java.io.EOFException.class);
  }

  /** An endless stream of zero bytes. */
  private static final class Zeros extends InputStream {
    @Override
    public int read() {
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 0);
      return len;
    }
  }
}
