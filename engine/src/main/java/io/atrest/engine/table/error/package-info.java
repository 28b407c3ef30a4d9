/** Typed errors of the reference DynamoDB; each names the exact AWS error code it stands for. */
package io.atrest.engine.table.error;
