@control:ATR-KM-02
Feature: Creating encrypted tables with each kind of key
  Seed 001 creates the Music table three ways with the aws CLI: without --sse-specification (the
  AWS owned key), with Enabled=true,SSEType=KMS (the AWS managed key aws/dynamodb) and with a
  customer managed key id. The real service answers with an SSEDescription naming the key's full
  ARN for the last two, and none for the first.

  Background:
    Given user "app" exists
    And user "app" has DynamoDB full access
    And key "music-key" for the tables of the account
    And the key id "abcd1234-abcd-1234-a123-ab1234a1b234" in commands stands for key "music-key"

  @req:DDB-SSE-005
  Scenario: The seed's create-table without --sse-specification uses the AWS owned key
    When user "app" runs:
      """
      aws dynamodb create-table \ --table-name Music \ --attribute-definitions \ AttributeName=Artist,AttributeType=S \ AttributeName=SongTitle,AttributeType=S \ --key-schema \ AttributeName=Artist,KeyType=HASH \ AttributeName=SongTitle,KeyType=RANGE \ --provisioned-throughput \ ReadCapacityUnits=10,WriteCapacityUnits=5
      """
    Then the DynamoDB call succeeds
    And the response has no SSEDescription
    And table "Music" is encrypted under the AWS owned key
    And the trail has no KMS event for table "Music"

  @req:DDB-SSE-006 @req:ATR-PEER-010 @req:DDB-SSE-021
  Scenario: The seed's create-table with Enabled=true,SSEType=KMS uses the AWS managed key
    When user "app" runs:
      """
      aws dynamodb create-table \ --table-name Music \ --attribute-definitions \ AttributeName=Artist,AttributeType=S \ AttributeName=SongTitle,AttributeType=S \ --key-schema \ AttributeName=Artist,KeyType=HASH \ AttributeName=SongTitle,KeyType=RANGE \ --provisioned-throughput \ ReadCapacityUnits=10,WriteCapacityUnits=5 \ --sse-specification Enabled=true,SSEType=KMS
      """
    Then the DynamoDB call succeeds
    And the response has SSEDescription:
      | Status          | ENABLED                        |
      | SSEType         | KMS                            |
      | KMSMasterKeyArn | <arn of the AWS managed key>   |
    And table "Music" is encrypted under the AWS managed key "aws/dynamodb"
    And the AWS managed key "aws/dynamodb" is managed by AWS

  @req:DDB-SSE-007 @req:ATR-PEER-007 @req:ATR-PEER-010
  Scenario: The seed's create-table with a customer managed key id answers with the key's full ARN
    When user "app" runs:
      """
      aws dynamodb create-table \ --table-name Music \ --attribute-definitions \ AttributeName=Artist,AttributeType=S \ AttributeName=SongTitle,AttributeType=S \ --key-schema \ AttributeName=Artist,KeyType=HASH \ AttributeName=SongTitle,KeyType=RANGE \ --provisioned-throughput \ ReadCapacityUnits=10,WriteCapacityUnits=5 \ --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=abcd1234-abcd-1234-a123-ab1234a1b234
      """
    Then the DynamoDB call succeeds
    And the response has SSEDescription:
      | Status          | ENABLED                  |
      | SSEType         | KMS                      |
      | KMSMasterKeyArn | <arn of key "music-key"> |
    And table "Music" is encrypted under key "music-key"

  # moto echoes the request's key id where DynamoDB returns the ARN.
  @req:ATR-PEER-007 @req:DDB-SSE-018 @peer:moto
  Scenario Outline: A key named by <naming> is described by its full ARN
    Given the account root creates the alias "alias/music" for key "music-key"
    When user "app" creates table "Music" with <sse>
    Then the DynamoDB call succeeds
    And the response has SSEDescription:
      | KMSMasterKeyArn | <arn of key "music-key"> |
    And table "Music" is encrypted under key "music-key"

    Examples:
      | naming        | sse                                         |
      | its key id    | key "music-key"                             |
      | its ARN       | key "music-key" by its ARN                  |
      | an alias name | key "music-key" by alias "alias/music"      |

  # DynamoDB Local returns no SSEDescription at all.
  @req:ATR-PEER-010 @req:DDB-SSE-018 @peer:dynamodb-local
  Scenario Outline: CreateTable and DescribeTable of a table under <kind> return an SSEDescription
    When user "app" creates table "Music" with <sse>
    Then the response has SSEDescription:
      | SSEType         | KMS     |
      | KMSMasterKeyArn | <arn>   |
    When user "app" describes table "Music"
    Then the response has SSEDescription:
      | Status          | ENABLED |
      | SSEType         | KMS     |
      | KMSMasterKeyArn | <arn>   |

    Examples:
      | kind                      | sse                 | arn                          |
      | the AWS managed key       | the AWS managed key | <arn of the AWS managed key> |
      | a customer managed key    | key "music-key"     | <arn of key "music-key">     |

  @req:DDB-SSE-005
  Scenario: A table created with Enabled=false names no key of the account
    When user "app" creates table "Music" with the AWS owned key
    Then the DynamoDB call succeeds
    And the response has no SSEDescription
    And the trail has no KMS event for table "Music"

  @req:DDB-KEY-001 @req:KMS-GRANT-001 @req:KMS-CT-009
  Scenario Outline: Creating a table under <kind> generates one table key on that key
    When user "app" creates table "Music" with <sse>
    Then DynamoDB called DescribeKey 1 time for user "app"
    And DynamoDB called CreateGrant 1 time for table "Music"
    And DynamoDB called GenerateDataKey 1 time for table "Music"
    And DynamoDB's GenerateDataKey requests for table "Music" name <key>
    And the trail has a GenerateDataKey event with:
      | /userIdentity/type         | AWSService             |
      | /userIdentity/invokedBy    | dynamodb.amazonaws.com |
      | /requestParameters/keySpec | AES_256                |

    Examples:
      | kind                   | sse                 | key                                 |
      | a customer managed key | key "music-key"     | key "music-key"                     |
      | the AWS managed key    | the AWS managed key | the AWS managed key "aws/dynamodb"  |

  @req:DDB-SSE-019 @control:ATR-AC-02
  Scenario: The CloudFormation template's table is encrypted under the template's key
    Given key "DynamoDbTableKmsKey" with the key policy from fixture "policies/cloudformation-dynamodb.json"
    And session "fn" of role "DynamoDbWriteFunctionRole" exists
    # The template's Policies for the function's role: PutItem on the table and nothing else.
    And role "DynamoDbWriteFunctionRole" has the identity policy "DynamoDbWriteFunctionRolePolicy":
      """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["dynamodb:PutItem"],
        "Resource": "arn:aws:dynamodb:us-west-2:111122223333:table/DynamoDbTable"}]}
      """
    When the account root runs:
      """
      aws dynamodb create-table --table-name DynamoDbTable --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<id of key "DynamoDbTableKmsKey">
      """
    Then the DynamoDB call succeeds
    And table "DynamoDbTable" is encrypted under key "DynamoDbTableKmsKey"
    When session "fn" of role "DynamoDbWriteFunctionRole" puts item "item-1" into table "DynamoDbTable"
    Then the DynamoDB call succeeds
    And DynamoDB called Decrypt 1 time for session "fn" of role "DynamoDbWriteFunctionRole"

  Scenario: KMSMasterKeyId without SSEType is refused
    When user "app" creates table "Music" with SSE specification "Enabled=true,KMSMasterKeyId=abcd1234-abcd-1234-a123-ab1234a1b234"
    Then the DynamoDB call fails with ValidationException: "SSEType KMS is required if KMSMasterKeyId is specified"

  Scenario: An SSEType other than KMS is refused
    When user "app" creates table "Music" with SSE specification "Enabled=true,SSEType=AES256"
    Then the DynamoDB call fails with ValidationException: "Invalid request provided: The only valid SSEType is KMS"

  Scenario: A table name shorter than 3 characters is refused
    When user "app" creates table "Mu" with the AWS managed key
    Then the DynamoDB call fails with ValidationException
