package io.atrest.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.policy.eval.Principal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** UpdateItem returning the old item needs dynamodb:UpdateItem, and no dynamodb:GetItem. */
class UpdateItemReturningOldTest {
  private static final Map<String, AttributeValue> B1 = Map.of("id", AttributeValue.s("b1"));
  private final KmsBed bed = new KmsBed();
  private Caller updater;

  @BeforeEach
  void booksWithOneItem() {
    bed.createBooks(SseSpecification.customerManaged(bed.createKey()));
    bed.put("b1");
    Principal.IamUser user = bed.iam.addUser(KmsBed.ACCOUNT, "updater");
    bed.iam.attachPolicy(user, IdentityPolicy.parse("kms-all", allow("kms:*")));
    bed.iam.attachPolicy(user, IdentityPolicy.parse("update-only", allow("dynamodb:UpdateItem")));
    updater = Caller.direct(user);
  }

  private static String allow(String action) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\""
        + action
        + "\",\"Resource\":\"*\"}]}";
  }

  private UpdateItemRequest setTitle(Caller caller, Map<String, AttributeValue> key, String title) {
    return new UpdateItemRequest(
        caller,
        "Books",
        key,
        new Expression("SET title = :t", Map.of(), Map.of(":t", AttributeValue.s(title))),
        Optional.empty());
  }

  @Test
  void callerAllowedOnlyUpdateItem_getsTheItemAsItWasAndAsItIs() {
    UpdatedItem result = bed.db.items().updateItemReturningOld(setTitle(updater, B1, "New"));

    assertThat(result.old())
        .hasValueSatisfying(
            old ->
                assertThat(old)
                    .containsEntry("id", AttributeValue.s("b1"))
                    .doesNotContainKey("title"));
    assertThat(result.updated()).containsEntry("title", AttributeValue.s("New"));
    assertThat(bed.get("b1"))
        .hasValueSatisfying(i -> assertThat(i).containsEntry("title", AttributeValue.s("New")));
  }

  @Test
  void updateThatCreatesTheItem_hasNoOldItem() {
    UpdatedItem result =
        bed.db
            .items()
            .updateItemReturningOld(
                setTitle(updater, Map.of("id", AttributeValue.s("b2")), "Fresh"));

    assertThat(result.old()).isEmpty();
    assertThat(result.updated()).containsEntry("id", AttributeValue.s("b2"));
  }

  @Test
  void callerNotAllowedUpdateItem_isRefusedAndNothingChanges() {
    Principal.IamUser reader = bed.iam.addUser(KmsBed.ACCOUNT, "reader");
    bed.iam.attachPolicy(reader, IdentityPolicy.parse("get-only", allow("dynamodb:GetItem")));

    assertThatThrownBy(
            () -> bed.db.items().updateItemReturningOld(setTitle(Caller.direct(reader), B1, "New")))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("dynamodb:UpdateItem");
    assertThat(bed.get("b1")).hasValueSatisfying(i -> assertThat(i).doesNotContainKey("title"));
  }

  @Test
  void updatedAttributes_areThoseTheExpressionNames_evenWhenTheValueDoesNotChange() {
    bed.db.items().updateItemReturningOld(setTitle(updater, B1, "Same"));
    UpdatedItem again = bed.db.items().updateItemReturningOld(setTitle(updater, B1, "Same"));

    assertThat(again.updatedOld()).containsExactly(Map.entry("title", AttributeValue.s("Same")));
    assertThat(again.updatedNew()).containsExactly(Map.entry("title", AttributeValue.s("Same")));
  }

  @Test
  void removedAttribute_isInUpdatedOldOnly_andANewOneInUpdatedNewOnly() {
    bed.db.items().updateItemReturningOld(setTitle(updater, B1, "Old"));
    UpdatedItem result =
        bed.db
            .items()
            .updateItemReturningOld(
                new UpdateItemRequest(
                    updater,
                    "Books",
                    B1,
                    new Expression(
                        "REMOVE title SET pages = :p",
                        Map.of(),
                        Map.of(":p", AttributeValue.n("320"))),
                    Optional.empty()));

    assertThat(result.updatedOld()).containsExactly(Map.entry("title", AttributeValue.s("Old")));
    assertThat(result.updatedNew()).containsExactly(Map.entry("pages", AttributeValue.n("320")));
  }
}
