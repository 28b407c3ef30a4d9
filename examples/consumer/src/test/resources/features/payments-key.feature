@control:ATR-AC-01
Feature: The payments key is only usable through DynamoDB
  The team's own rule, checked with atrest's steps against the reference KMS.

  Background:
    Given user "payments-app" has the identity policy "all-kms":
      """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "*"}]}
      """
    And key "payments" with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "NoDirectDecrypt", "Effect": "Deny", "Principal": "*", "Action": "kms:Decrypt",
         "Resource": "*", "Condition": {"Null": {"kms:ViaService": "true"}}}
      ]}
      """
    And user "payments-app" encrypted data under key "payments"

  @req:ATR-PEER-001
  Scenario: Decrypting directly is refused by the team's Deny
    When user "payments-app" calls Decrypt on key "payments"
    Then it fails with AccessDeniedException
    And the request is explicitly denied by statement "NoDirectDecrypt"
