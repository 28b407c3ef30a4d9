package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.GenerateDataKeyRequest;
import io.atrest.engine.trail.RequestCounts;
import io.atrest.engine.trail.TrailQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyAndCostTest {

  private final KmsTestbed bed = new KmsTestbed();

  @Test
  void concurrentEncryptAndDecrypt_allRoundTripAndAreAllRecorded() throws Exception {
    KeyMetadata key = bed.newKey();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String text = "message-" + i;
        EncryptionContext ctx = EncryptionContext.of("n", Integer.toString(i));
        results.add(
            pool.submit(
                () ->
                    bed.decrypt(
                        bed.alice,
                        bed.encrypt(bed.alice, key.keyId(), text, ctx).ciphertextBlob(),
                        ctx)));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo("message-" + i);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(bed.events("Encrypt")).hasSize(40);
    assertThat(bed.events("Decrypt")).hasSize(40);
  }

  @Test
  void keyKinds_letTheTrailPriceCustomerAndManagedKeys() {
    KeyMetadata mine = bed.newKey();
    KeyMetadata managed = bed.kms.awsManagedKey("dynamodb", ACCOUNT);
    EncryptionContext ctx = EncryptionContext.of(Map.of("aws:dynamodb:tableName", "Books"));
    bed.encrypt(bed.alice, mine.keyId(), "x", ctx);
    bed.kms.generateDataKey(
        GenerateDataKeyRequest.aes256(Caller.via("dynamodb", bed.bob), managed.arn(), ctx));
    bed.kms.awsOwnedKey("dynamodb").generateDataKey(ctx, DataKeySpec.AES_256);
    RequestCounts counts =
        bed.trail.counts(TrailQuery.all().inAccount(ACCOUNT), bed.kms.keyKinds(), 1);
    assertThat(counts.forKey(mine.arn())).isEqualTo(2);
    assertThat(counts.forKey(managed.arn())).isEqualTo(1);
    assertThat(counts.cost().customerManagedKeys()).isEqualTo(1);
    assertThat(counts.cost().keyCharge()).isEqualByComparingTo(new BigDecimal("1.00"));
  }
}
