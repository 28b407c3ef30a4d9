package io.atrest.engine.kms;

import java.util.List;

/**
 * The {@code alias/aws/...} names AWS predefines in every account and Region before the AWS managed
 * key they will name exists. ListAliases returns them with no {@code TargetKeyId}: "The response
 * might also include aliases that have no TargetKeyId field. These are predefined aliases that AWS
 * has created but has not yet associated with a KMS key" (ListAliases API reference).
 *
 * <p>AWS publishes no list. These names are the ones real responses show without a target: a boto3
 * ListAliases response pasted from us-east-1 (pastebin.com/mT3P2ZRP: dynamodb, ebs,
 * elasticfilesystem, es, glue, kinesisvideo, rds, redshift, s3, ssm, xray, and secretsmanager
 * already associated), a list copied from eu-central-1 into cfn-kms-provider's tests (the same
 * names, lambda among them), and moto's {@code RESERVED_ALIASES}, which adds acm and lambda.
 * Services that launched AWS managed keys later (backup, codecommit, fsx, lightsail, sns, ...) show
 * up in real lists only once associated, so they are not predefined here.
 */
final class PredefinedAliases {

  static final List<String> NAMES =
      List.of(
          "alias/aws/acm",
          "alias/aws/dynamodb",
          "alias/aws/ebs",
          "alias/aws/elasticfilesystem",
          "alias/aws/es",
          "alias/aws/glue",
          "alias/aws/kinesisvideo",
          "alias/aws/lambda",
          "alias/aws/rds",
          "alias/aws/redshift",
          "alias/aws/s3",
          "alias/aws/secretsmanager",
          "alias/aws/ssm",
          "alias/aws/xray");

  private PredefinedAliases() {}
}
