package io.atrest.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.kms.api.AliasListEntry;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.Listing;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.Inspector;
import io.atrest.features.world.KeyAdmin;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.Listings;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Paged listings (Limit, Marker, NextMarker): every item once, and markers bound to their listing.
 */
public final class ListingSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final KeyAdmin admin;
  private final Listings listings;
  private final Inspector inspector;

  public ListingSteps(
      KmsWorld world, Actors actors, KeyAdmin admin, Listings listings, Inspector inspector) {
    this.world = world;
    this.actors = actors;
    this.admin = admin;
    this.listings = listings;
    this.inspector = inspector;
  }

  @Given("{key} has {int} aliases")
  @StepDoc(
      description =
          "Set-up: the account root creates that many aliases for the key, alias/NAME-1, alias/NAME-2 and so on.",
      example = "Given key \"app-key\" has 5 aliases")
  public void aliases(KeyRef key, int count) {
    for (int i = 1; i <= count; i++) {
      admin
          .createAlias(
              actors.caller(PrincipalRef.accountRoot(), false),
              "alias/" + key.name() + "-" + i,
              world.arn(key))
          .orFail();
    }
  }

  @When("{principal} lists {listing} {int} at a time")
  @StepDoc(
      description =
          "A principal pages through a listing (the aliases, the keys, the grants of key \"NAME\") with this Limit, passing each NextMarker on, until a page is not truncated or a call fails.",
      example = "When the account root lists the aliases 2 at a time")
  public void pageThrough(PrincipalRef principal, Listing listing, int limit) {
    listings.pageThrough(actors.caller(principal, false), listing, limit);
  }

  @Given("{principal} listed {listing} {int} at a time")
  @StepDoc(
      description =
          "Set-up: a principal pages through a listing with this Limit, keeping its first NextMarker; the step fails unless every page succeeds.",
      example = "Given the account root listed the keys 1 at a time")
  public void pagedThrough(PrincipalRef principal, Listing listing, int limit) {
    listings
        .pageThrough(actors.caller(principal, false), listing, limit)
        .failure()
        .ifPresent(f -> f.orFail());
  }

  @When("{principal} lists {listing} from the marker of {listing}")
  @StepDoc(
      description =
          "A principal asks for a listing's page starting at the first NextMarker another (or the same) listing returned earlier in the scenario.",
      example = "When the account root lists the aliases from the marker of the keys")
  public void fromMarkerOf(PrincipalRef principal, Listing listing, Listing source) {
    listings.fromMarker(actors.caller(principal, false), listing, listings.firstMarkerOf(source));
  }

  @When("{principal} lists {listing} from the marker {string}")
  @StepDoc(
      description = "A principal asks for a listing's page starting at a Marker given literally.",
      example = "When the account root lists the aliases from the marker \"not-a-marker\"")
  public void fromMarker(PrincipalRef principal, Listing listing, String marker) {
    listings.fromMarker(actors.caller(principal, false), listing, marker);
  }

  @Then("the listing returned {int} distinct item(s) in {int} page(s) of at most {int}")
  @StepDoc(
      description =
          "The last paging run succeeded on every page, no item came twice, the items numbered this many, in this many pages, none longer than the Limit.",
      example = "Then the listing returned 5 distinct items in 3 pages of at most 2")
  public void returned(int items, int pages, int limit) {
    Listings.Run run = listings.last();
    run.failure()
        .ifPresent(
            f -> {
              throw new AssertionError(
                  "a page of " + run.listing() + " was refused:\n" + f.describe());
            });
    assertThat(run.pages())
        .as("pages of %s at Limit %s", run.listing(), run.limit())
        .allSatisfy(
            p ->
                assertThat(p.items())
                    .as("a page of %s", run.listing())
                    .hasSizeLessThanOrEqualTo(limit))
        .hasSize(pages);
    assertThat(run.items())
        .as("items of %s over all pages", run.listing())
        .doesNotHaveDuplicates()
        .hasSize(items);
  }

  @Then("ListAliases shows {string} without a target key")
  @StepDoc(
      description =
          "ListAliases (as the account root) lists the alias with only its name and ARN: no TargetKeyId, CreationDate or LastUpdatedDate, as AWS lists a predefined alias/aws/... name before its AWS managed key exists.",
      example = "Then ListAliases shows \"alias/aws/ebs\" without a target key")
  public void aliasWithoutTarget(String name) {
    AliasListEntry alias =
        inspector
            .alias(name)
            .orElseThrow(() -> new AssertionError("ListAliases does not list " + name));
    assertThat(alias.aliasArn())
        .as("AliasArn of %s", name)
        .isEqualTo("arn:aws:kms:" + KmsWorld.REGION + ":" + KmsWorld.HOME_ACCOUNT + ":" + name);
    assertThat(alias.targetKeyId()).as("TargetKeyId of %s", name).isEmpty();
    assertThat(alias.creationDate()).as("CreationDate of %s", name).isEmpty();
    assertThat(alias.lastUpdatedDate()).as("LastUpdatedDate of %s", name).isEmpty();
  }
}
