@control:ATR-AV-01
Feature: A table whose key becomes inaccessible
  When DynamoDB can no longer use a table's customer managed key (disabled, pending deletion,
  grant revoked) the table stops serving requests, becomes INACCESSIBLE_ENCRYPTION_CREDENTIALS and
  the account is notified; access regained within seven days brings it back, otherwise it is
  archived with an on-demand backup (seed 004, the AWS notification text). DynamoDB notices at the
  next refresh of a cached table key, at most five minutes later.

  Background:
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "music-key" for the tables of the account
    And user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"

  # moto keeps serving a table whose key is disabled or pending deletion.
  @req:DDB-INACC-001 @req:ATR-PEER-008 @control:ATR-KM-05 @peer:moto
  Scenario Outline: A <change> key stops every read and write once the cached table key expires
    When key "music-key" is <change> by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with AccessDeniedException mentioning "KMS key access denied error"
    When user "app" puts item "Acme/New" into table "Music"
    Then the DynamoDB call fails with AccessDeniedException
    When user "app" queries table "Music" for partition "Acme"
    Then the DynamoDB call fails with AccessDeniedException

    Examples:
      | change    |
      | disabled  |
      | scheduled |

  @req:DDB-INACC-001 @control:ATR-KM-05
  Scenario Outline: A <change> key also stops another principal and DynamoDB itself
    Given user "other" exists
    And user "other" has DynamoDB full access
    When key "music-key" is <change> by the account root
    And user "other" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with AccessDeniedException mentioning "<error>"
    When service "dynamodb.amazonaws.com" calls Decrypt on key "music-key" for table "Music"
    Then the request fails with <error>

    Examples:
      | change    | error                    |
      | disabled  | DisabledException        |
      | scheduled | KMSInvalidStateException |

  @req:DDB-INACC-002 @req:ATR-PEER-008
  Scenario Outline: DynamoDB marks the table INACCESSIBLE_ENCRYPTION_CREDENTIALS when its key is <change>
    When key "music-key" is <change> by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    Then table "Music" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS
    And the SSEDescription of table "Music" is:
      | Status                         | ENABLED                  |
      | KMSMasterKeyArn                | <arn of key "music-key"> |
      | InaccessibleEncryptionDateTime | present                  |

    Examples:
      | change    |
      | disabled  |
      | scheduled |

  @req:DDB-INACC-002
  Scenario: Within five minutes of the change the cached table key still serves the caller
    When key "music-key" is disabled by the account root
    And user "app" gets item "Acme/Hello" from table "Music"
    Then the item returned is "Acme/Hello", as written
    And table "Music" has status ACTIVE

  @req:DDB-INACC-003
  Scenario: Re-enabling the key within seven days makes the table ACTIVE again with its data
    Given key "music-key" is disabled by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    When 3 days pass
    And key "music-key" is enabled by the account root
    Then user "app" can read item "Acme/Hello" from table "Music", as written
    And table "Music" has status ACTIVE
    And the SSEDescription of table "Music" is:
      | InaccessibleEncryptionDateTime | absent |

  @req:DDB-INACC-003
  Scenario: Cancelling the deletion and enabling the key within seven days brings the table back
    Given key "music-key" is scheduled by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    When the account root calls CancelKeyDeletion on key "music-key"
    And the account root calls EnableKey on key "music-key"
    Then user "app" can read item "Acme/Hello" from table "Music", as written
    And table "Music" has status ACTIVE

  @req:DDB-INACC-004
  Scenario: Detecting the inaccessible key notifies the account, naming the table
    When key "music-key" is disabled by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    Then the account was notified that table "Music" is inaccessible

  @req:DDB-INACC-005 @req:DDB-BAK-003
  Scenario: A key inaccessible for more than seven days gets the table archived
    Given key "music-key" is disabled by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    When 8 days pass
    Then table "Music" has status ARCHIVING
    And table "Music" has status ARCHIVED
    And table "Music" was archived because its key was inaccessible
    # AWS documents that an archived table "can no longer be accessed" but not the error code; the
    # code below is the engine's choice (Terraform saw TableNotFoundException on other calls).
    When user "app" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with ValidationException mentioning "archived"

  @req:DDB-INACC-005
  Scenario: Re-enabling the key after archival does not bring the table back
    Given key "music-key" is disabled by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    And 8 days pass
    When key "music-key" is enabled by the account root
    And user "app" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with ValidationException
    And table "Music" has status ARCHIVED

  @req:DDB-INACC-005
  Scenario: Seven days after detection the table is still only inaccessible
    Given key "music-key" is disabled by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    When 7 days pass
    Then table "Music" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS

  @req:DDB-INACC-006
  Scenario: Disabling one table's key does not affect tables under other keys
    Given key "books-key" for the tables of the account
    And user "app" created table "Books" with key "books-key"
    And user "app" created table "Films" with the AWS managed key
    And user "app" created table "Songs" with the AWS owned key
    And user "app" put items "Acme/Hello" into table "Books"
    When key "music-key" is disabled by the account root
    And 10 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with AccessDeniedException
    And user "app" can read item "Acme/Hello" from table "Books", as written
    And table "Books" has status ACTIVE
    And table "Films" has status ACTIVE
    And table "Songs" has status ACTIVE
    And the account was not notified about table "Books"

  @req:DDB-INACC-007 @req:KMS-GRANT-008 @control:ATR-AC-03
  Scenario: After DynamoDB's grant is revoked, its own calls for the table are refused
    When service "dynamodb.amazonaws.com" calls Decrypt on key "music-key" for table "Music"
    Then the request succeeds
    When the account root revokes DynamoDB's grant on key "music-key" for table "Music"
    And service "dynamodb.amazonaws.com" calls Decrypt on key "music-key" for table "Music"
    Then the request is denied because no statement allows it
    When service "dynamodb.amazonaws.com" calls GenerateDataKey on key "music-key" for table "Music"
    Then the request is denied because no statement allows it

  @req:DDB-INACC-007 @req:DDB-INACC-002 @req:DDB-INACC-004
  Scenario: A revoked grant makes the table inaccessible at the next refresh, even for allowed callers
    When the account root revokes DynamoDB's grant on key "music-key" for table "Music"
    And user "app" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call succeeds
    When 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with AccessDeniedException
    And table "Music" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS
    And the account was notified that table "Music" is inaccessible
