@control:ATR-BK-01
Feature: Backups and restores of encrypted tables
  On-demand backups are encrypted under the table key in force when they were made, restored tables
  are encrypted (under the backup's kind of key or the one RestoreTableFromBackup's
  SSESpecificationOverride chooses), and archiving a table makes a backup from which it can be
  restored once its key is usable again (seeds 001, 004; AWS notification text).

  Background:
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "music-key" for the tables of the account
    And key "other-key" for the tables of the account

  # DynamoDB Local has no backups.
  @req:ATR-PEER-012 @req:DDB-BAK-001 @peer:dynamodb-local
  Scenario Outline: A table under <kind> is backed up and restored encrypted
    Given user "app" created table "Music" with <sse>
    And user "app" put items "Acme/Hello, Acme/World" into table "Music"
    When user "app" backs up table "Music" as "nightly"
    Then the DynamoDB call succeeds
    When user "app" restores backup "nightly" as table "MusicRestored"
    Then the DynamoDB call succeeds
    And table "MusicRestored" is encrypted under <expected>
    And user "app" can read item "Acme/World" from table "MusicRestored", as written

    Examples:
      | kind                   | sse                 | expected                           |
      | the AWS owned key      | the AWS owned key   | the AWS owned key                  |
      | the AWS managed key    | the AWS managed key | the AWS managed key "aws/dynamodb" |
      | a customer managed key | key "music-key"     | key "music-key"                    |

  @req:DDB-BAK-001
  Scenario: A backup is encrypted under the table's key of its time
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    When user "app" backs up table "Music" as "nightly"
    Then backup "nightly" is encrypted under key "music-key"

  @req:DDB-BAK-001
  Scenario: A backup of a table under the AWS owned key names no key of the account
    Given user "app" created table "Music" with the AWS owned key
    And user "app" backed up table "Music" as "nightly"
    Then backup "nightly" is encrypted under the AWS owned key

  @req:DDB-BAK-002
  Scenario: Switching the table's key leaves its earlier backups under the earlier key
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    And user "app" backed up table "Music" as "before-switch"
    And user "app" switched table "Music" to key "other-key"
    Then backup "before-switch" is encrypted under key "music-key"
    When key "music-key" is disabled by the account root
    And user "app" restores backup "before-switch" as table "MusicRestored"
    Then the DynamoDB call fails with AccessDeniedException mentioning "DisabledException"
    When key "music-key" is enabled by the account root
    And user "app" restores backup "before-switch" as table "MusicRestored"
    Then the DynamoDB call succeeds
    And user "app" can read item "Acme/Hello" from table "MusicRestored", as written

  @req:ATR-PEER-012
  Scenario Outline: RestoreTableFromBackup's SSESpecificationOverride chooses <expected>
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    And user "app" backed up table "Music" as "nightly"
    When user "app" restores backup "nightly" as table "MusicRestored" with <sse>
    Then the DynamoDB call succeeds
    And table "MusicRestored" is encrypted under <expected>
    And user "app" can read item "Acme/Hello" from table "MusicRestored", as written

    Examples:
      | sse                 | expected                           |
      | the AWS owned key   | the AWS owned key                  |
      | the AWS managed key | the AWS managed key "aws/dynamodb" |
      | key "other-key"     | key "other-key"                    |

  @req:ATR-PEER-012
  Scenario: The seed's CLI backs up and restores the Music table
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    When user "app" runs:
      """
      aws dynamodb create-backup --table-name Music --backup-name MusicBackup
      """
    Then the DynamoDB call succeeds
    When user "app" runs:
      """
      aws dynamodb restore-table-from-backup --target-table-name MusicCopy --backup-arn <arn of backup "MusicBackup"> --sse-specification-override Enabled=true,SSEType=KMS
      """
    Then the DynamoDB call succeeds
    And the response has SSEDescription:
      | SSEType         | KMS                          |
      | KMSMasterKeyArn | <arn of the AWS managed key> |
    And user "app" can read item "Acme/Hello" from table "MusicCopy", as written

  @req:DDB-BAK-003 @control:ATR-AV-01
  Scenario: Archiving a table makes a backup from which the data is restorable
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello, Acme/World" into table "Music"
    And key "music-key" is disabled by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    When 8 days pass
    Then table "Music" was archived because its key was inaccessible
    When key "music-key" is enabled by the account root
    And user "app" restores the archival backup of table "Music" as table "MusicBack"
    Then the DynamoDB call succeeds
    And user "app" can read item "Acme/World" from table "MusicBack", as written

  @req:DDB-BAK-004 @control:ATR-AV-01
  Scenario: Restoring an archived table's backup is refused while its key is still disabled
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    And key "music-key" is disabled by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    When 8 days pass
    And user "app" restores the archival backup of table "Music" as table "MusicBack"
    Then the DynamoDB call fails with AccessDeniedException mentioning "DisabledException"
    And there is no table "MusicBack"

  @req:DDB-BAK-004
  Scenario: Restoring an archived table's backup is refused to a caller the key no longer allows
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    And key "music-key" is disabled by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    And 8 days pass
    When key "music-key" is enabled by the account root
    And the account root puts the key policy of key "music-key":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Root only", "Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}]}
      """
    And user "app" restores the archival backup of table "Music" as table "MusicBack"
    Then the DynamoDB call fails with AccessDeniedException

  @req:DDB-KEY-013 @control:ATR-EAR-01
  Scenario: Backups reach storage only encrypted
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello, Acme/World" into table "Music"
    When user "app" backs up table "Music" as "nightly"
    And user "app" restores backup "nightly" as table "MusicRestored"
    Then the storage holds no plaintext of table "Music"
    And the storage holds no plaintext of table "MusicRestored"
