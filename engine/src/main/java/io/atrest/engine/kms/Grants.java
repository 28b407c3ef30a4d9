package io.atrest.engine.kms;

import io.atrest.engine.kms.error.InvalidGrantTokenException;
import io.atrest.engine.kms.grant.GrantRecord;
import io.atrest.engine.store.KmsStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Grant tokens. A token is {@code base64url(grant id bytes || 16 random bytes)}: it names its
 * grant, and the grant keeps every token it was issued, so a token can be checked exactly. The
 * engine's grants are consistent at once (POLICY-SEMANTICS §4.6 allows modelling consistency as
 * immediate), so a valid token adds no permission; an invalid one fails the request.
 */
final class Grants {

  private static final int GRANT_ID_BYTES = 32;

  private Grants() {}

  static String newToken(String grantId, SecureRandom random) {
    byte[] id = HexFormat.of().parseHex(grantId);
    byte[] token = new byte[id.length + 16];
    System.arraycopy(id, 0, token, 0, id.length);
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    System.arraycopy(nonce, 0, token, id.length, nonce.length);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /** The grant a token names, when the token is one the grant was issued. */
  static Optional<GrantRecord> grantOf(KmsStore store, String token) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    if (raw.length != GRANT_ID_BYTES + 16) {
      return Optional.empty();
    }
    String grantId = HexFormat.of().formatHex(raw, 0, GRANT_ID_BYTES);
    return store.grant(grantId).filter(g -> g.tokens().contains(token));
  }

  /**
   * Checks the grant tokens of a request.
   *
   * @throws InvalidGrantTokenException when one is not a token of an existing grant (AWS's message
   *     is not recorded; the engine names the token)
   */
  static void validateTokens(KmsCore core, List<String> tokens) {
    for (String token : tokens) {
      if (grantOf(core.store, token).isEmpty()) {
        throw new InvalidGrantTokenException("grant token `" + token + "` is not valid");
      }
    }
  }
}
