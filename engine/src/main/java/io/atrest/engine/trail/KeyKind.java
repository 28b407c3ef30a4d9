package io.atrest.engine.trail;

/**
 * The three kinds of KMS key a DynamoDB table can use, which differ in cost (seeds 001-004): AWS
 * owned keys are free, AWS managed keys ({@code aws/dynamodb}) are charged per request, customer
 * managed keys are charged per request and per month.
 */
public enum KeyKind {
  AWS_OWNED,
  AWS_MANAGED,
  CUSTOMER_MANAGED
}
