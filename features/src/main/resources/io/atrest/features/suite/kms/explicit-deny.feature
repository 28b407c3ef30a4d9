@control:ATR-AC-01
Feature: An explicit Deny in the key policy wins over every Allow
  moto accepts a Decrypt that a key policy explicitly denies; AWS KMS refuses it, whatever key
  policy statement, IAM policy or grant allows it.

  Background:
    Given user "app" has the identity policy "all-kms":
      """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "*"}]}
      """
    And key "app-key" with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "AppMayUseTheKey", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:user/app"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "NobodyDecryptsDirectly", "Effect": "Deny", "Principal": "*", "Action": "kms:Decrypt",
         "Resource": "*", "Condition": {"Null": {"kms:ViaService": "true"}}}
      ]}
      """
    And user "app" encrypted data under key "app-key"

  @req:ATR-PEER-001
  Scenario: Decrypt is refused although the key policy, IAM and a grant all allow it
    Given the account root creates grant "g" on key "app-key" for user "app" allowing "Decrypt"
    When user "app" calls Decrypt on key "app-key" with the token of grant "g" and encryption context:
      | key | value |
    Then it fails with AccessDeniedException
    And the request is explicitly denied by statement "NobodyDecryptsDirectly"
    And the trail has a Decrypt event with:
      | /errorCode | AccessDenied |

  @req:ATR-PEER-001
  Scenario: The Deny leaves what it does not match allowed
    When user "app" calls Encrypt on key "app-key"
    Then the request is allowed by statement "AppMayUseTheKey"
