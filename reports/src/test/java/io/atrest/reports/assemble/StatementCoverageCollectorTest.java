package io.atrest.reports.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.reports.TestData;
import io.atrest.reports.evidence.Evidence;
import io.atrest.reports.evidence.EvidenceParser;
import io.atrest.reports.model.PolicyCoverage;
import io.atrest.reports.model.RunOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCoverageCollectorTest {

  private static Evidence allow(String statement) {
    return EvidenceParser.parse(
        "allow",
        ("{\"kind\":\"decision\",\"request\":{\"principal\":\"p\","
                + "\"action\":\"kms:Decrypt\",\"resource\":\"r\"},\"decision\":\"ALLOW\",\"reasons\":[{"
                + "\"kind\":\"ALLOWED_BY\",\"policy\":\"key-policy\",\"statement\":\""
                + statement
                + "\","
                + "\"message\":\"m\"}],\"policy\":{\"name\":\"key-policy\",\"statements\":"
                + "[\"EnableIamDelegation\",\"AllowTableUse\",\"DenyOutsideDynamoDB\"]}}")
            .getBytes());
  }

  private static List<PolicyCoverage> collect(Evidence... evidence) {
    return StatementCoverageCollector.collect(
        List.of(TestData.run("s", 1, RunOutcome.PASSED, List.of(), evidence)));
  }

  @Test
  void statementsThatDecidedNothing_areListedAsNeverDecided() {
    List<PolicyCoverage> coverage = collect(TestData.evidence("decision-deny.json"));

    assertThat(coverage)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.policy()).isEqualTo("key-policy");
              assertThat(p.decided()).containsExactly("DenyOutsideDynamoDB");
              assertThat(p.neverDecided()).containsExactly("EnableIamDelegation", "AllowTableUse");
            });
  }

  @Test
  void nearMisses_doNotCountAsDeciding() {
    // decision-deny.json has AllowTableUse as a NEAR_MISS; a near miss decided nothing.
    List<PolicyCoverage> coverage = collect(TestData.evidence("decision-deny.json"));

    assertThat(coverage.get(0).neverDecided()).contains("AllowTableUse");
  }

  @Test
  void decisionsAcrossScenarios_areCountedPerStatement() {
    List<PolicyCoverage> coverage =
        collect(
            allow("AllowTableUse"),
            allow("AllowTableUse"),
            TestData.evidence("decision-deny.json"));

    assertThat(coverage.get(0).statements())
        .containsExactly(
            new PolicyCoverage.StatementUse("EnableIamDelegation", 0, true),
            new PolicyCoverage.StatementUse("AllowTableUse", 2, true),
            new PolicyCoverage.StatementUse("DenyOutsideDynamoDB", 1, true));
  }

  @Test
  void statementMissingFromThePolicyList_isShownAsUndeclared() {
    List<PolicyCoverage> coverage = collect(allow("Ghost"));

    assertThat(coverage.get(0).statements())
        .contains(new PolicyCoverage.StatementUse("Ghost", 1, false));
  }

  @Test
  void noDecisionEvidence_meansNoCoverageEntries() {
    assertThat(collect(TestData.evidence("trail.json"))).isEmpty();
  }
}
