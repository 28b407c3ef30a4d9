/** Server-side encryption settings of tables and the KMS operations DynamoDB uses for them. */
package io.atrest.engine.table.sse;
