package dev.parley.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The shipped JSON Schemas, loaded from the classpath under their $id. */
final class Schemas {
  static final String BASE = "https://parley.dev/schema/json/v1/";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:dev/parley/json/schema/")));

  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  /**
   * Validates a document.
   *
   * @param schema a file name such as {@code party.schema.json}, optionally with a fragment
   * @param json the document
   * @return the errors, empty when valid
   */
  static List<String> errors(String schema, String json) {
    Schema s = CACHE.computeIfAbsent(schema, n -> REGISTRY.getSchema(SchemaLocation.of(BASE + n)));
    List<Error> errors = s.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  /** The schema of a record type, by its type name. */
  static String forType(String typeName) {
    return typeName + ".schema.json";
  }
}
