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
  private final SecureRandom random = new SecureRandom();

  public RequestIds() {}

  /** A fresh request id in the form of {@code protocol}'s service. */
  public String next(Protocol protocol) {
    if (protocol == Protocol.KMS) {
      return UUID.randomUUID().toString();
    }
    StringBuilder id = new StringBuilder(52);
    for (int i = 0; i < 52; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
