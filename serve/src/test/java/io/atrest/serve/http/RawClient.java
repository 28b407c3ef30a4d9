package io.atrest.serve.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One client connection that writes raw bytes and reads responses one at a time. */
final class RawClient implements AutoCloseable {

  /** A response as read off the wire. */
  record Reply(String statusLine, Headers headers, String body) {
    int status() {
      return Integer.parseInt(statusLine.split(" ")[1]);
    }

    Optional<String> header(String name) {
      return headers.first(name);
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  RawClient(InetSocketAddress server) {
    try {
      socket = new Socket(server.getAddress(), server.getPort());
      socket.setSoTimeout(30_000);
      in = socket.getInputStream();
      out = socket.getOutputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RawClient send(String text) {
    try {
      out.write(text.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one response: the status line, the fields, and a body of its Content-Length. */
  Reply read() {
    String statusLine = line();
    List<Headers.Field> fields = new ArrayList<>();
    for (String l = line(); !l.isEmpty(); l = line()) {
      int colon = l.indexOf(':');
      fields.add(new Headers.Field(l.substring(0, colon), l.substring(colon + 1).strip()));
    }
    Headers headers = Headers.of(fields);
    int length = headers.first("content-length").map(Integer::parseInt).orElse(0);
    return new Reply(statusLine, headers, new String(bytes(length), StandardCharsets.UTF_8));
  }

  /** Reads one response to a HEAD request, which has no body whatever its Content-Length. */
  Reply readHead() {
    String statusLine = line();
    List<Headers.Field> fields = new ArrayList<>();
    for (String l = line(); !l.isEmpty(); l = line()) {
      int colon = l.indexOf(':');
      fields.add(new Headers.Field(l.substring(0, colon), l.substring(colon + 1).strip()));
    }
    return new Reply(statusLine, Headers.of(fields), "");
  }

  /** Whether the server has closed the connection: the next read finds the end of the stream. */
  boolean closedByServer() {
    try {
      return in.read() < 0;
    } catch (IOException e) {
      return true;
    }
  }

  /** Whether bytes wait to be read now, without blocking. */
  boolean hasBytesWaiting() {
    try {
      return in.available() > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String line() {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IllegalStateException("connection closed within a line: " + line);
        }
        line.write(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = line.toString(StandardCharsets.ISO_8859_1);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  private byte[] bytes(int length) {
    try {
      return in.readNBytes(length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
