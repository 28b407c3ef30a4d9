@control:ATR-AC-01 @control:ATR-AC-02
Feature: The AWS managed key aws/dynamodb and its documented key policy
  DynamoDB creates the AWS managed key of an account on first use, with the three-statement policy
  seed 004 prints: principals of the account may use it only through DynamoDB, the account may read
  its metadata and revoke grants, and DynamoDB's service principal may describe it.

  Background:
    Given user "app" exists
    And user "app" encrypted data under the AWS managed key "aws/dynamodb" through DynamoDB for table "Books"

  @req:KMS-POL-001
  Scenario Outline: Any principal of the account may call <operation> through DynamoDB
    When <principal> calls <operation> on the AWS managed key "aws/dynamodb" through DynamoDB for table "Books"
    Then the request is allowed by statement "Allow access through Amazon DynamoDB for all principals in the account that are authorized to use Amazon DynamoDB"

    Examples:
      | principal                           | operation                       |
      | user "app"                          | Encrypt                         |
      | user "app"                          | Decrypt                         |
      | session "s1" of role "reporting"    | Decrypt                         |
      | user "app"                          | ReEncrypt                       |
      | user "app"                          | GenerateDataKey                 |
      | user "app"                          | GenerateDataKeyWithoutPlaintext |
      | user "app"                          | CreateGrant                     |
      | user "app"                          | DescribeKey                     |

  @req:KMS-POL-002
  Scenario Outline: <operation> is refused to a principal calling KMS directly
    When user "app" calls <operation> on the AWS managed key "aws/dynamodb"
    Then the request is denied because no statement allows it

    Examples:
      | operation       |
      | Encrypt         |
      | Decrypt         |
      | GenerateDataKey |

  @req:KMS-POL-002
  Scenario Outline: <operation> is refused to a principal calling through <service> rather than DynamoDB
    When user "app" calls <operation> on the AWS managed key "aws/dynamodb" through service "<service>"
    Then the request is denied because no statement allows it

    Examples:
      | operation | service |
      | Encrypt   | ec2     |
      | Decrypt   | ebs     |

  @req:KMS-POL-003 @control:ATR-AC-01
  Scenario Outline: A principal of another account is refused <operation> even through DynamoDB
    Given the account "444455556666"
    When user "partner" of account "444455556666" calls <operation> on the AWS managed key "aws/dynamodb" through DynamoDB
    Then the request is denied

    Examples:
      | operation       |
      | Encrypt         |
      | GenerateDataKey |
      | DescribeKey     |

  @req:KMS-POL-004
  Scenario Outline: The account may call <operation> directly under the second statement
    When the account root calls <operation> on the AWS managed key "aws/dynamodb"
    Then the request is allowed by statement "Allow direct access to key metadata to the account"

    Examples:
      | operation            |
      | DescribeKey          |
      | GetKeyPolicy         |
      | GetKeyRotationStatus |
      | ListGrants           |

  @req:KMS-POL-004
  Scenario Outline: The second statement allows the account no other action, such as <operation>
    When the account root calls <operation> on the AWS managed key "aws/dynamodb"
    Then the request is denied

    Examples:
      | operation       |
      | Encrypt         |
      | Decrypt         |
      | GenerateDataKey |

  @req:KMS-POL-004
  Scenario: An IAM user of the account gets the metadata actions through its IAM policy
    Given user "auditor" has the identity policy "read-keys":
      """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["kms:DescribeKey", "kms:Encrypt"], "Resource": "*"}]}
      """
    When user "auditor" calls DescribeKey on the AWS managed key "aws/dynamodb"
    Then the request is allowed by statement "Statement[0]"
    When user "auditor" calls Encrypt on the AWS managed key "aws/dynamodb"
    Then the request is denied

  @req:KMS-POL-005
  Scenario: DynamoDB's service principal may describe the key directly, and use it for nothing else
    When service "dynamodb.amazonaws.com" calls DescribeKey on the AWS managed key "aws/dynamodb"
    Then the request is allowed by statement "Allow DynamoDB Service with service principal name dynamodb.amazonaws.com to describe the key directly"
    When service "dynamodb.amazonaws.com" calls Encrypt on the AWS managed key "aws/dynamodb"
    Then the request is denied because no statement allows it

  @req:KMS-POL-006 @control:ATR-KM-02
  Scenario: GetKeyPolicy returns the documented policy with the account and Region filled in
    When the account root calls GetKeyPolicy on the AWS managed key "aws/dynamodb"
    Then it succeeds
    And the key policy returned is the policy of fixture "policies/aws-managed-dynamodb.json"

  @req:DDB-SSE-022 @control:ATR-KM-02 @control:ATR-AU-01
  Scenario: The AWS managed key is visible to the account, and its use is in the account's trail
    Then the AWS managed key "aws/dynamodb" is managed by AWS
    And the trail has an Encrypt event with:
      | /recipientAccountId     | 111122223333           |
      | /userIdentity/arn       | arn:aws:iam::111122223333:user/app |
      | /userIdentity/invokedBy | dynamodb.amazonaws.com |

  @req:DDB-SSE-023 @control:ATR-KM-02 @control:ATR-AC-01
  Scenario Outline: Not even the account root may <operation> the AWS managed key
    When the account root calls <operation> on the AWS managed key "aws/dynamodb"
    Then the request is denied
    And the AWS managed key "aws/dynamodb" is in state Enabled

    Examples:
      | operation           |
      | DisableKey          |
      | ScheduleKeyDeletion |
      | EnableKeyRotation   |
      | DisableKeyRotation  |

  @req:DDB-SSE-023 @control:ATR-KM-02
  Scenario: Not even the account root may replace the AWS managed key's policy
    When the account root puts the key policy of the AWS managed key "aws/dynamodb" from fixture "policies/cloudformation-dynamodb.json"
    Then the request is denied

  @req:KMS-GRANT-009 @control:ATR-AC-03
  Scenario: Account users may create grants on the AWS managed key only through DynamoDB
    When user "app" calls CreateGrant on the AWS managed key "aws/dynamodb" through DynamoDB
    Then the request is allowed by statement "Allow access through Amazon DynamoDB for all principals in the account that are authorized to use Amazon DynamoDB"
    When user "app" calls CreateGrant on the AWS managed key "aws/dynamodb"
    Then the request is denied because no statement allows it

  @req:KMS-LIFE-002 @req:KMS-LIFE-003 @control:ATR-KM-04
  Scenario: The AWS managed key rotates every year after its creation
    When 364 days pass
    Then the AWS managed key "aws/dynamodb" has rotated 0 times
    When 1 day passes
    Then the AWS managed key "aws/dynamodb" has rotated 1 time
    When a year passes
    Then the AWS managed key "aws/dynamodb" has rotated 2 times
    And the trail has a RotateKey event with:
      | /eventType              | AwsServiceEvent |
      | /userIdentity/invokedBy | AWS Internal    |
    And user "app" calls Decrypt on the AWS managed key "aws/dynamodb" through DynamoDB for table "Books"
    And it succeeds
