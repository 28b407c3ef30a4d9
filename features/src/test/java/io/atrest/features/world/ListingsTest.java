package io.atrest.features.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.Origin;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.Listing;
import io.atrest.features.types.PrincipalRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Paging through listings through a scenario's world, against the reference KMS. */
class ListingsTest {

  private static final Listing ALIASES = Listing.parse("the aliases");
  private static final Listing KEYS = Listing.parse("the keys");

  private final KmsWorld world = new KmsWorld();
  private final LastCall last = new LastCall();
  private final KmsCalls calls = new KmsCalls(world, last, new Evidence());
  private final KeyAdmin admin = new KeyAdmin(world, calls);
  private final Listings listings = new Listings(world, calls);
  private final Caller root = new Actors(world).caller(PrincipalRef.accountRoot(), false);

  private String key(String name) {
    admin
        .create(
            root,
            name,
            KeySpec.SYMMETRIC_DEFAULT,
            Optional.empty(),
            Origin.AWS_KMS,
            Optional.empty())
        .orFail();
    return world.arn(new KeyRef(name, false));
  }

  private void aliases(String arn, int count) {
    for (int i = 0; i < count; i++) {
      admin.createAlias(root, "alias/a" + i, arn).orFail();
    }
  }

  @Test
  void pagingThrough_returnsEveryAliasOnce_inPagesOfAtMostTheLimit() {
    aliases(key("k"), 5);

    Listings.Run run = listings.pageThrough(root, ALIASES, 2);

    assertThat(run.failure()).isEmpty();
    // The account's 5 aliases and the 14 alias/aws/... names AWS predefines: 19 in 10 pages.
    assertThat(run.pages()).hasSize(10).allSatisfy(p -> assertThat(p.items()).hasSizeBetween(1, 2));
    assertThat(run.items())
        .doesNotHaveDuplicates()
        .hasSize(19)
        .contains("alias/a0", "alias/a1", "alias/a2", "alias/a3", "alias/a4", "alias/aws/dynamodb");
    assertThat(listings.last()).isEqualTo(run);
  }

  @Test
  void refusedLimit_stopsTheRunWithTheFailedCall() {
    key("k");

    Listings.Run run = listings.pageThrough(root, KEYS, 0);

    assertThat(run.pages()).isEmpty();
    assertThat(run.failure())
        .hasValueSatisfying(f -> assertThat(f.errorCode()).contains("ValidationException"));
  }

  @Test
  void markerOfAnotherListing_isInvalidMarker() {
    key("k");
    key("j");
    listings.pageThrough(root, KEYS, 1);

    CallResult result = listings.fromMarker(root, ALIASES, listings.firstMarkerOf(KEYS));

    assertThat(result.errorCode()).contains("InvalidMarkerException");
  }

  @Test
  void markerOfAListingNeverTruncated_failsNamingTheSetUpStep() {
    key("k");
    listings.pageThrough(root, KEYS, 10);

    assertThatThrownBy(() -> listings.firstMarkerOf(KEYS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the keys")
        .hasMessageContaining("1 at a time");
  }
}
