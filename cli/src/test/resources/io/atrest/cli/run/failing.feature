@control:ATR-KM-05
Feature: A failing run
  @req:ATR-PEER-002
  Scenario: A wrong expectation about a disabled key
    Given key "k" with the default key policy
    And key "k" is disabled by the account root
    When the account root calls Encrypt on key "k"
    Then it succeeds
