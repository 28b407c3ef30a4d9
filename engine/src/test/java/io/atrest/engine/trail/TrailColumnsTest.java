package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TrailColumnsTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:11:12Z");

  private final TrailColumns columns = new TrailColumns();

  /** Record {@code n}: its number is in its time and in its event id's low bits. */
  private static TrailEvent record(int n) {
    return TrailEvent.builder()
        .userIdentity(UserIdentity.root(SeedEvents.ACCOUNT, "AKIAEXAMPLE"))
        .eventTime(T0.plusSeconds(n))
        .eventSource(TrailEvent.KMS)
        .eventName("Decrypt")
        .awsRegion(SeedEvents.REGION)
        .sourceIPAddress("192.0.2.1")
        .eventTrailId(TrailId.guid(0x4000L, 0x8000000000000000L | n))
        .eventType(EventType.AWS_API_CALL)
        .recipientAccountId(SeedEvents.ACCOUNT)
        .build();
  }

  private List<TrailEvent> append(int from, int count) {
    List<TrailEvent> added = new ArrayList<>();
    for (int n = from; n < from + count; n++) {
      TrailEvent e = record(n);
      columns.add(e);
      added.add(e);
    }
    return added;
  }

  @Test
  void recordsAcrossGrowingAndFullSizeChunks_comeBackEqualAndInOrder() {
    int count = TrailColumns.LARGEST * 2 + 1000;
    List<TrailEvent> added = append(0, count);

    List<TrailEvent> read = columns.snapshot();

    assertThat(read).hasSize(count);
    for (int n : new int[] {0, 255, 256, 32511, 32512, 65279, 65280, count - 1}) {
      assertThat(read.get(n)).isEqualTo(added.get(n));
      assertThat(read.get(n).eventTime()).isEqualTo(T0.plusSeconds(n));
    }
  }

  @Test
  void chunkAndSlot_coverEveryIndexOnceWithoutGaps() {
    int expectedChunk = 0;
    int expectedSlot = 0;
    for (int index = 0; index < TrailColumns.LARGEST * 3; index++) {
      if (expectedSlot == TrailColumns.capacity(expectedChunk)) {
        expectedChunk++;
        expectedSlot = 0;
      }
      assertThat(TrailColumns.chunkOf(index)).as("chunk of %d", index).isEqualTo(expectedChunk);
      assertThat(TrailColumns.slotOf(index, expectedChunk)).isEqualTo(expectedSlot);
      expectedSlot++;
    }
    assertThat(TrailColumns.capacity(0)).isEqualTo(TrailColumns.FIRST);
    assertThat(TrailColumns.capacity(expectedChunk)).isEqualTo(TrailColumns.LARGEST);
  }

  @Test
  void recordWithTextAndGuidIds_readsBackAsWrittenWithEveryField() {
    UUID shared = UUID.fromString("4b6c9e8f-2f54-4c1c-9f6e-2a4a3d0e8f11");
    TrailEvent event =
        record(7).toBuilder()
            .requestID("LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG")
            .sharedEventTrailId(
                TrailId.guid(shared.getMostSignificantBits(), shared.getLeastSignificantBits()))
            .error("AccessDenied", "denied")
            .build();
    append(0, 3);
    columns.add(event);

    TrailEvent read = columns.snapshot().get(3);

    assertThat(read).isEqualTo(event).hasSameHashCodeAs(event);
    assertThat(read.toJson()).isEqualTo(event.toJson());
    assertThat(read.requestID()).contains("LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG");
    assertThat(read.sharedEventID()).contains(shared.toString());
    assertThat(columns.snapshot().get(2).requestID()).isEmpty();
  }

  @Test
  void snapshot_doesNotSeeLaterAppendsEvenIntoItsLastChunk() {
    append(0, 5);
    List<TrailEvent> snapshot = columns.snapshot();
    append(5, 300);

    assertThat(snapshot).hasSize(5);
    assertThat(columns.snapshot()).hasSize(305);
    assertThatThrownBy(() -> snapshot.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void snapshot_isImmutable() {
    append(0, 3);
    List<TrailEvent> snapshot = columns.snapshot();
    TrailEvent other = record(9);

    assertThatThrownBy(() -> snapshot.add(other)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> snapshot.set(0, other))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> snapshot.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void snapshotOfAnEmptyTrail_isEmpty() {
    assertThat(columns.snapshot()).isEmpty();
  }

  @Test
  void pairAppendedTogether_isAdjacentWhateverOtherThreadsAppend() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 250; i++) {
                    int first = (thread * 250 + i) * 2;
                    columns.add(record(first), record(first + 1));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    List<TrailEvent> all = columns.snapshot();
    assertThat(all).hasSize(2000).doesNotHaveDuplicates();
    for (int i = 0; i < all.size(); i += 2) {
      assertThat(all.get(i + 1).eventTime()).isEqualTo(all.get(i).eventTime().plusSeconds(1));
    }
  }

  @Test
  void appendingNull_isRefused() {
    assertThatThrownBy(() -> columns.add(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("event");
  }
}
