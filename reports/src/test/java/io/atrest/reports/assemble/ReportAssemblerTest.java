package io.atrest.reports.assemble;

import static io.atrest.reports.TestData.TODAY;
import static io.atrest.reports.TestData.assemble;
import static io.atrest.reports.TestData.controlWaiver;
import static io.atrest.reports.TestData.run;
import static io.atrest.reports.TestData.scenarioWaiver;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.reports.TestData;
import io.atrest.reports.evidence.EvidenceParser;
import io.atrest.reports.model.ComplianceReport;
import io.atrest.reports.model.ControlResult;
import io.atrest.reports.model.Problem;
import io.atrest.reports.model.RequirementResult;
import io.atrest.reports.model.RunOutcome;
import io.atrest.reports.model.ScenarioRun;
import io.atrest.reports.model.ScenarioStatus;
import io.atrest.reports.model.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {

  private static final List<String> KM = List.of("@control:TST-KM-01", "@req:TST-REQ-001");

  private static ControlResult control(ComplianceReport report, String id) {
    return report.controls().stream()
        .filter(c -> c.control().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static RequirementResult requirement(ComplianceReport report, String id) {
    return report.requirements().stream()
        .filter(r -> r.requirement().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void allScenariosPassed_exitsZero() {
    ComplianceReport report = assemble(List.of(run("ok", 3, RunOutcome.PASSED, KM)), List.of());

    assertThat(report.verdict().exitCode()).isZero();
    assertThat(control(report, "TST-KM-01").verdict()).isEqualTo(Verdict.PASS);
    assertThat(requirement(report, "TST-REQ-001").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void failedScenario_failsItsControlRequirementAndRun() {
    ComplianceReport report =
        assemble(
            List.of(run("ok", 3, RunOutcome.PASSED, KM), run("bad", 9, RunOutcome.FAILED, KM)),
            List.of());

    assertThat(control(report, "TST-KM-01").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(requirement(report, "TST-REQ-001").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(requirement(report, "TST-REQ-001").scenarioIds())
        .containsExactly(TestData.FEATURE + ":3", TestData.FEATURE + ":9");
    assertThat(report.verdict().exitCode()).isEqualTo(1);
    assertThat(report.verdict().reasons()).anyMatch(r -> r.contains("`bad`"));
  }

  @Test
  void controlWithNoScenario_isNotCoveredAndListed() {
    ComplianceReport report = assemble(List.of(run("ok", 3, RunOutcome.PASSED, KM)), List.of());

    assertThat(control(report, "TST-AU-03").verdict()).isEqualTo(Verdict.NOT_COVERED);
    assertThat(control(report, "TST-AU-03").scenarios()).isEmpty();
    assertThat(report.controlCounts().notCovered()).isEqualTo(2);
  }

  @Test
  void uncoveredRequirement_isListedNotHidden() {
    ComplianceReport report = assemble(List.of(run("ok", 3, RunOutcome.PASSED, KM)), List.of());

    assertThat(requirement(report, "TST-REQ-003").verdict()).isEqualTo(Verdict.NOT_COVERED);
    assertThat(report.requirementCounts().total()).isEqualTo(3);
  }

  @Test
  void retiredRequirement_getsNoVerdict() {
    ComplianceReport report = assemble(List.of(), List.of());

    assertThat(report.requirements())
        .extracting(r -> r.requirement().id())
        .doesNotContain("TST-REQ-004");
  }

  @Test
  void skippedScenario_coversNothing() {
    ComplianceReport report = assemble(List.of(run("skip", 3, RunOutcome.SKIPPED, KM)), List.of());

    assertThat(control(report, "TST-KM-01").verdict()).isEqualTo(Verdict.NOT_COVERED);
    assertThat(report.verdict().exitCode()).isZero();
  }

  @Test
  void failureWaivedByScenarioName_isWaivedNotPassed() {
    ComplianceReport report =
        assemble(
            List.of(run("bad", 9, RunOutcome.FAILED, KM)),
            List.of(scenarioWaiver("bad", TODAY.plusDays(1))));

    assertThat(report.scenarios().get(0).status()).isEqualTo(ScenarioStatus.WAIVED);
    assertThat(control(report, "TST-KM-01").verdict()).isEqualTo(Verdict.WAIVED);
    assertThat(requirement(report, "TST-REQ-001").verdict()).isEqualTo(Verdict.WAIVED);
    assertThat(report.verdict().exitCode()).isZero();
    assertThat(report.waivers().get(0).waivedScenarioIds())
        .containsExactly(TestData.FEATURE + ":9");
  }

  @Test
  void waiverOnItsExpiryDay_stillWaives() {
    ComplianceReport report =
        assemble(
            List.of(run("bad", 9, RunOutcome.FAILED, KM)), List.of(scenarioWaiver("bad", TODAY)));

    assertThat(report.verdict().exitCode()).isZero();
  }

  @Test
  void expiredWaiver_failsTheRunNamingItAndWaivesNothing() {
    ComplianceReport report =
        assemble(
            List.of(run("bad", 9, RunOutcome.FAILED, KM)),
            List.of(scenarioWaiver("bad", TODAY.minusDays(1))));

    assertThat(report.scenarios().get(0).status()).isEqualTo(ScenarioStatus.FAILED);
    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.EXPIRED_WAIVER);
              assertThat(p.message())
                  .contains("scenario `bad`")
                  .contains("expired on " + TODAY.minusDays(1));
            });
    assertThat(report.verdict().exitCode()).isEqualTo(1);
  }

  @Test
  void expiredUnusedWaiver_stillFailsTheRun() {
    ComplianceReport report =
        assemble(
            List.of(run("ok", 3, RunOutcome.PASSED, KM)),
            List.of(scenarioWaiver("ok", TODAY.minusDays(1))));

    assertThat(report.verdict().exitCode()).isEqualTo(1);
  }

  @Test
  void controlWaiver_waivesOnlyThatControl() {
    ScenarioRun twoControls =
        run("bad", 9, RunOutcome.FAILED, List.of("@control:TST-KM-01", "@control:TST-AC-02"));

    ComplianceReport report =
        assemble(List.of(twoControls), List.of(controlWaiver("TST-KM-01", TODAY.plusDays(5))));

    assertThat(control(report, "TST-KM-01").verdict()).isEqualTo(Verdict.WAIVED);
    assertThat(control(report, "TST-AC-02").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(report.scenarios().get(0).status()).isEqualTo(ScenarioStatus.FAILED);
    assertThat(report.verdict().exitCode()).isEqualTo(1);
  }

  @Test
  void controlWaiversOnEveryControl_waiveTheScenario() {
    ComplianceReport report =
        assemble(
            List.of(run("bad", 9, RunOutcome.FAILED, KM)),
            List.of(controlWaiver("TST-KM-01", TODAY.plusDays(5))));

    assertThat(report.scenarios().get(0).status()).isEqualTo(ScenarioStatus.WAIVED);
    assertThat(report.verdict().exitCode()).isZero();
  }

  @Test
  void waiverNamingUnknownControl_isAConfigurationError() {
    ComplianceReport report =
        assemble(
            List.of(run("ok", 3, RunOutcome.PASSED, KM)),
            List.of(controlWaiver("TST-NOPE-99", TODAY.plusDays(5))));

    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.UNKNOWN_WAIVER_TARGET);
              assertThat(p.message()).contains("`TST-NOPE-99`");
            });
    assertThat(report.verdict().exitCode()).isEqualTo(2);
  }

  @Test
  void waiverNamingUnknownScenario_isAConfigurationError() {
    ComplianceReport report =
        assemble(
            List.of(run("ok", 3, RunOutcome.PASSED, KM)),
            List.of(scenarioWaiver("no such scenario", TODAY.plusDays(5))));

    assertThat(report.verdict().exitCode()).isEqualTo(2);
  }

  @Test
  void unknownControlTag_isListedAndFailsTheRun() {
    ComplianceReport report =
        assemble(
            List.of(run("ok", 3, RunOutcome.PASSED, List.of("@control:TST-XX-99"))), List.of());

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.UNKNOWN_CONTROL);
              assertThat(p.message()).contains("`@control:TST-XX-99`");
            });
    assertThat(report.verdict().exitCode()).isEqualTo(1);
  }

  @Test
  void unknownRequirementTag_isListedAndFailsTheRun() {
    ComplianceReport report =
        assemble(List.of(run("ok", 3, RunOutcome.PASSED, List.of("@req:TST-REQ-999"))), List.of());

    assertThat(report.problems())
        .extracting(Problem::kind)
        .containsExactly(Problem.Kind.UNKNOWN_REQUIREMENT);
    assertThat(report.verdict().exitCode()).isEqualTo(1);
  }

  @Test
  void retiredRequirementTag_isAWarningOnly() {
    ComplianceReport report =
        assemble(List.of(run("ok", 3, RunOutcome.PASSED, List.of("@req:TST-REQ-004"))), List.of());

    assertThat(report.problems())
        .extracting(Problem::kind)
        .containsExactly(Problem.Kind.RETIRED_REQUIREMENT);
    assertThat(report.verdict().exitCode()).isZero();
  }

  @Test
  void malformedEvidence_isReportedWithoutFailingTheRun() {
    ComplianceReport report =
        assemble(
            List.of(
                run(
                    "ok",
                    3,
                    RunOutcome.PASSED,
                    KM,
                    EvidenceParser.parse("bad", "{\"kind\":\"decision\"}".getBytes()))),
            List.of());

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.MALFORMED_EVIDENCE);
              assertThat(p.message()).contains("`bad`");
            });
    assertThat(report.verdict().exitCode()).isZero();
  }

  @Test
  void configurationProblem_winsOverFailures() {
    ReportInput input =
        new ReportInput(
            List.of(run("bad", 9, RunOutcome.FAILED, KM)),
            Set.of("bad"),
            Optional.empty(),
            List.of(),
            List.of(new Problem(Problem.Kind.CONFIGURATION, "catalog", "not found")),
            Instant.EPOCH,
            TODAY);

    ComplianceReport report = ReportAssembler.assemble(input);

    assertThat(report.verdict().exitCode()).isEqualTo(2);
    assertThat(report.verdict().outcome()).isEqualTo("CONFIGURATION_ERROR");
    assertThat(report.verdict().reasons()).contains("not found");
  }
}
