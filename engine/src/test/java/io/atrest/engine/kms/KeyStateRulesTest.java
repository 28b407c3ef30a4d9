package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.kms.error.KmsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key-state table of AWS-FACTS.md, row by row, for a key of origin AWS_KMS (and EXTERNAL where
 * the footnotes depend on imported material). Each cell is {@code OK} or the expected code and
 * message; {@code [2] or [3]} cells expect [3] (documented choice in {@link KeyStateRules}).
 */
class KeyStateRulesTest {

  private static final String ARN =
      "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final KeyState[] COLUMNS = {
    KeyState.ENABLED,
    KeyState.DISABLED,
    KeyState.PENDING_DELETION,
    KeyState.PENDING_IMPORT,
    KeyState.UNAVAILABLE,
    KeyState.CREATING,
    KeyState.UPDATING
  };
  private static final String OK = "OK";
  private static final String DIS = "DisabledException: " + ARN + " is disabled.";
  private static final String PD = "KMSInvalidStateException: " + ARN + " is pending deletion.";
  private static final String NPD =
      "KMSInvalidStateException: " + ARN + " is not pending deletion.";
  private static final String PI = "KMSInvalidStateException: " + ARN + " is pending import.";
  private static final String UNAV = "KMSInvalidStateException: " + ARN + " is unavailable.";
  private static final String CRE = "KMSInvalidStateException: " + ARN + " is creating.";
  private static final String UPD = "KMSInvalidStateException: " + ARN + " is updating.";
  private static final String EXT =
      "UnsupportedOperationException: "
          + ARN
          + " origin is EXTERNAL which is not valid for this operation.";
  private static final String AWSKMS =
      "UnsupportedOperationException: "
          + ARN
          + " origin is AWS_KMS which is not valid for this operation.";
  private static final String UNSUP = "UnsupportedOperationException: ";

  static Stream<Arguments> table() {
    List<Arguments> cells = new ArrayList<>();
    row(cells, KmsOperation.CancelKeyDeletion, Origin.AWS_KMS, NPD, NPD, OK, NPD, NPD, NPD, NPD);
    row(cells, KmsOperation.CreateAlias, Origin.AWS_KMS, OK, OK, PD, OK, OK, OK, OK);
    row(cells, KmsOperation.CreateGrant, Origin.AWS_KMS, OK, DIS, PD, PI, OK, CRE, OK);
    for (KmsOperation crypto :
        List.of(
            KmsOperation.Decrypt,
            KmsOperation.Encrypt,
            KmsOperation.GenerateDataKey,
            KmsOperation.GenerateDataKeyWithoutPlaintext,
            KmsOperation.ReEncrypt,
            KmsOperation.Sign,
            KmsOperation.Verify,
            KmsOperation.GetPublicKey,
            KmsOperation.GenerateMac,
            KmsOperation.VerifyMac)) {
      row(cells, crypto, Origin.AWS_KMS, OK, DIS, PD, PI, UNAV, CRE, OK);
    }
    row(cells, KmsOperation.DeleteAlias, Origin.AWS_KMS, OK, OK, OK, OK, OK, OK, OK);
    row(
        cells,
        KmsOperation.DeleteImportedKeyMaterial,
        Origin.EXTERNAL,
        OK,
        OK,
        OK,
        OK,
        UNSUP,
        CRE,
        UPD);
    row(
        cells,
        KmsOperation.DeleteImportedKeyMaterial,
        Origin.AWS_KMS,
        AWSKMS,
        AWSKMS,
        AWSKMS,
        AWSKMS,
        AWSKMS,
        AWSKMS,
        AWSKMS);
    row(cells, KmsOperation.DescribeKey, Origin.AWS_KMS, OK, OK, OK, OK, OK, OK, OK);
    row(cells, KmsOperation.DisableKey, Origin.AWS_KMS, OK, OK, PD, PI, OK, CRE, UPD);
    row(cells, KmsOperation.EnableKey, Origin.AWS_KMS, OK, OK, PD, PI, OK, CRE, UPD);
    for (KmsOperation r :
        List.of(KmsOperation.EnableKeyRotation, KmsOperation.DisableKeyRotation)) {
      row(cells, r, Origin.AWS_KMS, OK, DIS, PD, EXT, UNSUP, CRE, OK);
      row(cells, r, Origin.EXTERNAL, UNSUP, UNSUP, UNSUP, EXT, UNSUP, UNSUP, UNSUP);
    }
    row(cells, KmsOperation.GetKeyPolicy, Origin.AWS_KMS, OK, OK, OK, OK, OK, OK, OK);
    row(cells, KmsOperation.GetKeyRotationStatus, Origin.AWS_KMS, OK, OK, OK, EXT, UNSUP, OK, OK);
    row(
        cells,
        KmsOperation.GetKeyRotationStatus,
        Origin.EXTERNAL,
        UNSUP,
        UNSUP,
        UNSUP,
        EXT,
        UNSUP,
        UNSUP,
        UNSUP);
    row(
        cells,
        KmsOperation.GetParametersForImport,
        Origin.EXTERNAL,
        OK,
        OK,
        PD,
        OK,
        UNSUP,
        CRE,
        UPD);
    row(
        cells,
        KmsOperation.GetParametersForImport,
        Origin.AWS_KMS,
        AWSKMS,
        AWSKMS,
        AWSKMS,
        AWSKMS,
        AWSKMS,
        AWSKMS,
        AWSKMS);
    row(cells, KmsOperation.ImportKeyMaterial, Origin.EXTERNAL, OK, OK, PD, OK, UNSUP, CRE, OK);
    for (KmsOperation always :
        List.of(
            KmsOperation.ListAliases,
            KmsOperation.ListGrants,
            KmsOperation.ListKeyPolicies,
            KmsOperation.ListResourceTags,
            KmsOperation.PutKeyPolicy,
            KmsOperation.RetireGrant,
            KmsOperation.RevokeGrant)) {
      row(cells, always, Origin.AWS_KMS, OK, OK, OK, OK, OK, OK, OK);
    }
    row(cells, KmsOperation.ScheduleKeyDeletion, Origin.AWS_KMS, OK, OK, PD, OK, OK, OK, UPD);
    for (KmsOperation pdOnly :
        List.of(
            KmsOperation.TagResource,
            KmsOperation.UntagResource,
            KmsOperation.UpdateKeyDescription,
            KmsOperation.UpdateAlias)) {
      row(cells, pdOnly, Origin.AWS_KMS, OK, OK, PD, OK, OK, OK, OK);
    }
    return cells.stream();
  }

  private static void row(
      List<Arguments> cells, KmsOperation op, Origin origin, String... expected) {
    for (int i = 0; i < COLUMNS.length; i++) {
      cells.add(Arguments.of(op, origin, COLUMNS[i], expected[i]));
    }
  }

  @ParameterizedTest(name = "{0} on {1} key in {2} -> {3}")
  @MethodSource("table")
  void operationInKeyState_followsTheKeyStateTable(
      KmsOperation op, Origin origin, KeyState state, String expected) {
    Optional<KmsException> refusal = KeyStateRules.refusal(op, state, origin, ARN);
    String actual = refusal.map(e -> e.errorCode() + ": " + e.getMessage()).orElse(OK);
    assertThat(actual).isEqualTo(expected);
  }
}
