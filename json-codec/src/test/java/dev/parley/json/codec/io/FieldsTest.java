package dev.parley.json.codec.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.json.codec.vocabulary.EnumCodec;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FieldsTest {
  private enum F {
    ID,
    IN_FORCE,
    AREA_KM2,
    NOTE,
    PARTIES,
    REQUIRED_LIST,
    FLAG
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.NOTE, F.PARTIES, F.FLAG);

  @Test
  void derivesPropertyNamesFromTheConstants() {
    assertThat(FIELDS.name(F.ID)).isEqualTo("id");
    assertThat(FIELDS.name(F.IN_FORCE)).isEqualTo("inForce");
    assertThat(FIELDS.name(F.AREA_KM2)).isEqualTo("areaKm2");
    assertThat(FIELDS.set().indexOf("inForce")).isEqualTo(F.IN_FORCE.ordinal());
  }

  @Test
  void marksOnlyTheNamedConstantsOptional() {
    long required = FIELDS.set().requiredMask();
    assertThat(required)
        .isEqualTo(
            (1L << F.ID.ordinal())
                | (1L << F.IN_FORCE.ordinal())
                | (1L << F.AREA_KM2.ordinal())
                | (1L << F.REQUIRED_LIST.ordinal()));
  }

  @Test
  void leavesOutAbsentEmptyAndFalseOptionalPropertiesOnly() throws Exception {
    List<String> calls = new ArrayList<>();
    TokenWriter g = recorder(calls);
    FIELDS.writeIfPresent(g, F.NOTE, Optional.empty(), Values.STRING);
    FIELDS.writeArray(g, F.PARTIES, List.of(), Values.STRING);
    FIELDS.writeBoolean(g, F.FLAG, false);
    FIELDS.writeIfPresent(g, F.ID, OptionalLong.empty());
    assertThat(calls).isEmpty();

    FIELDS.writeArray(g, F.REQUIRED_LIST, List.of(), Values.STRING);
    FIELDS.writeIfPresent(g, F.NOTE, Optional.of("n"), Values.STRING);
    FIELDS.writeBoolean(g, F.FLAG, true);
    assertThat(calls)
        .containsExactly(
            "writeArrayFieldStart requiredList",
            "writeEndArray",
            "writeFieldName note",
            "writeString n",
            "writeFieldName flag",
            "writeBoolean true");
  }

  @Test
  void writesNamesPreEncodedAsOneNamePerProperty() throws Exception {
    // a property is one call of the writer, its name pre-encoded
    List<Object> names = new ArrayList<>();
    TokenWriter g =
        (TokenWriter)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TokenWriter.class},
                (proxy, method, args) -> {
                  String m = method.getName();
                  if ((m.equals("writeFieldName") || m.endsWith("Field"))
                      && args[0] instanceof Name) {
                    names.add(args[0]);
                  }
                  return null;
                });
    FIELDS.writeString(g, F.ID, "a");
    FIELDS.writeString(g, F.ID, "b");
    assertThat(names).hasSize(2);
    assertThat(names.get(0)).isInstanceOf(Name.class).isSameAs(names.get(1));
  }

  @Test
  void writesEnumTokensAndNestedObjectsWithOneCallForTheNameAndTheValueStart() throws Exception {
    List<String> calls = new ArrayList<>();
    TokenWriter g = recorder(calls);
    FIELDS.write(g, F.ID, F.IN_FORCE, EnumCodec.of(F.class));
    FIELDS.write(g, F.NOTE, "n", NOTE_OBJECT);
    assertThat(calls)
        .containsExactly(
            "writeStringField id in_force",
            "writeObjectFieldStart note",
            "writeString n",
            "writeEndObject");
    calls.clear();
    NOTE_OBJECT.write("m", g);
    assertThat(calls).containsExactly("writeStartObject", "writeString m", "writeEndObject");
  }

  @Test
  void aWriterWithoutItsOwnPropertyCallsWritesTheNameAndTheValueApart() throws Exception {
    List<String> calls = new ArrayList<>();
    // a proxy that runs the interface's default methods and records only the abstract ones
    TokenWriter g =
        (TokenWriter)
            Proxy.newProxyInstance(
                FieldsTest.class.getClassLoader(),
                new Class<?>[] {TokenWriter.class},
                (proxy, method, args) -> {
                  if (method.isDefault()) {
                    return InvocationHandler.invokeDefault(proxy, method, args);
                  }
                  StringBuilder s = new StringBuilder(method.getName());
                  if (args != null) {
                    for (Object a : args) {
                      s.append(' ').append(a instanceof char[] c ? new String(c) : a);
                    }
                  }
                  calls.add(s.toString());
                  return null;
                });
    Name id = Name.of("id");
    g.writeStringField(id, "a");
    g.writeStringField(id, Name.of("b"));
    g.writeStringField(id, "xcx".toCharArray(), 1, 1);
    g.writeNumberField(id, 7L);
    g.writeObjectFieldStart(id);
    g.writeArrayFieldStart(id);
    assertThat(g.buffer(21)).hasSizeGreaterThanOrEqualTo(21);
    assertThat(calls)
        .containsExactly(
            "writeFieldName id",
            "writeString a",
            "writeFieldName id",
            "writeString b",
            "writeFieldName id",
            "writeString xcx 1 1",
            "writeFieldName id",
            "writeNumber 7",
            "writeFieldName id",
            "writeStartObject",
            "writeFieldName id",
            "writeStartArray");
  }

  /** An object with one string in it, written without a property name. */
  private static final ObjectCodec<String> NOTE_OBJECT =
      new ObjectCodec<>() {
        @Override
        public Class<String> javaType() {
          return String.class;
        }

        @Override
        protected void writeFields(String value, TokenWriter g) throws IOException {
          g.writeString(value);
        }

        @Override
        public String read(TokenReader p, ReadContext ctx) {
          throw new UnsupportedOperationException();
        }
      };

  private static TokenWriter recorder(List<String> calls) {
    return (TokenWriter)
        Proxy.newProxyInstance(
            FieldsTest.class.getClassLoader(),
            new Class<?>[] {TokenWriter.class},
            (proxy, method, args) -> {
              StringBuilder s = new StringBuilder(method.getName());
              if (args != null) {
                for (Object a : args) {
                  s.append(' ').append(a);
                }
              }
              calls.add(s.toString());
              return null;
            });
  }
}
