Feature: A paged listing returns every item once, and a marker works only in its own listing
  KMS List operations return at most Limit items a page. A truncated page carries a NextMarker;
  passing it as the Marker of the next request continues after the last item returned, so a
  paginator sees every item exactly once. A marker that the same listing did not produce (another
  operation's, another key's, or none at all) is refused with InvalidMarkerException. The aliases
  of an account are its own 5 and the 14 alias/aws/... names AWS predefines in every account.

  Background:
    Given user "app" exists
    And key "app-key" with the default key policy
    And key "other-key" with the default key policy
    And key "app-key" has 3 aliases
    And key "other-key" has 2 aliases
    And the account root creates grant "g1" on key "app-key" for user "app" allowing "Decrypt"
    And the account root creates grant "g2" on key "app-key" for user "app" allowing "Encrypt"
    And the account root creates grant "g3" on key "app-key" for user "app" allowing "DescribeKey"

  Scenario Outline: <listing> at Limit <limit> come back once each, in <pages> page(s)
    When the account root lists <listing> <limit> at a time
    Then the listing returned <items> distinct items in <pages> pages of at most <limit>

    Examples:
      | listing                     | limit | items | pages |
      | the aliases                 | 1     | 19    | 19    |
      | the aliases                 | 2     | 19    | 10    |
      | the aliases                 | 4     | 19    | 5     |
      | the aliases                 | 100   | 19    | 1     |
      | the keys                    | 1     | 2     | 2     |
      | the grants of key "app-key" | 2     | 3     | 2     |

  Scenario Outline: Listing <listing> from the marker of <source> <outcome>
    Given the account root listed <source> 1 at a time
    When the account root lists <listing> from the marker of <source>
    Then the request <outcome>

    Examples:
      | listing                       | source                      | outcome                           |
      | the aliases                   | the aliases                 | succeeds                          |
      | the aliases                   | the keys                    | fails with InvalidMarkerException |
      | the keys                      | the aliases                 | fails with InvalidMarkerException |
      | the grants of key "app-key"   | the grants of key "app-key" | succeeds                          |
      | the grants of key "other-key" | the grants of key "app-key" | fails with InvalidMarkerException |

  Scenario: A marker that no listing produced is refused with InvalidMarkerException
    When the account root lists the aliases from the marker "bm90LWEtbWFya2Vy"
    Then it fails with InvalidMarkerException: "The request was rejected because the marker that specifies where pagination should next begin is not valid."
    And the trail has a ListAliases event with:
      | /requestParameters/marker | bm90LWEtbWFya2Vy       |
      | /errorCode                | InvalidMarkerException |
