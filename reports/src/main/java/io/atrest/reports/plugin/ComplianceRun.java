package io.atrest.reports.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atrest.reports.model.RunVerdict;
import io.atrest.reports.render.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How a launcher learns the verdict of a run the plugin reported on. Two ways, the same answer:
 *
 * <ul>
 *   <li>in the same JVM, {@link #lastVerdict()} after Cucumber returns;
 *   <li>across processes (or after the JVM is gone), {@link #readVerdict(Path)} on the report
 *       folder, which reads {@code verdict.json}: {@code {"exitCode":0|1|2,"outcome":...,
 *       "reasons":[...]}}.
 * </ul>
 *
 * A launcher should exit with the larger of Cucumber's own exit status and this one: Cucumber knows
 * nothing of waivers, catalogs or tags, and this verdict knows nothing of Cucumber usage errors.
 */
public final class ComplianceRun {

  private static final AtomicReference<RunVerdict> LAST = new AtomicReference<>();

  private ComplianceRun() {}

  /** The verdict of the last run this JVM reported on; empty before any run has finished. */
  public static Optional<RunVerdict> lastVerdict() {
    return Optional.ofNullable(LAST.get());
  }

  static void publish(RunVerdict verdict) {
    LAST.set(verdict);
  }

  /**
   * Reads {@code verdict.json} from a report folder.
   *
   * @throws IOException when the file is missing, unreadable or not a verdict
   */
  public static RunVerdict readVerdict(Path reportDir) throws IOException {
    Path file = reportDir.resolve(ReportFiles.VERDICT);
    JsonNode node = new ObjectMapper().readTree(Files.readString(file));
    JsonNode exit = node == null ? null : node.get("exitCode");
    if (exit == null || !exit.canConvertToInt() || exit.asInt() < 0 || exit.asInt() > 2) {
      throw new IOException("`" + file + "` has no exitCode of 0, 1 or 2");
    }
    List<String> reasons = new ArrayList<>();
    node.path("reasons").forEach(r -> reasons.add(r.asText()));
    return new RunVerdict(exit.asInt(), reasons);
  }
}
