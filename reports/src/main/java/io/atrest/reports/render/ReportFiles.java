package io.atrest.reports.render;

import io.atrest.reports.model.ComplianceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every report file of one run into the report folder. */
public final class ReportFiles {

  public static final String HTML = "index.html";
  public static final String JSON = "compliance.json";
  public static final String JUNIT = "junit.xml";
  public static final String SUMMARY = "summary.md";
  public static final String SARIF = "policy-validation.sarif";
  public static final String VERDICT = "verdict.json";

  private ReportFiles() {}

  /**
   * Writes the report into {@code dir} (created if needed) and returns the files written. {@value
   * #SARIF} is written only when the run validated policy files; a stale one from an earlier run is
   * removed, so the folder never shows findings this run did not make.
   */
  public static List<Path> write(ComplianceReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(write(dir.resolve(HTML), HtmlReportWriter.render(report)));
    written.add(write(dir.resolve(JSON), JsonReportWriter.render(report)));
    written.add(write(dir.resolve(JUNIT), JunitXmlWriter.render(report)));
    written.add(write(dir.resolve(SUMMARY), MarkdownSummaryWriter.render(report)));
    if (report.policyFindings().isEmpty()) {
      Files.deleteIfExists(dir.resolve(SARIF));
    } else {
      written.add(write(dir.resolve(SARIF), SarifWriter.render(report.policyFindings())));
    }
    // Last, so a reader that sees the verdict can trust the other files are complete.
    written.add(write(dir.resolve(VERDICT), VerdictWriter.render(report.verdict())));
    return written;
  }

  private static Path write(Path file, String content) throws IOException {
    // Written beside the target and moved over it, so a reader never sees half a file; not
    // createTempFile, whose owner-only permissions would hide the report from CI artifact readers.
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temp, content, StandardCharsets.UTF_8);
    return Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
