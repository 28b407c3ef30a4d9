package io.atrest.engine.table.sse;

/**
 * What DynamoDB learns from DescribeKey about a key a table is to use.
 *
 * @param arn the full key ARN
 * @param symmetricEncryption whether the key is a {@code SYMMETRIC_DEFAULT} / {@code
 *     ENCRYPT_DECRYPT} key, the only kind DynamoDB accepts
 * @param keyState the KMS key state, e.g. {@code Enabled}
 */
public record KmsKeyInfo(String arn, boolean symmetricEncryption, String keyState) {}
