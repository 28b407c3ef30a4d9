package io.atrest.serve.http;

import java.net.URI;
import java.util.Optional;

/**
 * One parsed request with its whole body.
 *
 * @param method the method token, case-sensitive (RFC 9110 section 9.1)
 * @param uri the request target
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param body the body; empty when it was larger than the server's limit (and was dropped)
 * @param connection the id of the TCP connection it came on, unique for the server's lifetime
 * @param remoteAddress the client's IP address
 */
public record Request(
    String method,
    URI uri,
    String version,
    Headers headers,
    Optional<byte[]> body,
    String connection,
    String remoteAddress) {}
