package io.atrest.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GlobalConditionKeysTest {
  private static final Principal.IamUser APP = new Principal.IamUser("111122223333", "app");

  @Test
  void callThroughAService_isViaAwsServiceAndCalledViaThatService() {
    RequestContext keys = GlobalConditionKeys.of(Caller.via("dynamodb", APP)).build();

    assertThat(keys.get("aws:ViaAWSService")).contains(ContextValue.of(true));
    assertThat(keys.get("aws:CalledVia"))
        .contains(ContextValue.ofList(java.util.List.of("dynamodb.amazonaws.com")));
  }

  @Test
  void directCall_hasItsSourceIpAndNoCalledVia() {
    RequestContext keys = GlobalConditionKeys.of(Caller.direct(APP)).build();

    assertThat(keys.get("aws:ViaAWSService")).contains(ContextValue.of(false));
    assertThat(keys.get("aws:SourceIp")).contains(ContextValue.of(Caller.DEFAULT_SOURCE_IP));
    assertThat(keys.contains("aws:CalledVia")).isFalse();
  }

  @Test
  void timeKeys_areToTheSecond() {
    RequestContext keys =
        GlobalConditionKeys.time(Instant.parse("2026-01-01T00:00:00.987654321Z")).build();

    assertThat(keys.get("aws:CurrentTime")).contains(ContextValue.of("2026-01-01T00:00:00Z"));
    assertThat(keys.get("aws:EpochTime")).contains(ContextValue.of("1767225600"));
  }
}
