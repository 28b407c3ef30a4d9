package io.atrest.engine.kms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.atrest.engine.kms.api.ListResourceTagsRequest;
import io.atrest.engine.kms.api.ListResourceTagsResult;
import io.atrest.engine.kms.api.TagResourceRequest;
import io.atrest.engine.kms.api.UntagResourceRequest;
import io.atrest.engine.kms.error.TagException;
import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.RequestContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tagging: TagResource, UntagResource, ListResourceTags, and the rules on tag keys. */
final class Tags {

  private final KmsCore core;

  Tags(KmsCore core) {
    this.core = core;
  }

  void tag(KmsCall call, TagResourceRequest r) {
    requireAllowed(r.tags());
    call.param("tags", json(r.tags()));
    KeyRecord key =
        core.manage(
            call,
            r.keyId(),
            KmsOperation.TagResource,
            "aws:TagKeys",
            ContextValue.ofList(List.copyOf(new TreeMap<>(r.tags()).keySet())));
    Map<String, String> tags = new TreeMap<>(key.tags());
    tags.putAll(r.tags());
    core.store.putKey(key.toBuilder().tags(tags).build());
  }

  void untag(KmsCall call, UntagResourceRequest r) {
    ArrayNode keys = JsonNodeFactory.instance.arrayNode();
    r.tagKeys().forEach(keys::add);
    call.param("tagKeys", keys);
    KeyRecord key =
        core.manage(
            call,
            r.keyId(),
            KmsOperation.UntagResource,
            "aws:TagKeys",
            ContextValue.ofList(r.tagKeys()));
    Map<String, String> tags = new TreeMap<>(key.tags());
    r.tagKeys().forEach(tags::remove);
    core.store.putKey(key.toBuilder().tags(tags).build());
  }

  ListResourceTagsResult list(KmsCall call, ListResourceTagsRequest r) {
    call.param("keyId", r.keyId());
    Pages.check(call, r.page());
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.ListResourceTags);
    Pages.Page<Map.Entry<String, String>> page =
        Pages.page(
            KmsOperation.ListResourceTags,
            key.arn(),
            r.page(),
            List.copyOf(key.tags().entrySet()),
            Map.Entry::getKey);
    Map<String, String> tags = new LinkedHashMap<>();
    page.items().forEach(e -> tags.put(e.getKey(), e.getValue()));
    return new ListResourceTagsResult(tags, page.nextMarker());
  }

  /** Refuses the reserved {@code aws:} prefix [recorded]. */
  static void requireAllowed(Map<String, String> tags) {
    if (tags.keySet().stream().anyMatch(k -> k.startsWith("aws:"))) {
      throw new TagException("Tags beginning with aws: are reserved");
    }
  }

  /** Adds {@code aws:RequestTag/<k>} per tag and {@code aws:TagKeys}. */
  static void requestTags(RequestContext.Builder context, Map<String, String> tags) {
    tags.forEach((k, v) -> context.put("aws:RequestTag/" + k, v));
    context.put("aws:TagKeys", ContextValue.ofList(List.copyOf(new TreeMap<>(tags).keySet())));
  }

  /** The tags as CloudTrail logs them: {@code [{tagKey, tagValue}]}. */
  static ArrayNode json(Map<String, String> tags) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    new TreeMap<>(tags).forEach((k, v) -> array.addObject().put("tagKey", k).put("tagValue", v));
    return array;
  }
}
