package io.atrest.reports.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.reports.TestData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceParserTest {

  private static Evidence parse(String json) {
    return EvidenceParser.parse("test", json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decision_readsRequestReasonsConditionsAndStatements() {
    DecisionEvidence d = (DecisionEvidence) TestData.evidence("decision-deny.json");

    assertThat(d.decision()).isEqualTo("EXPLICIT_DENY");
    assertThat(d.denied()).isTrue();
    assertThat(d.request().principal()).isEqualTo("arn:aws:iam::111122223333:user/intruder");
    DecisionEvidence.Reason deny = d.reasons().get(0);
    assertThat(deny.determining()).isTrue();
    assertThat(deny.statement()).isEqualTo("DenyOutsideDynamoDB");
    assertThat(deny.location()).contains(new DecisionEvidence.Location("/Statement/1", 14, 5));
    DecisionEvidence.ConditionCheck check = deny.conditions().get(0);
    assertThat(check.operator()).isEqualTo("StringNotEquals");
    assertThat(check.key()).isEqualTo("kms:ViaService");
    assertThat(check.expected()).containsExactly("dynamodb.us-west-2.amazonaws.com");
    assertThat(check.actual()).isEmpty();
    assertThat(d.reasons().get(1).determining()).isFalse();
    assertThat(d.policies())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.statements())
                    .containsExactly(
                        "EnableIamDelegation", "AllowTableUse", "DenyOutsideDynamoDB"));
  }

  @Test
  void trail_keepsEveryEventRecord() {
    TrailEvidence t = (TrailEvidence) TestData.evidence("trail.json");

    assertThat(t.events())
        .singleElement()
        .satisfies(e -> assertThat(e.get("errorCode").asText()).isEqualTo("AccessDenied"));
  }

  @Test
  void keyStates_readsStateAndManager() {
    KeyStatesEvidence k = (KeyStatesEvidence) TestData.evidence("key-states.json");

    assertThat(k.keys())
        .singleElement()
        .satisfies(
            key -> {
              assertThat(key.state()).isEqualTo("Disabled");
              assertThat(key.keyManager()).isEqualTo("CUSTOMER");
              assertThat(key.alias()).isEqualTo("alias/books");
            });
  }

  @Test
  void kmsUsage_readsCountsAndCostExactly() {
    KmsUsageEvidence u = (KmsUsageEvidence) TestData.evidence("kms-usage.json");

    assertThat(u.requests()).contains(new KmsUsageEvidence.Requests("alias/books", "Decrypt", 3));
    assertThat(u.monthlyCostUsd()).isEqualByComparingTo(new BigDecimal("1.03"));
  }

  @Test
  void policyFindings_readsLocatedFindings() {
    PolicyFindingsEvidence f = (PolicyFindingsEvidence) TestData.evidence("policy-findings.json");

    assertThat(f.file()).isEqualTo("policies/app-key.json");
    assertThat(f.findings()).hasSize(2);
    assertThat(f.findings().get(1).code()).isEqualTo("UNKNOWN_ACTION");
    assertThat(f.findings().get(1).line()).isEqualTo(12);
  }

  @Test
  void note_readsText() {
    assertThat(parse("{\"kind\":\"note\",\"text\":\"cache expired\"}"))
        .isInstanceOfSatisfying(
            NoteEvidence.class, n -> assertThat(n.text()).isEqualTo("cache expired"));
  }

  @Test
  void unknownKind_isKeptAsRawJson() {
    Evidence e = parse("{\"kind\":\"grantList\",\"grants\":[1,2]}");

    assertThat(e).isInstanceOf(UnknownEvidence.class);
    assertThat(e.kind()).isEqualTo("grantList");
    assertThat(e.raw().get("grants").size()).isEqualTo(2);
  }

  @Test
  void notJson_isMalformedAndKeepsTheText() {
    Evidence e = parse("decision: ALLOW");

    assertThat(e)
        .isInstanceOfSatisfying(
            MalformedEvidence.class,
            m -> {
              assertThat(m.problems()).singleElement().asString().startsWith("not JSON");
              assertThat(m.raw().asText()).isEqualTo("decision: ALLOW");
            });
  }

  @Test
  void missingKind_isMalformedNamingKind() {
    Evidence e = parse("{\"events\":[]}");

    assertThat(e)
        .isInstanceOfSatisfying(
            MalformedEvidence.class,
            m -> assertThat(String.join(" ", m.problems())).contains("kind"));
  }

  @Test
  void decisionWithUnknownOutcome_isMalformedNamingTheField() {
    Evidence e =
        parse(
            "{\"kind\":\"decision\",\"request\":{\"principal\":\"p\",\"action\":\"a\","
                + "\"resource\":\"r\"},\"decision\":\"MAYBE\",\"reasons\":[]}");

    assertThat(e)
        .isInstanceOfSatisfying(
            MalformedEvidence.class,
            m -> assertThat(String.join(" ", m.problems())).contains("decision"));
  }

  @Test
  void kmsUsageWithNumericCost_isMalformed() {
    // Money travels as a decimal string so that no binary rounding creeps into an audit figure.
    Evidence e = parse("{\"kind\":\"kmsUsage\",\"requests\":[],\"monthlyCostUsd\":1.03}");

    assertThat(e).isInstanceOf(MalformedEvidence.class);
  }

  @Test
  void emptyAttachment_isMalformed() {
    assertThat(parse(""))
        .isInstanceOfSatisfying(
            MalformedEvidence.class,
            m -> assertThat(m.problems()).containsExactly("empty attachment"));
  }
}
