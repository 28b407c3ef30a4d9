package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A ListResourceTags request, one page of them.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 */
public record ListResourceTagsRequest(Caller caller, String keyId, PageRequest page) {

  public ListResourceTagsRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(page, "page");
  }

  public static ListResourceTagsRequest of(Caller caller, String keyId) {
    return new ListResourceTagsRequest(caller, keyId, PageRequest.FIRST);
  }

  public ListResourceTagsRequest withPage(PageRequest value) {
    return new ListResourceTagsRequest(caller, keyId, value);
  }
}
