package io.atrest.serve.http;

import java.util.ArrayList;
import java.util.List;

/**
 * What a handler answers; the server adds {@code Content-Length}, {@code Date} and, when it closes
 * the connection, {@code Connection: close}.
 */
public record Response(int status, String contentType, List<Headers.Field> headers, byte[] body) {

  public Response {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("status `" + status + "` must be a final status, 200-599");
    }
    headers = List.copyOf(headers);
  }

  public static Response of(int status, String contentType, byte[] body) {
    return new Response(status, contentType, List.of(), body);
  }

  public Response withHeader(String name, String value) {
    List<Headers.Field> more = new ArrayList<>(headers);
    more.add(new Headers.Field(name, value));
    return new Response(status, contentType, more, body);
  }
}
