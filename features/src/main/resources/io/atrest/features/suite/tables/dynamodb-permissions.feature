@control:ATR-AC-01
Feature: A table operation needs its DynamoDB permission, whatever the key policy allows
  IAM authorizes every DynamoDB request for its own action (dynamodb:GetItem on the table's ARN,
  dynamodb:CreateTable, ...) before DynamoDB calls KMS on the caller's behalf. A key policy that
  lets a principal use the key through DynamoDB does not let it use the table: "If the principals
  specified in the policy statement don't have permission to use DynamoDB, the call fails, even
  when it comes from the DynamoDB service" (seed 004). A refused request reaches no key.

  Background:
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "music-key" for the tables of the account
    And user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"

  @req:KMS-POL-013
  Scenario: A principal the key policy allows, without the DynamoDB permission, cannot read
    Given user "mallory" exists
    When user "mallory" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with AccessDeniedException: "User: arn:aws:iam::111122223333:user/mallory is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:us-west-2:111122223333:table/Music because no identity-based policy allows the dynamodb:GetItem action"
    And the DynamoDB call made no KMS request
    And DynamoDB called Decrypt 0 times for user "mallory"

  @req:KMS-POL-013
  Scenario Outline: Without the DynamoDB permission, <operation> is refused before any KMS call
    Given user "mallory" exists
    When user "mallory" <request>
    Then the DynamoDB call fails with AccessDeniedException mentioning "is not authorized to perform: dynamodb:<operation> on resource: arn:aws:dynamodb:us-west-2:111122223333:table/Music because no identity-based policy allows"
    And the DynamoDB call made no KMS request

    Examples:
      | operation    | request                                    |
      | PutItem      | puts item "Acme/New" into table "Music"    |
      | Query        | queries table "Music" for partition "Acme" |
      | Scan         | scans table "Music"                        |
      | CreateBackup | backs up table "Music" as "nightly"        |

  @req:KMS-POL-013
  Scenario: The same principal reads once IAM allows the DynamoDB action
    Given user "mallory" exists
    And user "mallory" has the identity policy "read-music":
      """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "dynamodb:GetItem",
        "Resource": "arn:aws:dynamodb:us-west-2:111122223333:table/Music"}]}
      """
    Then user "mallory" can read item "Acme/Hello" from table "Music", as written
    And DynamoDB called Decrypt 1 time for user "mallory"

  @req:KMS-POL-013 @control:ATR-AU-02
  Scenario: A refused CreateTable is recorded in DynamoDB's trail and reaches no key
    Given user "mallory" exists
    When user "mallory" creates table "Secrets" with key "music-key"
    Then the DynamoDB call fails with AccessDeniedException mentioning "dynamodb:CreateTable on resource: arn:aws:dynamodb:us-west-2:111122223333:table/Secrets"
    And the DynamoDB call made no KMS request
    And the trail has a CreateTable event with:
      | /eventSource        | dynamodb.amazonaws.com                   |
      | /userIdentity/arn   | arn:aws:iam::111122223333:user/mallory   |
      | /errorCode          | AccessDeniedException                    |
    And DynamoDB holds 0 grants on key "music-key" for table "Secrets"

  @req:KMS-POL-013
  Scenario: An explicit Deny of dynamodb:GetItem refuses reads while writes still work
    Given user "clerk" exists
    And user "clerk" has DynamoDB full access
    And user "clerk" has the identity policy "no-reads":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "DenyReads", "Effect": "Deny",
        "Action": "dynamodb:GetItem", "Resource": "*"}]}
      """
    When user "clerk" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with AccessDeniedException mentioning "dynamodb:GetItem on resource: arn:aws:dynamodb:us-west-2:111122223333:table/Music with an explicit deny in an identity-based policy"
    And the DynamoDB call made no KMS request
    When user "clerk" puts item "Acme/New" into table "Music"
    Then the DynamoDB call succeeds

  @req:KMS-POL-013
  Scenario: A principal allowed on one table cannot read another under the same key
    Given user "app" created table "Films" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Films"
    And user "reader" exists
    And user "reader" has the identity policy "music-only":
      """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:Query"],
        "Resource": "arn:aws:dynamodb:us-west-2:111122223333:table/Music"}]}
      """
    Then user "reader" can read item "Acme/Hello" from table "Music", as written
    When user "reader" gets item "Acme/Hello" from table "Films"
    Then the DynamoDB call fails with AccessDeniedException mentioning "dynamodb:GetItem on resource: arn:aws:dynamodb:us-west-2:111122223333:table/Films because no identity-based policy allows"
    And the DynamoDB call made no KMS request
