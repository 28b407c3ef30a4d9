package io.atrest.engine.kms;

import java.util.List;

/**
 * The MAC algorithms of the KMS API ({@code MacAlgorithmSpec}): each HMAC key spec has exactly one,
 * the HMAC with the hash of its size.
 */
public enum MacAlgorithm {
  HMAC_SHA_224(KeySpec.HMAC_224, "HmacSHA224"),
  HMAC_SHA_256(KeySpec.HMAC_256, "HmacSHA256"),
  HMAC_SHA_384(KeySpec.HMAC_384, "HmacSHA384"),
  HMAC_SHA_512(KeySpec.HMAC_512, "HmacSHA512");

  private final KeySpec keySpec;
  private final String jcaName;

  MacAlgorithm(KeySpec keySpec, String jcaName) {
    this.keySpec = keySpec;
    this.jcaName = jcaName;
  }

  String jcaName() {
    return jcaName;
  }

  /** The {@code MacAlgorithms} of a key of {@code spec}: one for an HMAC key, none otherwise. */
  public static List<MacAlgorithm> forKey(KeySpec spec) {
    for (MacAlgorithm a : values()) {
      if (a.keySpec == spec) {
        return List.of(a);
      }
    }
    return List.of();
  }
}
