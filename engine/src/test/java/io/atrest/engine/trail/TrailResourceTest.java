package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrailResourceTest {

  @Test
  void kmsKey_takesTheAccountFromTheArn() {
    TrailResource key = TrailResource.kmsKey("arn:aws:kms:eu-west-1:444455556666:key/abc");

    assertThat(key.accountId()).isEqualTo("444455556666");
    assertThat(key.type()).isEqualTo("AWS::KMS::Key");
  }

  @Test
  void dynamodbTable_hasTheTableType() {
    assertThat(
            TrailResource.dynamodbTable("arn:aws:dynamodb:us-west-2:111122223333:table/Books")
                .type())
        .isEqualTo("AWS::DynamoDB::Table");
  }

  @Test
  void keyIdInsteadOfArn_isRefusedNamingIt() {
    assertThatThrownBy(() -> TrailResource.kmsKey("1234abcd-12ab-34cd-56ef-1234567890ab"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`1234abcd-12ab-34cd-56ef-1234567890ab` is not an ARN");
  }

  @Test
  void missingType_isRefused() {
    assertThatThrownBy(() -> new TrailResource("111122223333", "", "arn:aws:kms:us-west-2:1:key/a"))
        .hasMessageContaining("resources[].type is required");
  }
}
