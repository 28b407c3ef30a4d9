package io.atrest.features.world;

import io.atrest.engine.clock.VirtualClock;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.trail.AuditTrail;
import io.atrest.features.types.KeyRef;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One scenario's engine: a fresh {@link ReferenceKms} of region {@value #REGION} over a fresh IAM
 * registry, {@link VirtualClock} and {@link AuditTrail}, and the names the scenario gave its keys,
 * ciphertexts and grants. The home account {@value #HOME_ACCOUNT} is the seeds' example account.
 */
public final class KmsWorld {

  /** The account the seeds' examples use; steps that name no account mean this one. */
  public static final String HOME_ACCOUNT = "111122223333";

  /** The seeds' region. */
  public static final String REGION = "us-west-2";

  /** Every scenario starts at this instant, so dates in expectations are reproducible. */
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final VirtualClock clock = VirtualClock.startingAt(START);
  private final SecureRandom random = new SecureRandom();
  private final AuditTrail trail = new AuditTrail();
  private final IamRegistry iam = new IamRegistry(random);
  private final ReferenceKms kms;
  private final Map<String, String> keyArns = new LinkedHashMap<>();
  private final Map<String, String> keyPolicies = new LinkedHashMap<>();
  private final Map<String, byte[]> ciphertexts = new LinkedHashMap<>();
  private final Map<String, Grant> grants = new LinkedHashMap<>();

  /** A grant the scenario created: its key, id and token. */
  public record Grant(String keyArn, String grantId, String token) {}

  public KmsWorld() {
    iam.addAccount(HOME_ACCOUNT, REGION);
    kms =
        ReferenceKms.builder()
            .clock(clock)
            .random(random)
            .trail(trail)
            .iam(iam)
            .region(REGION)
            .build();
  }

  public ReferenceKms kms() {
    return kms;
  }

  public VirtualClock clock() {
    return clock;
  }

  public AuditTrail trail() {
    return trail;
  }

  public IamRegistry iam() {
    return iam;
  }

  public SecureRandom random() {
    return random;
  }

  /** Remembers a key the scenario created, with the key policy it was given. */
  public void rememberKey(String name, String arn, String policyJson) {
    keyArns.put(name, arn);
    keyPolicies.put(arn, policyJson);
  }

  /** Remembers a key policy that replaced the previous one (PutKeyPolicy succeeded). */
  public void rememberPolicy(String arn, String policyJson) {
    keyPolicies.put(arn, policyJson);
  }

  /**
   * The ARN of a key the scenario named; the AWS managed key is created on first use, as DynamoDB
   * would cause it to be.
   *
   * @throws IllegalStateException naming the key when the scenario never created it
   */
  public String arn(KeyRef key) {
    if (key.awsManaged()) {
      String service = key.name().substring("aws/".length());
      return kms.awsManagedKey(service, HOME_ACCOUNT).arn();
    }
    String arn = keyArns.get(key.name());
    if (arn == null) {
      throw new IllegalStateException(
          "the scenario has no "
              + key
              + "; create it first, e.g. Given key \""
              + key.name()
              + "\" with the default key policy (known keys: "
              + keyArns.keySet()
              + ")");
    }
    return arn;
  }

  /** The key policy the scenario last gave a key, when it gave one. */
  public Optional<String> policyOf(String arn) {
    return Optional.ofNullable(keyPolicies.get(arn));
  }

  /** The keys the scenario created, by name. */
  public Map<String, String> keys() {
    return Map.copyOf(keyArns);
  }

  public void rememberCiphertext(String keyArn, byte[] blob) {
    ciphertexts.put(keyArn, blob.clone());
  }

  /**
   * The latest ciphertext the scenario made under a key.
   *
   * @throws IllegalStateException when there is none, saying which step makes one
   */
  public byte[] ciphertextUnder(String keyArn) {
    byte[] blob = ciphertexts.get(keyArn);
    if (blob == null) {
      throw new IllegalStateException(
          "no ciphertext under "
              + keyArn
              + " yet: a Decrypt needs one, made by a step such as"
              + " Given user \"app\" encrypted data under key \"k\"");
    }
    return blob.clone();
  }

  public void rememberGrant(String name, Grant grant) {
    grants.put(name, grant);
  }

  /**
   * A grant the scenario created.
   *
   * @throws IllegalStateException naming the grant when the scenario never created it
   */
  public Grant grant(String name) {
    Grant grant = grants.get(name);
    if (grant == null) {
      throw new IllegalStateException(
          "the scenario has no grant \"" + name + "\" (known grants: " + grants.keySet() + ")");
    }
    return grant;
  }

  /** The name the scenario gave the grant with this id, if it created it. */
  public Optional<String> grantName(String grantId) {
    return grants.entrySet().stream()
        .filter(e -> e.getValue().grantId().equals(grantId))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
