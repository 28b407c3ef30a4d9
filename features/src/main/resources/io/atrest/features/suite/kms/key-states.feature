@control:ATR-KM-05
Feature: Key states decide which operations a key serves
  A key that is disabled or pending deletion must refuse every cryptographic operation, with the
  exception AWS KMS returns, and the deletion window must be 7 to 30 days.

  Background:
    Given user "app" exists
    And key "app-key" with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "AllowAppCrypto", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:user/app"},
         "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"], "Resource": "*"}
      ]}
      """
    And user "app" encrypted data under key "app-key"

  @req:ATR-PEER-002
  Scenario Outline: <operation> on a Disabled key fails with DisabledException
    Given key "app-key" is disabled by the account root
    When user "app" calls <operation> on key "app-key"
    Then it fails with DisabledException: "<key ARN> is disabled."

    Examples:
      | operation       |
      | Encrypt         |
      | Decrypt         |
      | GenerateDataKey |

  @req:ATR-PEER-003
  Scenario Outline: <operation> on a key pending deletion fails with KMSInvalidStateException
    Given key "app-key" is scheduled by the account root
    When user "app" calls <operation> on key "app-key"
    Then it fails with KMSInvalidStateException: "<key ARN> is pending deletion."

    Examples:
      | operation       |
      | Encrypt         |
      | Decrypt         |
      | GenerateDataKey |

  @req:ATR-PEER-004
  Scenario: A 3-day deletion window is rejected and leaves the key enabled
    When the account root schedules the deletion of key "app-key" in 3 days
    Then it fails with ValidationException
    And key "app-key" is in state Enabled

  @req:ATR-PEER-004
  Scenario Outline: The deletion window must be 7 to 30 days
    When the account root schedules the deletion of key "app-key" in <days> days
    Then the request <outcome>

    Examples:
      | days | outcome                     |
      | 6    | fails with ValidationException |
      | 7    | succeeds                    |
      | 30   | succeeds                    |
      | 31   | fails with ValidationException |

  @req:KMS-CT-010 @control:ATR-AU-01 @control:ATR-AU-02
  Scenario: A key is deleted at the end of its waiting period, and CloudTrail records it
    When the account root schedules the deletion of key "app-key" in 7 days
    Then key "app-key" is in state PendingDeletion
    When 7 days pass
    Then key "app-key" no longer exists
    And the trail has a CreateKey event with:
      | /eventType | AwsApiCall |
    And the trail has a ScheduleKeyDeletion event with:
      | /readOnly | false |
    And the trail has a DeleteKey event with:
      | /eventType                 | AwsServiceEvent |
      | /userIdentity/invokedBy    | AWS Internal    |
      | /requestParameters         | null            |

  Scenario: Cancelling a deletion leaves the key Disabled until it is enabled
    Given key "app-key" is scheduled by the account root
    When the account root calls CancelKeyDeletion on key "app-key"
    Then it succeeds
    And key "app-key" is in state Disabled
    When user "app" calls Encrypt on key "app-key"
    Then it fails with DisabledException
    When the account root calls EnableKey on key "app-key"
    And user "app" calls Encrypt on key "app-key"
    Then it succeeds
