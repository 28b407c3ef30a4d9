package io.atrest.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private static final Template.Values VALUES =
      key ->
          Optional.ofNullable(
              Map.of("aws:username", "alice", "aws:principaltag/team", "db").get(key));

  @Test
  void variablesDisabled_keepTheTextLiteral() {
    Template template = Template.parse("home/${aws:username}", false);
    assertThat(template.hasVariables()).isFalse();
    assertThat(template.resolve(VALUES).orElseThrow().text()).isEqualTo("home/${aws:username}");
  }

  @Test
  void variable_isReplacedByTheKeysValue() {
    assertThat(Template.parse("home/${aws:username}/*", true).resolve(VALUES).orElseThrow().text())
        .isEqualTo("home/alice/*");
  }

  @Test
  void variableKeyName_isCaseInsensitive() {
    assertThat(Template.parse("${AWS:UserName}", true).resolve(VALUES).orElseThrow().text())
        .isEqualTo("alice");
  }

  @Test
  void absentKey_resolvesToNothing() {
    assertThat(Template.parse("${aws:userid}", true).resolve(VALUES)).isEmpty();
  }

  @Test
  void absentKeyWithDefault_takesTheDefault() {
    assertThat(
            Template.parse("${aws:PrincipalTag/dept, 'company-wide'}", true)
                .resolve(VALUES)
                .orElseThrow()
                .text())
        .isEqualTo("company-wide");
    assertThat(
            Template.parse("${aws:PrincipalTag/team,'x'}", true)
                .resolve(VALUES)
                .orElseThrow()
                .text())
        .isEqualTo("db");
  }

  @Test
  void escapes_giveLiteralCharactersMarkedLiteral() {
    Template.Resolved resolved =
        Template.parse("a${*}b${?}c${$}", true).resolve(VALUES).orElseThrow();
    assertThat(resolved.text()).isEqualTo("a*b?c$");
    assertThat(resolved.literal().get(1)).isTrue();
    assertThat(resolved.literal().get(3)).isTrue();
    assertThat(resolved.literal().get(0)).isFalse();
  }

  @Test
  void substitutedValues_areMarkedLiteral() {
    Template.Resolved resolved =
        Template.parse("x${aws:username}", true).resolve(VALUES).orElseThrow();
    assertThat(resolved.literal().cardinality()).isEqualTo(5);
    assertThat(resolved.literal().get(0)).isFalse();
  }

  @Test
  void malformedVariables_stayLiteral() {
    assertThat(Template.parse("${aws:username", true).hasVariables()).isFalse();
    assertThat(Template.parse("${}", true).hasVariables()).isFalse();
    assertThat(Template.parse("${a, default}", true).hasVariables()).isFalse();
    assertThat(Template.parse("${}x${aws:username}", true).resolve(VALUES).orElseThrow().text())
        .isEqualTo("${}xalice");
  }
}
