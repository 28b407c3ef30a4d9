@control:ATR-AC-01
Feature: The seed's customer managed key policy for DynamoDB
  Seed 004 prints a key policy that lets user db-lead use the key only through DynamoDB, lets the
  db-team role view the key and revoke grants, and lets DynamoDB's service principal describe it.

  Background:
    Given user "db-lead" exists
    And role "db-team" exists
    And key "table-key" with the key policy from fixture "policies/customer-managed-dynamodb.json", bypassing the lockout safety check
    And user "db-lead" encrypted data under key "table-key" through DynamoDB for table "Books"

  @req:KMS-POL-007 @control:ATR-AC-02
  Scenario Outline: db-lead may call <operation> through DynamoDB
    When user "db-lead" calls <operation> on key "table-key" through DynamoDB for table "Books"
    Then the request is allowed by statement "Allow access through Amazon DynamoDB for all principals in the account that are authorized to use Amazon DynamoDB"

    Examples:
      | operation                       |
      | Encrypt                         |
      | Decrypt                         |
      | ReEncrypt                       |
      | GenerateDataKey                 |
      | GenerateDataKeyWithoutPlaintext |
      | DescribeKey                     |
      | CreateGrant                     |

  @req:KMS-POL-007 @control:ATR-AC-02
  Scenario Outline: db-lead is refused <operation> when calling KMS directly
    When user "db-lead" calls <operation> on key "table-key"
    Then the request is denied because no statement allows it

    Examples:
      | operation       |
      | Encrypt         |
      | Decrypt         |
      | GenerateDataKey |
      | DescribeKey     |

  @req:KMS-POL-008
  Scenario Outline: A session of the db-team role <outcome> for <operation>
    When session "alice" of role "db-team" calls <operation> on key "table-key"
    Then the request <outcome>

    Examples:
      | operation            | outcome               |
      | DescribeKey          | is allowed            |
      | GetKeyPolicy         | is allowed            |
      | GetKeyRotationStatus | is allowed            |
      | ListGrants           | is allowed            |
      | Encrypt              | is implicitly denied  |
      | Decrypt              | is implicitly denied  |
      | GenerateDataKey      | is implicitly denied  |
      | DisableKey           | is implicitly denied  |

  @req:KMS-POL-008
  Scenario: The db-team role's statement is what allows its sessions to view the key
    When session "alice" of role "db-team" calls DescribeKey on key "table-key"
    Then the request is allowed by statement "Allow administrators to view the CMK and revoke grants"

  @req:KMS-POL-009
  Scenario: DynamoDB's service principal may describe the key when calling on behalf of no one
    When service "dynamodb.amazonaws.com" calls DescribeKey on key "table-key"
    Then the request is allowed by statement "Allow DynamoDB to get information about the CMK"
    When service "dynamodb.amazonaws.com" calls Decrypt on key "table-key"
    Then the request is denied because no statement allows it

  @req:KMS-POL-007 @control:ATR-AC-02
  Scenario: Only db-lead may decrypt through DynamoDB, and no other account can use the key
    Then under the policy of key "table-key" only these principals can call Decrypt through DynamoDB:
      | user "db-lead" |
    And under the policy of key "table-key" no principal can call Encrypt directly
    And under the policy of key "table-key" no principal outside account "111122223333" can use the key

  @req:KMS-POL-010
  Scenario: The StringLike condition on kms:ViaService matches DynamoDB in every Region
    Then under the policy of key "table-key" user "db-lead" can call Decrypt through DynamoDB in region "eu-west-1"
    And under the policy of key "table-key" user "db-lead" can call Encrypt through DynamoDB in region "ap-southeast-2"

  @req:KMS-GRANT-010 @control:ATR-AC-03
  Scenario: The db-team role may revoke a grant DynamoDB created for a table
    When user "db-lead" creates through DynamoDB grant "books" on key "table-key" for service "dynamodb.us-west-2.amazonaws.com" allowing "Decrypt, Encrypt, GenerateDataKey, RetireGrant" retirable by service "dynamodb.us-west-2.amazonaws.com" with constraint EncryptionContextSubset:
      | aws:dynamodb:tableName    | Books        |
      | aws:dynamodb:subscriberId | 111122223333 |
    Then it succeeds
    And session "alice" of role "db-team" lists 1 grant on key "table-key"
    When session "alice" of role "db-team" revokes grant "books"
    Then the request is allowed by statement "Allow administrators to view the CMK and revoke grants"
    And session "alice" of role "db-team" lists 0 grants on key "table-key"
