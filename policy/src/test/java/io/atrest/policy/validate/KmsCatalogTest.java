package io.atrest.policy.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KmsCatalogTest {

  private final KmsCatalog catalog = KmsCatalog.instance();

  @Test
  void catalog_holdsTheKmsPermissionsNotTheApiOperationReEncrypt() {
    assertThat(catalog.actions())
        .contains(
            "ReEncryptFrom",
            "ReEncryptTo",
            "SynchronizeMultiRegionKey",
            "GetKeyLastUsage",
            "RotateKeyOnDemand",
            "DeriveSharedSecret")
        .doesNotContain("ReEncrypt")
        .doesNotHaveDuplicates();
  }

  @Test
  void pattern_matchesEveryActionItCovers() {
    assertThat(catalog.matching("GenerateDataKey*"))
        .containsExactly(
            "GenerateDataKey",
            "GenerateDataKeyPair",
            "GenerateDataKeyPairWithoutPlaintext",
            "GenerateDataKeyWithoutPlaintext");
  }

  @Test
  void closest_suggestsATypoFix() {
    assertThat(catalog.closest("Encrpyt")).contains("Encrypt");
  }

  @Test
  void closest_isEmptyForAnUnrelatedName() {
    assertThat(catalog.closest("LaunchInstances")).isEmpty();
  }

  @Test
  void encryptionContextPrefix_matchesAnyContextKeyIgnoringCase() {
    assertThat(catalog.conditionKey("KMS:EncryptionContext:aws:dynamodb:tableName"))
        .hasValueSatisfying(
            k -> {
              assertThat(k.name()).isEqualTo("kms:EncryptionContext:");
              assertThat(k.multiValued()).isFalse();
              assertThat(k.refusesForAllValues()).isTrue();
            });
  }

  @Test
  void bareEncryptionContextPrefix_isNotAKey() {
    assertThat(catalog.conditionKey("kms:EncryptionContext:")).isEmpty();
  }

  @Test
  void everyActionNamedByAConditionKey_isAKmsAction() {
    for (String key :
        new String[] {
          "kms:GrantOperations",
          "kms:EncryptionAlgorithm",
          "kms:RequestAlias",
          "kms:BypassPolicyLockoutSafetyCheck",
          "kms:WrappingKeySpec"
        }) {
      assertThat(catalog.conditionKey(key).orElseThrow().actions().orElseThrow())
          .as(key)
          .isSubsetOf(catalog.actions());
    }
  }
}
