package io.atrest.reports.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplianceReportPluginTest {

  @TempDir Path dir;

  /** Stands in for Cucumber's event bus: keeps the handlers so a test can send events. */
  private static final class Bus implements EventPublisher {
    final Map<Class<?>, EventHandler<?>> handlers = new HashMap<>();

    @Override
    public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
      handlers.put(type, handler);
    }

    @Override
    public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
      handlers.remove(type);
    }

    @SuppressWarnings("unchecked")
    <T> void send(T event) {
      ((EventHandler<T>) handlers.get(event.getClass())).receive(event);
    }
  }

  private Path finishRun(String waivers) throws Exception {
    Path waiversFile = dir.resolve("waivers.yaml");
    Files.writeString(waiversFile, waivers);
    Path out = dir.resolve("report");
    PluginOptions options =
        new PluginOptions(
            out, Optional.empty(), Optional.empty(), Optional.of(waiversFile), List.of());
    Bus bus = new Bus();
    new ComplianceReportPlugin(
            options, Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC))
        .setEventPublisher(bus);
    bus.send(new TestRunFinished(Instant.now()));
    return out;
  }

  @Test
  void badWaiversFile_isAConfigurationErrorWithAReport() throws Exception {
    Path out = finishRun("waivers: [ {control: X} ]\n");

    assertThat(ComplianceRun.readVerdict(out).exitCode()).isEqualTo(2);
    assertThat(ComplianceRun.readVerdict(out).reasons()).anyMatch(r -> r.contains("waivers[0]"));
    assertThat(out.resolve("index.html")).exists();
    assertThat(ComplianceRun.lastVerdict())
        .hasValueSatisfying(v -> assertThat(v.exitCode()).isEqualTo(2));
  }

  @Test
  void emptyRunWithTheShippedCatalogs_passesAndListsEveryRequirementUncovered() throws Exception {
    Path out = finishRun("waivers: []\n");

    assertThat(ComplianceRun.readVerdict(out).exitCode()).isZero();
    assertThat(Files.readString(out.resolve("summary.md")))
        .contains("Requirements with no scenario (");
  }
}
