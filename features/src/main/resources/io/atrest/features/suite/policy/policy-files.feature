@control:ATR-AC-04
Feature: Key policies are well formed
  The documented key policies validate without errors, KMS accepts them as key policies, and KMS
  refuses a key policy that names a principal that does not exist.

  @req:KMS-POL-021
  Scenario: The CloudFormation template's key policy has no error and is accepted by CreateKey
    Given the policy file "policies/cloudformation-dynamodb.json"
    Then the policy file "policies/cloudformation-dynamodb.json" has no finding at level error
    When the account root creates key "stack-key" with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["kms:Encrypt", "kms:Decrypt"], "Resource": "*",
         "Condition": {"StringEquals": {"kms:CallerAccount": "111122223333", "kms:ViaService": "dynamodb.us-west-2.amazonaws.com"}}}
      ]}
      """
    Then it succeeds

  @req:KMS-POL-022
  Scenario: The AWS managed key policy the seed prints has no error
    Given the policy file "policies/aws-managed-dynamodb.json"
    Then the policy file "policies/aws-managed-dynamodb.json" has no finding at level error

  @req:KMS-POL-019
  Scenario: The seed's customer managed key policy has no error and KMS accepts it once its principals exist
    Given the policy file "policies/customer-managed-dynamodb.json"
    And user "db-lead" exists
    And role "db-team" exists
    Then the policy file "policies/customer-managed-dynamodb.json" has no finding at level error
    Given key "table-key" with the key policy from fixture "policies/customer-managed-dynamodb.json", bypassing the lockout safety check
    When session "admin" of role "db-team" calls DescribeKey on key "table-key"
    Then it succeeds

  @req:KMS-POL-019
  Scenario: PutKeyPolicy accepts the seed's policy only with the lockout check bypassed, as AWS does
    Given user "db-lead" exists
    And role "db-team" exists
    And key "table-key" with the default key policy
    When the account root puts the key policy of key "table-key" from fixture "policies/customer-managed-dynamodb.json"
    Then it fails with MalformedPolicyDocumentException: "The new key policy will not allow you to update the key policy in the future."

  @req:KMS-POL-020
  Scenario: A key policy naming a principal that does not exist is refused
    When the account root creates key "orphan" with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/nobody-created-me"},
         "Action": "kms:Decrypt", "Resource": "*"}
      ]}
      """
    Then it fails with MalformedPolicyDocumentException: "Policy contains a statement with one or more invalid principals."

  Scenario: A policy file that is not JSON is an error at the place parsing stopped
    Given the policy file "broken.json" containing:
      """
      {"Version": "2012-10-17", "Statement": [
      """
    Then the policy file "broken.json" has finding INVALID_JSON at ""
