package io.atrest.engine.kms;

import io.atrest.engine.clock.VirtualClock;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.api.EncryptRequest;
import io.atrest.engine.kms.api.EncryptResult;
import io.atrest.engine.store.InMemoryKmsStore;
import io.atrest.engine.store.KmsStore;
import io.atrest.engine.trail.AuditTrail;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.engine.trail.TrailSchemaCheck;
import io.atrest.policy.eval.Principal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

/**
 * A fresh reference KMS in us-west-2 with two accounts: 111122223333 (user {@code alice}, user
 * {@code bob}, role {@code Admin} with session {@code user01}) and 444455556666 (user {@code
 * carol}). Alice has an identity policy allowing {@code kms:*}; the others have none.
 */
final class KmsTestbed {

  static final String ACCOUNT = "111122223333";
  static final String OTHER_ACCOUNT = "444455556666";
  static final String REGION = "us-west-2";
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  final VirtualClock clock = VirtualClock.startingAt(START);
  final SecureRandom random = new SecureRandom();
  final IamRegistry iam = new IamRegistry(random);
  final AuditTrail trail = TrailSchemaCheck.watch(new AuditTrail());
  final ReferenceKms kms;
  final Principal.AccountRoot root;
  final Principal.IamUser alice;
  final Principal.IamUser bob;
  final Principal.IamRole adminRole;
  final Principal.AssumedRoleSession admin;
  final Principal.IamUser carol;

  KmsTestbed() {
    this(new InMemoryKmsStore());
  }

  KmsTestbed(KmsStore store) {
    iam.addAccount(ACCOUNT, REGION);
    iam.addAccount(OTHER_ACCOUNT, REGION);
    root = new Principal.AccountRoot(ACCOUNT);
    alice = iam.addUser(ACCOUNT, "alice");
    bob = iam.addUser(ACCOUNT, "bob");
    adminRole = iam.addRole(ACCOUNT, "Admin");
    admin = iam.assumeRole(adminRole, "user01");
    carol = iam.addUser(OTHER_ACCOUNT, "carol");
    iam.attachPolicy(alice, IdentityPolicy.parse("kms-all", allow("kms:*")));
    kms =
        ReferenceKms.builder()
            .clock(clock)
            .random(random)
            .trail(trail)
            .iam(iam)
            .region(REGION)
            .store(store)
            .build();
  }

  static String allow(String action) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\""
        + action
        + "\",\"Resource\":\"*\"}]}";
  }

  static String deny(String action) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\""
        + action
        + "\",\"Resource\":\"*\"}]}";
  }

  /** A key policy: the account may delegate everything, plus {@code extraStatements}. */
  static String keyPolicy(String... extraStatements) {
    StringBuilder s = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
    s.append(
            "{\"Sid\":\"Enable IAM User"
                + " Permissions\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::")
        .append(ACCOUNT)
        .append(":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}");
    for (String extra : extraStatements) {
      s.append(',').append(extra);
    }
    return s.append("]}").toString();
  }

  Caller caller(Principal principal) {
    return Caller.direct(principal);
  }

  KeyMetadata newKey() {
    return kms.createKey(CreateKeyRequest.symmetric(caller(alice))).keyMetadata();
  }

  KeyMetadata newKey(String policy) {
    return kms.createKey(CreateKeyRequest.symmetric(caller(alice)).withPolicy(policy))
        .keyMetadata();
  }

  EncryptResult encrypt(Principal who, String keyId, String text, EncryptionContext context) {
    return kms.encrypt(EncryptRequest.of(caller(who), keyId, secret(text), context));
  }

  String decrypt(Principal who, byte[] blob, EncryptionContext context) {
    return text(kms.decrypt(DecryptRequest.of(caller(who), blob, context)).plaintext());
  }

  static SecretBytes secret(String text) {
    return SecretBytes.copyOf(text.getBytes(StandardCharsets.UTF_8));
  }

  static String text(SecretBytes secret) {
    return new String(secret.toByteArray(), StandardCharsets.UTF_8);
  }

  List<TrailEvent> events(String name) {
    return trail.events().stream().filter(e -> e.eventName().equals(name)).toList();
  }

  TrailEvent lastEvent(String name) {
    List<TrailEvent> all = events(name);
    return all.get(all.size() - 1);
  }
}
