package io.atrest.serve.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;

/** One API operation on the wire: the caller and the request members in, the response body out. */
@FunctionalInterface
public interface Operation {
  ObjectNode apply(Caller caller, Input request);
}
