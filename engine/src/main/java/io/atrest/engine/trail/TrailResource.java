package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One entry of a record's {@code resources[]}: {@code {"ARN", "accountId", "type"}}. Note the
 * upper-case {@code ARN} that CloudTrail uses here and nowhere else.
 */
public record TrailResource(String accountId, String type, String arn) {

  /** The resource type of KMS keys. */
  public static final String KMS_KEY = "AWS::KMS::Key";

  /** The resource type of DynamoDB tables. */
  public static final String DYNAMODB_TABLE = "AWS::DynamoDB::Table";

  public TrailResource {
    TrailJson.require(accountId, "resources[].accountId");
    TrailJson.require(type, "resources[].type");
    TrailJson.require(arn, "resources[].ARN");
  }

  /** The key {@code arn:aws:kms:REGION:ACCOUNT:key/ID}; the account comes from the ARN. */
  public static TrailResource kmsKey(String keyArn) {
    return new TrailResource(accountOf(keyArn), KMS_KEY, keyArn);
  }

  /**
   * The table {@code arn:aws:dynamodb:REGION:ACCOUNT:table/NAME}; the account comes from the ARN.
   */
  public static TrailResource dynamodbTable(String tableArn) {
    return new TrailResource(accountOf(tableArn), DYNAMODB_TABLE, tableArn);
  }

  private static String accountOf(String arn) {
    TrailJson.require(arn, "resource ARN");
    // arn:PARTITION:SERVICE:REGION:ACCOUNT:REST, read by hand: this runs for every record.
    int[] colons = new int[5];
    int found = 0;
    for (int i = 0; i < arn.length() && found < 5; i++) {
      if (arn.charAt(i) == ':') {
        colons[found++] = i;
      }
    }
    if (found < 5 || colons[0] != 3 || !arn.startsWith("arn") || colons[4] == colons[3] + 1) {
      throw new IllegalArgumentException("`" + arn + "` is not an ARN with an account");
    }
    return arn.substring(colons[3] + 1, colons[4]);
  }

  /** The JSON CloudTrail writes. */
  public ObjectNode toJson() {
    ObjectNode node = TrailJson.NODES.objectNode();
    node.put("ARN", arn);
    node.put("accountId", accountId);
    node.put("type", type);
    return node;
  }
}
