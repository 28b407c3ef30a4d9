@control:ATR-AC-05
Feature: Caching of table keys, and what KMS use costs
  DynamoDB caches a caller's plaintext table key for five minutes, so that a burst of requests
  costs one Decrypt, steady traffic one Decrypt every five minutes, and key-policy, grant or key
  state changes reach every caller within five minutes. AWS owned keys cost nothing; AWS managed
  and customer managed keys are charged per request, customer managed keys also $1 a month
  (seeds 002-004).

  Background:
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "music-key" for the tables of the account
    And user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"

  @req:DDB-KEY-008 @control:ATR-OPS-01
  Scenario: 100000 GetItem requests within five minutes cost one Decrypt
    Given user "reader" exists
    And user "reader" has DynamoDB full access
    When user "reader" makes 100000 GetItem requests on table "Music" within 5 minutes
    Then the DynamoDB call succeeds
    And DynamoDB called Decrypt 1 time for user "reader"

  @req:DDB-KEY-008
  Scenario Outline: A burst of <count> <operation> requests within five minutes costs one Decrypt
    Given user "reader" exists
    And user "reader" has DynamoDB full access
    When user "reader" makes <count> <operation> requests on table "Music" within 4 minutes
    Then the DynamoDB call succeeds
    And DynamoDB called Decrypt 1 time for user "reader"

    Examples:
      | count | operation |
      | 1     | GetItem   |
      | 500   | GetItem   |
      | 500   | PutItem   |
      | 200   | Query     |
      | 100   | Scan      |

  @req:DDB-KEY-009
  Scenario: A request after five minutes of inactivity sends a new Decrypt
    Given user "reader" exists
    And user "reader" has DynamoDB full access
    When user "reader" gets item "Acme/Hello" from table "Music"
    And 5 minutes pass
    And user "reader" gets item "Acme/Hello" from table "Music"
    Then DynamoDB called Decrypt 2 times for user "reader"

  @req:DDB-KEY-011
  Scenario: An hour of steady traffic refreshes the table key every five minutes
    Given user "reader" exists
    And user "reader" has DynamoDB full access
    When user "reader" makes 3600 GetItem requests on table "Music" within 60 minutes
    Then the DynamoDB call succeeds
    And DynamoDB called Decrypt 12 times for user "reader"

  @req:DDB-KEY-008
  Scenario: Each caller has its own cache entry and its own Decrypt
    Given user "reader" exists
    And user "reader" has DynamoDB full access
    And user "writer" exists
    And user "writer" has DynamoDB full access
    When user "reader" gets item "Acme/Hello" from table "Music"
    And user "writer" puts item "Acme/New" into table "Music"
    And user "reader" gets item "Acme/New" from table "Music"
    Then DynamoDB called Decrypt 1 time for user "reader"
    And DynamoDB called Decrypt 1 time for user "writer"

  @req:DDB-KEY-010 @control:ATR-AC-01
  Scenario: A key policy change reaches a busy caller at the next refresh
    Given user "reader" exists
    And user "reader" has DynamoDB full access
    When user "reader" makes 10 GetItem requests on table "Music" within 1 minute
    And the account root puts the key policy of key "music-key":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Root only", "Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}]}
      """
    And user "reader" gets item "Acme/Hello" from table "Music"
    Then the item returned is "Acme/Hello", as written
    When 4 minutes pass
    And user "reader" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with AccessDeniedException mentioning "AccessDenied"
    And DynamoDB called Decrypt 2 times for user "reader"

  @req:DDB-KEY-010 @control:ATR-AC-03
  Scenario: A grant given since the last Decrypt takes effect at the next refresh
    Given user "reader" exists
    And user "reader" has DynamoDB full access
    And the account root puts the key policy of key "music-key":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "Root only", "Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}]}
      """
    When user "reader" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with AccessDeniedException
    When the account root creates grant "reader-grant" on key "music-key" for user "reader" allowing "Decrypt"
    And 5 minutes pass
    And user "reader" gets item "Acme/Hello" from table "Music"
    Then the item returned is "Acme/Hello", as written

  @req:DDB-KEY-010 @control:ATR-KM-05
  Scenario: A disabled key refuses the next refresh even for a caller with a cached key
    When user "app" makes 10 GetItem requests on table "Music" within 1 minute
    And key "music-key" is disabled by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with AccessDeniedException mentioning "DisabledException"

  @req:KMS-COST-001 @req:DDB-SSE-024 @control:ATR-OPS-01
  Scenario: A table under the AWS owned key costs nothing in KMS
    Given user "app" created table "Songs" with the AWS owned key
    When user "app" makes 1000 PutItem requests on table "Songs" within 1 hour
    Then the DynamoDB call succeeds
    And the trail has no KMS event for table "Songs"

  # CreateKey, DescribeKey, CreateGrant and GenerateDataKey set the table up; in the hour, app's
  # table key is refreshed 12 times and DynamoDB uses its grant for maintenance every five minutes
  # of activity (11 times): 27 requests at $0.000003 each, plus the key's $1.00.
  @req:KMS-COST-002 @req:KMS-COST-003 @control:ATR-OPS-01
  Scenario: A customer managed key costs $1 a month plus $0.03 per 10,000 requests
    When user "app" makes 3600 GetItem requests on table "Music" within 60 minutes
    Then DynamoDB called Decrypt 12 times for user "app"
    And DynamoDB called Decrypt 23 times for table "Music"
    And the account made 27 KMS requests
    And the KMS cost estimate for 1 month is 1.000081 USD

  @req:KMS-COST-002 @control:ATR-OPS-01
  Scenario: Every request DynamoDB makes on the AWS managed key is charged, with no monthly fee
    Given user "app" created table "Films" with the AWS managed key
    When user "app" puts item "Acme/Hello" into table "Films"
    Then DynamoDB called Decrypt 1 time for table "Films"
    And the KMS cost estimate for 1 month is 1.000027 USD

  @req:DDB-KEY-012 @control:ATR-AU-01
  Scenario: Reads each on a new connection cost a Decrypt, and its CloudTrail record, each
    Given user "reader" exists
    And user "reader" has DynamoDB full access
    When user "reader" reads item "Acme/Hello" from table "Music" 5 times, each on a new connection
    Then DynamoDB called Decrypt 5 times for user "reader"

  @req:DDB-KEY-012 @req:DDB-KEY-008
  Scenario: Reads on one reused connection cost one Decrypt
    Given user "reader" exists
    And user "reader" has DynamoDB full access
    When user "reader" reads item "Acme/Hello" from table "Music" 5 times on one new connection
    Then DynamoDB called Decrypt 1 time for user "reader"
