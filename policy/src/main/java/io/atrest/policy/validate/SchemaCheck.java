package io.atrest.policy.validate;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.atrest.policy.parse.LocatedJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the policy JSON Schema ({@code io/atrest/policy/policy.schema.json}, draft 2020-12) and
 * turns each violation into a located finding with a specific code ({@link SchemaFindings} words
 * them).
 */
final class SchemaCheck implements PolicyCheck {

  static final String RESOURCE = "/io/atrest/policy/policy.schema.json";
  private static final JsonSchema SCHEMA = load();

  @Override
  public void check(PolicyView policy, FindingSink sink) {
    List<ValidationMessage> messages = new ArrayList<>(SCHEMA.validate(policy.json().root()));
    messages.sort(Comparator.comparing(m -> pointer(m.getInstanceLocation())));
    Set<String> typeErrors = new HashSet<>();
    for (ValidationMessage m : messages) {
      if ("type".equals(m.getType())) {
        typeErrors.add(pointer(m.getInstanceLocation()));
      }
    }
    for (ValidationMessage m : messages) {
      String at = pointer(m.getInstanceLocation());
      // A value of the wrong type also fails its enum or pattern: report only the type.
      if (!"type".equals(m.getType()) && typeErrors.contains(at)) {
        continue;
      }
      SchemaFindings.report(m, at, policy, sink);
    }
  }

  /** The RFC 6901 pointer of a validator path, whatever path style the validator prints. */
  static String pointer(JsonNodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append('/')
          .append(
              element instanceof Integer
                  ? element.toString()
                  : LocatedJson.escape(element.toString()));
    }
    return out.toString();
  }

  private static JsonSchema load() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
