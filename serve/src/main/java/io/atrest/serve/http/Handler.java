package io.atrest.serve.http;

/** Answers one request; called on the request's connection thread. */
@FunctionalInterface
public interface Handler {

  Response handle(Request request);
}
