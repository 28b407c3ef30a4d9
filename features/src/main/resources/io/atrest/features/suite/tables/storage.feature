@control:ATR-EAR-01 @control:ATR-KM-01
Feature: What reaches storage, and the key hierarchy behind it
  Items, index entries, stream records and backups reach storage only encrypted, under data keys
  that a table key wraps; the table key itself is stored only as KMS ciphertext. DynamoDB gets one
  table key per table and KMS key, and decrypts it before it can decrypt any item (seeds 002, 004).

  Background:
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "music-key" for the tables of the account

  @req:DDB-SSE-002 @req:DDB-KEY-004
  Scenario Outline: Storage holds no plaintext item data or table key under <kind>
    Given user "app" created table "Music" with <sse>
    And user "app" put items "Acme Records/Hello Again, Acme Records/Goodbye Blue" into table "Music"
    Then the storage holds no plaintext of table "Music"

    Examples:
      | kind                   | sse                 |
      | the AWS owned key      | the AWS owned key   |
      | the AWS managed key    | the AWS managed key |
      | a customer managed key | key "music-key"     |

  @req:DDB-SSE-003 @req:DDB-SSE-017 @req:DDB-KEY-013
  Scenario: Key values, index entries and stream records reach storage only encrypted
    Given user "app" created table "Music" with key "music-key", an index on "Genre" and a stream
    And user "app" put item "Zebra Quartet/Night Train" into table "Music" with:
      | Genre | Progressive Jazz |
    When user "app" queries index "GenreIndex" of table "Music" for "Genre" = "Progressive Jazz"
    Then the items returned are "Zebra Quartet/Night Train"
    And the storage holds no plaintext of table "Music"

  @req:DDB-SSE-017
  Scenario: The index and the stream of a table are protected by the table's key
    Given user "app" created table "Music" with key "music-key", an index on "Genre" and a stream
    And user "app" put item "Zebra Quartet/Night Train" into table "Music" with:
      | Genre | Jazz |
    When key "music-key" is disabled by the account root
    And 5 minutes pass
    And user "app" queries index "GenreIndex" of table "Music" for "Genre" = "Jazz"
    Then the DynamoDB call fails with AccessDeniedException

  @req:DDB-KEY-002
  Scenario: Reads and writes do not generate another table key
    Given user "app" created table "Music" with key "music-key"
    When user "app" makes 50 PutItem requests on table "Music" within 20 minutes
    And user "app" makes 50 GetItem requests on table "Music" within 20 minutes
    Then DynamoDB called GenerateDataKey 1 time for table "Music"

  @req:DDB-KEY-003 @req:DDB-KEY-004
  Scenario: The stored table key is KMS ciphertext: the item data needs KMS to be read
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    When key "music-key" is disabled by the account root
    And 5 minutes pass
    And user "app" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with AccessDeniedException
    And the storage holds no plaintext of table "Music"

  @req:DDB-KEY-005 @control:ATR-AU-01
  Scenario: The first access to the table sends KMS a Decrypt of the table key on the caller's behalf
    Given user "app" created table "Music" with key "music-key"
    Then DynamoDB called Decrypt 0 times for user "app"
    When user "app" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call succeeds
    And DynamoDB called Decrypt 1 time for user "app"
    And DynamoDB's Decrypt requests for table "Music" name key "music-key"
    And the trail has a Decrypt event with:
      | /userIdentity/invokedBy                               | dynamodb.amazonaws.com |
      | /requestParameters/encryptionContext/aws:dynamodb:subscriberId | 111122223333 |

  @req:DDB-KEY-005
  Scenario: An item cannot be read when the first Decrypt of the table key is refused
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    And user "stranger" exists
    And user "stranger" has DynamoDB full access
    And the account root puts the key policy of key "music-key":
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "App through DynamoDB", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/app"},
         "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:ViaService": "dynamodb.us-west-2.amazonaws.com"}}}]}
      """
    When user "stranger" gets item "Acme/Hello" from table "Music"
    Then the DynamoDB call fails with AccessDeniedException mentioning "KMS key access denied error"
    And DynamoDB called Decrypt 1 time for user "stranger"
    And table "Music" has status ACTIVE
