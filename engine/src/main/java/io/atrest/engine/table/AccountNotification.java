package io.atrest.engine.table;

import java.time.Instant;

/**
 * A notification DynamoDB sends the account (by email in AWS), such as the one announcing that a
 * table's encryption key became inaccessible.
 */
public record AccountNotification(
    Instant time, String accountId, String tableName, String message) {

  /** The text AWS sends when a table's key becomes inaccessible (AWS-FACTS, issue quote). */
  static AccountNotification inaccessible(
      Instant time, String accountId, String region, String tableName, String keyArn) {
    return new AccountNotification(
        time,
        accountId,
        tableName,
        "On "
            + time
            + ", the Amazon DynamoDB service detected that it does not have access to your table"
            + " that was encrypted with a customer-managed customer master key (CMK) in your AWS"
            + " account "
            + accountId
            + ". DynamoDB must have access to your encryption key to ensure you can continue"
            + " accessing your table and to prevent any data loss. The following table is"
            + " currently \"inaccessible\":\n\nTable name: "
            + tableName
            + "\nRegion: "
            + region
            + "\nTable encryption key: "
            + keyArn
            + "\n\nTo ensure that you can continue working with the table, you must provide"
            + " DynamoDB access to the specified encryption key. You can do this by re-enabling the"
            + " encryption key, canceling the pending delete action, re-importing the key material"
            + " or re-creating the grant. You can choose to delete your table if you no longer want"
            + " to access your table data.\n\nIf DynamoDB cannot access your encryption key for"
            + " longer than 7 days since detection, the table will be \"Archived\" and can no"
            + " longer be accessed. DynamoDB will automatically create an on-demand backup of your"
            + " table.");
  }
}
