@control:ATR-AC-02
Feature: Key policies for tables replicated across Regions
  Global tables make DynamoDB call KMS from every replica's Region. A kms:ViaService condition
  written with StringLike dynamodb.*.amazonaws.com (seed 004's customer managed key policy) lets
  those calls through; the StringEquals form pinned to one Region (the AWS managed key's policy)
  does not.

  Background:
    Given user "db-lead" exists
    And user "db-lead" has DynamoDB full access
    And role "db-team" exists
    And role "db-team" has DynamoDB full access
    And key "seed-key" with the key policy from fixture "policies/customer-managed-dynamodb.json", bypassing the lockout safety check
    And key "pinned-key" for the tables of the account

  @req:KMS-POL-010
  Scenario Outline: StringLike dynamodb.*.amazonaws.com lets DynamoDB of <region> use the key
    Then under the policy of key "seed-key" user "db-lead" can call Decrypt through DynamoDB in region "<region>"
    And under the policy of key "seed-key" user "db-lead" can call GenerateDataKey through DynamoDB in region "<region>"

    Examples:
      | region         |
      | us-west-2      |
      | us-east-1      |
      | eu-west-1      |
      | ap-southeast-2 |

  @req:KMS-POL-010
  Scenario: A ViaService condition pinned to one Region refuses DynamoDB of another Region
    Then under the policy of key "pinned-key" user "db-lead" can call Decrypt through DynamoDB in region "us-west-2"
    And under the policy of key "pinned-key" user "db-lead" cannot call Decrypt through DynamoDB in region "eu-west-1"

  @req:KMS-POL-010 @req:KMS-GRANT-001
  Scenario: A table under the seed's key policy works for db-lead in the key's Region
    When user "db-lead" creates table "Books" with key "seed-key"
    Then the DynamoDB call succeeds
    And table "Books" is encrypted under key "seed-key"
    When user "db-lead" puts item "Acme/Hello" into table "Books"
    Then the DynamoDB call succeeds
    And DynamoDB called Decrypt 1 time for user "db-lead"

  @req:DDB-GT-001 @control:ATR-AV-01
  Scenario: A replica whose key stays inaccessible leaves the replication group 20 hours after detection
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "eu-key" in region "eu-west-1" for the tables of the account
    And user "app" created table "Music" with key "pinned-key"
    When user "app" adds a replica of table "Music" in region "eu-west-1" under key "eu-key"
    Then the DynamoDB call succeeds
    And the replica of table "Music" in region "eu-west-1" is encrypted under key "eu-key"
    And the replica of table "Music" in region "eu-west-1" has status ACTIVE and is in the replication group
    When key "eu-key" in region "eu-west-1" is disabled by the account root
    And 5 minutes pass
    Then the replica of table "Music" in region "eu-west-1" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS and is in the replication group
    When 19 hours pass
    Then the replica of table "Music" in region "eu-west-1" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS and is in the replication group
    When 1 hour passes
    Then the replica of table "Music" in region "eu-west-1" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS and has left the replication group
    And table "Music" has status ACTIVE

  @req:DDB-GT-001
  Scenario: A replica whose key comes back within 20 hours stays in the group
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "eu-key" in region "eu-west-1" for the tables of the account
    And user "app" created table "Music" with key "pinned-key"
    And user "app" adds a replica of table "Music" in region "eu-west-1" under key "eu-key"
    When key "eu-key" in region "eu-west-1" is disabled by the account root
    And 5 minutes pass
    Then the replica of table "Music" in region "eu-west-1" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS and is in the replication group
    When 10 hours pass
    And key "eu-key" in region "eu-west-1" is enabled by the account root
    And 5 minutes pass
    Then the replica of table "Music" in region "eu-west-1" has status ACTIVE and is in the replication group
    When 20 hours pass
    Then the replica of table "Music" in region "eu-west-1" has status ACTIVE and is in the replication group

  @req:DDB-GT-001
  Scenario: Items written to the table reach an active replica, encrypted under the replica's own key
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "eu-key" in region "eu-west-1" for the tables of the account
    And user "app" created table "Music" with key "pinned-key"
    And user "app" put item "Acme/Before" into table "Music"
    And user "app" adds a replica of table "Music" in region "eu-west-1" under key "eu-key"
    When user "app" puts item "Acme/Hello" into table "Music"
    Then the DynamoDB call succeeds
    When user "app" gets item "Acme/Hello" from the replica of table "Music" in region "eu-west-1"
    Then the item returned is "Acme/Hello", as written
    When user "app" gets item "Acme/Before" from the replica of table "Music" in region "eu-west-1"
    Then the item returned is "Acme/Before", as written
    And storage has received 4 item writes
    And the storage holds no plaintext of table "Music"

  @req:DDB-GT-001
  Scenario: A replica whose key is inaccessible receives nothing and catches up when the key comes back within 20 hours
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "eu-key" in region "eu-west-1" for the tables of the account
    And user "app" created table "Music" with key "pinned-key"
    And user "app" adds a replica of table "Music" in region "eu-west-1" under key "eu-key"
    When key "eu-key" in region "eu-west-1" is disabled by the account root
    And 5 minutes pass
    And user "app" puts item "Acme/During" into table "Music"
    Then the DynamoDB call succeeds
    And storage has received 1 item write
    And the replica of table "Music" in region "eu-west-1" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS and is in the replication group
    When user "app" gets item "Acme/During" from the replica of table "Music" in region "eu-west-1"
    Then the DynamoDB call fails with AccessDeniedException mentioning "KMS key access denied error"
    When 10 hours pass
    And key "eu-key" in region "eu-west-1" is enabled by the account root
    And 5 minutes pass
    Then the replica of table "Music" in region "eu-west-1" has status ACTIVE and is in the replication group
    And storage has received 2 item writes
    When user "app" gets item "Acme/During" from the replica of table "Music" in region "eu-west-1"
    Then the item returned is "Acme/During", as written

  @req:DDB-GT-001 @control:ATR-AV-01
  Scenario: A replica that left the replication group keeps its items and receives no new ones
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "eu-key" in region "eu-west-1" for the tables of the account
    And user "app" created table "Music" with key "pinned-key"
    And user "app" put item "Acme/Before" into table "Music"
    And user "app" adds a replica of table "Music" in region "eu-west-1" under key "eu-key"
    When key "eu-key" in region "eu-west-1" is disabled by the account root
    And 5 minutes pass
    Then the replica of table "Music" in region "eu-west-1" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS and is in the replication group
    When 20 hours pass
    Then the replica of table "Music" in region "eu-west-1" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS and has left the replication group
    When key "eu-key" in region "eu-west-1" is enabled by the account root
    And user "app" puts item "Acme/After" into table "Music"
    Then the DynamoDB call succeeds
    When user "app" scans the replica of table "Music" in region "eu-west-1"
    Then the items returned are "Acme/Before"

  Scenario: A replica of a table under a customer managed key needs a key of its own Region
    Given user "app" exists
    And user "app" has DynamoDB full access
    And user "app" created table "Music" with key "pinned-key"
    When user "app" adds a replica of table "Music" in region "eu-west-1"
    Then the DynamoDB call fails with ValidationException: "One or more parameter values were invalid: KMSMasterKeyId must be specified for each replica."

  Scenario: A replica of a table under the AWS managed key uses that Region's AWS managed key
    Given user "app" exists
    And user "app" has DynamoDB full access
    And user "app" created table "Music" with the AWS managed key
    When user "app" adds a replica of table "Music" in region "eu-west-1"
    Then the DynamoDB call succeeds
    And the replica of table "Music" in region "eu-west-1" has status ACTIVE and is in the replication group
