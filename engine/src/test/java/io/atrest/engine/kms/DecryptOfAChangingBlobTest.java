package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.InvalidCiphertextException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Decrypt reads the caller's ciphertext array without a defensive copy. Whatever the caller does to
 * that array, before or during the call, the answer is one a caller sending some bytes could get:
 * the plaintext of an authentic blob under a key the caller may use, or a refusal.
 */
class DecryptOfAChangingBlobTest {

  private static final EncryptionContext CONTEXT = EncryptionContext.of("table", "Books");

  private final KmsTestbed t = new KmsTestbed();
  private final ExecutorService writer = Executors.newSingleThreadExecutor();
  // Bob may decrypt under the first key only; alice's identity policy lets her use both.
  private final String bobsKey =
      t.newKey(
              KmsTestbed.keyPolicy(
                  "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
                      + KmsTestbed.ACCOUNT
                      + ":user/bob\"},\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}"))
          .arn();
  private final String otherKey = t.newKey().arn();
  private final byte[] bobsBlob =
      t.encrypt(t.alice, bobsKey, "bob may read", CONTEXT).ciphertextBlob();
  private final byte[] otherBlob =
      t.encrypt(t.alice, otherKey, "not for bob!", CONTEXT).ciphertextBlob();

  @AfterEach
  void stopWriter() {
    writer.shutdownNow();
  }

  @Test
  void blobChangedAfterTheRequestIsMade_isTheBlobDecrypted() {
    byte[] live = bobsBlob.clone();
    DecryptRequest request = DecryptRequest.of(t.caller(t.bob), live, CONTEXT);
    System.arraycopy(otherBlob, 0, live, 0, live.length);

    assertThatThrownBy(() -> t.kms.decrypt(request)).isInstanceOf(AccessDeniedException.class);
    System.arraycopy(bobsBlob, 0, live, 0, live.length);
    assertThat(KmsTestbed.text(t.kms.decrypt(request).plaintext())).isEqualTo("bob may read");
  }

  @Test
  void blobRewrittenDuringDecrypts_neverYieldsOtherPlaintextOrAnotherKeysSecret() throws Exception {
    assertThat(otherBlob).hasSameSizeAs(bobsBlob);
    byte[] tampered = bobsBlob.clone();
    tampered[tampered.length - 20] ^= 0x55;
    byte[][] versions = {bobsBlob, otherBlob, tampered};
    byte[] live = bobsBlob.clone();
    AtomicBoolean done = new AtomicBoolean();
    Future<?> rewriting =
        writer.submit(
            () -> {
              for (int i = 0; !done.get(); i++) {
                byte[] next = versions[i % versions.length];
                // Byte by byte, so that a decrypt can meet any mix of the versions.
                for (int j = 0; j < live.length; j++) {
                  live[j] = next[j];
                }
              }
            });
    Set<String> answers = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      answers.add(answer(live));
    }
    done.set(true);
    rewriting.get();

    assertThat(answers).isSubsetOf("bob may read", "AccessDenied", "InvalidCiphertext");
  }

  private String answer(byte[] live) {
    try {
      return KmsTestbed.text(
          t.kms.decrypt(DecryptRequest.of(t.caller(t.bob), live, CONTEXT)).plaintext());
    } catch (AccessDeniedException e) {
      return "AccessDenied";
    } catch (InvalidCiphertextException e) {
      return "InvalidCiphertext";
    }
  }
}
