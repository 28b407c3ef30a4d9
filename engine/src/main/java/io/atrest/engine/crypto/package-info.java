/**
 * Cryptography of the reference KMS: secret bytes, key material, the encryption context with its
 * canonical form, AES-256-GCM through the JDK, and the ciphertext blob format.
 */
package io.atrest.engine.crypto;
