@control:ATR-KM-02
Feature: KMS lists what the real service lists: predefined aliases, every key material, retirable grants
  ListAliases also returns the alias/aws/... names AWS predefines in every account and Region, with
  no TargetKeyId until their AWS managed key exists. ListKeyRotations with IncludeKeyMaterial
  ALL_KEY_MATERIAL adds the first key material to the rotations, each with its KeyMaterialState.
  ListRetirableGrants is authorized by the caller's IAM policies alone, on the retiring principal's
  ARN, and only for a principal of the caller's own account.

  Background:
    Given user "app" exists
    And user "ops" exists
    And key "app-key" with the default key policy

  Scenario: A fresh account lists the predefined AWS aliases without a key
    Then ListAliases shows "alias/aws/ebs" without a target key
    And ListAliases shows "alias/aws/dynamodb" without a target key
    And the account has no AWS managed key for DynamoDB yet

  Scenario: Once DynamoDB uses it, alias/aws/dynamodb names the AWS managed key
    Given user "app" has DynamoDB full access
    And user "app" created table "Music" with the AWS managed key
    Then the account's alias aws/dynamodb names the AWS managed key "aws/dynamodb"
    And ListAliases shows "alias/aws/s3" without a target key

  Scenario: ALL_KEY_MATERIAL lists the first key material before the rotations
    When the account root calls RotateKeyOnDemand on key "app-key"
    Then key "app-key" has rotated 1 time
    And the key materials of key "app-key" are:
      | rotation  | state       | import state |
      | first     | NON_CURRENT | -            |
      | ON_DEMAND | CURRENT     | -            |

  Scenario: Imported key material is listed as the first material, imported and current
    Given key "byok-key" awaiting imported key material
    When the account root imports key material into key "byok-key"
    Then key "byok-key" has rotated 0 times
    And the key materials of key "byok-key" are:
      | rotation | state   | import state | expiration model             |
      | first    | CURRENT | IMPORTED     | KEY_MATERIAL_DOES_NOT_EXPIRE |

  Scenario Outline: ListKeyRotations with IncludeKeyMaterial "<value>" <outcome>
    When the account root lists the key materials of key "app-key" with IncludeKeyMaterial "<value>"
    Then the request <outcome>

    Examples:
      | value            | outcome                       |
      | ALL_KEY_MATERIAL | succeeds                      |
      | ROTATIONS_ONLY   | succeeds                      |
      | all_key_material | fails with ValidationException |

  Scenario: A principal lists the grants it may retire, and no others
    Given user "ops" has the identity policy "list-retirable":
      """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:ListRetirableGrants",
        "Resource": "arn:aws:iam::111122223333:user/ops"}]}
      """
    And the account root creates grant "g1" on key "app-key" for user "app" allowing "Decrypt" retirable by user "ops"
    And the account root creates grant "g2" on key "app-key" for user "app" allowing "Encrypt"
    And the account root creates grant "g3" on key "app-key" for user "app" allowing "Encrypt" retirable by user "app"
    When user "ops" lists the grants retirable by user "ops"
    Then the retirable grants listed are "g1"
    When user "ops" lists the grants retirable by user "app"
    Then the request is implicitly denied

  Scenario: A key policy cannot allow ListRetirableGrants
    Given key "ops-key" with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "OpsDoesAll", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:user/ops"}, "Action": "kms:*", "Resource": "*"}]}
      """
    When user "ops" lists the grants retirable by user "ops"
    Then the request is implicitly denied

  Scenario Outline: ListRetirableGrants refuses <case> with <error>
    When the account root lists the grants retirable by <retiring>
    Then it fails with <error>

    Examples:
      | case                            | retiring                                          | error                 |
      | a service principal             | service "dynamodb.us-west-2.amazonaws.com"        | InvalidArnException   |
      | a principal of another account  | principal "arn:aws:iam::444455556666:user/carol"  | AccessDeniedException |
      | a value outside the ARN pattern | the value "ops user"                              | ValidationException   |
