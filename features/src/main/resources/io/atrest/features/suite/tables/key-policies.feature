@control:ATR-AC-01
Feature: Who may put a table under a customer managed key, and use it
  DynamoDB calls KMS on the caller's behalf: DescribeKey and CreateGrant when the table is created
  or switched, Decrypt when a caller's table key is refreshed. The permissions may come from the
  key policy, from IAM where the key policy delegates to the account, or from a grant (seed 004).

  Background:
    Given user "app" exists
    And user "app" has DynamoDB full access

  @req:KMS-POL-011 @req:KMS-POL-012
  Scenario: The documented minimum in the key policy suffices to create, read, write and delete a table
    Given key "min-key" with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Administer", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
         "Action": "kms:*", "Resource": "*"},
        {"Sid": "Minimum for DynamoDB", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/app"},
         "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey", "kms:CreateGrant"],
         "Resource": "*",
         "Condition": {"StringEquals": {"kms:ViaService": "dynamodb.us-west-2.amazonaws.com"}}}]}
      """
    When user "app" creates table "Music" with key "min-key"
    Then the DynamoDB call succeeds
    When user "app" puts item "Acme/Hello" into table "Music"
    Then the DynamoDB call succeeds
    And user "app" can read item "Acme/Hello" from table "Music", as written
    When user "app" deletes table "Music"
    Then the DynamoDB call succeeds
    And DynamoDB holds 0 grants on key "min-key" for table "Music"

  @req:KMS-POL-011
  Scenario: An IAM policy suffices where the key policy delegates to the account
    Given key "iam-key" with the default key policy
    And user "app" has the identity policy "use-table-keys":
      """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey", "kms:CreateGrant"],
        "Resource": "*",
        "Condition": {"StringEquals": {"kms:ViaService": "dynamodb.us-west-2.amazonaws.com"}}}]}
      """
    When user "app" creates table "Music" with key "iam-key"
    Then the DynamoDB call succeeds
    And user "app" put items "Acme/Hello" into table "Music"
    And user "app" can read item "Acme/Hello" from table "Music", as written

  @req:KMS-POL-011 @control:ATR-AC-03
  Scenario: A grant suffices where neither the key policy nor IAM allows the caller
    Given key "grant-key" with the default key policy
    And the account root creates grant "app-tables" on key "grant-key" for user "app" allowing "DescribeKey, CreateGrant, Encrypt, Decrypt, GenerateDataKey, ReEncryptFrom, ReEncryptTo, RetireGrant"
    When user "app" creates table "Music" with key "grant-key"
    Then the DynamoDB call succeeds
    And user "app" put items "Acme/Hello" into table "Music"
    And user "app" can read item "Acme/Hello" from table "Music", as written

  @req:KMS-POL-011
  Scenario: Without any of the three, the caller cannot create a table under the key
    Given key "closed-key" with the default key policy
    When user "app" creates table "Music" with key "closed-key"
    Then the DynamoDB call fails with AccessDeniedException mentioning "kms:DescribeKey"
    And there is no table "Music"

  @req:KMS-POL-014 @control:ATR-AC-03
  Scenario: Creation fails when the caller may not have DynamoDB call CreateGrant on its behalf
    Given key "no-grant-key" with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Administer", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
         "Action": "kms:*", "Resource": "*"},
        {"Sid": "Use without grants", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/app"},
         "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
         "Resource": "*",
         "Condition": {"StringEquals": {"kms:ViaService": "dynamodb.us-west-2.amazonaws.com"}}}]}
      """
    When user "app" creates table "Music" with key "no-grant-key"
    Then the DynamoDB call fails with AccessDeniedException mentioning "kms:CreateGrant"
    And the trail has a CreateGrant event with:
      | /userIdentity/invokedBy | dynamodb.amazonaws.com |
      | /errorCode              | AccessDenied           |
    And there is no table "Music"

  @req:KMS-POL-014
  Scenario: The CreateGrant is authorized as the creator, through DynamoDB
    Given key "music-key" for the tables of the account
    When user "app" creates table "Music" with key "music-key"
    Then the trail has a CreateGrant event with:
      | /userIdentity/arn       | arn:aws:iam::111122223333:user/app |
      | /userIdentity/invokedBy | dynamodb.amazonaws.com             |
      | /requestParameters/granteePrincipal | dynamodb.us-west-2.amazonaws.com |

  @req:KMS-POL-015
  Scenario: CreateTable fails with a key whose policy does not let the caller use it through DynamoDB
    Given key "direct-only" with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Administer", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
         "Action": "kms:*", "Resource": "*"},
        {"Sid": "Direct use only", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/app"},
         "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey", "kms:CreateGrant"],
         "Resource": "*",
         "Condition": {"Null": {"kms:ViaService": "true"}}}]}
      """
    When user "app" creates table "Music" with key "direct-only"
    Then the DynamoDB call fails with AccessDeniedException
    And there is no table "Music"

  @req:KMS-POL-015 @control:ATR-KM-03
  Scenario: UpdateTable to a key the caller may not use through DynamoDB fails and the table keeps its key
    Given key "music-key" for the tables of the account
    And key "closed-key" with the default key policy
    And user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    When user "app" updates table "Music" to key "closed-key"
    Then the DynamoDB call fails with AccessDeniedException
    And table "Music" is encrypted under key "music-key"
    And user "app" can read item "Acme/Hello" from table "Music", as written

  @req:KMS-GRANT-007 @control:ATR-AC-03
  Scenario: ListGrants shows DynamoDB's grant of each table on a customer managed key
    Given key "music-key" for the tables of the account
    And user "app" created table "Music" with key "music-key"
    And user "app" created table "Books" with key "music-key"
    Then the account root lists 2 grants on key "music-key"

  @req:KMS-GRANT-007 @control:ATR-AC-03
  Scenario: ListGrants shows DynamoDB's table grant on the AWS managed key
    Given user "app" created table "Music" with the AWS managed key
    Then the account root lists 1 grant on the AWS managed key "aws/dynamodb"

  @req:KMS-EC-001 @control:ATR-EC-01
  Scenario Outline: Every cryptographic request DynamoDB makes for a table carries its context (<kind>)
    Given user "other" exists
    And user "other" has DynamoDB full access
    And key "music-key" for the tables of the account
    And user "app" created table "Music" with <sse>
    And user "app" put items "Acme/Hello" into table "Music"
    And 6 minutes pass
    And user "other" put items "Acme/Other" into table "Music"
    Then every cryptographic request DynamoDB made on <key> carries exactly the encryption context of table "Music"

    Examples:
      | kind                   | sse                 | key                                |
      | a customer managed key | key "music-key"     | key "music-key"                    |
      | the AWS managed key    | the AWS managed key | the AWS managed key "aws/dynamodb" |
