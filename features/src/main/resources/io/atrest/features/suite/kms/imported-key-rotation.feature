@control:ATR-KM-02
Feature: Keys with imported key material rotate on demand onto material imported beforehand
  A symmetric key of origin EXTERNAL takes new key material with ImportType NEW_KEY_MATERIAL; the
  material waits PENDING_ROTATION until RotateKeyOnDemand makes it current, and the earlier
  material still decrypts. Deleting the pending material leaves the key usable; deleting any
  material already rotated in makes the key PendingImport.

  Background:
    Given key "byok-key" awaiting imported key material
    And the account root imports key material into key "byok-key"

  Scenario: New key material waits for the on-demand rotation that makes it current
    When the account root imports new key material into key "byok-key"
    Then it succeeds
    And the key materials of key "byok-key" are:
      | rotation | state            | import state |
      | first    | CURRENT          | IMPORTED     |
      | first    | PENDING_ROTATION | IMPORTED     |
    When the account root calls RotateKeyOnDemand on key "byok-key"
    Then it succeeds
    And key "byok-key" has rotated 1 time
    And the key materials of key "byok-key" are:
      | rotation  | state       | import state |
      | first     | NON_CURRENT | IMPORTED     |
      | ON_DEMAND | CURRENT     | IMPORTED     |

  Scenario: Rotating without key material pending rotation is refused
    When the account root calls RotateKeyOnDemand on key "byok-key"
    Then it fails with KMSInvalidStateException

  Scenario: Deleting the pending material keeps the key enabled; deleting older material does not
    When the account root imports new key material into key "byok-key"
    And the account root deletes the PENDING_ROTATION imported key material of key "byok-key"
    Then it succeeds
    And key "byok-key" is in state Enabled
    When the account root imports new key material into key "byok-key"
    And the account root calls RotateKeyOnDemand on key "byok-key"
    And the account root deletes the NON_CURRENT imported key material of key "byok-key"
    Then it succeeds
    And key "byok-key" is in state PendingImport
    And the key materials of key "byok-key" are:
      | rotation  | state       | import state   |
      | first     | NON_CURRENT | PENDING_IMPORT |
      | ON_DEMAND | CURRENT     | IMPORTED       |
