package io.atrest.engine.trail;

import static io.atrest.engine.trail.Calls.KEY_A;
import static io.atrest.engine.trail.Calls.KEY_B;
import static io.atrest.engine.trail.Calls.OTHER;
import static io.atrest.engine.trail.Calls.OTHER_KEY;
import static io.atrest.engine.trail.Calls.OWNER;
import static io.atrest.engine.trail.Calls.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

  private final Calls calls = new Calls();
  private final AuditTrail trail = new AuditTrail();

  @AfterEach
  void everyRecordedEventIsAValidRecord() {
    ValidEvents.requireAllValid(trail.events());
  }

  @Test
  void events_areKeptInRecordingOrder() {
    TrailEvent first = calls.kmsCall("Encrypt", OWNER, KEY_A, T0.plusSeconds(10));
    TrailEvent second = calls.kmsCall("Decrypt", OWNER, KEY_A, T0);
    trail.record(first);
    trail.record(second);

    assertThat(trail.events()).containsExactly(first, second);
  }

  @Test
  void events_isASnapshotThatLaterRecordsDoNotChange() {
    trail.record(calls.kmsCall("Encrypt", OWNER, KEY_A, T0));
    List<TrailEvent> snapshot = trail.events();
    trail.record(calls.kmsCall("Decrypt", OWNER, KEY_A, T0));

    assertThat(snapshot).hasSize(1);
    assertThatThrownBy(() -> snapshot.add(null)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void recordingNull_isRefused() {
    assertThatThrownBy(() -> trail.record(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void find_byEventNameAndKey() {
    TrailEvent decryptA = calls.kmsCall("Decrypt", OWNER, KEY_A, T0);
    trail.record(decryptA);
    trail.record(calls.kmsCall("Decrypt", OWNER, KEY_B, T0));
    trail.record(calls.kmsCall("Encrypt", OWNER, KEY_A, T0));

    assertThat(trail.find(TrailQuery.all().named("Decrypt").onKey(KEY_A)))
        .containsExactly(decryptA);
  }

  @Test
  void find_byRecipientAccount() {
    TrailEvent mine = calls.kmsCall("Decrypt", OWNER, KEY_A, T0);
    trail.record(mine);
    trail.record(calls.kmsCall("Decrypt", OTHER, OTHER_KEY, T0));

    assertThat(trail.find(TrailQuery.all().inAccount(OWNER))).containsExactly(mine);
  }

  @Test
  void find_byPrincipalArnAndInvokedBy() {
    UserIdentity bob = calls.user(OWNER, "bob");
    TrailEvent viaDynamo =
        calls.kms("Decrypt", bob.invokedBy("dynamodb.amazonaws.com"), KEY_A, T0).build();
    TrailEvent direct = calls.kms("Decrypt", bob, KEY_A, T0).build();
    trail.record(viaDynamo);
    trail.record(direct);
    trail.record(calls.kmsCall("Decrypt", OWNER, KEY_A, T0));

    assertThat(trail.find(TrailQuery.all().byPrincipal(bob.arn())))
        .containsExactly(viaDynamo, direct);
    assertThat(trail.find(TrailQuery.all().invokedBy("dynamodb.amazonaws.com")))
        .containsExactly(viaDynamo);
  }

  @Test
  void find_byTimeRange_includesFromAndExcludesUntil() {
    TrailEvent atStart = calls.kmsCall("Decrypt", OWNER, KEY_A, T0);
    TrailEvent atEnd = calls.kmsCall("Decrypt", OWNER, KEY_A, T0.plus(Duration.ofMinutes(5)));
    trail.record(atStart);
    trail.record(atEnd);

    assertThat(trail.find(TrailQuery.all().between(T0, T0.plus(Duration.ofMinutes(5)))))
        .containsExactly(atStart);
    assertThat(trail.find(TrailQuery.all().between(T0.plusSeconds(1), null)))
        .containsExactly(atEnd);
  }

  @Test
  void emptyTimeRange_isRefused() {
    assertThatThrownBy(() -> TrailQuery.all().between(T0, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be before");
  }

  @Test
  void find_byErrorCodeAndOutcome() {
    TrailEvent denied =
        calls
            .kms("Decrypt", calls.user(OWNER, "eve"), null, T0)
            .error("AccessDenied", "no")
            .build();
    TrailEvent ok = calls.kmsCall("Decrypt", OWNER, KEY_A, T0);
    trail.record(denied);
    trail.record(ok);

    assertThat(trail.find(TrailQuery.all().withErrorCode("AccessDenied"))).containsExactly(denied);
    assertThat(trail.find(TrailQuery.all().withOutcome(TrailQuery.Outcome.FAILED)))
        .containsExactly(denied);
    assertThat(trail.find(TrailQuery.all().withOutcome(TrailQuery.Outcome.SUCCEEDED)))
        .containsExactly(ok);
  }

  @Test
  void find_bySourceAndType() {
    TrailEvent rotation = calls.rotation(KEY_A, T0);
    trail.record(rotation);
    trail.record(calls.kmsCall("Decrypt", OWNER, KEY_A, T0));

    assertThat(
            trail.find(
                TrailQuery.all().fromSource(TrailEvent.KMS).ofType(EventType.AWS_SERVICE_EVENT)))
        .containsExactly(rotation);
    assertThat(trail.find(TrailQuery.all().fromSource(TrailEvent.DYNAMODB))).isEmpty();
  }

  @Test
  void toRecordsJson_holdsOnlyTheAccountsRecords() {
    TrailEvent mine = calls.kmsCall("Decrypt", OWNER, KEY_A, T0);
    trail.record(mine);
    trail.record(calls.kmsCall("Decrypt", OTHER, OTHER_KEY, T0));

    ObjectNode body = trail.toRecordsJson(OWNER);

    assertThat(body.size()).isEqualTo(1);
    assertThat(body.get("Records")).hasSize(1);
    assertThat(body.get("Records").get(0)).isEqualTo(mine.toJson());
  }

  @Test
  void toRecordsJson_ofAnAccountWithoutRecords_hasAnEmptyArray() {
    assertThat(trail.toRecordsJson(OTHER).get("Records").isArray()).isTrue();
    assertThat(trail.toRecordsJson(OTHER).get("Records")).isEmpty();
  }

  @Test
  void recordCall_inTheSameAccount_recordsOnceWithoutSharedEventId() {
    TrailEvent call =
        calls
            .kms("Decrypt", calls.user(OWNER, "alice"), KEY_A, T0)
            .recipientAccountId(null)
            .build();

    List<TrailEvent> written = trail.recordCall(call, OWNER, OWNER, calls.ids());

    assertThat(written)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.recipientAccountId()).contains(OWNER);
              assertThat(e.sharedEventID()).isEmpty();
            });
    assertThat(trail.events()).isEqualTo(written);
  }

  @Test
  void recordCall_acrossAccounts_recordsInBothWithOneSharedEventId() {
    TrailEvent call = calls.kms("Decrypt", calls.user(OTHER, "carol"), KEY_A, T0).build();

    List<TrailEvent> written = trail.recordCall(call, OTHER, OWNER, calls.ids());

    assertThat(written).hasSize(2);
    TrailEvent callerCopy = written.get(0);
    TrailEvent ownerCopy = written.get(1);
    assertThat(callerCopy.recipientAccountId()).contains(OTHER);
    assertThat(ownerCopy.recipientAccountId()).contains(OWNER);
    assertThat(callerCopy.sharedEventID()).isPresent().isEqualTo(ownerCopy.sharedEventID());
    assertThat(callerCopy.eventID()).isNotEqualTo(ownerCopy.eventID());
    assertThat(callerCopy.requestID()).isEqualTo(ownerCopy.requestID());
    assertThat(trail.find(TrailQuery.all().inAccount(OWNER))).containsExactly(ownerCopy);
  }

  @Test
  void recordCall_acrossAccountsDeniedAccess_recordsInTheCallersAccountOnly() {
    TrailEvent denied =
        calls
            .kms("Decrypt", calls.user(OTHER, "carol"), null, T0)
            .error("AccessDenied", "not authorized")
            .build();

    List<TrailEvent> written = trail.recordCall(denied, OTHER, OWNER, calls.ids());

    assertThat(written)
        .singleElement()
        .satisfies(e -> assertThat(e.recipientAccountId()).contains(OTHER));
    assertThat(trail.find(TrailQuery.all().inAccount(OWNER))).isEmpty();
  }

  @Test
  void concurrentRecording_losesNoEvent() throws Exception {
    int threads = 4;
    int perThread = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<TrailEvent> batch = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
          batch.add(calls.kmsCall("Encrypt", OWNER, KEY_A, T0));
        }
        done.add(pool.submit(() -> batch.forEach(trail::record)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(trail.events()).hasSize(threads * perThread).doesNotHaveDuplicates();
  }
}
