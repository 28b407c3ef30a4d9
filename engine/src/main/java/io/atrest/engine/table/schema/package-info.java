/** Table and index definitions: key schemas, attribute definitions, names, projections. */
package io.atrest.engine.table.schema;
