package io.atrest.engine.table;

import static io.atrest.engine.table.TableFixture.song;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.table.sse.SseSpecification;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TableKeyCacheTest {
  private final TableFixture f = new TableFixture();

  @BeforeEach
  void cmkTable() {
    f.createMusic(SseSpecification.customerManaged(f.kms.createKey()));
  }

  @Test
  void oneHundredThousandRequestsWithinFiveMinutes_costOneDecrypt() {
    for (int i = 0; i < 100_000; i++) {
      f.get(f.alice, "Acme", "T" + (i % 10));
    }
    assertThat(f.kms.count("Decrypt")).isEqualTo(1);
  }

  private long decryptsBy(io.atrest.engine.identity.Caller caller) {
    return f.kms.calls().stream()
        .filter(c -> c.operation().equals("Decrypt"))
        .filter(c -> c.caller().principal().equals(caller.principal()))
        .count();
  }

  private long decryptsByDynamoDb() {
    return f.kms.calls().stream()
        .filter(c -> c.operation().equals("Decrypt") && c.caller().isServicePrincipal())
        .count();
  }

  @Test
  void anHourOfSteadyTraffic_costsTwelveDecrypts() {
    for (int minute = 0; minute < 60; minute++) {
      f.put(f.alice, song("Acme", "T" + minute));
      f.clock.advance(Duration.ofMinutes(1));
    }
    assertThat(decryptsBy(f.alice)).isEqualTo(12);
  }

  @Test
  void anHourOfSteadyTraffic_usesDynamoDbsGrantOncePerFiveMinutesAfterCreation() {
    for (int minute = 0; minute < 60; minute++) {
      f.put(f.alice, song("Acme", "T" + minute));
      f.clock.advance(Duration.ofMinutes(1));
    }
    assertThat(decryptsByDynamoDb()).isEqualTo(11);
  }

  @Test
  void twoCallersRefreshingTogether_shareOneMaintenanceDecrypt() {
    f.clock.advance(Duration.ofMinutes(5));
    f.get(f.alice, "Acme", "x");
    f.get(f.bob, "Acme", "x");
    assertThat(decryptsByDynamoDb()).isEqualTo(1);
  }

  @Test
  void eachCallerHasItsOwnCacheEntry() {
    f.get(f.alice, "Acme", "x");
    f.get(f.bob, "Acme", "x");
    assertThat(
            f.kms.calls().stream()
                .filter(c -> c.operation().equals("Decrypt"))
                .map(c -> c.caller().principal().arn()))
        .containsExactly(f.alice.principal().arn(), f.bob.principal().arn());
  }

  @Test
  void decryptIsMadeAsTheCallerViaDynamoDb() {
    f.get(f.alice, "Acme", "x");
    TestKms.Call decrypt =
        f.kms.calls().stream()
            .filter(c -> c.operation().equals("Decrypt"))
            .findFirst()
            .orElseThrow();
    assertThat(decrypt.caller().viaService()).contains("dynamodb");
    assertThat(decrypt.caller().principal()).isEqualTo(f.alice.principal());
  }

  @Test
  void ownedKeyTable_makesNoKmsCalls() {
    TableFixture g = new TableFixture();
    g.createMusic(SseSpecification.disabled());
    g.put(g.alice, song("a", "b"));
    assertThat(g.kms.calls()).isEmpty();
  }

  @Test
  void readsOnNewConnections_costOneDecryptEach() {
    for (int i = 0; i < 5; i++) {
      f.db
          .items()
          .getItem(new GetItemRequest(f.alice.onConnection("c" + i), "Music", song("Acme", "T")));
    }
    assertThat(decryptsBy(f.alice)).isEqualTo(5);
  }

  @Test
  void readsOnOneReusedConnection_costOneDecrypt() {
    for (int i = 0; i < 5; i++) {
      f.db
          .items()
          .getItem(new GetItemRequest(f.alice.onConnection("kept"), "Music", song("Acme", "T")));
    }
    assertThat(decryptsBy(f.alice)).isEqualTo(1);
  }

  @Test
  void entriesOfConnectionsIdleForFiveMinutes_areDroppedAsNewOnesArrive() {
    readOnNewConnections("early", 1500);
    f.clock.advance(java.time.Duration.ofMinutes(6));
    readOnNewConnections("late", 1100);

    assertThat(f.db.cachedTableKeyEntries()).isLessThanOrEqualTo(1100);
    assertThat(decryptsBy(f.alice)).isEqualTo(2600);
  }

  private void readOnNewConnections(String prefix, int count) {
    for (int i = 0; i < count; i++) {
      f.db
          .items()
          .getItem(
              new GetItemRequest(f.alice.onConnection(prefix + i), "Music", song("Acme", "T")));
    }
  }
}
