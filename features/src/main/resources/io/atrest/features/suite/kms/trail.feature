@control:ATR-AU-02
Feature: CloudTrail records of the KMS calls DynamoDB makes for a table
  Seed 004 prints the GenerateDataKey, Decrypt and CreateGrant events a table under a customer
  managed key causes. Here the KMS is called as DynamoDB calls it (the table store drives the same
  calls in the table scenarios), and each recorded event must contain the printed sample field by
  field, ids, times, principal ids and the sample's older eventVersion aside.

  Background:
    Given role "Admin" has the identity policy "administrator":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "AdministerKeys", "Effect": "Allow", "Action": "kms:*", "Resource": "*"}]}
      """
    And key "table-key" with the key policy from fixture "policies/cloudformation-dynamodb.json"

  @req:KMS-CT-001 @req:KMS-CT-002 @req:KMS-CT-003 @req:KMS-CT-007
  Scenario: DynamoDB's GenerateDataKey of a table key matches the seed's sample
    Given key "table-key" is enabled by the account root
    And the account root puts the key policy of key "table-key":
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "DynamoDBMakesTableKeys", "Effect": "Allow",
         "Principal": {"Service": "dynamodb.amazonaws.com"}, "Action": "kms:GenerateDataKey", "Resource": "*"}
      ]}
      """
    When service "dynamodb.amazonaws.com" calls GenerateDataKey on key "table-key" for table "Services"
    Then it succeeds
    And the trail has an event matching fixture "cloudtrail/generate-data-key.json"
    And the trail has a GenerateDataKey event with:
      | /userIdentity/type      | AWSService             |
      | /responseElements       | null                   |
      | /readOnly               | true                   |
      | /requestParameters/keySpec | AES_256             |
      | /recipientAccountId     | 111122223333           |

  @req:KMS-CT-004 @req:KMS-CT-005 @req:KMS-CT-003 @req:KMS-CT-007
  Scenario: DynamoDB's Decrypt of a table key for an assumed-role session matches the seed's sample
    Given session "user01" of role "Admin" encrypted data under key "table-key" through DynamoDB for table "Books"
    When session "user01" of role "Admin" calls Decrypt on key "table-key" through DynamoDB for table "Books"
    Then it succeeds
    And the trail has an event matching fixture "cloudtrail/decrypt.json"
    And the trail has a Decrypt event with:
      | /userIdentity/sessionContext/sessionIssuer/arn | arn:aws:iam::111122223333:role/Admin |
      | /userIdentity/invokedBy                        | dynamodb.amazonaws.com               |
      | /sharedEventID                                 | (absent)                             |

  @req:KMS-CT-006 @req:KMS-CT-003 @req:KMS-CT-007 @control:ATR-AC-03
  Scenario: DynamoDB's CreateGrant of a table grant matches the seed's sample
    When session "user01" of role "Admin" creates through DynamoDB grant "books" on key "table-key" for service "dynamodb.us-west-2.amazonaws.com" allowing "DescribeKey, GenerateDataKey, Decrypt, Encrypt, ReEncryptFrom, ReEncryptTo, RetireGrant" retirable by service "dynamodb.us-west-2.amazonaws.com" with constraint EncryptionContextSubset:
      | aws:dynamodb:tableName    | Books        |
      | aws:dynamodb:subscriberId | 111122223333 |
    Then it succeeds
    And the trail has an event matching fixture "cloudtrail/create-grant.json"
    And the trail has a CreateGrant event with:
      | /readOnly   | false      |
      | /eventType  | AwsApiCall |

  @req:KMS-CT-008 @control:ATR-AU-01
  Scenario: Every record has a UTC time to the second, the key's Region, unique ids, and a valid shape
    Given user "app" exists
    When session "user01" of role "Admin" calls Encrypt on key "table-key" through DynamoDB for table "Books"
    And session "user01" of role "Admin" calls Decrypt on key "table-key" through DynamoDB for table "Books"
    And user "app" calls Decrypt on key "table-key"
    Then the trail has a Decrypt event with:
      | /awsRegion | us-west-2    |
      | /errorCode | AccessDenied |
    And every recorded event has its own eventID and requestID
    And every recorded event is valid against the CloudTrail schemas

  @req:KMS-CT-010 @control:ATR-AU-01 @control:ATR-OPS-01
  Scenario: KMS requests are counted and priced per the seeds
    When session "user01" of role "Admin" calls Encrypt on key "table-key" through DynamoDB for table "Books"
    And session "user01" of role "Admin" calls Decrypt on key "table-key" through DynamoDB for table "Books"
    Then the account made 3 KMS requests
    And the trail has 1 CreateKey event
    And the KMS cost estimate for 1 month is 1.000009 USD
