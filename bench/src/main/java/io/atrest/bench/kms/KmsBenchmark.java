package io.atrest.bench.kms;

import io.atrest.engine.clock.VirtualClock;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.api.DecryptResult;
import io.atrest.engine.kms.api.EncryptRequest;
import io.atrest.engine.kms.api.EncryptResult;
import io.atrest.engine.trail.AuditTrail;
import io.atrest.policy.eval.Principal;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encrypt and Decrypt of 4 KiB through the reference KMS's full path (key resolution, key-state
 * rules, key-policy authorization, AES-256-GCM with the encryption context bound, one CloudTrail
 * event per call) beside raw JDK AES-256-GCM on the same data in the same run. Goal: the full path
 * at no less than half the raw throughput.
 *
 * <p>The engine is rebuilt for every iteration so that the trail, which keeps every event, does not
 * grow across iterations. The heap is fixed and touched up front: while a growing trail made the
 * JVM commit fresh memory, whole iterations ran at a tenth of the speed, in kernel page faults
 * rather than in the code measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Threads(1)
public class KmsBenchmark {

  private static final String ACCOUNT = "111122223333";
  private static final EncryptionContext CONTEXT =
      EncryptionContext.of(
          Map.of("aws:dynamodb:tableName", "Books", "aws:dynamodb:subscriberId", ACCOUNT));

  private final SecureRandom random = new SecureRandom();
  private final byte[] plaintext = new byte[4096];
  private ReferenceKms kms;
  private Caller caller;
  private String keyArn;
  private SecretBytes plaintextSecret;
  private byte[] kmsCiphertext;

  private Cipher encryptor;
  private Cipher decryptor;
  private SecretKeySpec rawKey;
  private byte[] rawIv;
  private byte[] rawCiphertext;
  private long counter;

  @Setup(Level.Iteration)
  public void setUp() throws GeneralSecurityException {
    random.nextBytes(plaintext);
    plaintextSecret = SecretBytes.copyOf(plaintext);
    IamRegistry iam = new IamRegistry(random);
    iam.addAccount(ACCOUNT, "us-west-2");
    Principal.IamUser app = iam.addUser(ACCOUNT, "app");
    kms =
        ReferenceKms.builder()
            .clock(VirtualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z")))
            .random(random)
            .trail(new AuditTrail())
            .iam(iam)
            .region("us-west-2")
            .build();
    caller = Caller.direct(app);
    String policy =
        """
        {"Version":"2012-10-17","Statement":[
         {"Sid":"Admin","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},
          "Action":"kms:*","Resource":"*"},
         {"Sid":"App","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/app"},
          "Action":["kms:Encrypt","kms:Decrypt"],"Resource":"*",
          "Condition":{"StringEquals":{"kms:EncryptionContext:aws:dynamodb:tableName":"Books"}}}]}""";
    Caller root = Caller.direct(new Principal.AccountRoot(ACCOUNT));
    keyArn = kms.createKey(CreateKeyRequest.symmetric(root).withPolicy(policy)).keyMetadata().arn();
    kmsCiphertext =
        kms.encrypt(EncryptRequest.of(caller, keyArn, plaintextSecret, CONTEXT)).ciphertextBlob();

    byte[] key = new byte[32];
    random.nextBytes(key);
    rawKey = new SecretKeySpec(key, "AES");
    encryptor = Cipher.getInstance("AES/GCM/NoPadding");
    decryptor = Cipher.getInstance("AES/GCM/NoPadding");
    rawIv = new byte[12];
    random.nextBytes(rawIv);
    encryptor.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, rawIv));
    encryptor.updateAAD(CONTEXT.canonicalBytes());
    rawCiphertext = encryptor.doFinal(plaintext);
  }

  @Benchmark
  public EncryptResult kmsEncrypt4KiB() {
    return kms.encrypt(EncryptRequest.of(caller, keyArn, plaintextSecret, CONTEXT));
  }

  @Benchmark
  public DecryptResult kmsDecrypt4KiB() {
    return kms.decrypt(DecryptRequest.of(caller, kmsCiphertext, CONTEXT));
  }

  /** Raw JDK AES-256-GCM with a fresh IV per message, as any correct encryptor needs. */
  @Benchmark
  public byte[] rawAesGcmEncrypt4KiB() throws GeneralSecurityException {
    byte[] iv = ByteBuffer.allocate(12).putLong(4, ++counter).array();
    encryptor.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, iv));
    encryptor.updateAAD(CONTEXT.canonicalBytes());
    return encryptor.doFinal(plaintext);
  }

  @Benchmark
  public byte[] rawAesGcmDecrypt4KiB() throws GeneralSecurityException {
    decryptor.init(Cipher.DECRYPT_MODE, rawKey, new GCMParameterSpec(128, rawIv));
    decryptor.updateAAD(CONTEXT.canonicalBytes());
    return decryptor.doFinal(rawCiphertext);
  }
}
