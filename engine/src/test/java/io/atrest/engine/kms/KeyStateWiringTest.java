package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.CancelKeyDeletionRequest;
import io.atrest.engine.kms.api.CreateAliasRequest;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.EnableKeyRequest;
import io.atrest.engine.kms.api.EnableKeyRotationRequest;
import io.atrest.engine.kms.api.GenerateDataKeyRequest;
import io.atrest.engine.kms.api.GetKeyPolicyRequest;
import io.atrest.engine.kms.api.ListGrantsRequest;
import io.atrest.engine.kms.api.ScheduleKeyDeletionRequest;
import io.atrest.engine.kms.api.TagResourceRequest;
import io.atrest.engine.kms.api.UpdateKeyDescriptionRequest;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.kms.grant.GrantOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key-state table through the public API, for the four states a key of this engine can reach:
 * each operation is called on a real key in each state and must succeed or fail with the table's
 * error code ({@code KMSInvalidStateException} written {@code INVALID}).
 */
class KeyStateWiringTest {

  private static final String OK = "OK";
  private static final String DIS = "DisabledException";
  private static final String INV = "KMSInvalidStateException";
  private static final String UNS = "UnsupportedOperationException";

  private record Op(String name, BiConsumer<KmsTestbed, String> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cells() {
    EncryptionContext ctx = EncryptionContext.empty();
    List<Arguments> cells = new ArrayList<>();
    // columns: Enabled, Disabled, PendingDeletion, PendingImport
    add(cells, new Op("Encrypt", (b, k) -> b.encrypt(b.alice, k, "x", ctx)), OK, DIS, INV, INV);
    add(
        cells,
        new Op(
            "GenerateDataKey",
            (b, k) -> b.kms.generateDataKey(GenerateDataKeyRequest.aes256(c(b), k, ctx))),
        OK,
        DIS,
        INV,
        INV);
    add(
        cells,
        new Op(
            "CreateGrant",
            (b, k) ->
                b.kms.createGrant(
                    CreateGrantRequest.of(
                        c(b),
                        k,
                        "arn:aws:iam::111122223333:user/bob",
                        List.of(GrantOperation.Decrypt)))),
        OK,
        DIS,
        INV,
        INV);
    add(
        cells,
        new Op("EnableKey", (b, k) -> b.kms.enableKey(EnableKeyRequest.of(c(b), k))),
        OK,
        OK,
        INV,
        INV);
    add(
        cells,
        new Op("DisableKey", (b, k) -> b.kms.disableKey(DisableKeyRequest.of(c(b), k))),
        OK,
        OK,
        INV,
        INV);
    add(
        cells,
        new Op(
            "ScheduleKeyDeletion",
            (b, k) -> b.kms.scheduleKeyDeletion(ScheduleKeyDeletionRequest.of(c(b), k, 7))),
        OK,
        OK,
        INV,
        OK);
    add(
        cells,
        new Op(
            "CancelKeyDeletion",
            (b, k) -> b.kms.cancelKeyDeletion(CancelKeyDeletionRequest.of(c(b), k))),
        INV,
        INV,
        OK,
        INV);
    add(
        cells,
        new Op(
            "TagResource",
            (b, k) -> b.kms.tagResource(new TagResourceRequest(c(b), k, Map.of("a", "b")))),
        OK,
        OK,
        INV,
        OK);
    add(
        cells,
        new Op(
            "UpdateKeyDescription",
            (b, k) -> b.kms.updateKeyDescription(new UpdateKeyDescriptionRequest(c(b), k, "d"))),
        OK,
        OK,
        INV,
        OK);
    add(
        cells,
        new Op(
            "CreateAlias", (b, k) -> b.kms.createAlias(new CreateAliasRequest(c(b), "alias/x", k))),
        OK,
        OK,
        INV,
        OK);
    add(
        cells,
        new Op(
            "EnableKeyRotation",
            (b, k) -> b.kms.enableKeyRotation(EnableKeyRotationRequest.of(c(b), k))),
        OK,
        DIS,
        INV,
        UNS);
    add(
        cells,
        new Op("DescribeKey", (b, k) -> b.kms.describeKey(DescribeKeyRequest.of(c(b), k))),
        OK,
        OK,
        OK,
        OK);
    add(
        cells,
        new Op("GetKeyPolicy", (b, k) -> b.kms.getKeyPolicy(GetKeyPolicyRequest.of(c(b), k))),
        OK,
        OK,
        OK,
        OK);
    add(
        cells,
        new Op("ListGrants", (b, k) -> b.kms.listGrants(ListGrantsRequest.of(c(b), k))),
        OK,
        OK,
        OK,
        OK);
    return cells.stream();
  }

  private static Caller c(KmsTestbed bed) {
    return bed.caller(bed.alice);
  }

  private static void add(List<Arguments> cells, Op op, String... expected) {
    KeyState[] states = {
      KeyState.ENABLED, KeyState.DISABLED, KeyState.PENDING_DELETION, KeyState.PENDING_IMPORT
    };
    for (int i = 0; i < states.length; i++) {
      cells.add(Arguments.of(op, states[i], expected[i]));
    }
  }

  private static String keyIn(KmsTestbed bed, KeyState state) {
    if (state == KeyState.PENDING_IMPORT) {
      return bed.kms
          .createKey(CreateKeyRequest.symmetric(c(bed)).withOrigin(Origin.EXTERNAL))
          .keyMetadata()
          .keyId();
    }
    String key = bed.newKey().keyId();
    if (state == KeyState.DISABLED) {
      bed.kms.disableKey(DisableKeyRequest.of(c(bed), key));
    } else if (state == KeyState.PENDING_DELETION) {
      bed.kms.scheduleKeyDeletion(ScheduleKeyDeletionRequest.of(c(bed), key, 7));
    }
    return key;
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @MethodSource("cells")
  void operationOnKeyInState_isAllowedOrRefusedAsTheTableSays(
      Op op, KeyState state, String expected) {
    KmsTestbed bed = new KmsTestbed();
    String key = keyIn(bed, state);
    String outcome;
    try {
      op.call().accept(bed, key);
      outcome = OK;
    } catch (KmsException e) {
      outcome = e.errorCode();
    }
    assertThat(outcome).isEqualTo(expected);
  }
}
