/**
 * Persistence of the reference KMS behind one narrow interface, {@link
 * io.atrest.engine.store.KmsStore}: in memory for scenarios, MapDB files for durability. Key
 * material never reaches a file in plaintext.
 */
package io.atrest.engine.store;
