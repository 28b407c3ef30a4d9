package io.atrest.features.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyRefTest {

  @Test
  void scenarioKey_isNotAwsManaged() {
    assertThat(KeyRef.parse("key \"app-key\"")).isEqualTo(new KeyRef("app-key", false));
  }

  @Test
  void awsManagedKey_isNamedByItsAlias() {
    assertThat(KeyRef.parse("the AWS managed key \"aws/dynamodb\""))
        .isEqualTo(new KeyRef("aws/dynamodb", true));
  }
}
