@control:ATR-KM-02
Feature: The three kinds of key a table can use
  A table is always encrypted: under an AWS owned key (invisible to the account, free), the AWS
  managed key aws/dynamodb (visible, created on first use, managed by AWS), or a symmetric customer
  managed key of the account and Region (seeds 001-004).

  Background:
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "music-key" for the tables of the account

  @req:DDB-SSE-001 @control:ATR-EAR-01
  Scenario Outline: Under <kind>, the table key is a 256-bit AES key
    Given user "app" created table "Music" with <sse>
    And user "app" put items "Acme/Hello, Acme/World" into table "Music"
    Then the table keys of table "Music" are 256-bit AES keys
    And user "app" can read item "Acme/World" from table "Music", as written

    Examples:
      | kind                   | sse                 |
      | the AWS owned key      | the AWS owned key   |
      | the AWS managed key    | the AWS managed key |
      | a customer managed key | key "music-key"     |

  @req:DDB-SSE-004 @control:ATR-EAR-01
  Scenario Outline: A table created with <sse> is still encrypted
    Given user "app" created table "Music" with <sse>
    And user "app" put items "Acme/Hello" into table "Music"
    Then table "Music" is encrypted under the AWS owned key
    And the table keys of table "Music" are 256-bit AES keys
    And the storage holds no plaintext of table "Music"

    Examples:
      | sse                                      |
      | no SSE specification                     |
      | the AWS owned key                        |
      | SSE specification "Enabled=false"        |

  @req:DDB-SSE-004 @req:DDB-SSE-008 @control:ATR-EAR-01
  Scenario: Turning SSE "off" keeps the table encrypted, under the AWS owned key
    Given user "app" created table "Music" with key "music-key"
    And user "app" put items "Acme/Hello" into table "Music"
    And user "app" switched table "Music" to SSE specification "Enabled=false"
    When user "app" puts item "Acme/After" into table "Music"
    Then the DynamoDB call succeeds
    And table "Music" is encrypted under the AWS owned key
    And the storage holds no plaintext of table "Music"

  @req:DDB-SSE-013
  Scenario: Each table may use its own key, and one table's key change leaves the others alone
    Given key "books-key" for the tables of the account
    And user "app" created table "Music" with key "music-key"
    And user "app" created table "Books" with key "books-key"
    And user "app" created table "Films" with the AWS managed key
    When user "app" updates table "Music" to the AWS owned key
    Then the DynamoDB call succeeds
    And table "Books" is encrypted under key "books-key"
    And table "Films" is encrypted under the AWS managed key "aws/dynamodb"
    And table "Music" is encrypted under the AWS owned key

  @req:DDB-SSE-014 @control:ATR-EAR-01
  Scenario Outline: CreateTable refuses a <spec> key
    Given key "odd-key" of spec <spec> for <usage>
    When the account root creates table "Music" with key "odd-key"
    Then the DynamoDB call fails with ValidationException mentioning "KMS validation error"
    And DynamoDB called GenerateDataKey 0 times for table "Music"

    Examples:
      | spec        | usage             |
      | RSA_2048    | ENCRYPT_DECRYPT   |
      | ECC_NIST_P256 | SIGN_VERIFY     |
      | HMAC_256    | GENERATE_VERIFY_MAC |

  @req:DDB-SSE-014
  Scenario: UpdateTable refuses an asymmetric key and the table keeps its key
    Given key "rsa-key" of spec RSA_2048 for ENCRYPT_DECRYPT
    And the account root created table "Music" with key "music-key"
    When the account root updates table "Music" to key "rsa-key"
    Then the DynamoDB call fails with ValidationException mentioning "KMS validation error"
    And table "Music" is encrypted under key "music-key"

  @req:DDB-SSE-015
  Scenario Outline: CreateTable fails for a key that does not exist in the table's account and Region (<case>)
    When user "app" creates table "Music" with SSE specification "Enabled=true,SSEType=KMS,KMSMasterKeyId=<key>"
    Then the DynamoDB call fails with ValidationException mentioning "KMS validation error"
    And there is no table "Music"

    Examples:
      | case            | key                                                                            |
      | unknown key id  | 0f0e0d0c-0b0a-0908-0706-050403020100                                           |
      | unknown alias   | alias/no-such-key                                                              |
      | another Region  | arn:aws:kms:eu-west-1:111122223333:key/0f0e0d0c-0b0a-0908-0706-050403020100    |

  @req:DDB-SSE-015
  Scenario: DynamoDB checks the chosen key with DescribeKey on the caller's behalf
    When user "app" creates table "Music" with key "music-key"
    Then the trail has a DescribeKey event with:
      | /userIdentity/invokedBy | dynamodb.amazonaws.com |
      | /sourceIPAddress        | dynamodb.amazonaws.com |
    And DynamoDB called DescribeKey 1 time for user "app"

  @req:DDB-SSE-016
  Scenario: A symmetric key with imported key material protects a table like any other
    Given key "byok" awaiting imported key material
    And the account root imports key material into key "byok"
    When the account root creates table "Music" with key "byok"
    Then the DynamoDB call succeeds
    And table "Music" is encrypted under key "byok"
    When the account root puts item "Acme/Hello" into table "Music"
    Then the DynamoDB call succeeds

  @req:DDB-SSE-020 @req:DDB-KEY-002
  Scenario: An UpdateTable without an SSE specification leaves the key as it is
    Given user "app" created table "Music" with key "music-key"
    When user "app" changes the billing mode of table "Music" to PAY_PER_REQUEST
    Then the DynamoDB call succeeds
    And the response has SSEDescription:
      | Status          | ENABLED                  |
      | KMSMasterKeyArn | <arn of key "music-key"> |
    And table "Music" is encrypted under key "music-key"
    And DynamoDB called GenerateDataKey 1 time for table "Music"

  @req:DDB-SSE-021 @req:DDB-SSE-022
  Scenario: The first table that asks for the AWS managed key creates it, later tables reuse it
    Then the account has no AWS managed key for DynamoDB yet
    Given user "app" created table "Music" with the AWS managed key
    And user "app" created table "Books" with the AWS managed key
    Then table "Music" is encrypted under the AWS managed key "aws/dynamodb"
    And table "Books" is encrypted under the AWS managed key "aws/dynamodb"
    And the account's alias aws/dynamodb names the AWS managed key "aws/dynamodb"
    And the AWS managed key "aws/dynamodb" is managed by AWS
    And DynamoDB's GenerateDataKey requests for table "Books" name the AWS managed key "aws/dynamodb"

  @req:DDB-SSE-022 @control:ATR-AU-01
  Scenario Outline: The account can see the AWS managed key: <operation>
    Given user "app" created table "Music" with the AWS managed key
    When the account root calls <operation> on the AWS managed key "aws/dynamodb"
    Then the request succeeds

    Examples:
      | operation            |
      | DescribeKey          |
      | GetKeyPolicy         |
      | ListGrants           |
      | GetKeyRotationStatus |

  @req:DDB-SSE-022 @control:ATR-AU-01
  Scenario: The AWS managed key's use for a table appears in the account's CloudTrail
    Given user "app" created table "Music" with the AWS managed key
    When user "app" puts item "Acme/Hello" into table "Music"
    Then DynamoDB called GenerateDataKey 1 time for table "Music"
    And DynamoDB called Decrypt 1 time for user "app"
    And DynamoDB's Decrypt requests for table "Music" name the AWS managed key "aws/dynamodb"

  @req:DDB-SSE-023 @control:ATR-AC-01
  Scenario Outline: The account cannot manage the AWS managed key: <operation>
    Given user "app" created table "Music" with the AWS managed key
    When the account root calls <operation> on the AWS managed key "aws/dynamodb"
    Then the request is denied
    And the AWS managed key "aws/dynamodb" is in state Enabled

    Examples:
      | operation           |
      | DisableKey          |
      | ScheduleKeyDeletion |
      | DisableKeyRotation  |
      | EnableKeyRotation   |

  @req:DDB-SSE-023 @control:ATR-AC-01
  Scenario: The account cannot replace the AWS managed key's policy
    Given user "app" created table "Music" with the AWS managed key
    When the account root puts the key policy of the AWS managed key "aws/dynamodb" from fixture "policies/cloudformation-dynamodb.json"
    Then the request is denied

  @req:DDB-SSE-024 @req:KMS-GRANT-006 @control:ATR-AU-01
  Scenario: The AWS owned key is invisible to the account and its use is not in its trail
    Given user "app" created table "Music" with the AWS owned key
    And user "app" put items "Acme/Hello" into table "Music"
    Then the AWS owned key of DynamoDB is invisible to the account
    And the trail has no KMS event for table "Music"

  @req:DDB-SSE-025
  Scenario Outline: The account manages its customer managed key: <operation>
    Given user "app" created table "Music" with key "music-key"
    When the account root calls <operation> on key "music-key"
    Then the request succeeds

    Examples:
      | operation           |
      | EnableKeyRotation   |
      | RotateKeyOnDemand   |
      | DisableKey          |
      | EnableKey           |
      | ScheduleKeyDeletion |
      | GetKeyPolicy        |

  @req:DDB-SSE-025
  Scenario: The account names and re-polices its customer managed key
    When the account root creates the alias "alias/music" for key "music-key"
    Then the request succeeds
    When the account root puts the key policy of key "music-key" from fixture "policies/cloudformation-dynamodb.json"
    Then the request succeeds

  @req:KMS-LIFE-004 @control:ATR-KM-04
  Scenario: The AWS owned key rotates every year and its tables stay readable
    Given user "app" created table "Music" with the AWS owned key
    And user "app" put items "Acme/Hello" into table "Music"
    Then the AWS owned key of DynamoDB has 1 key material version
    When 366 days pass
    Then the AWS owned key of DynamoDB has 2 key material versions
    And user "app" can read item "Acme/Hello" from table "Music", as written
    When user "app" backs up table "Music" as "yearly"
    And user "app" restores backup "yearly" as table "MusicRestored"
    Then user "app" can read item "Acme/Hello" from table "MusicRestored", as written
    And the table key of table "Music" is sealed under version 1 of the AWS owned key
    And the table key of table "MusicRestored" is sealed under version 2 of the AWS owned key
    And no trail event names the AWS owned key of DynamoDB
