package io.atrest.features.world;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.AliasListEntry;
import io.atrest.engine.kms.api.GrantListEntry;
import io.atrest.engine.kms.api.KeyListEntry;
import io.atrest.engine.kms.api.ListAliasesRequest;
import io.atrest.engine.kms.api.ListAliasesResult;
import io.atrest.engine.kms.api.ListGrantsRequest;
import io.atrest.engine.kms.api.ListGrantsResult;
import io.atrest.engine.kms.api.ListKeysRequest;
import io.atrest.engine.kms.api.ListKeysResult;
import io.atrest.engine.kms.api.PageRequest;
import io.atrest.features.types.Listing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pages through KMS listings (ListAliases, ListKeys, ListGrants) the way an SDK paginator does:
 * {@code Limit} on every request, each next request carrying the previous {@code NextMarker}, until
 * a response is not truncated. Every page is a recorded KMS call. The first {@code NextMarker} each
 * listing returned is kept, so a scenario can hand it to another listing.
 */
public final class Listings {

  /** A paginator that has not stopped after this many pages has met a marker that loops. */
  static final int MAX_PAGES = 1000;

  private final KmsWorld world;
  private final KmsCalls calls;
  private final Map<String, String> firstMarkers = new HashMap<>();
  private @Nullable Run last;

  /** One page: the ids of its items (alias names, key ids, grant ids) and its NextMarker. */
  public record Page(List<String> items, Optional<String> nextMarker) {
    public Page {
      items = List.copyOf(items);
    }
  }

  /** A listing paged through at {@code limit} per page; {@code failure} is the call that failed. */
  public record Run(Listing listing, int limit, List<Page> pages, Optional<CallResult> failure) {
    public Run {
      pages = List.copyOf(pages);
    }

    /** The items of every page, in order. */
    public List<String> items() {
      return pages.stream().flatMap(p -> p.items().stream()).toList();
    }
  }

  public Listings(KmsWorld world, KmsCalls calls) {
    this.world = world;
    this.calls = calls;
  }

  /**
   * Requests every page of {@code listing} at {@code limit} per page, stopping at the first
   * refusal.
   */
  public Run pageThrough(Caller caller, Listing listing, int limit) {
    List<Page> pages = new ArrayList<>();
    PageRequest request = PageRequest.limit(limit);
    while (pages.size() < MAX_PAGES) {
      CallResult result = page(caller, listing, request);
      if (!result.succeeded()) {
        return remember(new Run(listing, limit, pages, Optional.of(result)));
      }
      Page page = pageOf(result.value().orElseThrow());
      pages.add(page);
      if (page.nextMarker().isEmpty()) {
        return remember(new Run(listing, limit, pages, Optional.empty()));
      }
      firstMarkers.putIfAbsent(listing.toString(), page.nextMarker().get());
      request = request.after(page.nextMarker().get());
    }
    throw new AssertionError(
        listing
            + " was still truncated after "
            + MAX_PAGES
            + " pages of "
            + limit
            + ": its NextMarker never ends the listing");
  }

  /** Requests one page of {@code listing} starting at {@code marker}, at the default page size. */
  public CallResult fromMarker(Caller caller, Listing listing, String marker) {
    return page(caller, listing, PageRequest.FIRST.after(marker));
  }

  /**
   * The first NextMarker {@code listing} returned in this scenario.
   *
   * @throws IllegalStateException when it has returned none, saying which step pages through it
   */
  public String firstMarkerOf(Listing listing) {
    String marker = firstMarkers.get(listing.toString());
    if (marker == null) {
      throw new IllegalStateException(
          "no page of "
              + listing
              + " has been truncated yet, so there is no marker;"
              + " page through it first with a small limit, e.g. Given the account root listed "
              + listing
              + " 1 at a time");
    }
    return marker;
  }

  /**
   * The scenario's latest run through a listing.
   *
   * @throws IllegalStateException when no step has paged through one
   */
  public Run last() {
    return Optional.ofNullable(last)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no listing has been paged through yet: a step such as When the account root lists the aliases 2 at a"
                        + " time must come first"));
  }

  private Run remember(Run run) {
    last = run;
    return run;
  }

  private CallResult page(Caller caller, Listing listing, PageRequest page) {
    return switch (listing.kind()) {
      case ALIASES ->
          calls.attempt(
              "ListAliases",
              caller,
              Optional.empty(),
              () -> world.kms().listAliases(ListAliasesRequest.all(caller).withPage(page)));
      case KEYS ->
          calls.attempt(
              "ListKeys",
              caller,
              Optional.empty(),
              () -> world.kms().listKeys(new ListKeysRequest(caller, page)));
      case GRANTS -> {
        String arn = world.arn(listing.key().orElseThrow());
        yield calls.attempt(
            "ListGrants",
            caller,
            Optional.of(arn),
            () -> world.kms().listGrants(ListGrantsRequest.of(caller, arn).withPage(page)));
      }
    };
  }

  private static Page pageOf(Object result) {
    if (result instanceof ListAliasesResult r) {
      return new Page(r.aliases().stream().map(AliasListEntry::aliasName).toList(), r.nextMarker());
    }
    if (result instanceof ListKeysResult r) {
      return new Page(r.keys().stream().map(KeyListEntry::keyId).toList(), r.nextMarker());
    }
    if (result instanceof ListGrantsResult r) {
      return new Page(r.grants().stream().map(GrantListEntry::grantId).toList(), r.nextMarker());
    }
    throw new IllegalStateException("a List call returned " + result.getClass().getSimpleName());
  }
}
