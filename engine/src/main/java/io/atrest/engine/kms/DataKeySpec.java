package io.atrest.engine.kms;

/** The length of a generated data key ({@code KeySpec} of GenerateDataKey). */
public enum DataKeySpec {
  AES_128(16),
  AES_256(32);

  private final int bytes;

  DataKeySpec(int bytes) {
    this.bytes = bytes;
  }

  public int bytes() {
    return bytes;
  }
}
