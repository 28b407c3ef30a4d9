package io.atrest.features.steps.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.BillingMode;
import io.atrest.engine.table.CreateTableRequest;
import io.atrest.engine.table.schema.KeyType;
import io.atrest.engine.table.schema.ScalarType;
import io.atrest.engine.table.sse.SseSpecification;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the {@code aws dynamodb} commands of the seeds against the scenario's DynamoDB: {@code
 * create-table}, {@code update-table}, {@code describe-table}, {@code delete-table}, {@code
 * create-backup} and {@code restore-table-from-backup}, with the shorthand syntax of their options.
 * Placeholders such as {@code <id of key "k">} and the seeds' literal key ids are resolved first.
 */
public final class CliRunner {

  private final TableRequests requests;
  private final ScenarioNames names;

  public CliRunner(TableRequests requests, ScenarioNames names) {
    this.requests = requests;
    this.names = names;
  }

  /** Runs {@code text} as {@code caller}; the call becomes the scenario's last DynamoDB call. */
  public TableCall run(Caller caller, String text) {
    CliCommand cli = CliCommand.parse(names.resolve(text));
    return switch (cli.operation()) {
      case "create-table" -> createTable(caller, cli);
      case "update-table" -> {
        cli.requireOnly(List.of("table-name", "sse-specification", "billing-mode"));
        yield requests.update(
            caller,
            cli.required("table-name"),
            sse(cli, "sse-specification"),
            cli.value("billing-mode").map(BillingMode::valueOf));
      }
      case "describe-table" -> {
        cli.requireOnly(List.of("table-name"));
        yield requests.describe(caller, cli.required("table-name"));
      }
      case "delete-table" -> {
        cli.requireOnly(List.of("table-name"));
        yield requests.delete(caller, cli.required("table-name"));
      }
      case "create-backup" -> {
        cli.requireOnly(List.of("table-name", "backup-name"));
        yield requests.backup(caller, cli.required("table-name"), cli.required("backup-name"));
      }
      case "restore-table-from-backup" -> {
        cli.requireOnly(List.of("target-table-name", "backup-arn", "sse-specification-override"));
        yield requests.restore(
            caller,
            cli.required("backup-arn"),
            cli.required("target-table-name"),
            sse(cli, "sse-specification-override"));
      }
      default ->
          throw new IllegalArgumentException(
              "aws dynamodb "
                  + cli.operation()
                  + " is not supported by the"
                  + " step library (supported: create-table, update-table, describe-table, delete-table,"
                  + " create-backup, restore-table-from-backup)");
    };
  }

  private TableCall createTable(Caller caller, CliCommand cli) {
    cli.requireOnly(
        List.of(
            "table-name",
            "attribute-definitions",
            "key-schema",
            "provisioned-throughput",
            "billing-mode",
            "sse-specification"));
    CreateTableRequest.Builder request =
        CreateTableRequest.builder(caller, cli.required("table-name"));
    for (String definition : cli.values("attribute-definitions")) {
      Map<String, String> d = CliCommand.shorthand(definition);
      request.attribute(
          member(d, "AttributeName", definition),
          ScalarType.valueOf(member(d, "AttributeType", definition)));
    }
    for (String element : cli.values("key-schema")) {
      Map<String, String> k = CliCommand.shorthand(element);
      request.key(
          member(k, "AttributeName", element), KeyType.valueOf(member(k, "KeyType", element)));
    }
    cli.value("provisioned-throughput")
        .map(CliCommand::shorthand)
        .ifPresent(
            t ->
                request.provisionedThroughput(
                    Long.parseLong(member(t, "ReadCapacityUnits", t.toString())),
                    Long.parseLong(member(t, "WriteCapacityUnits", t.toString()))));
    cli.value("billing-mode").map(BillingMode::valueOf).ifPresent(request::billingMode);
    sse(cli, "sse-specification").ifPresent(request::sse);
    return requests.create(request.build());
  }

  private Optional<SseSpecification> sse(CliCommand cli, String option) {
    return cli.value(option).map(names::shorthand);
  }

  private static String member(Map<String, String> members, String name, String text) {
    String value = members.get(name);
    if (value == null) {
      throw new IllegalArgumentException("`" + text + "` has no " + name + "=...");
    }
    return value;
  }
}
