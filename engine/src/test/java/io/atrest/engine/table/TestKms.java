package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.DisabledException;
import io.atrest.engine.kms.error.NotFoundException;
import io.atrest.engine.table.crypto.Aad;
import io.atrest.engine.table.crypto.RecordCipher;
import io.atrest.engine.table.crypto.SymmetricKey;
import io.atrest.engine.table.sse.GeneratedKey;
import io.atrest.engine.table.sse.KmsKeyInfo;
import io.atrest.engine.table.sse.TableKeyKms;
import io.atrest.policy.Decision;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A small in-test KMS behind the table store's port, with real AES-256-GCM: keys can be disabled,
 * grants revoked, callers denied, and every call is logged, so tests can count KMS calls.
 */
final class TestKms implements TableKeyKms {
  static final String ACCOUNT = "111122223333";
  static final String REGION = "us-west-2";
  private static final SecureRandom RANDOM = new SecureRandom();

  record Call(String operation, Caller caller, String keyArn) {}

  private final Map<String, SymmetricKey> keys = new HashMap<>();
  private final Map<String, Boolean> enabled = new HashMap<>();
  private final Map<String, String> aliases = new HashMap<>();
  private final Map<String, String> grants = new HashMap<>();
  private final List<String> deniedPrincipals = new ArrayList<>();
  private final SymmetricKey owned = SymmetricKey.random(RANDOM);
  private final List<Call> calls = new ArrayList<>();
  private String asymmetricArn;

  String createKey() {
    String arn = "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + UUID.randomUUID();
    keys.put(arn, SymmetricKey.random(RANDOM));
    enabled.put(arn, true);
    return arn;
  }

  String createAsymmetricKey() {
    asymmetricArn = createKey();
    return asymmetricArn;
  }

  void alias(String name, String arn) {
    aliases.put(name, arn);
  }

  void disable(String arn) {
    enabled.put(arn, false);
  }

  void enable(String arn) {
    enabled.put(arn, true);
  }

  void deny(String principalArn) {
    deniedPrincipals.add(principalArn);
  }

  void revokeAllGrants() {
    grants.clear();
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  long count(String operation) {
    return calls.stream().filter(c -> c.operation().equals(operation)).count();
  }

  Map<String, String> liveGrants() {
    return Map.copyOf(grants);
  }

  private String resolve(String keyId) {
    String arn = keyId;
    if (keyId.startsWith("alias/")) {
      arn = aliases.get(keyId);
    } else if (!keyId.startsWith("arn:")) {
      arn = "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + keyId;
    }
    if (arn == null || !keys.containsKey(arn)) {
      throw new NotFoundException("Key '" + keyId + "' does not exist");
    }
    return arn;
  }

  private void authorize(Caller caller, String arn) {
    if (!enabled.get(arn)) {
      throw new DisabledException(arn + " is disabled.");
    }
    boolean service = caller.isServicePrincipal();
    if (service
        ? !grants.containsValue(arn)
        : deniedPrincipals.contains(caller.principal().arn())) {
      throw new AccessDeniedException(
          "User: " + caller.principal().arn() + " is not authorized to perform: kms:Decrypt",
          new Decision(io.atrest.policy.Outcome.IMPLICIT_DENY, List.of()));
    }
  }

  @Override
  public KmsKeyInfo describeKey(Caller caller, String keyId) {
    String arn = resolve(keyId);
    calls.add(new Call("DescribeKey", caller, arn));
    return new KmsKeyInfo(
        arn, !arn.equals(asymmetricArn), enabled.get(arn) ? "Enabled" : "Disabled");
  }

  @Override
  public KmsKeyInfo awsManagedKey(Caller caller) {
    if (!aliases.containsKey("alias/aws/dynamodb")) {
      aliases.put("alias/aws/dynamodb", createKey());
    }
    return describeKey(caller, "alias/aws/dynamodb");
  }

  @Override
  public String createGrant(
      Caller caller,
      String keyArn,
      String grantee,
      String retiring,
      List<String> operations,
      Map<String, String> context) {
    authorize(caller, keyArn);
    String id = UUID.randomUUID().toString().replace("-", "");
    grants.put(id, keyArn);
    calls.add(new Call("CreateGrant", caller, keyArn));
    return id;
  }

  @Override
  public GeneratedKey generateDataKey(Caller caller, String keyArn, Map<String, String> context) {
    authorize(caller, keyArn);
    calls.add(new Call("GenerateDataKey", caller, keyArn));
    SymmetricKey plaintext = SymmetricKey.random(RANDOM);
    return new GeneratedKey(
        plaintext,
        RecordCipher.seal(keys.get(keyArn), aad(context), plaintext.exportForWrapping()));
  }

  @Override
  public SymmetricKey decrypt(
      Caller caller, String keyArn, byte[] blob, Map<String, String> context) {
    calls.add(new Call("Decrypt", caller, keyArn));
    authorize(caller, keyArn);
    return SymmetricKey.of(RecordCipher.open(keys.get(keyArn), aad(context), blob));
  }

  @Override
  public void retireGrant(Caller caller, String keyArn, String grantId) {
    calls.add(new Call("RetireGrant", caller, keyArn));
    grants.remove(grantId);
  }

  @Override
  public GeneratedKey generateOwnedTableKey(Map<String, String> context) {
    SymmetricKey plaintext = SymmetricKey.random(RANDOM);
    return new GeneratedKey(
        plaintext, RecordCipher.seal(owned, aad(context), plaintext.exportForWrapping()));
  }

  @Override
  public SymmetricKey decryptOwnedTableKey(byte[] blob, Map<String, String> context) {
    return SymmetricKey.of(RecordCipher.open(owned, aad(context), blob));
  }

  private static byte[] aad(Map<String, String> context) {
    Aad a = Aad.of("kms");
    new TreeMap<>(context).forEach((k, v) -> a.add(k).add(v));
    return a.toByteArray();
  }
}
