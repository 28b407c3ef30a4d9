/** DynamoDB expressions: key conditions, update expressions and condition expressions. */
package io.atrest.engine.table.expr;
