/** The DynamoDB JSON protocol ({@code DynamoDB_20120810}) over the reference table store. */
package io.atrest.serve.dynamodb;
