package io.atrest.serve.engine;

import io.atrest.serve.wire.Protocol;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Fresh {@code x-amzn-RequestId} values in each service's form: a UUID for KMS, 52 characters of
 * {@code [A-Z0-9]} for DynamoDB (as in {@code LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG}).
 */
public final class RequestIds {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final int DYNAMODB_LENGTH = 52;
  // The largest multiple of the alphabet's size that a byte can hold: bytes at or above it are
  // skipped, so that every character is equally likely.
  private static final int UNBIASED_BELOW = 256 / ALPHABET.length() * ALPHABET.length();
  private final SecureRandom random = new SecureRandom();

  public RequestIds() {}

  /** A fresh request id in the form of {@code protocol}'s service. */
  public String next(Protocol protocol) {
    if (protocol == Protocol.KMS) {
      return UUID.randomUUID().toString();
    }
    // One draw for the whole id: each SecureRandom call takes a lock and mixes a SHA-1 block, so
    // a draw per character cost more than the rest of a PutItem's wire handling.
    char[] id = new char[DYNAMODB_LENGTH];
    byte[] bytes = new byte[DYNAMODB_LENGTH + 8];
    int filled = 0;
    while (filled < id.length) {
      random.nextBytes(bytes);
      for (int i = 0; i < bytes.length && filled < id.length; i++) {
        int b = bytes[i] & 0xff;
        if (b < UNBIASED_BELOW) {
          id[filled++] = ALPHABET.charAt(b % ALPHABET.length());
        }
      }
    }
    return new String(id);
  }
}
