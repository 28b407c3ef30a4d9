/**
 * atrest's HTTP/1.1 server ({@link io.atrest.serve.http.Listener}: blocking sockets, a thread per
 * connection), the request and response records handlers see, and the routes: the AWS protocol
 * handler at {@code /} and the control API under {@code /_atrest/}.
 */
package io.atrest.serve.http;
