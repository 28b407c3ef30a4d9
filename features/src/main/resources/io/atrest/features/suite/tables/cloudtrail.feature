@control:ATR-AU-02
Feature: The CloudTrail records of DynamoDB's KMS calls match the seed's samples
  Seed 004 prints the GenerateDataKey, CreateGrant and Decrypt records that a table under a
  customer managed key produces. The records the engine writes when its DynamoDB uses the key are
  matched against them field by field (ids, times, event version, principal ids, grant ids and key
  ids ignored).

  Background:
    Given key "table-key" for the tables of the account
    And session "user01" of role "Admin" exists
    And role "Admin" has DynamoDB full access

  @req:KMS-CT-001 @req:KMS-CT-002 @req:KMS-CT-003 @req:KMS-CT-007
  Scenario: Creating the Services table records the seed's GenerateDataKey event
    When session "user01" of role "Admin" creates table "Services" with key "table-key"
    Then the DynamoDB call succeeds
    And the trail has an event matching fixture "cloudtrail/generate-data-key.json"

  @req:KMS-CT-006 @req:KMS-GRANT-001 @req:KMS-GRANT-003 @req:KMS-GRANT-004 @control:ATR-AC-03
  Scenario: Creating the Books table records the seed's CreateGrant event
    When session "user01" of role "Admin" creates table "Books" with key "table-key"
    Then the DynamoDB call succeeds
    And the trail has an event matching fixture "cloudtrail/create-grant.json"
    And DynamoDB holds 1 grant on key "table-key" for table "Books"

  @req:KMS-CT-004 @req:KMS-CT-005 @req:KMS-CT-007
  Scenario: Reading the Books table records the seed's Decrypt event
    Given session "user01" of role "Admin" created table "Books" with key "table-key"
    When session "user01" of role "Admin" gets item "Acme/Hello" from table "Books"
    Then the DynamoDB call succeeds
    And the trail has an event matching fixture "cloudtrail/decrypt.json"

  @req:KMS-CT-008 @req:KMS-CT-009
  Scenario: Every record of a table's life is schema-valid and has its own ids
    Given session "user01" of role "Admin" created table "Books" with key "table-key"
    And session "user01" of role "Admin" put items "Acme/Hello" into table "Books"
    When session "user01" of role "Admin" deletes table "Books"
    Then the DynamoDB call succeeds
    And every recorded event is valid against the CloudTrail schemas
    And every recorded event has its own eventID and requestID
    And DynamoDB called RetireGrant 1 time on key "table-key"

  @req:KMS-GRANT-002 @control:ATR-AC-03
  Scenario: Two tables under one key each get their own grant
    Given session "user01" of role "Admin" created table "Books" with key "table-key"
    And session "user01" of role "Admin" created table "Services" with key "table-key"
    Then DynamoDB holds 1 grant on key "table-key" for table "Books"
    And DynamoDB holds 1 grant on key "table-key" for table "Services"

  @req:KMS-GRANT-005 @control:ATR-AC-03
  Scenario: Deleting a table retires its grant
    Given session "user01" of role "Admin" created table "Books" with key "table-key"
    When session "user01" of role "Admin" deletes table "Books"
    Then DynamoDB holds 0 grants on key "table-key" for table "Books"
    And there is no table "Books"
