package io.atrest.reports.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginOptionsTest {

  @TempDir Path work;

  @Test
  void noArgument_usesTheDefaultFolderAndClasspathCatalogs() {
    PluginOptions options = PluginOptions.parse(null, Map.of(), work);

    assertThat(options.reportDir()).isEqualTo(work.resolve("target/atrest-report"));
    assertThat(options.controls()).isEmpty();
    assertThat(options.waivers()).isEmpty();
    assertThat(options.problems()).isEmpty();
  }

  @Test
  void bareArgument_isTheReportFolder() {
    assertThat(PluginOptions.parse("out/report", Map.of(), work).reportDir())
        .isEqualTo(work.resolve("out/report"));
  }

  @Test
  void keyValueArgument_setsEachOption() throws Exception {
    Files.writeString(work.resolve("w.json"), "{\"waivers\":[]}");

    PluginOptions options =
        PluginOptions.parse(
            "dir=r;controls=c.json;requirements=q.json;waivers=w.json", Map.of(), work);

    assertThat(options.reportDir()).isEqualTo(work.resolve("r"));
    assertThat(options.controls()).contains(work.resolve("c.json"));
    assertThat(options.requirements()).contains(work.resolve("q.json"));
    assertThat(options.waivers()).contains(work.resolve("w.json"));
    assertThat(options.problems()).isEmpty();
  }

  @Test
  void systemProperty_isTheFallback() {
    PluginOptions options =
        PluginOptions.parse(null, Map.of("atrest.report.dir", "from-property"), work);

    assertThat(options.reportDir()).isEqualTo(work.resolve("from-property"));
  }

  @Test
  void unknownOption_isAProblemNamingIt() {
    assertThat(PluginOptions.parse("dir=r;colour=red", Map.of(), work).problems())
        .singleElement()
        .asString()
        .contains("`colour=red`");
  }

  @Test
  void onlyOneCatalogPath_isAProblem() {
    assertThat(PluginOptions.parse("controls=c.json", Map.of(), work).problems())
        .singleElement()
        .asString()
        .contains("both `controls` and `requirements`");
  }

  @Test
  void missingExplicitWaiversFile_isAProblem() {
    assertThat(PluginOptions.parse("waivers=nope.yaml", Map.of(), work).problems())
        .singleElement()
        .asString()
        .contains("nope.yaml")
        .contains("does not exist");
  }

  @Test
  void waiversFileInTheWorkingFolder_isFoundByDefault() throws Exception {
    Files.writeString(work.resolve("waivers.yml"), "waivers: []\n");

    assertThat(PluginOptions.parse(null, Map.of(), work).waivers())
        .contains(work.resolve("waivers.yml"));
  }
}
