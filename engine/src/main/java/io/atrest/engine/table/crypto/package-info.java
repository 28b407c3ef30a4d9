/**
 * The table store's own key hierarchy below the KMS key: table keys wrap data keys, data keys seal
 * records with AES-256-GCM, and authenticated data binds every record to its table and position.
 */
package io.atrest.engine.table.crypto;
