@control:ATR-EC-01
Feature: Encryption context is bound to the ciphertext and visible to policies and CloudTrail
  The encryption context is additional authenticated data: a ciphertext decrypts only under the
  exact context it was made with, the context is logged in plaintext, and key-policy conditions
  see the context the request carries.

  Background:
    Given user "app" exists
    And key "app-key" with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "AppUsesTheKey", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:user/app"},
         "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"], "Resource": "*"}
      ]}
      """

  @req:ATR-PEER-006
  Scenario: Ciphertext made under {"ab":"c"} does not decrypt under {"a":"bc"}
    Given user "app" encrypted data under key "app-key" with encryption context:
      | ab | c |
    When user "app" calls Decrypt on key "app-key" with encryption context:
      | a | bc |
    Then it fails with InvalidCiphertextException
    When user "app" calls Decrypt on key "app-key" with encryption context:
      | ab | c |
    Then it succeeds

  @req:KMS-EC-002
  Scenario Outline: A Decrypt whose context has a pair <change> fails
    Given user "app" encrypted data under key "app-key" with encryption context:
      | aws:dynamodb:tableName    | Books        |
      | aws:dynamodb:subscriberId | 111122223333 |
    When user "app" calls Decrypt on key "app-key" with encryption context:
      | key                       | value     |
      | aws:dynamodb:tableName    | <table>   |
      | <second key>              | <account> |
    Then it fails with InvalidCiphertextException

    Examples:
      | change                  | table | second key                | account      |
      | changed                 | Music | aws:dynamodb:subscriberId | 111122223333 |
      | changed in case         | books | aws:dynamodb:subscriberId | 111122223333 |
      | replaced by another key | Books | aws:dynamodb:tablename    | 111122223333 |

  @req:KMS-EC-002
  Scenario: A Decrypt whose context lacks a pair, or has one more, fails
    Given user "app" encrypted data under key "app-key" with encryption context:
      | aws:dynamodb:tableName | Books |
    When user "app" calls Decrypt on key "app-key"
    Then it fails with InvalidCiphertextException
    When user "app" calls Decrypt on key "app-key" with encryption context:
      | aws:dynamodb:tableName    | Books        |
      | aws:dynamodb:subscriberId | 111122223333 |
    Then it fails with InvalidCiphertextException

  @req:KMS-EC-003 @control:ATR-AU-02
  Scenario: The context of a request through DynamoDB is logged in plaintext and identifies the table
    When user "app" calls Encrypt on key "app-key" through DynamoDB for table "Books"
    Then it succeeds
    And the trail has an Encrypt event with:
      | /requestParameters/encryptionContext/aws:dynamodb:tableName    | Books        |
      | /requestParameters/encryptionContext/aws:dynamodb:subscriberId | 111122223333 |

  @req:KMS-EC-004 @control:ATR-AC-01
  Scenario: A key-policy condition on the table name allows one table's key use and refuses another's
    Given role "books-app" exists
    And the account root puts the key policy of key "app-key":
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "BooksOnly", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:role/books-app"},
         "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"], "Resource": "*",
         "Condition": {"StringEquals": {"kms:EncryptionContext:aws:dynamodb:tableName": "Books",
                                        "kms:ViaService": "dynamodb.us-west-2.amazonaws.com"}}}
      ]}
      """
    When session "worker" of role "books-app" calls GenerateDataKey on key "app-key" through DynamoDB for table "Books"
    Then the request is allowed by statement "BooksOnly"
    When session "worker" of role "books-app" calls GenerateDataKey on key "app-key" through DynamoDB for table "Payroll"
    Then the request is denied because no statement allows it
