@control:ATR-KM-02
Feature: The owner of a customer managed key controls all of it
  On a customer managed key the owning account sets policies, IAM policies and grants, enables and
  disables it, rotates its material, creates aliases and schedules its deletion. Rotation keeps the
  earlier material for decryption; imported material can be deleted again.

  Background:
    Given user "app" exists
    And key "app-key" with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "AppUsesTheKeyThroughDynamoDB", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:user/app"},
         "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"], "Resource": "*",
         "Condition": {"StringEquals": {"kms:ViaService": "dynamodb.us-west-2.amazonaws.com"}}}
      ]}
      """

  @req:DDB-SSE-025
  Scenario: The account manages every aspect of its customer managed key
    Then key "app-key" is managed by CUSTOMER
    When the account root puts the key policy of key "app-key" from fixture "policies/cloudformation-dynamodb.json"
    Then it succeeds
    When the account root creates grant "ops" on key "app-key" for user "app" allowing "Decrypt"
    Then it succeeds
    When the account root calls DisableKey on key "app-key"
    Then it succeeds
    And key "app-key" is in state Disabled
    When the account root calls EnableKey on key "app-key"
    Then it succeeds
    When the account root calls RotateKeyOnDemand on key "app-key"
    Then it succeeds
    And key "app-key" has rotated 1 time
    When the account root creates the alias "alias/app-key" for key "app-key"
    Then it succeeds
    When the account root schedules the deletion of key "app-key" in 30 days
    Then it succeeds
    And key "app-key" is in state PendingDeletion

  @req:ATR-PEER-005 @control:ATR-KM-05
  Scenario Outline: CreateAlias with the name <alias> <outcome>
    When the account root creates the alias "<alias>" for key "app-key"
    Then the request <outcome>

    Examples:
      | alias            | outcome                              |
      | alias/aws/mine     | is rejected                    |
      | alias/aws/dynamodb | is rejected                    |
      | app-key            | fails with ValidationException |
      | alias/app-key      | succeeds                       |

  @req:KMS-LIFE-005 @control:ATR-KM-04
  Scenario Outline: After <rotation> rotation the table key made before it still decrypts through DynamoDB
    Given user "app" encrypted data under key "app-key" through DynamoDB for table "Books"
    When <rotate>
    And <wait> pass
    Then key "app-key" has rotated 1 time
    When user "app" calls Decrypt on key "app-key" through DynamoDB for table "Books"
    Then it succeeds
    When user "app" calls GenerateDataKey on key "app-key" through DynamoDB for table "Books"
    Then it succeeds

    Examples:
      | rotation  | rotate                                                                     | wait    |
      | on-demand | the account root calls RotateKeyOnDemand on key "app-key"                  | 0 days  |
      | automatic | the account root enables automatic rotation of key "app-key" every 90 days | 90 days |

  @control:ATR-KM-05
  Scenario: A key of imported material serves only while it has material
    Given key "byok" awaiting imported key material
    Then key "byok" is in state PendingImport
    When the account root calls Encrypt on key "byok"
    Then it fails with KMSInvalidStateException: "<key ARN> is pending import."
    When the account root imports key material into key "byok"
    Then it succeeds
    And key "byok" is in state Enabled
    When the account root calls Encrypt on key "byok"
    Then it succeeds
    When the account root deletes the imported key material of key "byok"
    Then it succeeds
    And key "byok" is in state PendingImport

  @control:ATR-KM-05
  Scenario Outline: A <spec> key cannot be used for encryption
    Given key "other" of spec <spec> for <usage>
    When the account root calls Encrypt on key "other"
    Then it fails with InvalidKeyUsageException

    Examples:
      | spec          | usage       |
      | RSA_2048      | SIGN_VERIFY |
      | ECC_NIST_P256 | SIGN_VERIFY |
      | HMAC_256      | GENERATE_VERIFY_MAC |

  @control:ATR-KM-05
  Scenario: An HMAC key needs a key usage
    When the account root creates key "mac" of spec HMAC_256 without a key usage
    Then it fails with ValidationException: "You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys."

  @control:ATR-KM-04
  Scenario Outline: On-demand rotation <minutes> minutes before the automatic rotation <outcome>
    Given the account root enables automatic rotation of key "app-key" every 90 days
    When <minutes> minutes remain before the automatic rotation of key "app-key"
    And the account root calls RotateKeyOnDemand on key "app-key"
    Then the request <outcome>
    And key "app-key" has rotated <rotations>

    Examples:
      | minutes | outcome                      | rotations |
      | 10      | fails with ConflictException | 0 times   |
      | 20      | fails with ConflictException | 0 times   |
      | 21      | succeeds                     | 1 time    |

  @control:ATR-KM-04
  Scenario: RotateKeyOnDemand near an automatic rotation is refused with ConflictException, and CloudTrail records the refusal
    Given the account root enables automatic rotation of key "app-key" every 365 days
    When 5 minutes remain before the automatic rotation of key "app-key"
    And the account root calls RotateKeyOnDemand on key "app-key"
    Then it fails with ConflictException: "The request was rejected because an automatic rotation of this key is currently in progress or scheduled to begin within the next 20 minutes."
    And the trail has a RotateKeyOnDemand event with:
      | /errorCode | ConflictException |
    When 6 minutes pass
    Then key "app-key" has rotated 1 time
