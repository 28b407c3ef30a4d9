package io.atrest.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestContextTest {

  @Test
  void keys_areLookedUpInAnyCase() {
    RequestContext context =
        RequestContext.builder().put("kms:EncryptionContext:AppName", "x").build();
    assertThat(context.get("KMS:encryptioncontext:APPNAME")).contains(ContextValue.of("x"));
    assertThat(context.contains("kms:encryptioncontext:appname")).isTrue();
  }

  @Test
  void laterPutOfTheSameKeyInAnyCase_replacesTheValueAndSpelling() {
    RequestContext context =
        RequestContext.builder().put("kms:ViaService", "a").put("KMS:VIASERVICE", "b").build();
    assertThat(context.asMap())
        .containsExactly(java.util.Map.entry("KMS:VIASERVICE", ContextValue.of("b")));
  }

  @Test
  void putIfAbsent_keepsTheFirstValue() {
    RequestContext context =
        RequestContext.builder()
            .put("kms:ViaService", "a")
            .putIfAbsent("kms:viaservice", ContextValue.of("b"))
            .build();
    assertThat(context.get("kms:ViaService")).contains(ContextValue.of("a"));
  }

  @Test
  void builtContext_isNotChangedByItsBuilder() {
    RequestContext.Builder builder = RequestContext.builder().put("a:b", "1");
    RequestContext context = builder.build();
    builder.put("c:d", "2");
    assertThat(context.contains("c:d")).isFalse();
    assertThat(context.toBuilder().put("c:d", "2").build().contains("c:d")).isTrue();
  }

  @Test
  void putAll_addsTheOtherBuildersKeysInOrderAndReplacesInAnyCase() {
    RequestContext.Builder extra =
        RequestContext.builder().put("KMS:VIASERVICE", "b").put("kms:EncryptionAlgorithm", "x");
    RequestContext context =
        RequestContext.builder()
            .put("kms:ViaService", "a")
            .put("aws:SecureTransport", "true")
            .putAll(extra)
            .build();
    assertThat(context.asMap())
        .containsExactly(
            java.util.Map.entry("KMS:VIASERVICE", ContextValue.of("b")),
            java.util.Map.entry("aws:SecureTransport", ContextValue.of("true")),
            java.util.Map.entry("kms:EncryptionAlgorithm", ContextValue.of("x")));
  }

  @Test
  void putAll_doesNotChangeTheOtherBuilder() {
    RequestContext.Builder extra = RequestContext.builder().put("a:b", "1");
    RequestContext.builder().putAll(extra).put("c:d", "2");
    assertThat(extra.build().contains("c:d")).isFalse();
  }

  @Test
  void contextsWithTheSameKeysInAnotherOrder_areEqualWithEqualHashes() {
    RequestContext one = RequestContext.builder().put("a:b", "1").put("c:d", "2").build();
    RequestContext other = RequestContext.builder().put("c:d", "2").put("a:b", "1").build();
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
  }

  @Test
  void contextsDifferingInOneValue_areNotEqual() {
    RequestContext one = RequestContext.builder().put("a:b", "1").put("c:d", "2").build();
    RequestContext other = RequestContext.builder().put("a:b", "1").put("c:d", "3").build();
    assertThat(one).isNotEqualTo(other);
  }

  @Test
  void contextsDifferingInTheSpellingOfAKey_areNotEqual() {
    RequestContext one = RequestContext.builder().put("kms:ViaService", "x").build();
    RequestContext other = RequestContext.builder().put("KMS:VIASERVICE", "x").build();
    assertThat(one).isNotEqualTo(other);
  }

  @Test
  void contextsWhereOneHasAnExtraKey_areNotEqual() {
    RequestContext one = RequestContext.builder().put("a:b", "1").build();
    RequestContext other = RequestContext.builder().put("a:b", "1").put("c:d", "").build();
    assertThat(one).isNotEqualTo(other);
    assertThat(other).isNotEqualTo(one);
  }

  @Test
  void putAllOfABuiltContext_addsItsKeysAsPutWould() {
    RequestContext layer = RequestContext.builder().put("A:B", "2").put("c:d", "3").build();
    RequestContext context = RequestContext.builder().put("a:b", "1").putAll(layer).build();
    assertThat(context.asMap())
        .containsExactly(
            java.util.Map.entry("A:B", ContextValue.of("2")),
            java.util.Map.entry("c:d", ContextValue.of("3")));
  }

  @Test
  void builderIsEmpty_onlyUntilAKeyIsPut() {
    RequestContext.Builder builder = RequestContext.builder();
    assertThat(builder.isEmpty()).isTrue();
    assertThat(builder.put("a:b", "1").isEmpty()).isFalse();
  }
}
