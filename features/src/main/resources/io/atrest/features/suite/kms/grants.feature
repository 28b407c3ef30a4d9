@control:ATR-AC-03
Feature: Grants allow only their operations, to their grantee, under their constraints
  A grant is a third source of permission beside the key policy and IAM. Its encryption-context
  constraint confines it to one table's context; it can be used at once with its grant token, and
  retired or revoked.

  Background:
    Given user "app" exists
    And user "ops" exists
    And key "app-key" with the default key policy
    And the account root encrypted data under key "app-key" with encryption context:
      | aws:dynamodb:tableName    | Books        |
      | aws:dynamodb:subscriberId | 111122223333 |

  @req:KMS-GRANT-003 @control:ATR-EC-01
  Scenario Outline: A grant constrained to the Books context <outcome> for the context of <table>
    When the account root creates grant "books" on key "app-key" for user "app" allowing "Decrypt, Encrypt" with constraint EncryptionContextSubset:
      | aws:dynamodb:tableName    | Books        |
      | aws:dynamodb:subscriberId | 111122223333 |
    And user "app" calls Encrypt on key "app-key" with the token of grant "books" and encryption context:
      | aws:dynamodb:tableName    | <table>      |
      | aws:dynamodb:subscriberId | 111122223333 |
    Then the request <outcome>

    Examples:
      | table   | outcome              |
      | Books   | is allowed           |
      | Payroll | is implicitly denied |

  @req:KMS-GRANT-003 @control:ATR-EC-01
  Scenario: An EncryptionContextEquals grant refuses a context with an extra pair
    When the account root creates grant "exact" on key "app-key" for user "app" allowing "Encrypt" with constraint EncryptionContextEquals:
      | aws:dynamodb:tableName | Books |
    And user "app" calls Encrypt on key "app-key" with the token of grant "exact" and encryption context:
      | aws:dynamodb:tableName | Books |
      | extra                  | pair  |
    Then the request is implicitly denied
    When user "app" calls Encrypt on key "app-key" with the token of grant "exact" and encryption context:
      | aws:dynamodb:tableName | Books |
    Then the request is allowed

  Scenario: A grant allows only its own operations and only to its grantee
    When the account root creates grant "decrypt-only" on key "app-key" for user "app" allowing "Decrypt"
    And user "app" calls Decrypt on key "app-key" with the token of grant "decrypt-only" and encryption context:
      | aws:dynamodb:tableName    | Books        |
      | aws:dynamodb:subscriberId | 111122223333 |
    Then it succeeds
    When user "app" calls GenerateDataKey on key "app-key" with the token of grant "decrypt-only" and encryption context:
      | aws:dynamodb:tableName | Books |
    Then the request is denied because no statement allows it
    When user "ops" calls Decrypt on key "app-key" with encryption context:
      | aws:dynamodb:tableName    | Books        |
      | aws:dynamodb:subscriberId | 111122223333 |
    Then the request is denied because no statement allows it

  Scenario: An invalid grant token is rejected
    When user "app" calls Encrypt on key "app-key" with the grant token "not-a-grant-token"
    Then it fails with InvalidGrantTokenException

  Scenario: The retiring principal retires a grant, after which it allows nothing
    When the account root creates grant "temp" on key "app-key" for user "app" allowing "Encrypt" retirable by user "ops"
    And user "ops" retires grant "temp"
    Then it succeeds
    And the account root lists 0 grants on key "app-key"
    When user "app" calls Encrypt on key "app-key"
    Then the request is denied because no statement allows it

  Scenario: A grantee may not retire a grant that does not include RetireGrant
    When the account root creates grant "temp" on key "app-key" for user "app" allowing "Encrypt"
    And user "app" retires grant "temp" by its id
    Then the request is denied

  @req:KMS-GRANT-010
  Scenario: A key administrator revokes a grant; a principal without kms:RevokeGrant may not
    When the account root creates grant "temp" on key "app-key" for user "app" allowing "Encrypt"
    And user "ops" revokes grant "temp"
    Then the request is denied because no statement allows it
    When the account root revokes grant "temp"
    Then the request is allowed by statement "Enable IAM User Permissions"
    And the account root lists 0 grants on key "app-key"
