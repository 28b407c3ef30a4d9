package io.atrest.reports.plugin;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.TestCase;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecorderTest {

  @TempDir Path dir;

  @Test
  void embedded_ignoresAnAttachmentWhoseMediaTypeIsOnlyASeparator() {
    RunRecorder recorder = new RunRecorder(dir);
    EmbedEvent event =
        new EmbedEvent(
            Instant.EPOCH,
            testCase(),
            "not evidence".getBytes(StandardCharsets.UTF_8),
            ";",
            "note");

    assertThatCode(() -> recorder.embedded(event)).doesNotThrowAnyException();
  }

  private static TestCase testCase() {
    UUID id = UUID.randomUUID();
    return (TestCase)
        Proxy.newProxyInstance(
            TestCase.class.getClassLoader(),
            new Class<?>[] {TestCase.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getId")) {
                return id;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
