@control:ATR-AC-01
Feature: The CloudFormation template's key policy
  Seed 003's template creates a customer managed key whose policy delegates to the account (root,
  kms:*) and lets any principal of the account encrypt and decrypt through DynamoDB in the stack's
  Region, with automatic rotation enabled.

  Background:
    Given key "stack-key" with the key policy from fixture "policies/cloudformation-dynamodb.json"

  @req:KMS-POL-016 @control:ATR-AC-02
  Scenario Outline: <principal> may call <operation> through DynamoDB in the stack's Region
    Given <principal> encrypted data under key "stack-key" through DynamoDB for table "Orders"
    When <principal> calls <operation> on key "stack-key" through DynamoDB for table "Orders"
    Then the request is allowed by statement "Statement[1]"

    Examples:
      | principal                          | operation |
      | user "writer-fn"                   | Encrypt   |
      | user "writer-fn"                   | Decrypt   |
      | session "invocation" of role "fn"  | Encrypt   |
      | session "invocation" of role "fn"  | Decrypt   |

  @req:KMS-POL-017 @control:ATR-AC-02
  Scenario Outline: The second statement does not allow <operation> to a direct call
    Given user "writer-fn" encrypted data under key "stack-key" through DynamoDB for table "Orders"
    When user "writer-fn" calls <operation> on key "stack-key"
    Then the request is denied because no statement allows it

    Examples:
      | operation |
      | Encrypt   |
      | Decrypt   |

  @req:KMS-POL-017 @control:ATR-AC-02
  Scenario: The second statement does not allow another account, even one whose IAM allows everything
    Given the account "444455556666"
    And user "partner" of account "444455556666" has the identity policy "all-kms":
      """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "*"}]}
      """
    When user "partner" of account "444455556666" calls Encrypt on key "stack-key" through DynamoDB
    Then the request is denied
    And under the policy of key "stack-key" no principal outside account "111122223333" can use the key

  @req:KMS-POL-017 @control:ATR-AC-02
  Scenario: The second statement does not allow DynamoDB of another Region
    Then under the policy of key "stack-key" user "writer-fn" cannot call Encrypt through DynamoDB in region "us-east-1"
    And under the policy of key "stack-key" user "writer-fn" cannot call Decrypt through DynamoDB in region "eu-west-1"

  @req:KMS-POL-018
  Scenario: The account statement delegates the key to IAM: a user gets exactly what its IAM policy allows
    Given user "key-reader" has the identity policy "describe-only":
      """
      {"Version": "2012-10-17", "Statement": [{"Sid": "DescribeKeys", "Effect": "Allow", "Action": "kms:DescribeKey", "Resource": "*"}]}
      """
    When user "key-reader" calls DescribeKey on key "stack-key"
    Then the request is allowed by statement "DescribeKeys"
    When user "key-reader" calls GetKeyPolicy on key "stack-key"
    Then the request is denied because no statement allows it
    When user "no-policy" calls DescribeKey on key "stack-key"
    Then the request is denied because no statement allows it

  @req:KMS-POL-018
  Scenario: The account root has every key action through the account statement
    When the account root calls DisableKey on key "stack-key"
    Then the request is allowed by statement "Statement[0]"

  @req:KMS-LIFE-001 @control:ATR-KM-04
  Scenario: With rotation enabled the key rotates 365 days after creation and keeps decrypting
    Given user "writer-fn" encrypted data under key "stack-key" through DynamoDB for table "Orders"
    When the account root calls EnableKeyRotation on key "stack-key"
    Then it succeeds
    And the rotation status of key "stack-key" is enabled every 365 days
    When 364 days pass
    Then key "stack-key" has rotated 0 times
    When 1 day passes
    Then key "stack-key" has rotated 1 time
    When user "writer-fn" calls Decrypt on key "stack-key" through DynamoDB for table "Orders"
    Then it succeeds
