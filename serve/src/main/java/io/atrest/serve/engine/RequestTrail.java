package io.atrest.serve.engine;

import io.atrest.engine.trail.TrailEvent;
import io.atrest.serve.wire.Protocol;
import java.util.Objects;

/**
 * The request id of one wire request, which its response and its CloudTrail record share, as in
 * AWS, where a record's {@code requestID} is the request id of the API response.
 *
 * <p>The request has a fresh id in its service's form. DynamoDB's records are written with it (the
 * engine is handed it, so they carry DynamoDB's 52-character form); a KMS request adopts the {@code
 * requestID} of the first record it makes in KMS's name. Records other services made on the
 * request's behalf (DynamoDB's calls to KMS) carry their own ids and are skipped. A request that
 * makes no record of its own (refused before the engine, or a call CloudTrail does not log, such as
 * PutItem) answers with the fresh id. The fresh id is drawn when first needed: a KMS call that
 * makes its record never needs one.
 */
public final class RequestTrail {

  private final Protocol protocol;
  private final RequestIds ids;
  private String freshId;
  private String recordedId;

  /** A request of {@code protocol} whose fresh id, if one is needed, comes from {@code ids}. */
  public RequestTrail(Protocol protocol, RequestIds ids) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /** The id the engine writes into this request's DynamoDB records. */
  String freshId() {
    if (freshId == null) {
      freshId = ids.next(protocol);
    }
    return freshId;
  }

  void recorded(TrailEvent event) {
    if (recordedId == null
        && event.eventSource().equals(protocol.eventSource())
        && event.userIdentity().invokedBy() == null) {
      recordedId = event.requestID().orElse(null);
    }
  }

  /** The id to answer with: the request's own record's {@code requestID}, else the fresh id. */
  public String requestId() {
    return recordedId != null ? recordedId : freshId();
  }
}
