package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.GetKeyPolicyRequest;
import io.atrest.engine.kms.api.ListKeyPoliciesRequest;
import io.atrest.engine.kms.api.PutKeyPolicyRequest;
import io.atrest.engine.kms.error.MalformedPolicyDocumentException;
import io.atrest.engine.kms.error.NotFoundException;
import org.junit.jupiter.api.Test;

class KeyPoliciesTest {

  private final KmsTestbed bed = new KmsTestbed();

  private static String onlyBobMayDecrypt() {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
        + "\"arn:aws:iam::"
        + ACCOUNT
        + ":user/bob\"},\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}]}";
  }

  @Test
  void putKeyPolicy_replacesThePolicy() {
    KeyMetadata key = bed.newKey();
    String policy = KmsTestbed.keyPolicy();
    bed.kms.putKeyPolicy(PutKeyPolicyRequest.of(bed.caller(bed.alice), key.keyId(), policy));
    assertThat(
            bed.kms
                .getKeyPolicy(GetKeyPolicyRequest.of(bed.caller(bed.alice), key.keyId()))
                .policy())
        .isEqualTo(policy);
  }

  @Test
  void policyNamingUnknownUser_isMalformed() {
    KeyMetadata key = bed.newKey();
    String policy =
        KmsTestbed.keyPolicy(
            "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
                + ACCOUNT
                + ":user/ghost\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}");
    assertThatThrownBy(
            () ->
                bed.kms.putKeyPolicy(
                    PutKeyPolicyRequest.of(bed.caller(bed.alice), key.keyId(), policy)))
        .isInstanceOf(MalformedPolicyDocumentException.class)
        .hasMessage("Policy contains a statement with one or more invalid principals.");
  }

  @Test
  void policyNamingUnknownAccount_isMalformed() {
    String policy =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
            + "{\"AWS\":\"999999999999\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
    assertThatThrownBy(() -> bed.newKey(policy))
        .isInstanceOf(MalformedPolicyDocumentException.class)
        .hasMessage("Policy contains a statement with one or more invalid principals.");
  }

  @Test
  void policyThatLocksOutTheCaller_failsTheSafetyCheck() {
    KeyMetadata key = bed.newKey();
    assertThatThrownBy(
            () ->
                bed.kms.putKeyPolicy(
                    PutKeyPolicyRequest.of(
                        bed.caller(bed.alice), key.keyId(), onlyBobMayDecrypt())))
        .isInstanceOf(MalformedPolicyDocumentException.class)
        .hasMessage(
            "The new key policy will not allow you to update the key policy in the future.");
  }

  @Test
  void createKeyWithLockoutPolicy_failsTheSafetyCheck() {
    assertThatThrownBy(() -> bed.newKey(onlyBobMayDecrypt()))
        .isInstanceOf(MalformedPolicyDocumentException.class)
        .hasMessage(
            "The new key policy will not allow you to update the key policy in the future.");
  }

  @Test
  void bypassingTheSafetyCheck_storesALockoutPolicy() {
    KeyMetadata key =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.caller(bed.alice))
                    .withPolicy(onlyBobMayDecrypt())
                    .bypassingLockoutCheck())
            .keyMetadata();
    assertThat(key.keyState()).isEqualTo(KeyState.ENABLED);
  }

  @Test
  void malformedJson_isMalformedPolicyDocument() {
    KeyMetadata key = bed.newKey();
    assertThatThrownBy(
            () ->
                bed.kms.putKeyPolicy(
                    PutKeyPolicyRequest.of(bed.caller(bed.alice), key.keyId(), "{\"Version\":")))
        .isInstanceOf(MalformedPolicyDocumentException.class);
  }

  @Test
  void policyNameOtherThanDefault_isNotFound() {
    KeyMetadata key = bed.newKey();
    assertThatThrownBy(
            () ->
                bed.kms.getKeyPolicy(
                    new GetKeyPolicyRequest(bed.caller(bed.alice), key.keyId(), "other")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("other");
  }

  @Test
  void listKeyPolicies_isDefault() {
    KeyMetadata key = bed.newKey();
    assertThat(
            bed.kms
                .listKeyPolicies(ListKeyPoliciesRequest.of(bed.caller(bed.alice), key.keyId()))
                .policyNames())
        .containsExactly("default");
  }
}
