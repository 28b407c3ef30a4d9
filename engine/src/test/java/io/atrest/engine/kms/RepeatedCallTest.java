package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.CreateAliasRequest;
import io.atrest.engine.kms.api.DeleteAliasRequest;
import io.atrest.engine.kms.api.EncryptRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A caller repeating the very same request objects is answered from what the engine remembers of
 * the last call; whatever changed in between (an alias, the time) still decides the repeat.
 */
class RepeatedCallTest {

  private static final EncryptionContext CONTEXT = EncryptionContext.of("table", "Books");

  private final KmsTestbed t = new KmsTestbed();
  private final Caller bob = t.caller(t.bob);

  private String keyForBobWhen(String condition) {
    return t.newKey(
            KmsTestbed.keyPolicy(
                "{\"Sid\":\"Bob\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
                    + KmsTestbed.ACCOUNT
                    + ":user/bob\"},\"Action\":\"kms:Encrypt\",\"Resource\":\"*\","
                    + "\"Condition\":"
                    + condition
                    + "}"))
        .arn();
  }

  @Test
  void aliasAddedAndRemovedBetweenRepeats_decidesEachRepeat() {
    String key =
        keyForBobWhen("{\"ForAnyValue:StringEquals\":{\"kms:ResourceAliases\":\"alias/app\"}}");
    EncryptRequest request = EncryptRequest.of(bob, key, KmsTestbed.secret("x"), CONTEXT);

    assertThatThrownBy(() -> t.kms.encrypt(request)).isInstanceOf(AccessDeniedException.class);
    t.kms.createAlias(new CreateAliasRequest(t.caller(t.alice), "alias/app", key));
    assertThat(t.kms.encrypt(request).keyId()).isEqualTo(key);
    t.kms.deleteAlias(new DeleteAliasRequest(t.caller(t.alice), "alias/app"));
    assertThatThrownBy(() -> t.kms.encrypt(request)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void timePassingBetweenRepeats_decidesEachRepeat() {
    String key =
        keyForBobWhen(
            "{\"DateLessThan\":{\"aws:CurrentTime\":\"" + KmsTestbed.START.plusSeconds(5) + "\"}}");
    EncryptRequest request = EncryptRequest.of(bob, key, KmsTestbed.secret("x"), CONTEXT);

    assertThat(t.kms.encrypt(request).keyId()).isEqualTo(key);
    t.clock.advance(Duration.ofSeconds(10));
    assertThatThrownBy(() -> t.kms.encrypt(request)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void repeatOfAnAllowedCall_isRecordedWithTheSameDecision() {
    String key = keyForBobWhen("{\"StringEquals\":{\"kms:EncryptionContext:table\":\"Books\"}}");
    EncryptRequest request = EncryptRequest.of(bob, key, KmsTestbed.secret("x"), CONTEXT);

    t.kms.encrypt(request);
    t.kms.encrypt(request);

    assertThat(t.events("Encrypt")).hasSize(2);
    assertThat(t.events("Encrypt").get(1).decision())
        .isEqualTo(t.events("Encrypt").get(0).decision());
    assertThat(t.events("Encrypt").get(1).decision()).isPresent();
  }
}
