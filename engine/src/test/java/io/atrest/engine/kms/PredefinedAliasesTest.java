package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.AliasListEntry;
import io.atrest.engine.kms.api.CreateAliasRequest;
import io.atrest.engine.kms.api.ListAliasesRequest;
import io.atrest.engine.kms.api.ListAliasesResult;
import io.atrest.engine.kms.api.PageRequest;
import io.atrest.policy.eval.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ListAliases and the alias/aws/... names AWS predefines before their AWS managed key exists. */
class PredefinedAliasesTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final Caller alice = bed.caller(bed.alice);

  private List<AliasListEntry> all(Caller caller) {
    return bed.kms.listAliases(ListAliasesRequest.all(caller)).aliases();
  }

  private AliasListEntry named(List<AliasListEntry> aliases, String name) {
    return aliases.stream().filter(a -> a.aliasName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void freshAccount_listsThePredefinedAwsAliasesInNameOrder() {
    assertThat(all(alice))
        .extracting(AliasListEntry::aliasName)
        .containsExactlyElementsOf(PredefinedAliases.NAMES);
  }

  @Test
  void predefinedAlias_hasAnArnButNoTargetKeyIdAndNoDates() {
    AliasListEntry ebs = named(all(alice), "alias/aws/ebs");

    assertThat(ebs.aliasArn())
        .isEqualTo("arn:aws:kms:us-west-2:" + KmsTestbed.ACCOUNT + ":alias/aws/ebs");
    assertThat(ebs.targetKeyId()).isEmpty();
    assertThat(ebs.creationDate()).isEmpty();
    assertThat(ebs.lastUpdatedDate()).isEmpty();
  }

  @Test
  void awsManagedKeyForDynamoDb_givesAliasAwsDynamodbItsTargetAndDates() {
    bed.clock.advance(Duration.ofHours(3));
    KeyMetadata managed = bed.kms.awsManagedKey("dynamodb", KmsTestbed.ACCOUNT);

    List<AliasListEntry> aliases = all(alice);

    assertThat(aliases)
        .extracting(AliasListEntry::aliasName)
        .containsOnlyOnce("alias/aws/dynamodb");
    AliasListEntry dynamodb = named(aliases, "alias/aws/dynamodb");
    assertThat(dynamodb.targetKeyId()).contains(managed.keyId());
    assertThat(dynamodb.creationDate()).contains(KmsTestbed.START.plus(Duration.ofHours(3)));
    assertThat(dynamodb.lastUpdatedDate()).contains(KmsTestbed.START.plus(Duration.ofHours(3)));
    assertThat(named(aliases, "alias/aws/s3").targetKeyId()).isEmpty();
  }

  @Test
  void listAliasesOfOneKey_omitsThePredefinedAliases() {
    String key = bed.newKey().keyId();
    bed.kms.createAlias(new CreateAliasRequest(alice, "alias/orders", key));

    assertThat(bed.kms.listAliases(new ListAliasesRequest(alice, Optional.of(key))).aliases())
        .extracting(AliasListEntry::aliasName)
        .containsExactly("alias/orders");
  }

  @Test
  void listAliasesOfTheAwsManagedKey_listsAliasAwsDynamodbOnly() {
    KeyMetadata managed = bed.kms.awsManagedKey("dynamodb", KmsTestbed.ACCOUNT);

    assertThat(
            bed.kms
                .listAliases(new ListAliasesRequest(alice, Optional.of(managed.keyId())))
                .aliases())
        .extracting(AliasListEntry::aliasName)
        .containsExactly("alias/aws/dynamodb");
  }

  @Test
  void anotherAccount_seesItsOwnPredefinedAliasesUntouchedByThisAccountsManagedKey() {
    bed.kms.awsManagedKey("dynamodb", KmsTestbed.ACCOUNT);
    Caller otherRoot = bed.caller(new Principal.AccountRoot(KmsTestbed.OTHER_ACCOUNT));

    AliasListEntry dynamodb = named(all(otherRoot), "alias/aws/dynamodb");

    assertThat(dynamodb.aliasArn())
        .isEqualTo("arn:aws:kms:us-west-2:" + KmsTestbed.OTHER_ACCOUNT + ":alias/aws/dynamodb");
    assertThat(dynamodb.targetKeyId()).isEmpty();
  }

  @Test
  void paging_returnsCustomerAndPredefinedAliasesOnceEach() {
    String key = bed.newKey().keyId();
    for (String name : List.of("alias/zeta", "alias/app", "alias/aws-like")) {
      bed.kms.createAlias(new CreateAliasRequest(alice, name, key));
    }
    List<String> seen = new ArrayList<>();
    PageRequest page = PageRequest.limit(4);
    int pages = 0;
    while (true) {
      ListAliasesResult result = bed.kms.listAliases(ListAliasesRequest.all(alice).withPage(page));
      pages++;
      result.aliases().forEach(a -> seen.add(a.aliasName()));
      if (!result.truncated()) {
        break;
      }
      page = page.after(result.nextMarker().orElseThrow());
    }

    assertThat(seen).doesNotHaveDuplicates().hasSize(PredefinedAliases.NAMES.size() + 3);
    assertThat(seen).isSorted();
    assertThat(pages).isEqualTo(5);
  }
}
