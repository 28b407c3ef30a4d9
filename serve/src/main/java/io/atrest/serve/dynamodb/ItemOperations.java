package io.atrest.serve.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.DataPlane;
import io.atrest.engine.table.DeleteItemRequest;
import io.atrest.engine.table.Expression;
import io.atrest.engine.table.GetItemRequest;
import io.atrest.engine.table.ItemsResult;
import io.atrest.engine.table.PutItemRequest;
import io.atrest.engine.table.QueryRequest;
import io.atrest.engine.table.ReferenceDynamoDb;
import io.atrest.engine.table.ReturnValues;
import io.atrest.engine.table.ScanRequest;
import io.atrest.engine.table.UpdateItemRequest;
import io.atrest.engine.table.WriteRequest;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.serve.wire.Input;
import io.atrest.serve.wire.Json;
import io.atrest.serve.wire.Operation;
import io.atrest.serve.wire.WireError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The data plane: items, queries, scans and batches. */
final class ItemOperations {

  private final Function<Caller, ReferenceDynamoDb> stores;

  ItemOperations(Function<Caller, ReferenceDynamoDb> stores) {
    this.stores = stores;
  }

  void register(Map<String, Operation> ops) {
    ops.put("PutItem", this::putItem);
    ops.put("GetItem", this::getItem);
    ops.put("DeleteItem", this::deleteItem);
    ops.put("UpdateItem", this::updateItem);
    ops.put("Query", this::query);
    ops.put(
        "Scan",
        (c, r) ->
            items(
                items(c)
                    .scan(
                        new ScanRequest(c, r.requiredString("TableName"), r.string("IndexName")))));
    ops.put("BatchGetItem", this::batchGetItem);
    ops.put("BatchWriteItem", this::batchWriteItem);
  }

  private DataPlane items(Caller caller) {
    return stores.apply(caller).items();
  }

  private ObjectNode putItem(Caller caller, Input r) {
    String returnValues = returnValues(r, List.of("NONE", "ALL_OLD"));
    // With NONE (DynamoDB's default) the store need not read the item it replaces.
    Optional<Map<String, AttributeValue>> old =
        items(caller)
            .putItem(
                new PutItemRequest(
                        caller, r.requiredString("TableName"), required(r, "Item"), condition(r))
                    .withReturnValues(ReturnValues.valueOf(returnValues)));
    return attributes(old);
  }

  private ObjectNode getItem(Caller caller, Input r) {
    Optional<Map<String, AttributeValue>> item =
        items(caller)
            .getItem(new GetItemRequest(caller, r.requiredString("TableName"), required(r, "Key")));
    ObjectNode n = Json.NODES.objectNode();
    item.ifPresent(i -> n.set("Item", ItemJson.write(i)));
    return n;
  }

  private ObjectNode deleteItem(Caller caller, Input r) {
    String returnValues = returnValues(r, List.of("NONE", "ALL_OLD"));
    Optional<Map<String, AttributeValue>> old =
        items(caller)
            .deleteItem(
                new DeleteItemRequest(
                    caller, r.requiredString("TableName"), required(r, "Key"), condition(r)));
    return attributes(returnValues.equals("ALL_OLD") ? old : Optional.empty());
  }

  private ObjectNode updateItem(Caller caller, Input r) {
    String returnValues =
        returnValues(r, List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"));
    Map<String, AttributeValue> key = required(r, "Key");
    Expression update =
        new Expression(
            r.requiredString("UpdateExpression"),
            r.stringMap("ExpressionAttributeNames"),
            values(r));
    UpdateItemRequest request =
        new UpdateItemRequest(
            caller, r.requiredString("TableName"), key, update, r.string("ConditionExpression"));
    if (returnValues.equals("NONE")) {
      items(caller).updateItem(request);
      return attributes(Optional.empty());
    }
    // The old item comes from the update itself, which needs dynamodb:UpdateItem and nothing more.
    Map<String, AttributeValue> returned =
        ReturnedValues.select(returnValues, items(caller).updateItemReturningOld(request));
    return attributes(Optional.of(returned).filter(m -> !m.isEmpty()));
  }

  private ObjectNode query(Caller caller, Input r) {
    Expression condition =
        new Expression(
            r.requiredString("KeyConditionExpression"),
            r.stringMap("ExpressionAttributeNames"),
            values(r));
    QueryRequest request =
        new QueryRequest(
            caller,
            r.requiredString("TableName"),
            r.string("IndexName"),
            condition,
            r.bool("ScanIndexForward").orElse(true),
            r.integer("Limit"));
    return items(items(caller).query(request));
  }

  private ObjectNode batchGetItem(Caller caller, Input r) {
    Map<String, List<Map<String, AttributeValue>>> keys = new LinkedHashMap<>();
    r.requiredObject("RequestItems")
        .members()
        .forEach(
            (table, spec) -> {
              List<Map<String, AttributeValue>> list = new ArrayList<>();
              Input.element(spec).list("Keys").forEach(k -> list.add(ItemJson.item(k, "Keys")));
              keys.put(table, list);
            });
    ObjectNode n = Json.NODES.objectNode();
    ObjectNode responses = n.putObject("Responses");
    items(caller)
        .batchGetItem(caller, keys)
        .forEach((table, found) -> responses.set(table, ItemJson.writeAll(found)));
    n.putObject("UnprocessedKeys");
    return n;
  }

  private ObjectNode batchWriteItem(Caller caller, Input r) {
    Map<String, List<WriteRequest>> writes = new LinkedHashMap<>();
    r.requiredObject("RequestItems")
        .members()
        .forEach(
            (table, list) -> {
              List<WriteRequest> out = new ArrayList<>();
              for (JsonNode w : list) {
                Input write = Input.element(w);
                if (write.has("PutRequest")) {
                  out.add(
                      new WriteRequest.Put(
                          ItemJson.item(
                              write.requiredObject("PutRequest").node().get("Item"), "Item")));
                } else if (write.has("DeleteRequest")) {
                  out.add(
                      new WriteRequest.Delete(
                          ItemJson.item(
                              write.requiredObject("DeleteRequest").node().get("Key"), "Key")));
                } else {
                  throw WireError.of(
                      "ValidationException",
                      "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
                }
              }
              writes.put(table, out);
            });
    items(caller).batchWriteItem(caller, writes);
    ObjectNode n = Json.NODES.objectNode();
    n.putObject("UnprocessedItems");
    return n;
  }

  private static ObjectNode items(ItemsResult result) {
    ObjectNode n = Json.NODES.objectNode();
    n.set("Items", ItemJson.writeAll(result.items()));
    n.put("Count", result.count());
    n.put("ScannedCount", result.scannedCount());
    return n;
  }

  private static ObjectNode attributes(Optional<Map<String, AttributeValue>> item) {
    ObjectNode n = Json.NODES.objectNode();
    item.ifPresent(i -> n.set("Attributes", ItemJson.write(i)));
    return n;
  }

  private static Map<String, AttributeValue> required(Input r, String field) {
    if (!r.has(field)) {
      throw WireError.missing(Input.member(field));
    }
    return ItemJson.item(r.node().get(field), field);
  }

  private static Map<String, AttributeValue> values(Input r) {
    return ItemJson.item(r.node().get("ExpressionAttributeValues"), "ExpressionAttributeValues");
  }

  private static Optional<Expression> condition(Input r) {
    return r.string("ConditionExpression")
        .map(c -> new Expression(c, r.stringMap("ExpressionAttributeNames"), values(r)));
  }

  private static String returnValues(Input r, List<String> allowed) {
    String value = r.string("ReturnValues").orElse("NONE");
    if (!allowed.contains(value)) {
      throw WireError.of("ValidationException", "Return values set to invalid value");
    }
    return value;
  }
}
