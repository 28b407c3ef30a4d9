Feature: Table key access

  @control:TST-KM-01 @req:TST-REQ-001 @smoke
  Scenario: Decrypt under a disabled key is refused
    Given the evidence "key-states.json" is attached
    And the evidence "kms-usage.json" is attached
    Then the key is refused

  @control:TST-AC-02 @req:TST-REQ-002
  Scenario: The app role can decrypt the table key
    Given the evidence "decision-deny.json" is attached
    And the evidence "trail.json" is attached
    And the evidence "key-states.json" is attached
    And the evidence "policy-findings.json" is attached
    And evidence that is not JSON is attached
    Then the request is allowed
