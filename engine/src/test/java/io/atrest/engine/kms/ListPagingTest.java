package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.AliasListEntry;
import io.atrest.engine.kms.api.CreateAliasRequest;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.DeleteAliasRequest;
import io.atrest.engine.kms.api.GrantListEntry;
import io.atrest.engine.kms.api.KeyListEntry;
import io.atrest.engine.kms.api.ListAliasesRequest;
import io.atrest.engine.kms.api.ListAliasesResult;
import io.atrest.engine.kms.api.ListGrantsRequest;
import io.atrest.engine.kms.api.ListGrantsResult;
import io.atrest.engine.kms.api.ListKeyPoliciesRequest;
import io.atrest.engine.kms.api.ListKeyPoliciesResult;
import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.ListKeyRotationsResult;
import io.atrest.engine.kms.api.ListKeysRequest;
import io.atrest.engine.kms.api.ListKeysResult;
import io.atrest.engine.kms.api.ListResourceTagsRequest;
import io.atrest.engine.kms.api.ListResourceTagsResult;
import io.atrest.engine.kms.api.ListRetirableGrantsRequest;
import io.atrest.engine.kms.api.PageRequest;
import io.atrest.engine.kms.api.RevokeGrantRequest;
import io.atrest.engine.kms.api.RotateKeyOnDemandRequest;
import io.atrest.engine.kms.api.TagResourceRequest;
import io.atrest.engine.kms.error.InvalidMarkerException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.engine.trail.TrailEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListPagingTest {

  private static final String INVALID_MARKER =
      "The request was rejected because the marker that specifies where pagination should next"
          + " begin is not valid.";

  private final KmsTestbed bed = new KmsTestbed();
  private final Caller alice = bed.caller(bed.alice);

  /** Keys created a second apart, so that creation order is unambiguous. */
  private List<String> newKeys(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(bed.newKey().keyId());
      bed.clock.advance(Duration.ofSeconds(1));
    }
    return ids;
  }

  private void aliases(String targetKeyId, String... names) {
    for (String name : names) {
      bed.kms.createAlias(new CreateAliasRequest(alice, "alias/" + name, targetKeyId));
    }
  }

  /** A grant, then a second passes, so that creation order is unambiguous. */
  private String grant(String keyId, String grantee) {
    String id =
        bed.kms
            .createGrant(
                CreateGrantRequest.of(alice, keyId, grantee, List.of(GrantOperation.Decrypt)))
            .grantId();
    bed.clock.advance(Duration.ofSeconds(1));
    return id;
  }

  private List<String> allKeyIds(int limit) {
    List<String> ids = new ArrayList<>();
    PageRequest page = PageRequest.limit(limit);
    while (true) {
      ListKeysResult result = bed.kms.listKeys(new ListKeysRequest(alice, page));
      result.keys().stream().map(KeyListEntry::keyId).forEach(ids::add);
      if (!result.truncated()) {
        return ids;
      }
      page = page.after(result.nextMarker().orElseThrow());
    }
  }

  private static <T> List<String> names(List<T> items, Function<T, String> name) {
    return items.stream().map(name).toList();
  }

  @Test
  void listKeys_pagesThroughEveryKeyOnce_inCreationOrder() {
    List<String> created = newKeys(5);

    assertThat(allKeyIds(2)).containsExactlyElementsOf(created);
  }

  @Test
  void listKeys_truncatedPageCarriesNextMarker_lastPageHasNone() {
    newKeys(3);

    ListKeysResult first = bed.kms.listKeys(new ListKeysRequest(alice, PageRequest.limit(2)));
    ListKeysResult second =
        bed.kms.listKeys(
            new ListKeysRequest(alice, PageRequest.limit(2).after(first.nextMarker().get())));

    assertThat(first.keys()).hasSize(2);
    assertThat(first.truncated()).isTrue();
    assertThat(second.keys()).hasSize(1);
    assertThat(second.truncated()).isFalse();
    assertThat(second.nextMarker()).isEmpty();
  }

  @Test
  void listKeys_defaultPageIs100() {
    newKeys(101);

    ListKeysResult result = bed.kms.listKeys(new ListKeysRequest(alice));

    assertThat(result.keys()).hasSize(100);
    assertThat(result.truncated()).isTrue();
  }

  @Test
  void listAliases_defaultPageIs50_andLimitAbove100ReturnsAtMost100() {
    String key = bed.newKey().keyId();
    aliases(
        key,
        IntStream.range(0, 101).mapToObj(i -> String.format("a%03d", i)).toArray(String[]::new));

    ListAliasesResult byDefault = bed.kms.listAliases(ListAliasesRequest.all(alice));
    ListAliasesResult atMost =
        bed.kms.listAliases(ListAliasesRequest.all(alice).withPage(PageRequest.limit(1000)));

    assertThat(byDefault.aliases()).hasSize(50);
    assertThat(atMost.aliases()).hasSize(100);
    assertThat(atMost.truncated()).isTrue();
  }

  @Test
  void listAliases_withKeyIdFilter_pagesOnlyThatKeysAliases() {
    String one = bed.newKey().keyId();
    String two = bed.newKey().keyId();
    aliases(one, "one-a", "one-b", "one-c");
    aliases(two, "two-a");
    ListAliasesRequest request =
        new ListAliasesRequest(alice, Optional.of(one), PageRequest.limit(2));

    ListAliasesResult first = bed.kms.listAliases(request);
    ListAliasesResult second =
        bed.kms.listAliases(request.withPage(request.page().after(first.nextMarker().get())));

    assertThat(names(first.aliases(), AliasListEntry::aliasName))
        .containsExactly("alias/one-a", "alias/one-b");
    assertThat(names(second.aliases(), AliasListEntry::aliasName)).containsExactly("alias/one-c");
  }

  @Test
  void listAliases_changesBetweenPages_neitherRepeatNorSkipSurvivors() {
    String key = bed.newKey().keyId();
    // Names before alias/aws/..., so that the predefined AWS aliases come after them.
    aliases(key, "app-b", "app-c", "app-d", "app-e", "app-f");
    ListAliasesRequest request = ListAliasesRequest.all(alice).withPage(PageRequest.limit(2));
    ListAliasesResult first = bed.kms.listAliases(request);

    bed.kms.deleteAlias(new DeleteAliasRequest(alice, "alias/app-c"));
    bed.kms.deleteAlias(new DeleteAliasRequest(alice, "alias/app-d"));
    aliases(key, "app-a", "app-g");
    List<String> rest = new ArrayList<>();
    PageRequest page = request.page().after(first.nextMarker().get());
    while (true) {
      ListAliasesResult next = bed.kms.listAliases(request.withPage(page));
      rest.addAll(names(next.aliases(), AliasListEntry::aliasName));
      if (!next.truncated()) {
        break;
      }
      page = page.after(next.nextMarker().get());
    }

    assertThat(names(first.aliases(), AliasListEntry::aliasName))
        .containsExactly("alias/app-b", "alias/app-c");
    assertThat(rest.subList(0, 3)).containsExactly("alias/app-e", "alias/app-f", "alias/app-g");
    assertThat(rest.subList(3, rest.size())).containsExactlyElementsOf(PredefinedAliases.NAMES);
  }

  @Test
  void listGrants_pagesWithGranteeFilter() {
    String key = bed.newKey().keyId();
    String bobArn = "arn:aws:iam::" + ACCOUNT + ":user/bob";
    String aliceArn = "arn:aws:iam::" + ACCOUNT + ":user/alice";
    List<String> bobs = List.of(grant(key, bobArn), grant(key, bobArn), grant(key, bobArn));
    grant(key, aliceArn);
    ListGrantsRequest request =
        new ListGrantsRequest(
            alice, key, Optional.empty(), Optional.of(bobArn), PageRequest.limit(2));

    ListGrantsResult first = bed.kms.listGrants(request);
    ListGrantsResult second =
        bed.kms.listGrants(request.withPage(request.page().after(first.nextMarker().get())));

    List<String> seen = new ArrayList<>(names(first.grants(), GrantListEntry::grantId));
    seen.addAll(names(second.grants(), GrantListEntry::grantId));
    assertThat(seen).containsExactlyElementsOf(bobs);
    assertThat(second.truncated()).isFalse();
  }

  @Test
  void listGrants_revokedGrantBetweenPages_isNotRepeatedNorSkipsOthers() {
    String key = bed.newKey().keyId();
    String bobArn = "arn:aws:iam::" + ACCOUNT + ":user/bob";
    List<String> ids = List.of(grant(key, bobArn), grant(key, bobArn), grant(key, bobArn));
    ListGrantsRequest request = ListGrantsRequest.of(alice, key).withPage(PageRequest.limit(1));
    ListGrantsResult first = bed.kms.listGrants(request);

    bed.kms.revokeGrant(RevokeGrantRequest.of(alice, key, ids.get(0)));
    ListGrantsResult second =
        bed.kms.listGrants(request.withPage(request.page().after(first.nextMarker().get())));

    assertThat(names(second.grants(), GrantListEntry::grantId)).containsExactly(ids.get(1));
  }

  @Test
  void listRetirableGrants_pages() {
    String key = bed.newKey().keyId();
    String adminArn = "arn:aws:iam::" + ACCOUNT + ":role/Admin";
    String bobArn = "arn:aws:iam::" + ACCOUNT + ":user/bob";
    for (int i = 0; i < 3; i++) {
      bed.kms.createGrant(
          CreateGrantRequest.of(alice, key, bobArn, List.of(GrantOperation.Decrypt))
              .withRetiringPrincipal(adminArn));
    }
    PageRequest page = PageRequest.limit(2);

    ListGrantsResult first =
        bed.kms.listRetirableGrants(new ListRetirableGrantsRequest(alice, adminArn, page));
    ListGrantsResult second =
        bed.kms.listRetirableGrants(
            new ListRetirableGrantsRequest(alice, adminArn, page.after(first.nextMarker().get())));

    assertThat(first.grants()).hasSize(2);
    assertThat(second.grants()).hasSize(1);
    assertThat(second.truncated()).isFalse();
  }

  @Test
  void listResourceTags_pagesInTagKeyOrder() {
    String key = bed.newKey().keyId();
    Map<String, String> tags = new TreeMap<>();
    IntStream.range(0, 5).forEach(i -> tags.put("k" + i, "v" + i));
    bed.kms.tagResource(new TagResourceRequest(alice, key, tags));
    ListResourceTagsRequest request =
        ListResourceTagsRequest.of(alice, key).withPage(PageRequest.limit(3));

    ListResourceTagsResult first = bed.kms.listResourceTags(request);
    ListResourceTagsResult second =
        bed.kms.listResourceTags(request.withPage(request.page().after(first.nextMarker().get())));

    assertThat(first.tags().keySet()).containsExactly("k0", "k1", "k2");
    assertThat(second.tags()).containsExactly(Map.entry("k3", "v3"), Map.entry("k4", "v4"));
    assertThat(second.truncated()).isFalse();
  }

  @Test
  void listResourceTags_defaultAndMaximumPageIs50() {
    String key = bed.newKey().keyId();
    Map<String, String> tags = new TreeMap<>();
    IntStream.range(0, 51).forEach(i -> tags.put(String.format("k%02d", i), "v"));
    bed.kms.tagResource(new TagResourceRequest(alice, key, tags));

    ListResourceTagsResult result =
        bed.kms.listResourceTags(
            ListResourceTagsRequest.of(alice, key).withPage(PageRequest.limit(1000)));

    assertThat(result.tags()).hasSize(50);
    assertThat(result.truncated()).isTrue();
  }

  @Test
  void listKeyPolicies_limitOne_isNotTruncated() {
    String key = bed.newKey().keyId();

    ListKeyPoliciesResult result =
        bed.kms.listKeyPolicies(
            ListKeyPoliciesRequest.of(alice, key).withPage(PageRequest.limit(1)));

    assertThat(result.policyNames()).containsExactly("default");
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void listKeyRotations_pagesOldestFirst() {
    String key = bed.newKey().keyId();
    for (int i = 0; i < 3; i++) {
      bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(alice, key));
      bed.clock.advance(Duration.ofMinutes(1));
    }
    ListKeyRotationsRequest request =
        ListKeyRotationsRequest.of(alice, key).withPage(PageRequest.limit(2));

    ListKeyRotationsResult first = bed.kms.listKeyRotations(request);
    ListKeyRotationsResult second =
        bed.kms.listKeyRotations(request.withPage(request.page().after(first.nextMarker().get())));

    assertThat(first.rotations()).hasSize(2);
    assertThat(second.rotations()).hasSize(1);
    assertThat(first.rotations().get(1).rotationDate().orElseThrow())
        .isBefore(second.rotations().get(0).rotationDate().orElseThrow());
  }

  @Test
  void limitZero_isRefusedAsKmsWordsIt() {
    assertThatThrownBy(() -> bed.kms.listKeys(new ListKeysRequest(alice, PageRequest.limit(0))))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 1");
  }

  @Test
  void limitAboveModelMaximum_isRefused() {
    assertThatThrownBy(() -> bed.kms.listKeys(new ListKeysRequest(alice, PageRequest.limit(1001))))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value '1001' at 'limit' failed to satisfy constraint:"
                + " Member must have value less than or equal to 1000");
  }

  @Test
  void emptyMarkerAndBadLimit_areBothReported() {
    PageRequest page = new PageRequest(Optional.of(0), Optional.of(""));

    assertThatThrownBy(() -> bed.kms.listKeys(new ListKeysRequest(alice, page)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "2 validation errors detected: Value '0' at 'limit' failed to satisfy constraint:"
                + " Member must have value greater than or equal to 1; Value '' at 'marker'"
                + " failed to satisfy constraint: Member must have length greater than or equal"
                + " to 1");
  }

  @Test
  void markerLongerThan1024_isRefused() {
    String marker = "m".repeat(1025);

    assertThatThrownBy(
            () -> bed.kms.listKeys(new ListKeysRequest(alice, PageRequest.FIRST.after(marker))))
        .isInstanceOf(ValidationException.class)
        .hasMessageEndingWith("Member must have length less than or equal to 1024");
  }

  @Test
  void refusedLongMarker_isLoggedWithErrorMessageCutTo1024Characters() {
    String marker = "m".repeat(1025);

    assertThatThrownBy(
        () -> bed.kms.listKeys(new ListKeysRequest(alice, PageRequest.FIRST.after(marker))));

    TrailEvent event = bed.lastEvent("ListKeys");
    assertThat(event.errorMessage().orElseThrow())
        .hasSize(1024)
        .startsWith("1 validation error detected: Value 'mmm");
  }

  @Test
  void markerOutsideLatin1_isRefusedByPattern() {
    assertThatThrownBy(
            () -> bed.kms.listKeys(new ListKeysRequest(alice, PageRequest.FIRST.after("ключ"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageEndingWith("Member must satisfy regular expression pattern: [\\u0020-\\u00FF]*");
  }

  @Test
  void markerNotProducedByAnyListing_isInvalid() {
    assertThatThrownBy(
            () ->
                bed.kms.listKeys(
                    new ListKeysRequest(alice, PageRequest.FIRST.after("not-a-marker"))))
        .isInstanceOf(InvalidMarkerException.class)
        .hasMessage(INVALID_MARKER);
  }

  @Test
  void markerOfAnotherOperation_isInvalid() {
    String key = bed.newKey().keyId();
    aliases(key, "a", "b");
    String aliasMarker =
        bed.kms
            .listAliases(ListAliasesRequest.all(alice).withPage(PageRequest.limit(1)))
            .nextMarker()
            .orElseThrow();

    assertThatThrownBy(
            () ->
                bed.kms.listKeys(new ListKeysRequest(alice, PageRequest.FIRST.after(aliasMarker))))
        .isInstanceOf(InvalidMarkerException.class);
  }

  @Test
  void markerOfAnotherKeysGrants_isInvalid() {
    String one = bed.newKey().keyId();
    String two = bed.newKey().keyId();
    String bobArn = "arn:aws:iam::" + ACCOUNT + ":user/bob";
    grant(one, bobArn);
    grant(one, bobArn);
    String marker =
        bed.kms
            .listGrants(ListGrantsRequest.of(alice, one).withPage(PageRequest.limit(1)))
            .nextMarker()
            .orElseThrow();

    assertThatThrownBy(
            () ->
                bed.kms.listGrants(
                    ListGrantsRequest.of(alice, two).withPage(PageRequest.FIRST.after(marker))))
        .isInstanceOf(InvalidMarkerException.class);
  }

  @Test
  void trailRecordsLimitAndMarker_asCloudTrailDoes() {
    String key = bed.newKey().keyId();
    aliases(key, "a", "b");
    PageRequest page = PageRequest.limit(1);
    String marker =
        bed.kms
            .listAliases(ListAliasesRequest.all(alice).withPage(page))
            .nextMarker()
            .orElseThrow();

    bed.kms.listAliases(ListAliasesRequest.all(alice).withPage(page.after(marker)));

    TrailEvent event = bed.lastEvent("ListAliases");
    assertThat(event.requestParameters().orElseThrow().get("limit").asInt()).isEqualTo(1);
    assertThat(event.requestParameters().orElseThrow().get("marker").asText()).isEqualTo(marker);
    assertThat(event.readOnly()).contains(true);
  }

  @Test
  void refusedLimit_isRecordedAsFailedCall() {
    assertThatThrownBy(() -> bed.kms.listKeys(new ListKeysRequest(alice, PageRequest.limit(0))))
        .isInstanceOf(ValidationException.class);

    TrailEvent event = bed.lastEvent("ListKeys");
    assertThat(event.errorCode()).contains("ValidationException");
    assertThat(event.requestParameters().orElseThrow().get("limit").asInt()).isZero();
  }
}
