package io.atrest.features.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListingTest {

  @Test
  void aliasesAndKeys_nameNoKey() {
    assertThat(Listing.parse("the aliases"))
        .isEqualTo(new Listing(Listing.Kind.ALIASES, Optional.empty()));
    assertThat(Listing.parse("the keys"))
        .isEqualTo(new Listing(Listing.Kind.KEYS, Optional.empty()));
  }

  @Test
  void grants_nameTheirKey() {
    Listing grants = Listing.parse("the grants of key \"app-key\"");

    assertThat(grants.kind().operation()).isEqualTo("ListGrants");
    assertThat(grants.key()).contains(new KeyRef("app-key", false));
  }

  @Test
  void phrase_roundTripsThroughToString() {
    for (String phrase :
        new String[] {"the aliases", "the keys", "the grants of key \"app-key\""}) {
      assertThat(Listing.parse(phrase)).hasToString(phrase);
    }
  }

  @Test
  void grantsWithoutKey_areRejected() {
    assertThatThrownBy(() -> new Listing(Listing.Kind.GRANTS, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ListGrants");
  }

  @Test
  void unknownPhrase_isRejectedListingTheChoices() {
    assertThatThrownBy(() -> Listing.parse("the tags"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`the tags`")
        .hasMessageContaining("the aliases, the keys");
  }
}
