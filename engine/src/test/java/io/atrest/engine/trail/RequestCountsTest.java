package io.atrest.engine.trail;

import static io.atrest.engine.trail.Calls.KEY_A;
import static io.atrest.engine.trail.Calls.KEY_B;
import static io.atrest.engine.trail.Calls.OTHER;
import static io.atrest.engine.trail.Calls.OTHER_KEY;
import static io.atrest.engine.trail.Calls.OWNER;
import static io.atrest.engine.trail.Calls.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestCountsTest {

  private final Calls calls = new Calls();
  private final AuditTrail trail = new AuditTrail();

  @AfterEach
  void everyRecordedEventIsAValidRecord() {
    ValidEvents.requireAllValid(trail.events());
  }

  private void repeat(int n, String op, String account, String key) {
    for (int i = 0; i < n; i++) {
      trail.record(calls.kmsCall(op, account, key, T0.plusSeconds(i)));
    }
  }

  @Test
  void counts_perKeyAndPerOperation() {
    repeat(3, "Decrypt", OWNER, KEY_A);
    repeat(2, "GenerateDataKey", OWNER, KEY_A);
    repeat(1, "Decrypt", OWNER, KEY_B);

    RequestCounts counts = trail.counts(TrailQuery.all());

    assertThat(counts.total()).isEqualTo(6);
    assertThat(counts.perKey()).isEqualTo(Map.of(KEY_A, 5L, KEY_B, 1L));
    assertThat(counts.perOperation()).isEqualTo(Map.of("Decrypt", 4L, "GenerateDataKey", 2L));
    assertThat(counts.forKey("arn:aws:kms:us-west-2:111122223333:key/none")).isZero();
    assertThat(counts.forOperation("Encrypt")).isZero();
  }

  @Test
  void serviceEvents_areNotRequests() {
    trail.record(calls.rotation(KEY_A, T0));
    repeat(1, "Decrypt", OWNER, KEY_A);

    RequestCounts counts = trail.counts(TrailQuery.all());

    assertThat(counts.total()).isEqualTo(1);
    assertThat(counts.forOperation("RotateKey")).isZero();
  }

  @Test
  void dynamoDbEvents_areNotKmsRequests() {
    trail.record(
        calls
            .kms("Decrypt", calls.user(OWNER, "alice"), null, T0)
            .eventSource(TrailEvent.DYNAMODB)
            .eventName("CreateTable")
            .readOnly(false)
            .build());

    assertThat(trail.counts(TrailQuery.all()).total()).isZero();
  }

  @Test
  void failedRequests_count() {
    trail.record(
        calls
            .kms("Decrypt", calls.user(OWNER, "eve"), null, T0)
            .error("AccessDenied", "no")
            .build());

    assertThat(trail.counts(TrailQuery.all()).total()).isEqualTo(1);
  }

  @Test
  void counts_respectTheScope() {
    repeat(2, "Decrypt", OWNER, KEY_A);
    repeat(5, "Decrypt", OTHER, OTHER_KEY);

    assertThat(trail.counts(TrailQuery.all().inAccount(OWNER)).total()).isEqualTo(2);
    assertThat(trail.counts(TrailQuery.all().onKey(OTHER_KEY)).total()).isEqualTo(5);
  }

  @Test
  void crossAccountRequestRecordedInBothAccounts_countsOnce() {
    TrailEvent call = calls.kms("Decrypt", calls.user(OTHER, "carol"), KEY_A, T0).build();
    trail.recordCall(call, OTHER, OWNER, calls.ids());

    assertThat(trail.events()).hasSize(2);
    assertThat(trail.counts(TrailQuery.all()).total()).isEqualTo(1);
  }

  @Test
  void hundredThousandRequests_costThirtyCents() {
    repeat(100_000, "Decrypt", OWNER, KEY_A);

    CostEstimate cost =
        trail.counts(TrailQuery.all(), Map.of(KEY_A, KeyKind.AWS_MANAGED), 1).cost();

    assertThat(cost.billableRequests()).isEqualTo(100_000);
    assertThat(cost.requestCharge()).isEqualByComparingTo("0.30");
    assertThat(cost.keyCharge()).isEqualByComparingTo("0");
    assertThat(cost.total()).isEqualByComparingTo("0.30");
  }

  @Test
  void awsOwnedKeyUsage_costsNothing() {
    repeat(50_000, "Decrypt", OWNER, KEY_A);

    CostEstimate cost = trail.counts(TrailQuery.all(), Map.of(KEY_A, KeyKind.AWS_OWNED), 12).cost();

    assertThat(cost.freeRequests()).isEqualTo(50_000);
    assertThat(cost.billableRequests()).isZero();
    assertThat(cost.total()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void customerManagedKey_addsOneDollarPerMonth() {
    CostEstimate oneMonth =
        trail.counts(TrailQuery.all(), Map.of(KEY_A, KeyKind.CUSTOMER_MANAGED), 1).cost();
    CostEstimate year =
        trail.counts(TrailQuery.all(), Map.of(KEY_A, KeyKind.CUSTOMER_MANAGED), 12).cost();

    assertThat(oneMonth.customerManagedKeys()).isEqualTo(1);
    assertThat(oneMonth.total()).isEqualByComparingTo("1.00");
    assertThat(year.total()).isEqualByComparingTo("12.00");
  }

  @Test
  void awsManagedKey_hasNoMonthlyFee() {
    CostEstimate cost =
        trail.counts(TrailQuery.all(), Map.of(KEY_A, KeyKind.AWS_MANAGED), 6).cost();

    assertThat(cost.customerManagedKeys()).isZero();
    assertThat(cost.total()).isEqualByComparingTo("0");
  }

  @Test
  void customerManagedKeyWithRequests_addsBothCharges() {
    repeat(10_000, "GenerateDataKey", OWNER, KEY_A);

    CostEstimate cost =
        trail.counts(TrailQuery.all(), Map.of(KEY_A, KeyKind.CUSTOMER_MANAGED), 1).cost();

    assertThat(cost.total()).isEqualByComparingTo("1.03");
  }

  @Test
  void requestsOnKeysOfUnknownKind_areCharged() {
    repeat(20_000, "Decrypt", OWNER, KEY_B);

    assertThat(trail.counts(TrailQuery.all()).cost().requestCharge()).isEqualByComparingTo("0.06");
  }

  @Test
  void requestsNamingNoKey_areCharged() {
    repeat(10_000, "ListKeys", OWNER, null);

    assertThat(
            trail
                .counts(TrailQuery.all(), Map.of(KEY_A, KeyKind.AWS_OWNED), 0)
                .cost()
                .billableRequests())
        .isEqualTo(10_000);
  }

  @Test
  void crossAccountRequest_isChargedToTheCallerNotTheKeyOwner() {
    TrailEvent call = calls.kms("Decrypt", calls.user(OTHER, "carol"), KEY_A, T0).build();
    trail.recordCall(call, OTHER, OWNER, calls.ids());

    assertThat(trail.counts(TrailQuery.all().inAccount(OWNER)).cost().billableRequests()).isZero();
    assertThat(trail.counts(TrailQuery.all().inAccount(OTHER)).cost().billableRequests())
        .isEqualTo(1);
  }

  @Test
  void serviceCallingForItself_isChargedToTheRecipientAccount() {
    trail.record(
        calls
            .kms("GenerateDataKey", UserIdentity.awsService("dynamodb.amazonaws.com"), KEY_A, T0)
            .recipientAccountId(OWNER)
            .build());

    assertThat(trail.counts(TrailQuery.all().inAccount(OWNER)).cost().billableRequests())
        .isEqualTo(1);
  }

  @Test
  void monthlyFee_inAnAccountScope_coversOnlyThatAccountsKeys() {
    Map<String, KeyKind> kinds =
        Map.of(KEY_A, KeyKind.CUSTOMER_MANAGED, OTHER_KEY, KeyKind.CUSTOMER_MANAGED);

    assertThat(trail.counts(TrailQuery.all().inAccount(OWNER), kinds, 1).cost().keyCharge())
        .isEqualByComparingTo("1.00");
    assertThat(trail.counts(TrailQuery.all(), kinds, 1).cost().keyCharge())
        .isEqualByComparingTo("2.00");
  }

  @Test
  void perKeyMaps_areSortedAndUnmodifiable() {
    repeat(1, "Decrypt", OWNER, KEY_B);
    repeat(1, "Decrypt", OWNER, KEY_A);

    RequestCounts counts = trail.counts(TrailQuery.all());

    assertThat(counts.perKey().keySet()).containsExactly(KEY_A, KEY_B);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> counts.perKey().put("x", 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
