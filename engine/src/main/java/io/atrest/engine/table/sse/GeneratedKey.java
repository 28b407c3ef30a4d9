package io.atrest.engine.table.sse;

import io.atrest.engine.table.crypto.SymmetricKey;

/** A new table key from GenerateDataKey: the plaintext (memory only) and its KMS ciphertext. */
public record GeneratedKey(SymmetricKey plaintext, byte[] ciphertextBlob) {}
