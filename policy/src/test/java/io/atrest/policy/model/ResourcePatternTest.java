package io.atrest.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.policy.SourceLocation;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourcePatternTest {

  @Test
  void patternWithoutVariables_isCompiledOnce() {
    ResourcePattern p =
        ResourcePattern.of("arn:aws:kms:*:111122223333:key/*", true, SourceLocation.root());
    assertThat(p.compiled()).isPresent();
    assertThat(p.template().hasVariables()).isFalse();
  }

  @Test
  void variablesInTheResourcePart_areRecognised() {
    ResourcePattern p =
        ResourcePattern.of("arn:aws:s3:::bucket/${aws:username}/*", true, SourceLocation.root());
    assertThat(p.compiled()).isEmpty();
    Template.Values values = key -> Optional.ofNullable(Map.of("aws:username", "alice").get(key));
    assertThat(p.template().resolve(values).orElseThrow().text())
        .isEqualTo("arn:aws:s3:::bucket/alice/*");
  }

  @Test
  void variablesBeforeTheFifthColon_areLiteral() {
    ResourcePattern p =
        ResourcePattern.of(
            "arn:aws:kms:${aws:RequestedRegion}:111122223333:key/*", true, SourceLocation.root());
    assertThat(p.compiled()).isPresent();
  }

  @Test
  void variablesUnderOldVersion_areLiteral() {
    ResourcePattern p =
        ResourcePattern.of("arn:aws:s3:::bucket/${aws:username}", false, SourceLocation.root());
    assertThat(p.compiled()).isPresent();
    assertThat(p.compiled().get().matches("arn:aws:s3:::bucket/${aws:username}")).isTrue();
  }
}
