/**
 * Persistence of the table store behind one narrow interface ({@link
 * io.atrest.engine.table.storage.RecordStore}).
 */
package io.atrest.engine.table.storage;
