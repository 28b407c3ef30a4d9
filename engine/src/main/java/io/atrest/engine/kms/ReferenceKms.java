package io.atrest.engine.kms;

import io.atrest.engine.crypto.NonceSource;
import io.atrest.engine.identity.Account;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.kms.api.CancelKeyDeletionRequest;
import io.atrest.engine.kms.api.CreateAliasRequest;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.CreateGrantResult;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.api.DecryptResult;
import io.atrest.engine.kms.api.DeleteAliasRequest;
import io.atrest.engine.kms.api.DeleteImportedKeyMaterialRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRotationRequest;
import io.atrest.engine.kms.api.EmptyResult;
import io.atrest.engine.kms.api.EnableKeyRequest;
import io.atrest.engine.kms.api.EnableKeyRotationRequest;
import io.atrest.engine.kms.api.EncryptRequest;
import io.atrest.engine.kms.api.EncryptResult;
import io.atrest.engine.kms.api.GenerateDataKeyRequest;
import io.atrest.engine.kms.api.GenerateDataKeyResult;
import io.atrest.engine.kms.api.GenerateMacRequest;
import io.atrest.engine.kms.api.GenerateMacResult;
import io.atrest.engine.kms.api.GenerateRandomRequest;
import io.atrest.engine.kms.api.GenerateRandomResult;
import io.atrest.engine.kms.api.GetKeyPolicyRequest;
import io.atrest.engine.kms.api.GetKeyPolicyResult;
import io.atrest.engine.kms.api.GetKeyRotationStatusRequest;
import io.atrest.engine.kms.api.GetKeyRotationStatusResult;
import io.atrest.engine.kms.api.GetParametersForImportRequest;
import io.atrest.engine.kms.api.GetParametersForImportResult;
import io.atrest.engine.kms.api.GetPublicKeyRequest;
import io.atrest.engine.kms.api.GetPublicKeyResult;
import io.atrest.engine.kms.api.ImportKeyMaterialRequest;
import io.atrest.engine.kms.api.KeyIdResult;
import io.atrest.engine.kms.api.KeyMaterialResult;
import io.atrest.engine.kms.api.KeyMetadataResult;
import io.atrest.engine.kms.api.ListAliasesRequest;
import io.atrest.engine.kms.api.ListAliasesResult;
import io.atrest.engine.kms.api.ListGrantsRequest;
import io.atrest.engine.kms.api.ListGrantsResult;
import io.atrest.engine.kms.api.ListKeyPoliciesRequest;
import io.atrest.engine.kms.api.ListKeyPoliciesResult;
import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.ListKeyRotationsResult;
import io.atrest.engine.kms.api.ListKeysRequest;
import io.atrest.engine.kms.api.ListKeysResult;
import io.atrest.engine.kms.api.ListResourceTagsRequest;
import io.atrest.engine.kms.api.ListResourceTagsResult;
import io.atrest.engine.kms.api.ListRetirableGrantsRequest;
import io.atrest.engine.kms.api.PutKeyPolicyRequest;
import io.atrest.engine.kms.api.ReEncryptRequest;
import io.atrest.engine.kms.api.ReEncryptResult;
import io.atrest.engine.kms.api.RetireGrantRequest;
import io.atrest.engine.kms.api.RevokeGrantRequest;
import io.atrest.engine.kms.api.RotateKeyOnDemandRequest;
import io.atrest.engine.kms.api.ScheduleKeyDeletionRequest;
import io.atrest.engine.kms.api.ScheduleKeyDeletionResult;
import io.atrest.engine.kms.api.SignRequest;
import io.atrest.engine.kms.api.SignResult;
import io.atrest.engine.kms.api.TagResourceRequest;
import io.atrest.engine.kms.api.UntagResourceRequest;
import io.atrest.engine.kms.api.UpdateAliasRequest;
import io.atrest.engine.kms.api.UpdateKeyDescriptionRequest;
import io.atrest.engine.kms.api.VerifyMacRequest;
import io.atrest.engine.kms.api.VerifyMacResult;
import io.atrest.engine.kms.api.VerifyRequest;
import io.atrest.engine.kms.api.VerifyResult;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.store.InMemoryKmsStore;
import io.atrest.engine.store.KmsStore;
import io.atrest.engine.trail.AuditTrail;
import io.atrest.engine.trail.Ids;
import io.atrest.engine.trail.KeyKind;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The reference AWS KMS of one region, serving every account of its {@link IamRegistry}: one method
 * per API operation, each taking an {@code XxxRequest} that carries the {@link Caller} and
 * returning an {@code XxxResult}, or throwing the {@link KmsException} AWS would return. Every call
 * is authorized (key policy, identity policies, grants), checked against the key-state table, and
 * recorded in the {@link AuditTrail}, failed calls included.
 *
 * <p>The class is a façade of one short method per operation (hence its length); the work is in one
 * class per concern: {@link KeyLifecycle}, {@link KeyStates}, {@link KeyPolicies}, {@link
 * AliasBook}, {@link GrantBook}, {@link GrantRetirement}, {@link CryptoOperations}, {@link
 * ReEncryption}, {@link Signatures}, {@link Macs}, {@link RotationSchedule}, {@link
 * ImportedMaterial}, {@link ServiceKeys}.
 *
 * <p>Calls are serialized. Before each one, the actions due by the clock (automatic rotation,
 * deletion at the end of the waiting period, expiry of imported material) are carried out at the
 * instants they were due. Nothing sleeps; all time comes from the injected {@link Clock}.
 */
public final class ReferenceKms {

  private final Object lock = new Object();
  private final KmsCore core;
  private final KeyLifecycle lifecycle;
  private final KeyStates states;
  private final KeyPolicies policies;
  private final Tags tags;
  private final AliasBook aliases;
  private final GrantBook grants;
  private final GrantRetirement retirement;
  private final CryptoOperations crypto;
  private final ReEncryption reEncryption;
  private final Signatures signatures;
  private final Macs macs;
  private final RotationSchedule rotation;
  private final ImportedMaterial imported;
  private final DueEvents due;
  private final ServiceKeys serviceKeys;

  private ReferenceKms(Builder b) {
    KmsAudit audit = new KmsAudit(b.trail, b.iam, b.ids, b.region);
    core = new KmsCore(b.clock, b.random, b.nonces, b.store, b.iam, b.region, audit);
    policies = new KeyPolicies(core);
    lifecycle = new KeyLifecycle(core, policies);
    rotation = new RotationSchedule(core);
    states = new KeyStates(core, rotation);
    tags = new Tags(core);
    aliases = new AliasBook(core);
    grants = new GrantBook(core);
    retirement = new GrantRetirement(core);
    crypto = new CryptoOperations(core);
    reEncryption = new ReEncryption(core, crypto);
    signatures = new Signatures(core);
    macs = new Macs(core);
    imported = new ImportedMaterial(core);
    due = new DueEvents(core, rotation, states, imported);
    serviceKeys = new ServiceKeys(core, lifecycle);
  }

  public static Builder builder() {
    return new Builder();
  }

  public String region() {
    return core.region;
  }

  /** The IAM whose accounts, principals and identity policies this KMS authorizes against. */
  public IamRegistry iam() {
    return core.iam;
  }

  public KeyMetadataResult createKey(CreateKeyRequest r) {
    return call(
        KmsOperation.CreateKey, r.caller(), c -> new KeyMetadataResult(lifecycle.create(c, r)));
  }

  public KeyMetadataResult describeKey(DescribeKeyRequest r) {
    return call(
        KmsOperation.DescribeKey,
        r.caller(),
        c -> {
          serviceKeys.createOnDescribe(r.caller(), r.keyId());
          return new KeyMetadataResult(lifecycle.describe(c, r));
        });
  }

  public ListKeysResult listKeys(ListKeysRequest r) {
    return call(KmsOperation.ListKeys, r.caller(), c -> lifecycle.list(c, r));
  }

  public EmptyResult updateKeyDescription(UpdateKeyDescriptionRequest r) {
    return run(
        KmsOperation.UpdateKeyDescription, r.caller(), c -> lifecycle.updateDescription(c, r));
  }

  public EmptyResult enableKey(EnableKeyRequest r) {
    return run(KmsOperation.EnableKey, r.caller(), c -> states.enable(c, r));
  }

  public EmptyResult disableKey(DisableKeyRequest r) {
    return run(KmsOperation.DisableKey, r.caller(), c -> states.disable(c, r));
  }

  public ScheduleKeyDeletionResult scheduleKeyDeletion(ScheduleKeyDeletionRequest r) {
    return call(KmsOperation.ScheduleKeyDeletion, r.caller(), c -> states.schedule(c, r));
  }

  public KeyIdResult cancelKeyDeletion(CancelKeyDeletionRequest r) {
    return call(KmsOperation.CancelKeyDeletion, r.caller(), c -> states.cancel(c, r));
  }

  public EmptyResult tagResource(TagResourceRequest r) {
    return run(KmsOperation.TagResource, r.caller(), c -> tags.tag(c, r));
  }

  public EmptyResult untagResource(UntagResourceRequest r) {
    return run(KmsOperation.UntagResource, r.caller(), c -> tags.untag(c, r));
  }

  public ListResourceTagsResult listResourceTags(ListResourceTagsRequest r) {
    return call(KmsOperation.ListResourceTags, r.caller(), c -> tags.list(c, r));
  }

  public EmptyResult createAlias(CreateAliasRequest r) {
    return run(KmsOperation.CreateAlias, r.caller(), c -> aliases.create(c, r));
  }

  public EmptyResult updateAlias(UpdateAliasRequest r) {
    return run(KmsOperation.UpdateAlias, r.caller(), c -> aliases.update(c, r));
  }

  public EmptyResult deleteAlias(DeleteAliasRequest r) {
    return run(KmsOperation.DeleteAlias, r.caller(), c -> aliases.delete(c, r));
  }

  public ListAliasesResult listAliases(ListAliasesRequest r) {
    return call(KmsOperation.ListAliases, r.caller(), c -> aliases.list(c, r));
  }

  public EmptyResult putKeyPolicy(PutKeyPolicyRequest r) {
    return run(KmsOperation.PutKeyPolicy, r.caller(), c -> policies.put(c, r));
  }

  public GetKeyPolicyResult getKeyPolicy(GetKeyPolicyRequest r) {
    return call(KmsOperation.GetKeyPolicy, r.caller(), c -> policies.get(c, r));
  }

  public ListKeyPoliciesResult listKeyPolicies(ListKeyPoliciesRequest r) {
    return call(KmsOperation.ListKeyPolicies, r.caller(), c -> policies.list(c, r));
  }

  public CreateGrantResult createGrant(CreateGrantRequest r) {
    return call(KmsOperation.CreateGrant, r.caller(), c -> grants.create(c, r));
  }

  public ListGrantsResult listGrants(ListGrantsRequest r) {
    return call(KmsOperation.ListGrants, r.caller(), c -> retirement.list(c, r));
  }

  public ListGrantsResult listRetirableGrants(ListRetirableGrantsRequest r) {
    return call(KmsOperation.ListRetirableGrants, r.caller(), c -> retirement.listRetirable(c, r));
  }

  public EmptyResult retireGrant(RetireGrantRequest r) {
    return run(KmsOperation.RetireGrant, r.caller(), c -> retirement.retire(c, r));
  }

  public EmptyResult revokeGrant(RevokeGrantRequest r) {
    return run(KmsOperation.RevokeGrant, r.caller(), c -> retirement.revoke(c, r));
  }

  public EncryptResult encrypt(EncryptRequest r) {
    return call(KmsOperation.Encrypt, r.caller(), c -> crypto.encrypt(c, r));
  }

  public DecryptResult decrypt(DecryptRequest r) {
    return call(KmsOperation.Decrypt, r.caller(), c -> crypto.decrypt(c, r));
  }

  public ReEncryptResult reEncrypt(ReEncryptRequest r) {
    return call(KmsOperation.ReEncrypt, r.caller(), c -> reEncryption.reEncrypt(c, r));
  }

  public GenerateDataKeyResult generateDataKey(GenerateDataKeyRequest r) {
    return call(KmsOperation.GenerateDataKey, r.caller(), c -> crypto.generateDataKey(c, r, true));
  }

  public GenerateDataKeyResult generateDataKeyWithoutPlaintext(GenerateDataKeyRequest r) {
    return call(
        KmsOperation.GenerateDataKeyWithoutPlaintext,
        r.caller(),
        c -> crypto.generateDataKey(c, r, false));
  }

  public GenerateRandomResult generateRandom(GenerateRandomRequest r) {
    return call(KmsOperation.GenerateRandom, r.caller(), c -> crypto.generateRandom(c, r));
  }

  public SignResult sign(SignRequest r) {
    return call(KmsOperation.Sign, r.caller(), c -> signatures.sign(c, r));
  }

  /** Throws KMSInvalidSignatureException when the signature does not verify, as AWS does. */
  public VerifyResult verify(VerifyRequest r) {
    return call(KmsOperation.Verify, r.caller(), c -> signatures.verify(c, r));
  }

  public GetPublicKeyResult getPublicKey(GetPublicKeyRequest r) {
    return call(KmsOperation.GetPublicKey, r.caller(), c -> signatures.publicKey(c, r));
  }

  public GenerateMacResult generateMac(GenerateMacRequest r) {
    return call(KmsOperation.GenerateMac, r.caller(), c -> macs.generate(c, r));
  }

  /** Throws KMSInvalidMacException when the MAC does not match, as AWS does. */
  public VerifyMacResult verifyMac(VerifyMacRequest r) {
    return call(KmsOperation.VerifyMac, r.caller(), c -> macs.verify(c, r));
  }

  public EmptyResult enableKeyRotation(EnableKeyRotationRequest r) {
    return run(KmsOperation.EnableKeyRotation, r.caller(), c -> rotation.enable(c, r));
  }

  public EmptyResult disableKeyRotation(DisableKeyRotationRequest r) {
    return run(KmsOperation.DisableKeyRotation, r.caller(), c -> rotation.disable(c, r));
  }

  public GetKeyRotationStatusResult getKeyRotationStatus(GetKeyRotationStatusRequest r) {
    return call(KmsOperation.GetKeyRotationStatus, r.caller(), c -> rotation.status(c, r));
  }

  public KeyIdResult rotateKeyOnDemand(RotateKeyOnDemandRequest r) {
    return call(KmsOperation.RotateKeyOnDemand, r.caller(), c -> rotation.rotateOnDemand(c, r));
  }

  public ListKeyRotationsResult listKeyRotations(ListKeyRotationsRequest r) {
    return call(KmsOperation.ListKeyRotations, r.caller(), c -> rotation.list(c, r));
  }

  public GetParametersForImportResult getParametersForImport(GetParametersForImportRequest r) {
    return call(KmsOperation.GetParametersForImport, r.caller(), c -> imported.parameters(c, r));
  }

  public KeyMaterialResult importKeyMaterial(ImportKeyMaterialRequest r) {
    return call(KmsOperation.ImportKeyMaterial, r.caller(), c -> imported.importMaterial(c, r));
  }

  public KeyMaterialResult deleteImportedKeyMaterial(DeleteImportedKeyMaterialRequest r) {
    return call(KmsOperation.DeleteImportedKeyMaterial, r.caller(), c -> imported.delete(c, r));
  }

  /**
   * The AWS managed key of {@code service} (only {@code dynamodb}) in {@code account}: {@code
   * aws/dynamodb}, created on first use, as the table store needs it. Its metadata is returned; the
   * service then calls the usual operations with {@link Caller#via}.
   */
  public KeyMetadata awsManagedKey(String service, String account) {
    synchronized (lock) {
      due.process(core.clock.instant());
      return KeyMetadata.of(serviceKeys.awsManagedKey(service, account));
    }
  }

  /** The AWS owned key {@code service} (such as {@code dynamodb}) uses in this region. */
  public AwsOwnedKey awsOwnedKey(String service) {
    synchronized (lock) {
      return serviceKeys.awsOwnedKey(service);
    }
  }

  /** The kind of every key of the region, by key ARN (for {@code AuditTrail.counts}). */
  public Map<String, KeyKind> keyKinds() {
    synchronized (lock) {
      return serviceKeys.keyKinds();
    }
  }

  /** Carries out the actions due by now; every call does this first. */
  public void processDueEvents() {
    synchronized (lock) {
      due.process(core.clock.instant());
    }
  }

  private EmptyResult run(
      KmsOperation op, Caller caller, java.util.function.Consumer<KmsCall> body) {
    return call(
        op,
        caller,
        c -> {
          body.accept(c);
          return EmptyResult.INSTANCE;
        });
  }

  private <T> T call(KmsOperation op, Caller caller, Function<KmsCall, T> body) {
    Objects.requireNonNull(caller, "caller");
    if (!core.iam.exists(caller.principal())) {
      throw new IllegalArgumentException(
          "caller `" + caller.principal().arn() + "` does not exist in the IAM registry");
    }
    synchronized (lock) {
      due.process(core.clock.instant());
      KmsCall call = new KmsCall(op, caller, core.clock.instant());
      try {
        T result = body.apply(call);
        core.audit.record(call, null);
        return result;
      } catch (KmsException e) {
        core.audit.record(call, e);
        throw e;
      }
    }
  }

  /** Collects the collaborators of a {@link ReferenceKms}; every one but the store is required. */
  public static final class Builder {
    private Clock clock;
    private SecureRandom random;
    private AuditTrail trail;
    private IamRegistry iam;
    private String region;
    private KmsStore store = new InMemoryKmsStore();
    private Ids ids;
    private NonceSource nonces;

    private Builder() {}

    public Builder clock(Clock v) {
      clock = v;
      return this;
    }

    public Builder random(SecureRandom v) {
      random = v;
      return this;
    }

    public Builder trail(AuditTrail v) {
      trail = v;
      return this;
    }

    public Builder iam(IamRegistry v) {
      iam = v;
      return this;
    }

    public Builder region(String v) {
      region = v;
      return this;
    }

    /** The persistence; in memory unless set. */
    public Builder store(KmsStore v) {
      store = v;
      return this;
    }

    /**
     * The source of trail ids; unless set, drawn from the engine's {@link NonceSource} (the source
     * of its IVs), not from the random source, which keeps to secrets.
     */
    public Builder ids(Ids v) {
      ids = v;
      return this;
    }

    public ReferenceKms build() {
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(random, "random");
      Objects.requireNonNull(trail, "trail");
      Objects.requireNonNull(iam, "iam");
      Objects.requireNonNull(store, "store");
      Account.requireRegion(Objects.requireNonNull(region, "region"));
      nonces = NonceSource.create();
      if (ids == null) {
        ids = new Ids(nonces);
      }
      return new ReferenceKms(this);
    }
  }
}
