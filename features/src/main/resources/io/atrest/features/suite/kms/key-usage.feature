Feature: A key serves only the purpose of its key usage
  Every KMS key is created for one purpose, its KeyUsage: symmetric keys encrypt and decrypt, RSA
  and ECC keys of SIGN_VERIFY sign and verify, HMAC keys of GENERATE_VERIFY_MAC make and check
  MACs. KMS refuses a key used for another purpose with InvalidKeyUsageException, a signature or
  MAC that does not match its message with its own exception, and it authorizes, state-checks and
  logs signing and MAC calls like any other cryptographic use of a key.

  Background:
    Given user "signer" exists
    And user "auditor" exists
    And key "code-signing" of spec ECC_NIST_P256 for SIGN_VERIFY with the key policy:
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "SignerSignsAndVerifies", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:user/signer"},
         "Action": ["kms:Sign", "kms:Verify", "kms:GetPublicKey", "kms:DescribeKey"], "Resource": "*"},
        {"Sid": "AuditorOnlyVerifies", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:user/auditor"},
         "Action": ["kms:Verify", "kms:GetPublicKey"], "Resource": "*"}
      ]}
      """

  Scenario Outline: A <spec> key is created for <usage>
    When the account root creates key "new" of spec <spec> for <usage>
    Then it succeeds
    And key "new" has key spec <spec> and key usage <usage>

    Examples:
      | spec              | usage               |
      | SYMMETRIC_DEFAULT | ENCRYPT_DECRYPT     |
      | RSA_2048          | SIGN_VERIFY         |
      | RSA_3072          | ENCRYPT_DECRYPT     |
      | ECC_NIST_P256     | SIGN_VERIFY         |
      | ECC_NIST_P384     | SIGN_VERIFY         |
      | HMAC_256          | GENERATE_VERIFY_MAC |
      | HMAC_512          | GENERATE_VERIFY_MAC |

  @control:ATR-KM-05
  Scenario Outline: A <spec> key cannot be created for <usage>
    When the account root creates key "new" of spec <spec> for <usage>
    Then it fails with ValidationException

    Examples:
      | spec              | usage               |
      | SYMMETRIC_DEFAULT | SIGN_VERIFY         |
      | ECC_NIST_P256     | ENCRYPT_DECRYPT     |
      | HMAC_256          | ENCRYPT_DECRYPT     |
      | RSA_2048          | GENERATE_VERIFY_MAC |

  Scenario Outline: A <spec> signing key offers the signing algorithms of its key spec
    Given key "signing" of spec <spec> for SIGN_VERIFY
    Then the public key of key "signing" offers the signing algorithms "<algorithms>"

    Examples:
      | spec          | algorithms                                                                                                                                     |
      | ECC_NIST_P256 | ECDSA_SHA_256                                                                                                                                  |
      | ECC_NIST_P384 | ECDSA_SHA_384                                                                                                                                  |
      | RSA_2048      | RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512 |

  @control:ATR-KM-05
  Scenario: A signing key cannot encrypt
    When the account root calls Encrypt on key "code-signing"
    Then it fails with InvalidKeyUsageException: "<key ARN> key usage is SIGN_VERIFY which is not valid for Encrypt."

  @control:ATR-KM-05
  Scenario Outline: A <kind> key cannot sign
    Given key "other" <created>
    When the account root signs "release 1.2" with key "other" using RSASSA_PSS_SHA_256
    Then it fails with InvalidKeyUsageException

    Examples:
      | kind               | created                                  |
      | symmetric          | with the default key policy              |
      | RSA encryption     | of spec RSA_2048 for ENCRYPT_DECRYPT     |
      | HMAC               | of spec HMAC_256 for GENERATE_VERIFY_MAC |

  @control:ATR-KM-05
  Scenario: A signing key signs only with an algorithm of its key spec
    When user "signer" signs "release 1.2" with key "code-signing" using ECDSA_SHA_384
    Then it fails with InvalidKeyUsageException: "Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256."

  Scenario Outline: A signature made with <algorithm> over a <type> message verifies, inside KMS and out
    Given key "signing" of spec <spec> for SIGN_VERIFY
    When the account root <signs> "release 1.2" with key "signing" using <algorithm>
    Then it succeeds
    And the signature made with key "signing" verifies with its public key outside KMS
    When the account root verifies the signature of "release 1.2" with key "signing" using <algorithm>
    Then it succeeds

    Examples:
      | spec          | algorithm                 | type   | signs               |
      | ECC_NIST_P256 | ECDSA_SHA_256             | RAW    | signs               |
      | ECC_NIST_P384 | ECDSA_SHA_384             | DIGEST | signs the digest of |
      | RSA_2048      | RSASSA_PSS_SHA_256        | RAW    | signs               |
      | RSA_2048      | RSASSA_PKCS1_V1_5_SHA_512 | DIGEST | signs the digest of |

  Scenario: A tampered message fails verification with KMSInvalidSignatureException
    Given user "signer" signed "release 1.2" with key "code-signing" using ECDSA_SHA_256
    When user "auditor" verifies the signature of "release 1.3" with key "code-signing" using ECDSA_SHA_256
    Then it fails with KMSInvalidSignatureException
    When user "auditor" verifies the signature of "release 1.2" with key "code-signing" using ECDSA_SHA_256
    Then it succeeds

  Scenario: A MAC verifies for its message, and a tampered message fails with KMSInvalidMacException
    Given key "mac-key" of spec HMAC_256 for GENERATE_VERIFY_MAC
    And the account root generated a MAC of "session-42" with key "mac-key" using HMAC_SHA_256
    When the account root verifies the MAC of "session-42" with key "mac-key" using HMAC_SHA_256
    Then it succeeds
    When the account root verifies the MAC of "session-43" with key "mac-key" using HMAC_SHA_256
    Then it fails with KMSInvalidMacException

  @control:ATR-KM-05
  Scenario: An HMAC key makes MACs only with the algorithm of its key spec, and cannot sign or encrypt
    Given key "mac-key" of spec HMAC_256 for GENERATE_VERIFY_MAC
    When the account root generates a MAC of "session-42" with key "mac-key" using HMAC_SHA_512
    Then it fails with InvalidKeyUsageException: "Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_256."
    When the account root calls Encrypt on key "mac-key"
    Then it fails with InvalidKeyUsageException: "<key ARN> key usage is GENERATE_VERIFY_MAC which is not valid for Encrypt."

  @control:ATR-KM-05
  Scenario: A signing key cannot make MACs, and an encryption key cannot either
    Given key "vault" with the default key policy
    When the account root generates a MAC of "session-42" with key "code-signing" using HMAC_SHA_256
    Then it fails with InvalidKeyUsageException
    When the account root generates a MAC of "session-42" with key "vault" using HMAC_SHA_256
    Then it fails with InvalidKeyUsageException

  @control:ATR-AC-01
  Scenario: A key policy that allows kms:Verify but not kms:Sign lets the auditor verify and not sign
    Given user "signer" signed "release 1.2" with key "code-signing" using ECDSA_SHA_256
    When user "auditor" signs "forged release" with key "code-signing" using ECDSA_SHA_256
    Then it fails with AccessDeniedException
    And the request is denied because no statement allows it
    And the trail has a Sign event with:
      | /userIdentity/arn | arn:aws:iam::111122223333:user/auditor |
      | /errorCode        | AccessDenied                           |
    When user "auditor" verifies the signature of "release 1.2" with key "code-signing" using ECDSA_SHA_256
    Then the request is allowed by statement "AuditorOnlyVerifies"

  @control:ATR-KM-05
  Scenario Outline: A signing key that is <state> refuses Sign and Verify with <error>
    Given user "signer" signed "release 1.2" with key "code-signing" using ECDSA_SHA_256
    And key "code-signing" is <change> by the account root
    When user "signer" signs "release 1.3" with key "code-signing" using ECDSA_SHA_256
    Then it fails with <error>: "<key ARN> is <state>."
    When user "signer" verifies the signature of "release 1.2" with key "code-signing" using ECDSA_SHA_256
    Then it fails with <error>: "<key ARN> is <state>."

    Examples:
      | state            | change    | error                    |
      | disabled         | disabled  | DisabledException        |
      | pending deletion | scheduled | KMSInvalidStateException |

  @control:ATR-KM-05
  Scenario: A disabled HMAC key refuses GenerateMac with DisabledException
    Given key "mac-key" of spec HMAC_256 for GENERATE_VERIFY_MAC
    And key "mac-key" is disabled by the account root
    When the account root generates a MAC of "session-42" with key "mac-key" using HMAC_SHA_256
    Then it fails with DisabledException: "<key ARN> is disabled."

  @control:ATR-AU-01 @control:ATR-AU-02
  Scenario Outline: CloudTrail records a <type> Sign and its Verify with the algorithm and message type, never the message
    When user "signer" <signs> "release 1.2" with key "code-signing" using ECDSA_SHA_256
    Then it succeeds
    When user "auditor" verifies the signature of "release 1.2" with key "code-signing" using ECDSA_SHA_256
    Then it succeeds
    And the trail has a Sign event with:
      | /userIdentity/arn                   | arn:aws:iam::111122223333:user/signer |
      | /eventSource                        | kms.amazonaws.com                     |
      | /eventType                          | AwsApiCall                            |
      | /readOnly                           | true                                  |
      | /requestParameters/signingAlgorithm | ECDSA_SHA_256                         |
      | /requestParameters/messageType      | <type>                                |
      | /requestParameters/message          | (absent)                              |
      | /responseElements                   | null                                  |
      | /resources/0/type                   | AWS::KMS::Key                         |
    And the trail has a Verify event with:
      | /userIdentity/arn                   | arn:aws:iam::111122223333:user/auditor |
      | /requestParameters/signingAlgorithm | ECDSA_SHA_256                          |
      | /requestParameters/messageType      | RAW                                    |
      | /requestParameters/signature        | (absent)                               |
      | /responseElements                   | null                                   |
    And every recorded event is valid against the CloudTrail schemas

    Examples:
      | type   | signs               |
      | RAW    | signs               |
      | DIGEST | signs the digest of |

  @control:ATR-AU-01 @control:ATR-AU-02
  Scenario: CloudTrail records GenerateMac with its algorithm, never the message or the MAC
    Given key "mac-key" of spec HMAC_256 for GENERATE_VERIFY_MAC
    When the account root generates a MAC of "session-42" with key "mac-key" using HMAC_SHA_256
    Then it succeeds
    And the trail has a GenerateMac event with:
      | /requestParameters/macAlgorithm | HMAC_SHA_256 |
      | /requestParameters/message      | (absent)     |
      | /readOnly                       | true         |
      | /responseElements               | null         |
    And every recorded event is valid against the CloudTrail schemas
