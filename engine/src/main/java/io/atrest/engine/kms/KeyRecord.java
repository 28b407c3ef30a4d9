package io.atrest.engine.kms;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything KMS keeps about a key except its secret material, as stored. Immutable; changes go
 * through {@link #toBuilder()}. Nullable components are the ones AWS leaves out when they do not
 * apply (deletion date, next rotation date, imported material expiry).
 */
public record KeyRecord(
    String keyId,
    String accountId,
    String region,
    Instant creationDate,
    String description,
    KeySpec keySpec,
    KeyUsage keyUsage,
    Origin origin,
    KeyManager keyManager,
    KeyState state,
    Instant deletionDate,
    String policy,
    Map<String, String> tags,
    boolean rotationEnabled,
    int rotationPeriodDays,
    Instant nextRotationDate,
    List<MaterialVersion> materials,
    String currentMaterialId,
    int onDemandRotations,
    Instant validTo,
    String importedMaterialId)
    implements Serializable {

  private static volatile Arn lastArn;

  public KeyRecord {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(keySpec, "keySpec");
    Objects.requireNonNull(keyUsage, "keyUsage");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(keyManager, "keyManager");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(policy, "policy");
    tags = Collections.unmodifiableMap(new TreeMap<>(tags));
    materials = List.copyOf(materials);
  }

  /** {@code arn:aws:kms:REGION:ACCOUNT:key/KEY-ID}. */
  public String arn() {
    // A call reads its key's ARN several times, and a record cannot keep it: the last one made is
    // remembered (a racy but safe single slot), matched on the very strings it was made of.
    Arn last = lastArn;
    if (last != null && last.of(this)) {
      return last.arn();
    }
    String arn = arn(region, accountId, keyId);
    lastArn = new Arn(keyId, accountId, region, arn);
    return arn;
  }

  private record Arn(String keyId, String accountId, String region, String arn) {
    /** Whether made of {@code key}'s very strings (every copy of a key record shares them). */
    @SuppressWarnings(
        "ReferenceEquality") // identity, not equality, is what makes the cache hit cheap
    boolean of(KeyRecord key) {
      return keyId == key.keyId && accountId == key.accountId && region == key.region;
    }
  }

  public static String arn(String region, String accountId, String keyId) {
    return "arn:aws:kms:" + region + ":" + accountId + ":key/" + keyId;
  }

  public boolean isSymmetricEncryption() {
    return keySpec.isSymmetricEncryption();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Copies a record with some components changed. */
  public static final class Builder {
    private final KeyRecord base;
    private String description;
    private KeyState state;
    private Instant deletionDate;
    private String policy;
    private Map<String, String> tags;
    private boolean rotationEnabled;
    private int rotationPeriodDays;
    private Instant nextRotationDate;
    private List<MaterialVersion> materials;
    private String currentMaterialId;
    private int onDemandRotations;
    private Instant validTo;
    private String importedMaterialId;

    private Builder(KeyRecord k) {
      base = k;
      description = k.description;
      state = k.state;
      deletionDate = k.deletionDate;
      policy = k.policy;
      tags = k.tags;
      rotationEnabled = k.rotationEnabled;
      rotationPeriodDays = k.rotationPeriodDays;
      nextRotationDate = k.nextRotationDate;
      materials = k.materials;
      currentMaterialId = k.currentMaterialId;
      onDemandRotations = k.onDemandRotations;
      validTo = k.validTo;
      importedMaterialId = k.importedMaterialId;
    }

    public Builder description(String v) {
      description = v;
      return this;
    }

    public Builder state(KeyState v) {
      state = v;
      return this;
    }

    public Builder deletionDate(Instant v) {
      deletionDate = v;
      return this;
    }

    public Builder policy(String v) {
      policy = v;
      return this;
    }

    public Builder tags(Map<String, String> v) {
      tags = v;
      return this;
    }

    public Builder rotation(boolean enabled, int periodDays, Instant next) {
      rotationEnabled = enabled;
      rotationPeriodDays = periodDays;
      nextRotationDate = next;
      return this;
    }

    public Builder materials(List<MaterialVersion> v, String current) {
      materials = v;
      currentMaterialId = current;
      return this;
    }

    public Builder onDemandRotations(int v) {
      onDemandRotations = v;
      return this;
    }

    public Builder imported(Instant expiry, String materialId) {
      validTo = expiry;
      importedMaterialId = materialId;
      return this;
    }

    public KeyRecord build() {
      return new KeyRecord(
          base.keyId,
          base.accountId,
          base.region,
          base.creationDate,
          description,
          base.keySpec,
          base.keyUsage,
          base.origin,
          base.keyManager,
          state,
          deletionDate,
          policy,
          tags,
          rotationEnabled,
          rotationPeriodDays,
          nextRotationDate,
          materials,
          currentMaterialId,
          onDemandRotations,
          validTo,
          importedMaterialId);
    }
  }
}
