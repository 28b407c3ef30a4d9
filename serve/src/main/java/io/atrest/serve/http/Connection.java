package io.atrest.serve.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One accepted TCP connection and the thread that serves it: reads a request, answers it, and
 * repeats while both sides keep the connection alive. The thread blocks in the socket read between
 * requests, so a request wakes exactly this thread and nothing else.
 */
final class Connection implements Runnable {

  private static final System.Logger LOG = System.getLogger("io.atrest.serve");
  private static final byte[] CONTINUE =
      "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  private enum State {
    /** Waiting for the first byte of a request. */
    IDLE,
    /** Reading a request. */
    READING,
    /** Running the handler and writing the response. */
    HANDLING,
    CLOSING
  }

  /** The {@code Date} value of the current second, formatted once per second. */
  private record Stamp(long second, String text) {}

  private static volatile Stamp stamp = new Stamp(-1, "");

  private final String id;
  private final Socket socket;
  private final Handler handler;
  private final long maxBodyBytes;
  private final Consumer<Connection> onClosed;
  private final ByteInput in;
  private final OutputStream out;
  private State state = State.IDLE;
  private long stateSince = System.nanoTime();

  Connection(
      String id, Socket socket, Handler handler, long maxBodyBytes, Consumer<Connection> onClosed)
      throws IOException {
    this.id = id;
    this.socket = socket;
    this.handler = handler;
    this.maxBodyBytes = maxBodyBytes;
    this.onClosed = onClosed;
    this.in = new ByteInput(socket.getInputStream(), 16 * 1024);
    this.out = socket.getOutputStream();
  }

  @Override
  public void run() {
    try (socket) {
      RequestReader reader = new RequestReader(in);
      String remote = socket.getInetAddress().getHostAddress();
      while (enter(State.IDLE) && in.await() && enter(State.READING)) {
        if (!serve(reader, remote)) {
          break;
        }
      }
    } catch (IOException e) {
      // The client went away, or the listener closed the socket (idle too long, or closing):
      // the connection is over either way.
    } finally {
      onClosed.accept(this);
    }
  }

  /** Serves one request; whether the connection stays open for another. */
  private boolean serve(RequestReader reader, String remote) throws IOException {
    try {
      Optional<RequestReader.Head> next = reader.readHead();
      if (next.isEmpty()) {
        return false;
      }
      RequestReader.Head head = next.get();
      RequestReader.Body body = body(reader, head);
      handling();
      Request request =
          new Request(
              head.method(), head.uri(), head.version(), head.headers(), body.bytes(), id, remote);
      Response response;
      try {
        response = answer(request);
      } catch (Error e) {
        write(out, Response.of(500, "text/plain; charset=utf-8", new byte[0]), head, true);
        throw e;
      }
      boolean close = !head.keepAlive() || !body.consumed() || closeRequested();
      write(out, response, head, close);
      return !close;
    } catch (HttpError e) {
      byte[] reason = (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
      write(out, Response.of(e.status(), "text/plain; charset=utf-8", reason), null, true);
      return false;
    }
  }

  /**
   * The body, after {@code 100 Continue} when the client waits for it (RFC 9110 section 10.1.1); a
   * declared length over the limit is refused without asking the client to send it.
   */
  private RequestReader.Body body(RequestReader reader, RequestReader.Head head)
      throws IOException {
    if (head.expectsContinue()) {
      if (head.framing() instanceof RequestReader.Framing.Length l && l.bytes() > maxBodyBytes) {
        return RequestReader.Body.refused();
      }
      out.write(CONTINUE);
      out.flush();
    }
    return reader.readBody(head, maxBodyBytes);
  }

  private Response answer(Request request) {
    try {
      return handler.handle(request);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "handler failed: " + e.getClass().getName(), e);
      return Response.of(500, "text/plain; charset=utf-8", new byte[0]);
    }
  }

  private static void write(
      OutputStream out, Response response, RequestReader.Head head, boolean close)
      throws IOException {
    StringBuilder text = new StringBuilder(256);
    text.append("HTTP/1.1 ")
        .append(response.status())
        .append(' ')
        .append(Reasons.of(response.status()))
        .append("\r\n");
    for (Headers.Field f : response.headers()) {
      text.append(f.name()).append(": ").append(f.value()).append("\r\n");
    }
    text.append("Content-Type: ").append(response.contentType()).append("\r\n");
    text.append("Content-Length: ").append(response.body().length).append("\r\n");
    text.append("Date: ").append(date()).append("\r\n");
    if (close) {
      text.append("Connection: close\r\n");
    } else if (head != null && head.version().equals("HTTP/1.0")) {
      // An HTTP/1.0 client assumes the server closes unless told otherwise (RFC 9112 C.2.2).
      text.append("Connection: keep-alive\r\n");
    }
    text.append("\r\n");
    byte[] start = text.toString().getBytes(StandardCharsets.ISO_8859_1);
    boolean withBody = head == null || !head.method().equals("HEAD");
    int length = start.length + (withBody ? response.body().length : 0);
    // One write, so that the response leaves in as few segments as it fits.
    byte[] whole = Arrays.copyOf(start, length);
    if (withBody) {
      System.arraycopy(response.body(), 0, whole, start.length, response.body().length);
    }
    out.write(whole);
    out.flush();
  }

  private static String date() {
    long second = System.currentTimeMillis() / 1000;
    Stamp now = stamp;
    if (now.second() != second) {
      now =
          new Stamp(
              second,
              DATE.format(ZonedDateTime.ofInstant(Instant.ofEpochSecond(second), ZoneOffset.UTC)));
      stamp = now;
    }
    return now.text();
  }

  /** Moves to {@code next} unless the server is closing this connection. */
  private synchronized boolean enter(State next) {
    if (state == State.CLOSING) {
      return false;
    }
    state = next;
    stateSince = System.nanoTime();
    return true;
  }

  /** Marks the request read; one the server began closing meanwhile is still answered. */
  private synchronized void handling() {
    if (state != State.CLOSING) {
      state = State.HANDLING;
    }
  }

  /**
   * Closes the connection if it has waited longer than {@code timeoutNanos} for the client's bytes,
   * between requests or within one; a request being handled is never cut.
   */
  synchronized void closeIfIdle(long now, long timeoutNanos) {
    boolean waiting = state == State.IDLE || state == State.READING;
    if (waiting && now - Math.max(stateSince, in.lastArrival()) > timeoutNanos) {
      state = State.CLOSING;
      forceClose();
    }
  }

  private synchronized boolean closeRequested() {
    return state == State.CLOSING;
  }

  /**
   * Asks the connection to end: an idle one is closed now (its thread, blocked in read, ends); one
   * reading or handling a request closes once its response is written.
   */
  synchronized void shutdown() {
    boolean idle = state == State.IDLE;
    state = State.CLOSING;
    if (idle) {
      forceClose();
    }
  }

  /** Closes the socket whatever the connection is doing. */
  void forceClose() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing is all that was asked; a failure to close leaves nothing to do.
    }
  }
}
