package io.atrest.reports.waiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversFileTest {

  @TempDir Path dir;

  @Test
  void yaml_readsScenarioAndControlWaivers() throws IOException {
    Path file = dir.resolve("waivers.yaml");
    Files.writeString(
        file,
        """
        waivers:
          - scenario: "Decrypt under a disabled key fails"
            justification: tracked in SEC-123
            owner: alice@example.com
            expires: 2026-12-31
          - control: TST-KM-01
            justification: control under redesign
            owner: bob@example.com
            expires: "2026-07-01"
        """);

    List<Waiver> waivers = WaiversFile.read(file);

    assertThat(waivers)
        .containsExactly(
            new Waiver(
                new WaiverTarget.Scenario("Decrypt under a disabled key fails"),
                "tracked in SEC-123",
                "alice@example.com",
                LocalDate.of(2026, 12, 31)),
            new Waiver(
                new WaiverTarget.Control("TST-KM-01"),
                "control under redesign",
                "bob@example.com",
                LocalDate.of(2026, 7, 1)));
  }

  @Test
  void json_readsWaivers() throws IOException {
    Path file = dir.resolve("waivers.json");
    Files.writeString(
        file,
        "{\"waivers\":[{\"control\":\"C-1\",\"justification\":\"j\","
            + "\"owner\":\"o\",\"expires\":\"2027-01-01\"}]}");

    assertThat(WaiversFile.read(file))
        .singleElement()
        .satisfies(w -> assertThat(w.target()).isEqualTo(new WaiverTarget.Control("C-1")));
  }

  @Test
  void unknownMember_failsNamingIt() {
    assertThatThrownBy(
            () ->
                parse(
                    "waivers:\n  - control: C-1\n    justification: j\n"
                        + "    owner: o\n    expiry: 2026-01-01\n"))
        .isInstanceOf(WaiverException.class)
        .hasMessageContaining("waivers[0]")
        .hasMessageContaining("`expiry`");
  }

  @Test
  void bothScenarioAndControl_fails() {
    assertThatThrownBy(
            () ->
                parse(
                    "waivers:\n  - control: C-1\n    scenario: S\n"
                        + "    justification: j\n    owner: o\n    expires: 2026-01-01\n"))
        .isInstanceOf(WaiverException.class)
        .hasMessageContaining("exactly one of");
  }

  @Test
  void missingExpiry_fails() {
    assertThatThrownBy(
            () -> parse("waivers:\n  - control: C-1\n    justification: j\n    owner: o\n"))
        .isInstanceOf(WaiverException.class)
        .hasMessageContaining("`expires`");
  }

  @Test
  void malformedDate_failsNamingTheValue() {
    assertThatThrownBy(
            () ->
                parse(
                    "waivers:\n  - control: C-1\n    justification: j\n"
                        + "    owner: o\n    expires: 31/12/2026\n"))
        .isInstanceOf(WaiverException.class)
        .hasMessageContaining("`31/12/2026`");
  }

  @Test
  void blankJustification_fails() {
    assertThatThrownBy(
            () ->
                parse(
                    "waivers:\n  - control: C-1\n    justification: ' '\n"
                        + "    owner: o\n    expires: 2026-01-01\n"))
        .isInstanceOf(WaiverException.class)
        .hasMessageContaining("`justification`");
  }

  @Test
  void fileWithoutWaiversList_fails() {
    assertThatThrownBy(() -> parse("- control: C-1\n"))
        .isInstanceOf(WaiverException.class)
        .hasMessageContaining("`waivers` list");
  }

  @Test
  void notYaml_failsNamingTheFile() {
    assertThatThrownBy(() -> WaiversFile.parse("w.yaml", "waivers: [unclosed", false))
        .isInstanceOf(WaiverException.class)
        .hasMessageContaining("`w.yaml` is not YAML");
  }

  @Test
  void waiverIsInForceThroughItsExpiryDay() {
    Waiver w = new Waiver(new WaiverTarget.Control("C-1"), "j", "o", LocalDate.of(2026, 6, 1));

    assertThat(w.expiredOn(LocalDate.of(2026, 6, 1))).isFalse();
    assertThat(w.expiredOn(LocalDate.of(2026, 6, 2))).isTrue();
  }

  @Test
  void controlWaiverCoversOnlyItsControl() {
    Waiver w = new Waiver(new WaiverTarget.Control("C-1"), "j", "o", LocalDate.of(2026, 6, 1));

    assertThat(w.covers("any scenario", "C-1")).isTrue();
    assertThat(w.covers("any scenario", "C-2")).isFalse();
  }

  private static List<Waiver> parse(String yaml) {
    return WaiversFile.parse("waivers.yaml", yaml, false);
  }
}
