package io.atrest.engine.table;

import static io.atrest.engine.table.TableFixture.song;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.storage.MapDbRecordStore;
import io.atrest.policy.Decision;
import io.atrest.policy.Outcome;
import io.atrest.policy.eval.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which IAM action each operation asks for, on which resource, as the Service Authorization
 * Reference for DynamoDB lists them; observed through an authorizer that allows and remembers.
 */
class TableAuthorizationResourcesTest {
  private static final String MUSIC = "arn:aws:dynamodb:us-west-2:111122223333:table/Music";
  private final List<String> asked = new ArrayList<>();
  private final TableFixture f = new TableFixture();
  private final Caller alice = Caller.direct(new Principal.IamUser(TestKms.ACCOUNT, "alice"));
  private ReferenceDynamoDb db;

  @BeforeEach
  void storeThatRemembersWhatItAuthorizes() {
    TableAuthorizer remembering =
        (caller, action, resource) -> {
          asked.add(action + " " + resource);
          return new Decision(Outcome.ALLOW, List.of());
        };
    db =
        new ReferenceDynamoDb(
            TestKms.ACCOUNT,
            TestKms.REGION,
            f.clock,
            f.kms,
            MapDbRecordStore.inMemory(),
            ControlPlaneAudit.none(),
            remembering);
    db.createTable(
        TableFixture.music(alice).sse(SseSpecification.customerManaged(f.kms.createKey())).stream(
                "NEW_IMAGE")
            .build());
    db.describeTable(alice, "Music");
    asked.clear();
  }

  @Test
  void queryOfAnIndex_isAuthorizedOnTheIndexArn_beforeTheIndexIsLookedUp() {
    assertThatThrownBy(
            () ->
                db.items()
                    .query(
                        new QueryRequest(
                            alice,
                            "Music",
                            Optional.of("ByYear"),
                            Expression.of("Artist = :a", Map.of(":a", AttributeValue.s("Acme"))),
                            true,
                            Optional.empty())))
        .isInstanceOf(ValidationException.class)
        .hasMessage("The table does not have the specified index: ByYear");
    assertThat(asked).containsExactly("dynamodb:Query " + MUSIC + "/index/ByYear");
  }

  @Test
  void listTables_isAuthorizedOnStar() {
    db.listTables(alice);
    assertThat(asked).containsExactly("dynamodb:ListTables *");
  }

  @Test
  void backups_areAuthorizedOnTheTableThenOnTheBackup() {
    String arn = db.backups().createBackup(alice, "Music", "b1").backupArn();
    db.backups().describeBackup(alice, arn);
    db.backups().listBackups(alice, Optional.empty());
    db.backups().deleteBackup(alice, arn);
    assertThat(asked)
        .containsExactly(
            "dynamodb:CreateBackup " + MUSIC,
            "dynamodb:DescribeBackup " + arn,
            "dynamodb:ListBackups *",
            "dynamodb:DeleteBackup " + arn);
  }

  @Test
  void restore_needsTheBackupAndWritesAndReadsOnTheTarget() {
    String arn = db.backups().createBackup(alice, "Music", "b1").backupArn();
    asked.clear();
    db.backups().restoreTableFromBackup(alice, "Copy", arn, Optional.empty());
    String copy = "arn:aws:dynamodb:us-west-2:111122223333:table/Copy";
    assertThat(asked)
        .containsExactly(
            "dynamodb:RestoreTableFromBackup " + arn,
            "dynamodb:PutItem " + copy,
            "dynamodb:UpdateItem " + copy,
            "dynamodb:DeleteItem " + copy,
            "dynamodb:GetItem " + copy,
            "dynamodb:Query " + copy,
            "dynamodb:Scan " + copy,
            "dynamodb:BatchWriteItem " + copy);
  }

  @Test
  void streamRead_isAuthorizedOnTheStreamArn() {
    db.streams().records(alice, "Music");
    assertThat(asked)
        .containsExactly("dynamodb:GetRecords " + MUSIC + "/stream/2026-01-05T10:00:00.000");
  }

  @Test
  void itemOperations_areAuthorizedOnTheTable() {
    db.items().putItem(PutItemRequest.of(alice, "Music", song("Acme", "Hello")));
    db.items().getItem(new GetItemRequest(alice, "Music", song("Acme", "Hello")));
    assertThat(asked).containsExactly("dynamodb:PutItem " + MUSIC, "dynamodb:GetItem " + MUSIC);
  }
}
