package io.atrest.engine.table;

import io.atrest.engine.table.schema.AttributeDefinition;
import io.atrest.engine.table.schema.KeySchema;
import io.atrest.engine.table.schema.Projection;
import io.atrest.engine.table.schema.ScalarType;
import io.atrest.engine.table.schema.SecondaryIndex;
import io.atrest.engine.table.schema.TableSchema;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The persisted form of a {@link TableSchema}: plain strings, so that it serializes as is. */
record StoredSchema(String hash, String range, List<String> definitions, List<List<String>> indexes)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static StoredSchema of(TableSchema schema) {
    List<String> defs = new ArrayList<>();
    schema
        .attributeDefinitions()
        .forEach(d -> defs.add(d.attributeName() + "\u0000" + d.attributeType()));
    List<List<String>> idx = new ArrayList<>();
    for (SecondaryIndex i : schema.indexes()) {
      List<String> row = new ArrayList<>();
      row.add(i.indexName());
      row.add(i.kind().name());
      row.add(i.keySchema().hashKey());
      row.add(i.keySchema().rangeKey().orElse(""));
      row.add(i.projection().projectionType().name());
      row.addAll(i.projection().nonKeyAttributes());
      idx.add(List.copyOf(row));
    }
    return new StoredSchema(
        schema.keySchema().hashKey(),
        schema.keySchema().rangeKey().orElse(""),
        List.copyOf(defs),
        List.copyOf(idx));
  }

  TableSchema toSchema() {
    List<AttributeDefinition> defs = new ArrayList<>();
    for (String d : definitions) {
      String[] parts = d.split("\u0000");
      defs.add(new AttributeDefinition(parts[0], ScalarType.valueOf(parts[1])));
    }
    List<SecondaryIndex> idx = new ArrayList<>();
    for (List<String> row : indexes) {
      idx.add(
          new SecondaryIndex(
              row.get(0),
              SecondaryIndex.Kind.valueOf(row.get(1)),
              keySchema(row.get(2), row.get(3)),
              new Projection(Projection.Type.valueOf(row.get(4)), row.subList(5, row.size()))));
    }
    return new TableSchema(keySchema(hash, range), defs, idx);
  }

  private static KeySchema keySchema(String hash, String range) {
    return new KeySchema(hash, range.isEmpty() ? Optional.empty() : Optional.of(range));
  }
}
