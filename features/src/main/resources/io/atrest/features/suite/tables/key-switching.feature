@control:ATR-KM-03
Feature: Switching a table's key
  Seed 001 switches the Music table between the three kinds of key with update-table "at any
  time". The switch re-wraps the data keys under a new table key, rewrites no item and keeps the
  table online; the response shows SSEDescription Status UPDATING until the switch completes.

  Background:
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "music-key" for the tables of the account
    And key "other-key" for the tables of the account
    And the key id "abcd1234-abcd-1234-a123-ab1234a1b234" in commands stands for key "music-key"

  # moto ignores an UpdateTable that turns SSE off.
  @req:DDB-SSE-008 @req:ATR-PEER-009 @peer:moto
  Scenario: The seed's update-table --sse-specification Enabled=false switches to the AWS owned key
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    When user "app" runs:
      """
      aws dynamodb update-table \ --table-name Music \ --sse-specification Enabled=false
      """
    Then the DynamoDB call succeeds
    And the response has table status UPDATING
    And the response has SSEDescription:
      | Status          | UPDATING                 |
      | SSEType         | KMS                      |
      | KMSMasterKeyArn | <arn of key "music-key"> |
    And table "Music" is encrypted under the AWS owned key
    And user "app" can read item "Acme/Hello" from table "Music", as written

  @req:ATR-PEER-009 @control:ATR-AU-01
  Scenario: DynamoDB's CloudTrail records the UpdateTable that turns SSE off, with its response
    Given user "app" created table "Music" with key "music-key"
    When user "app" runs:
      """
      aws dynamodb update-table \ --table-name Music \ --sse-specification Enabled=false
      """
    Then the trail has an UpdateTable event with:
      | /eventSource                                                      | dynamodb.amazonaws.com |
      | /requestParameters/sSESpecification/enabled                       | false                  |
      | /responseElements/tableDescription/sSEDescription/status          | UPDATING               |
    And every recorded event is valid against the CloudTrail schemas

  @req:ATR-PEER-009 @peer:moto
  Scenario: After turning SSE off, the table no longer uses the customer managed key at all
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    And user "app" switched table "Music" to SSE specification "Enabled=false"
    When 10 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    Then the item returned is "Acme/Hello", as written
    And DynamoDB called Decrypt 1 time for user "app"
    And DynamoDB holds 0 grants on key "music-key" for table "Music"

  @req:DDB-SSE-009
  Scenario: The seed's update-table --sse-specification Enabled=true switches to the AWS managed key
    Given user "app" created table "Music" with the AWS owned key
    And user "app" put items "Acme/Hello" into table "Music"
    When user "app" runs:
      """
      aws dynamodb update-table \ --table-name Music \ --sse-specification Enabled=true
      """
    Then the DynamoDB call succeeds
    And the SSEDescription of table "Music" is:
      | Status          | ENABLED                      |
      | SSEType         | KMS                          |
      | KMSMasterKeyArn | <arn of the AWS managed key> |
    And user "app" can read item "Acme/Hello" from table "Music", as written

  @req:DDB-SSE-010
  Scenario: The seed's update-table with a customer managed key id switches to that key
    Given user "app" created table "Music" with the AWS managed key
    And user "app" put items "Acme/Hello" into table "Music"
    When user "app" runs:
      """
      aws dynamodb update-table \ --table-name Music \ --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=abcd1234-abcd-1234-a123-ab1234a1b234
      """
    Then the DynamoDB call succeeds
    And the SSEDescription of table "Music" is:
      | Status          | ENABLED                  |
      | SSEType         | KMS                      |
      | KMSMasterKeyArn | <arn of key "music-key"> |
    And user "app" can read item "Acme/Hello" from table "Music", as written

  # DynamoDB Local rejects UpdateTable SSE changes with "Nothing to update".
  @req:DDB-SSE-011 @req:ATR-PEER-011 @peer:dynamodb-local
  Scenario Outline: UpdateTable switches an active table from <from> to <to>
    Given user "app" created table "Music" with <from>
    And user "app" put items "Acme/Hello, Acme/World" into table "Music"
    When user "app" updates table "Music" to <to>
    Then the DynamoDB call succeeds
    And the response has table status UPDATING
    And table "Music" has status ACTIVE
    And table "Music" is encrypted under <expected>
    And user "app" can read item "Acme/World" from table "Music", as written

    Examples:
      | from                | to                  | expected                           |
      | the AWS owned key   | the AWS managed key | the AWS managed key "aws/dynamodb" |
      | the AWS owned key   | key "music-key"     | key "music-key"                    |
      | the AWS managed key | the AWS owned key   | the AWS owned key                  |
      | the AWS managed key | key "music-key"     | key "music-key"                    |
      | key "music-key"     | the AWS owned key   | the AWS owned key                  |
      | key "music-key"     | the AWS managed key | the AWS managed key "aws/dynamodb" |
      | key "music-key"     | key "other-key"     | key "other-key"                    |

  @req:DDB-SSE-012
  Scenario: Reads and writes keep working while the switch is in progress and after it
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Before" into table "Music"
    When user "app" updates table "Music" to key "other-key"
    Then the response has table status UPDATING
    When user "app" gets item "Acme/Before" from table "Music"
    Then the item returned is "Acme/Before", as written
    When user "app" puts item "Acme/During" into table "Music"
    Then the DynamoDB call succeeds
    And table "Music" has status ACTIVE
    And user "app" can read item "Acme/During" from table "Music", as written
    When user "app" queries table "Music" for partition "Acme"
    Then the items returned are "Acme/Before, Acme/During"

  @req:DDB-KEY-006
  Scenario: A switch generates a new table key under the new key and rewrites no item
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/One, Acme/Two" into table "Music"
    When user "app" updates table "Music" to key "other-key"
    Then the DynamoDB call succeeds
    And DynamoDB called GenerateDataKey 2 times for table "Music"
    And storage has received 2 item writes

  @req:DDB-KEY-006
  Scenario: The new table key comes from the new KMS key
    Given user "app" created table "Music" with the AWS owned key
    When user "app" updates table "Music" to key "other-key"
    Then DynamoDB called GenerateDataKey 1 time for table "Music"
    And DynamoDB's GenerateDataKey requests for table "Music" name key "other-key"
    And the table keys of table "Music" are 256-bit AES keys

  @req:DDB-KEY-007 @req:KMS-GRANT-005
  Scenario: Once the switch completed, the previous key is no longer needed
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    And user "app" switched table "Music" to key "other-key"
    When key "music-key" is disabled by the account root
    And 10 minutes pass
    Then user "app" can read item "Acme/Hello" from table "Music", as written
    And table "Music" has status ACTIVE
    And DynamoDB holds 0 grants on key "music-key" for table "Music"
    And DynamoDB holds 1 grant on key "other-key" for table "Music"
    And the account was not notified about table "Music"

  @req:DDB-SSE-020
  Scenario: The key stays as it is until an UpdateTable selects another one
    Given user "app" created table "Music" with key "music-key"
    When 30 days pass
    Then table "Music" is encrypted under key "music-key"
    When user "app" changes the billing mode of table "Music" to PAY_PER_REQUEST
    Then table "Music" is encrypted under key "music-key"
