package io.atrest.engine.table;

import io.atrest.engine.table.crypto.WrappedKeys;
import io.atrest.engine.table.sse.SseChoice;
import java.io.Serializable;

/**
 * A table key as stored: its kind, the KMS key and DynamoDB's grant (both null for the AWS owned
 * key), the KMS ciphertext of the table key, and the table's data keys wrapped under it. Holds no
 * plaintext key material.
 */
record TableKey(
    SseChoice.Kind kind,
    String kmsKeyArn,
    String grantId,
    byte[] encryptedTableKey,
    WrappedKeys wrappedKeys)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
