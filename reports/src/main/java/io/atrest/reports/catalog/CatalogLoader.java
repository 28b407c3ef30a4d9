package io.atrest.reports.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code controls.json} ({@code {"controls":[{"id","title","description","references":
 * [{"framework","id"}]}]}}) and {@code requirements.json} ({@code {"requirements":[{"id","seed",
 * "statement","controls","retired"}]}}). Members it does not use (such as {@code topic} or {@code
 * quote}) are ignored: the catalogs' own tests police their fields; the report only needs these.
 */
public final class CatalogLoader {

  /** Where the catalogs live on the classpath (the {@code fixtures} module ships them). */
  public static final String CLASSPATH_FOLDER = "io/atrest/fixtures/catalog/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogLoader() {}

  /** Reads both catalogs from {@value #CLASSPATH_FOLDER} on the given class loader. */
  public static Catalog fromClasspath(ClassLoader loader) {
    return Catalog.of(
        controls(resource(loader, "controls.json")),
        requirements(resource(loader, "requirements.json")));
  }

  /** Reads both catalogs from files. */
  public static Catalog fromFiles(Path controls, Path requirements) {
    return Catalog.of(controls(file(controls)), requirements(file(requirements)));
  }

  static List<Control> controls(Source source) {
    List<Control> controls = new ArrayList<>();
    JsonNode items = array(source, "controls");
    for (int i = 0; i < items.size(); i++) {
      JsonNode c = items.get(i);
      String where = source.name() + " /controls/" + i;
      List<Reference> references = new ArrayList<>();
      for (JsonNode r : c.path("references")) {
        references.add(new Reference(required(r, "framework", where), required(r, "id", where)));
      }
      controls.add(
          new Control(
              required(c, "id", where),
              required(c, "title", where),
              c.path("description").asText(""),
              references));
    }
    return controls;
  }

  static List<Requirement> requirements(Source source) {
    List<Requirement> requirements = new ArrayList<>();
    JsonNode items = array(source, "requirements");
    for (int i = 0; i < items.size(); i++) {
      JsonNode r = items.get(i);
      String where = source.name() + " /requirements/" + i;
      List<String> controls = new ArrayList<>();
      r.path("controls").forEach(c -> controls.add(c.asText()));
      requirements.add(
          new Requirement(
              required(r, "id", where),
              r.path("seed").asText(""),
              required(r, "statement", where),
              controls,
              r.path("retired").asBoolean(false)));
    }
    return requirements;
  }

  private static JsonNode array(Source source, String member) {
    JsonNode root;
    try {
      root = JSON.readTree(source.text());
    } catch (JsonProcessingException e) {
      throw new CatalogException(source.name() + ": not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode items = root == null ? null : root.get(member);
    if (items == null || !items.isArray()) {
      throw new CatalogException(
          source.name() + ": expected an object with a `" + member + "` array");
    }
    return items;
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new CatalogException(where + ": `" + field + "` must be a non-empty string");
    }
    return value.asText();
  }

  private static Source resource(ClassLoader loader, String file) {
    String name = CLASSPATH_FOLDER + file;
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new CatalogException("catalog `classpath:" + name + "` not found");
      }
      return new Source("classpath:" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CatalogException("cannot read catalog `classpath:" + name + "`", e);
    }
  }

  private static Source file(Path path) {
    try {
      return new Source(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CatalogException("cannot read catalog `" + path + "`: " + e, e);
    }
  }

  /** A catalog's text and the name it is reported under. */
  record Source(String name, String text) {}
}
