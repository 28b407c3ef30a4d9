package io.atrest.engine.crypto;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Lower-case hex identifiers. */
public final class Hex {

  private Hex() {}

  /** {@code bytes} random bytes as {@code 2 * bytes} lower-case hex digits. */
  public static String random(SecureRandom random, int bytes) {
    byte[] raw = new byte[bytes];
    random.nextBytes(raw);
    return HexFormat.of().formatHex(raw);
  }

  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
