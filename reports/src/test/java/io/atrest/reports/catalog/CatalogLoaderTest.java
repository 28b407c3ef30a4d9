package io.atrest.reports.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.reports.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

  @TempDir Path dir;

  @Test
  void fromFiles_readsControlsWithReferences() {
    Catalog catalog = TestData.catalog();

    assertThat(catalog.controls())
        .extracting(Control::id)
        .containsExactly("TST-KM-01", "TST-AC-02", "TST-AU-03");
    assertThat(catalog.control("TST-KM-01").orElseThrow().references())
        .containsExactly(
            new Reference("NIST SP 800-53 Rev. 5", "SC-12"), new Reference("PCI DSS 4.0", "3.7.4"));
  }

  @Test
  void fromFiles_readsRequirementsWithSeedControlsAndRetirement() {
    Catalog catalog = TestData.catalog();

    Requirement first = catalog.requirement("TST-REQ-001").orElseThrow();
    assertThat(first.seed()).isEqualTo("001_seed.txt");
    assertThat(first.controls()).containsExactly("TST-KM-01");
    assertThat(first.retired()).isFalse();
    assertThat(catalog.requirement("TST-REQ-004").orElseThrow().retired()).isTrue();
  }

  @Test
  void fromClasspath_readsTheCatalogsTheFixturesShip() {
    Catalog catalog = CatalogLoader.fromClasspath(getClass().getClassLoader());

    assertThat(catalog.controls()).isNotEmpty();
    assertThat(catalog.requirements()).isNotEmpty();
    // Catalog.of already refused any requirement citing an unknown control; check one resolves.
    Requirement any = catalog.requirements().get(0);
    assertThat(catalog.control(any.controls().get(0))).isPresent();
  }

  @Test
  void missingFile_failsNamingThePath() {
    Path missing = dir.resolve("nope.json");

    assertThatThrownBy(() -> CatalogLoader.fromFiles(missing, TestData.requirementsFile()))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void requirementCitingUnknownControl_fails() throws IOException {
    Path requirements =
        write(
            "{\"requirements\":[{\"id\":\"R-1\",\"seed\":\"s\",\"statement\":\"x\","
                + "\"controls\":[\"NOPE-01\"]}]}");

    assertThatThrownBy(() -> CatalogLoader.fromFiles(TestData.controlsFile(), requirements))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("`R-1`")
        .hasMessageContaining("`NOPE-01`");
  }

  @Test
  void duplicateControlId_fails() {
    Control c = new Control("C-1", "t", "d", List.of());

    assertThatThrownBy(() -> Catalog.of(List.of(c, c), List.of()))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("`C-1` appears twice");
  }

  @Test
  void controlWithoutTitle_failsNamingTheEntry() throws IOException {
    Path controls = write("{\"controls\":[{\"id\":\"C-1\",\"description\":\"d\"}]}");

    assertThatThrownBy(() -> CatalogLoader.fromFiles(controls, TestData.requirementsFile()))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("/controls/0")
        .hasMessageContaining("`title`");
  }

  @Test
  void fileWithoutTheArray_fails() throws IOException {
    Path controls = write("[]");

    assertThatThrownBy(() -> CatalogLoader.fromFiles(controls, TestData.requirementsFile()))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("`controls` array");
  }

  private Path write(String json) throws IOException {
    Path file = Files.createTempFile(dir, "catalog", ".json");
    Files.writeString(file, json);
    return file;
  }
}
