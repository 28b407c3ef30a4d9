@control:ATR-KM-05
Feature: A passing run
  @req:ATR-PEER-002
  Scenario: Encrypt under a disabled key fails with DisabledException
    Given key "k" with the default key policy
    And key "k" is disabled by the account root
    When the account root calls Encrypt on key "k"
    Then it fails with DisabledException
