package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.schema.AttributeDefinition;
import io.atrest.engine.table.schema.KeySchemaElement;
import io.atrest.engine.table.schema.SecondaryIndex;
import io.atrest.engine.table.sse.SseSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** CreateTable, built with {@link #builder(Caller, String)}. */
public record CreateTableRequest(
    Caller caller,
    String tableName,
    List<AttributeDefinition> attributeDefinitions,
    List<KeySchemaElement> keySchema,
    Optional<BillingMode> billingMode,
    Optional<ProvisionedThroughput> provisionedThroughput,
    List<SecondaryIndex> indexes,
    Optional<String> streamViewType,
    Optional<SseSpecification> sseSpecification) {

  public CreateTableRequest {
    Objects.requireNonNull(caller, "caller");
    attributeDefinitions = List.copyOf(attributeDefinitions);
    keySchema = List.copyOf(keySchema);
    indexes = List.copyOf(indexes);
  }

  public static Builder builder(Caller caller, String tableName) {
    return new Builder(caller, tableName);
  }

  /** A builder; the request is validated by the store, as DynamoDB validates it. */
  public static final class Builder {
    private final Caller caller;
    private final String tableName;
    private final List<AttributeDefinition> definitions = new ArrayList<>();
    private final List<KeySchemaElement> keySchema = new ArrayList<>();
    private final List<SecondaryIndex> indexes = new ArrayList<>();
    private BillingMode billingMode;
    private ProvisionedThroughput throughput;
    private String streamViewType;
    private SseSpecification sse;

    private Builder(Caller caller, String tableName) {
      this.caller = caller;
      this.tableName = tableName;
    }

    public Builder attribute(String name, io.atrest.engine.table.schema.ScalarType type) {
      definitions.add(new AttributeDefinition(name, type));
      return this;
    }

    public Builder key(String name, io.atrest.engine.table.schema.KeyType type) {
      keySchema.add(new KeySchemaElement(name, type));
      return this;
    }

    public Builder billingMode(BillingMode mode) {
      this.billingMode = mode;
      return this;
    }

    public Builder provisionedThroughput(long read, long write) {
      this.throughput = new ProvisionedThroughput(read, write);
      return this;
    }

    public Builder index(SecondaryIndex index) {
      indexes.add(index);
      return this;
    }

    public Builder stream(String viewType) {
      this.streamViewType = viewType;
      return this;
    }

    public Builder sse(SseSpecification spec) {
      this.sse = spec;
      return this;
    }

    public CreateTableRequest build() {
      return new CreateTableRequest(
          caller,
          tableName,
          definitions,
          keySchema,
          Optional.ofNullable(billingMode),
          Optional.ofNullable(throughput),
          indexes,
          Optional.ofNullable(streamViewType),
          Optional.ofNullable(sse));
    }
  }
}
