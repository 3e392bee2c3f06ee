package dev.parley.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.json.HostileCorpus.Sample;
import dev.parley.json.HostileCorpus.Shape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The mutations of the hostile-input fuzz test: on bytes, on JSON tokens, on the JSON tree (fields,
 * values, arrays) and on NDJSON lines. Each is a pure function of its input and a seeded random
 * source, so a case seed replays a case exactly.
 */
enum HostileMutator {
  FLIP_BITS(false) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      byte[] out = in.clone();
      for (int n = 1 + r.nextInt(4); n > 0 && out.length > 0; n--) {
        out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
      }
      return out;
    }
  },
  SET_BYTES(false) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      byte[] out = in.clone();
      for (int n = 1 + r.nextInt(3); n > 0 && out.length > 0; n--) {
        out[r.nextInt(out.length)] = INTERESTING_BYTES[r.nextInt(INTERESTING_BYTES.length)];
      }
      return out;
    }
  },
  INSERT_BYTES(false) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      byte[] insert = new byte[1 + r.nextInt(4)];
      for (int i = 0; i < insert.length; i++) {
        insert[i] = INTERESTING_BYTES[r.nextInt(INTERESTING_BYTES.length)];
      }
      int at = r.nextInt(in.length + 1);
      return concat(Arrays.copyOfRange(in, 0, at), insert, Arrays.copyOfRange(in, at, in.length));
    }
  },
  DELETE_RANGE(false) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      int from = r.nextInt(in.length);
      int to = Math.min(in.length, from + 1 + r.nextInt(r.nextBoolean() ? 4 : 64));
      return concat(Arrays.copyOfRange(in, 0, from), Arrays.copyOfRange(in, to, in.length));
    }
  },
  DUPLICATE_RANGE(false) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      int from = r.nextInt(in.length);
      int to = Math.min(in.length, from + 1 + r.nextInt(64));
      int at = r.nextInt(in.length + 1);
      return concat(
          Arrays.copyOfRange(in, 0, at),
          Arrays.copyOfRange(in, from, to),
          Arrays.copyOfRange(in, at, in.length));
    }
  },
  TRUNCATE(false) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      return Arrays.copyOf(in, r.nextInt(in.length));
    }
  },
  TOKEN_SWAP(false) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      List<int[]> t = tokens(in);
      int a = r.nextInt(t.size());
      int b = r.nextInt(t.size());
      if (a == b) {
        return in;
      }
      int[] first = t.get(Math.min(a, b));
      int[] second = t.get(Math.max(a, b));
      return concat(
          Arrays.copyOfRange(in, 0, first[0]),
          Arrays.copyOfRange(in, second[0], second[1]),
          Arrays.copyOfRange(in, first[1], second[0]),
          Arrays.copyOfRange(in, first[0], first[1]),
          Arrays.copyOfRange(in, second[1], in.length));
    }
  },
  TOKEN_REPLACE(false) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      List<int[]> t = tokens(in);
      int[] token = t.get(r.nextInt(t.size()));
      String with = TOKENS[r.nextInt(TOKENS.length)];
      return concat(
          Arrays.copyOfRange(in, 0, token[0]),
          with.getBytes(StandardCharsets.UTF_8),
          Arrays.copyOfRange(in, token[1], in.length));
    }
  },
  TOKEN_DELETE(false) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      List<int[]> t = tokens(in);
      int[] token = t.get(r.nextInt(t.size()));
      return concat(
          Arrays.copyOfRange(in, 0, token[0]), Arrays.copyOfRange(in, token[1], in.length));
    }
  },
  TOKEN_DUPLICATE(false) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      List<int[]> t = tokens(in);
      int[] token = t.get(r.nextInt(t.size()));
      return concat(
          Arrays.copyOfRange(in, 0, token[1]), Arrays.copyOfRange(in, token[0], in.length));
    }
  },
  /** Whitespace of every allowed kind between tokens: the value must not change. */
  WHITESPACE(true) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      List<int[]> t = tokens(in);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      String[] spaces = {"", " ", "\t", "  ", "\r", " \t "};
      String[] lineSpaces = {"", " ", "\t", "\n", "\r\n", "\n\n  "};
      boolean ndjson =
          in.length > 0
              && new String(in, StandardCharsets.UTF_8)
                  .startsWith("{\"format\":\"parley\",\"version\":1}\n");
      String[] pool = ndjson ? spaces : lineSpaces;
      int last = 0;
      for (int[] token : t) {
        out.write(in, last, token[0] - last);
        if (r.nextInt(3) == 0) {
          out.writeBytes(pool[r.nextInt(pool.length)].getBytes(StandardCharsets.UTF_8));
        }
        out.write(in, token[0], token[1] - token[0]);
        last = token[1];
      }
      out.write(in, last, in.length - last);
      return out.toByteArray();
    }
  },
  /** Shuffled properties in one object: readers accept any order, so the value must not change. */
  FIELD_SHUFFLE(true) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      ObjectNode o = t.randomObject(r);
      if (o == null) {
        return;
      }
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      fields.addAll(o.properties());
      Collections.shuffle(fields, new Random(r.nextLong()));
      o.removeAll();
      fields.forEach(f -> o.set(f.getKey(), f.getValue()));
    }
  },
  FIELD_DELETE(false) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      ObjectNode o = t.randomObject(r);
      if (o != null && o.size() > 0) {
        o.remove(nth(o.fieldNames(), r.nextInt(o.size())));
      }
    }
  },
  FIELD_DUPLICATE(false) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      String path = t.randomPath(r, true);
      if (path != null) {
        JsonNode node = t.at(path);
        String name =
            path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        String again = r.nextBoolean() ? Tree.text(node) : TOKENS[r.nextInt(TOKENS.length)];
        t.extra.put(path.substring(0, path.lastIndexOf('/')), quote(name) + ":" + again);
      }
    }
  },
  FIELD_ADD(false) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      ObjectNode o = t.randomObject(r);
      if (o != null) {
        String name =
            r.nextBoolean() ? "extra" : nth(t.names().iterator(), r.nextInt(t.names().size()));
        t.extra.put(
            t.pathOf(o),
            quote(name + (r.nextBoolean() ? "" : "X")) + ":" + TOKENS[r.nextInt(TOKENS.length)]);
      }
    }
  },
  FIELD_RENAME(false) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      ObjectNode o = t.randomObject(r);
      if (o != null && o.size() > 0) {
        String name = nth(o.fieldNames(), r.nextInt(o.size()));
        JsonNode v = o.remove(name);
        String[] renames = {
          name.toUpperCase(java.util.Locale.ROOT),
          name + " ",
          "",
          name.substring(1),
          "type",
          "id",
          "kind"
        };
        o.set(renames[r.nextInt(renames.length)], v);
      }
    }
  },
  EXTREME_NUMBER(false) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      String path = t.randomPath(r, r.nextInt(4) != 0);
      if (path != null) {
        t.raw.put(path, NUMBERS[r.nextInt(NUMBERS.length)]);
      }
    }
  },
  HUGE_STRING(false) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      String path = t.randomStringPath(r);
      if (path != null) {
        // near the string limit one time in three; long but within it otherwise
        int[] lengths =
            r.nextInt(3) == 0
                ? new int[] {65_535, 65_536, 65_537, 70_000}
                : new int[] {1_000, 4_096, 20_000};
        String[] units = {"x", "\u00e9", "\u20ac", "\ud83d\udd4a", " ", "\\\"", "\n"};
        String unit = units[r.nextInt(units.length)];
        int chars = lengths[r.nextInt(lengths.length)];
        String s = unit.repeat(Math.max(1, chars / unit.length()));
        t.raw.put(path, quote(s));
      }
    }
  },
  DEEP_NESTING(false) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      String path = t.randomPath(r, false);
      if (path != null) {
        int[] depths = {30, 31, 32, 33, 200, 100_000};
        int d = depths[r.nextInt(depths.length)];
        String nested =
            switch (r.nextInt(3)) {
              case 0 -> "[".repeat(d) + "]".repeat(d);
              case 1 -> "{\"a\":".repeat(d) + "1" + "}".repeat(d);
              default -> "[".repeat(d);
            };
        t.raw.put(path, nested);
      }
    }
  },
  VALUE_REPLACE(false) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      String path = t.randomPath(r, false);
      if (path != null) {
        String with =
            r.nextBoolean()
                ? TOKENS[r.nextInt(TOKENS.length)]
                : Tree.text(t.at(t.randomPath(r, false)));
        t.raw.put(path, with);
      }
    }
  },
  STRING_EDIT(false) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      String path = t.randomStringPath(r);
      if (path == null) {
        return;
      }
      String s = t.at(path).textValue();
      List<String> strings = t.strings();
      String edited =
          switch (r.nextInt(10)) {
            case 0 -> "";
            case 1 -> "  ";
            case 2 -> s.toUpperCase(java.util.Locale.ROOT);
            case 3 -> s.isEmpty() ? s : s.substring(0, s.length() - 1);
            case 4 -> s + STRING_SPICE[r.nextInt(STRING_SPICE.length)];
            case 5 -> STRING_SPICE[r.nextInt(STRING_SPICE.length)] + s;
            case 6 -> strings.get(r.nextInt(strings.size()));
            case 7 -> s.replace('-', '/').replace(':', '.');
            case 8 -> s + s;
            default -> new StringBuilder(s).reverse().toString();
          };
      t.raw.put(
          path,
          r.nextInt(5) == 0 ? "\"" + s + ESCAPES[r.nextInt(ESCAPES.length)] + "\"" : quote(edited));
    }
  },
  ARRAY_EDIT(false) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      List<ArrayNode> arrays = t.arrays();
      if (arrays.isEmpty()) {
        return;
      }
      ArrayNode a = arrays.get(r.nextInt(arrays.size()));
      switch (r.nextInt(4)) {
        case 0 -> a.removeAll();
        case 1 -> {
          if (a.size() > 0) {
            a.remove(r.nextInt(a.size()));
          }
        }
        case 2 -> {
          if (a.size() > 0) {
            a.insert(r.nextInt(a.size() + 1), a.get(r.nextInt(a.size())).deepCopy());
          }
        }
        default -> {
          List<JsonNode> items = new ArrayList<>();
          a.elements().forEachRemaining(items::add);
          Collections.reverse(items);
          a.removeAll();
          items.forEach(a::add);
        }
      }
    }
  },
  /**
   * Mutations of meaning, not of syntax: a well-formed document whose values are wrong in the way
   * data entry goes wrong. Durations negated, zeroed or made enormous; dates and instants moved by
   * centuries or to the ends of the calendar; windows and ranges reversed; counts set to zero, to
   * the largest integers or below zero; ids swapped between records.
   */
  MEANING(false) {
    @Override
    void tree(Tree t, SplittableRandom r) {
      List<String> strings = new ArrayList<>();
      List<String> numbers = new ArrayList<>();
      List<String> windows = new ArrayList<>();
      Tree.walk(
          t.root,
          "",
          (n, p, isProperty) -> {
            if (n.isTextual()) {
              strings.add(p);
            } else if (n.isIntegralNumber()) {
              numbers.add(p);
            } else if (n.isObject() && n.has("start") && n.has("end")) {
              windows.add(p);
            }
          });
      List<String> durations =
          strings.stream().filter(p -> t.at(p).textValue().matches("-?P.*")).toList();
      List<String> dated =
          strings.stream().filter(p -> t.at(p).textValue().matches("\\d{4}-.*")).toList();
      List<String> ranges =
          strings.stream()
              .filter(p -> t.at(p).textValue().matches("\\d{4}-[^/]*/\\d{4}-.*"))
              .toList();
      List<String> ids =
          strings.stream().filter(p -> t.at(p).textValue().matches("[a-z]+:[^ ]*")).toList();
      List<Runnable> kinds = new ArrayList<>();
      if (!durations.isEmpty()) {
        kinds.add(
            () -> {
              String p = durations.get(r.nextInt(durations.size()));
              String d = t.at(p).textValue();
              String[] with = {
                d.startsWith("-") ? d.substring(1) : "-" + d,
                "PT0S",
                "-PT1S",
                "PT2562047788015215H",
                "PT87600000H",
                "P-1D",
                "PT-720H"
              };
              t.raw.put(p, quote(with[r.nextInt(with.length)]));
            });
      }
      if (!dated.isEmpty()) {
        kinds.add(
            () -> {
              String p = dated.get(r.nextInt(dated.size()));
              String d = t.at(p).textValue();
              int year = Integer.parseInt(d.substring(0, 4));
              String[] years = {
                String.format("%04d", Math.max(0, year - 100 * (1 + r.nextInt(20)))),
                String.format("%04d", Math.min(9999, year + 100 * (1 + r.nextInt(20)))),
                "0000",
                "0001",
                "9999",
                "1900"
              };
              t.raw.put(p, quote(years[r.nextInt(years.length)] + d.substring(4)));
            });
      }
      if (!windows.isEmpty() || !ranges.isEmpty()) {
        kinds.add(
            () -> {
              if (!windows.isEmpty() && (ranges.isEmpty() || r.nextBoolean())) {
                String p = windows.get(r.nextInt(windows.size()));
                t.raw.put(p + "/start", Tree.text(t.at(p + "/end")));
                t.raw.put(p + "/end", Tree.text(t.at(p + "/start")));
              } else {
                String p = ranges.get(r.nextInt(ranges.size()));
                String[] ends = t.at(p).textValue().split("/");
                t.raw.put(p, quote(ends[1] + "/" + ends[0]));
              }
            });
      }
      if (!numbers.isEmpty()) {
        kinds.add(
            () -> {
              String[] counts = {
                "0",
                "-1",
                "2147483647",
                "9223372036854775807",
                "-9223372036854775808",
                "1000000000000"
              };
              t.raw.put(numbers.get(r.nextInt(numbers.size())), counts[r.nextInt(counts.length)]);
            });
      }
      if (ids.size() >= 2) {
        kinds.add(
            () -> {
              String a = ids.get(r.nextInt(ids.size()));
              String b = ids.get(r.nextInt(ids.size()));
              t.raw.put(a, Tree.text(t.at(b)));
              t.raw.put(b, Tree.text(t.at(a)));
            });
      }
      // one to three wrong values at once, as a careless entry makes them
      for (int n = 1 + r.nextInt(3); n > 0 && !kinds.isEmpty(); n--) {
        kinds.get(r.nextInt(kinds.size())).run();
      }
    }
  },
  LINES(false) {
    @Override
    byte[] bytes(byte[] in, SplittableRandom r) {
      List<String> lines =
          new ArrayList<>(Arrays.asList(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
      int a = r.nextInt(lines.size());
      int b = r.nextInt(lines.size());
      switch (r.nextInt(6)) {
        case 0 -> lines.remove(a);
        case 1 -> lines.add(a, lines.get(b));
        case 2 -> Collections.swap(lines, a, b);
        case 3 -> lines.set(a, lines.get(a) + "\r");
        case 4 -> lines.add(a, r.nextBoolean() ? "" : " \t");
        default -> {
          if (a + 1 < lines.size()) {
            lines.set(a, lines.get(a) + lines.remove(a + 1));
          }
        }
      }
      return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    boolean appliesTo(Shape shape) {
      return shape == Shape.NDJSON;
    }
  };

  static final byte[] INTERESTING_BYTES = {
    0x00,
    '"',
    '\\',
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '0',
    '-',
    'e',
    '.',
    0x7F,
    (byte) 0x80,
    (byte) 0xC0,
    (byte) 0xED,
    (byte) 0xEF,
    (byte) 0xFE,
    (byte) 0xFF,
    '\n',
    '\r',
    ' ',
    '\t',
    't',
    'n',
    '/',
    '\'',
    0x01,
    0x1F
  };

  static final String[] TOKENS = {
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1.5",
    "1e400",
    "\"\"",
    "\" \"",
    "{}",
    "[]",
    "\"x\"",
    "[null]",
    "{\"kind\":\"unknown\"}",
    "\"party\"",
    "\"place\"",
    "\"exchange\"",
    "\"2025-05-23\"",
    "\"ua\"",
    "\"UA\"",
    "9223372036854775808",
    "NaN",
    "'x'",
    "\"\\ud800\"",
    "\"\\u0000\"",
    ",",
    ":",
    "}",
    "]",
    "{",
    "["
  };

  static final String[] NUMBERS = {
    "0",
    "-0",
    "-1",
    "1",
    "2147483647",
    "2147483648",
    "-2147483649",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "1" + "0".repeat(63),
    "1" + "0".repeat(64),
    "1e308",
    "1e309",
    "-1e309",
    "1E400",
    "4.9e-324",
    "1e-400",
    "0.0",
    "-0.0",
    "1.0",
    "0.5",
    "1e2",
    "1E+2",
    "1e-2",
    "123456789012345678901234567890",
    "90.00000000000001",
    "-90",
    "-90.0000000001",
    "180.0000001",
    "-180",
    "3.141592653589793238462643383279",
    "0." + "0".repeat(60) + "1"
  };

  static final String[] STRING_SPICE = {
    "\u0000",
    "\ud800",
    "\udc00",
    "\ud83d\udd4a",
    "\u00e9",
    "\u202e",
    "\ufeff",
    "\u2028",
    "/",
    "..",
    "-",
    " ",
    "\t",
    "[Europe/Kyiv]",
    "T00:00",
    "Z",
    "+25:00",
    "W53",
    "/2025",
    "-13",
    "-00",
    ":",
    "\\"
  };

  static final String[] ESCAPES = {
    "\\x", "\\u12", "\\", "\\U0041", "\\'", "\u0001", "\n", "\\uD834\\uDD1E", "\\uDD1E", "\\/"
  };

  private final boolean preservesValue;

  HostileMutator(boolean preservesValue) {
    this.preservesValue = preservesValue;
  }

  /** True if the mutation cannot change the value the input reads as. */
  boolean preservesValue() {
    return preservesValue;
  }

  /** True if the mutation applies to inputs of this shape. */
  boolean appliesTo(Shape shape) {
    return true;
  }

  /** Mutates the sample's bytes. */
  byte[] apply(Sample sample, SplittableRandom r) {
    if (sample.shape() == Shape.NDJSON && isTreeMutation()) {
      // mutate the tree of one record line, keeping the others; wrong meanings go into every line
      String[] lines = new String(sample.bytes(), StandardCharsets.UTF_8).split("\n", -1);
      int first = this == MEANING ? 1 : 1 + r.nextInt(lines.length - 2);
      int last = this == MEANING ? lines.length - 2 : first;
      for (int i = first; i <= last; i++) {
        lines[i] =
            new String(
                treeMutation(lines[i].getBytes(StandardCharsets.UTF_8), r), StandardCharsets.UTF_8);
      }
      return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
    return isTreeMutation() ? treeMutation(sample.bytes(), r) : bytes(sample.bytes(), r);
  }

  private boolean isTreeMutation() {
    try {
      return getClass().getDeclaredMethod("tree", Tree.class, SplittableRandom.class) != null;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private byte[] treeMutation(byte[] in, SplittableRandom r) {
    Tree t = Tree.parse(in);
    tree(t, r);
    return t.write();
  }

  byte[] bytes(byte[] in, SplittableRandom r) {
    throw new UnsupportedOperationException(name());
  }

  void tree(Tree t, SplittableRandom r) {
    throw new UnsupportedOperationException(name());
  }

  static String quote(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static <T> T nth(Iterator<T> it, int n) {
    for (int i = 0; i < n; i++) {
      it.next();
    }
    return it.next();
  }

  /** Spans [start, end) of the JSON tokens of a text: strings, numbers, literals, punctuation. */
  static List<int[]> tokens(byte[] in) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < in.length) {
      byte b = in[i];
      if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        i++;
      } else if (b == '"') {
        int j = i + 1;
        while (j < in.length && in[j] != '"') {
          j += in[j] == '\\' ? 2 : 1;
        }
        out.add(new int[] {i, Math.min(in.length, j + 1)});
        i = Math.min(in.length, j + 1);
      } else if (Character.isLetterOrDigit(b) || b == '-' || b == '+' || b == '.') {
        int j = i + 1;
        while (j < in.length
            && (Character.isLetterOrDigit(in[j]) || in[j] == '-' || in[j] == '+' || in[j] == '.')) {
          j++;
        }
        out.add(new int[] {i, j});
        i = j;
      } else {
        out.add(new int[] {i, i + 1});
        i++;
      }
    }
    if (out.isEmpty()) {
      out.add(new int[] {0, 0});
    }
    return out;
  }

  /**
   * A parsed JSON document with pending raw replacements (by JSON Pointer) and extra raw properties
   * (by the pointer of their object), written compactly.
   */
  static final class Tree {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    final JsonNode root;
    final Map<String, String> raw = new HashMap<>();
    final Map<String, String> extra = new HashMap<>();

    private Tree(JsonNode root) {
      this.root = root;
    }

    static Tree parse(byte[] in) {
      try {
        return new Tree(PLAIN.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static String text(JsonNode n) {
      return n.toString();
    }

    JsonNode at(String path) {
      return root.at(path);
    }

    /** Pointers of every value (not the root); only object properties if {@code properties}. */
    List<String> paths(boolean properties) {
      List<String> out = new ArrayList<>();
      walk(
          root,
          "",
          (n, p, isProperty) -> {
            if (!p.isEmpty() && (isProperty || !properties)) {
              out.add(p);
            }
          });
      return out;
    }

    String randomPath(SplittableRandom r, boolean properties) {
      List<String> paths = paths(properties);
      return paths.isEmpty() ? null : paths.get(r.nextInt(paths.size()));
    }

    String randomStringPath(SplittableRandom r) {
      List<String> paths = new ArrayList<>();
      walk(
          root,
          "",
          (n, p, isProperty) -> {
            if (n.isTextual()) {
              paths.add(p);
            }
          });
      return paths.isEmpty() ? null : paths.get(r.nextInt(paths.size()));
    }

    ObjectNode randomObject(SplittableRandom r) {
      List<JsonNode> objects = new ArrayList<>();
      walk(
          root,
          "",
          (n, p, isProperty) -> {
            if (n.isObject()) {
              objects.add(n);
            }
          });
      return objects.isEmpty() ? null : (ObjectNode) objects.get(r.nextInt(objects.size()));
    }

    String pathOf(JsonNode target) {
      String[] found = {""};
      walk(
          root,
          "",
          (n, p, isProperty) -> {
            if (n == target) {
              found[0] = p;
            }
          });
      return found[0];
    }

    List<ArrayNode> arrays() {
      List<ArrayNode> out = new ArrayList<>();
      walk(
          root,
          "",
          (n, p, isProperty) -> {
            if (n.isArray()) {
              out.add((ArrayNode) n);
            }
          });
      return out;
    }

    List<String> strings() {
      List<String> out = new ArrayList<>();
      walk(
          root,
          "",
          (n, p, isProperty) -> {
            if (n.isTextual()) {
              out.add(n.textValue());
            }
          });
      return out;
    }

    java.util.Set<String> names() {
      java.util.Set<String> out = new java.util.TreeSet<>();
      walk(root, "", (n, p, isProperty) -> n.fieldNames().forEachRemaining(out::add));
      return out;
    }

    byte[] write() {
      StringBuilder out = new StringBuilder();
      write(root, "", out);
      return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void write(JsonNode n, String path, StringBuilder out) {
      String replacement = raw.get(path);
      if (replacement != null) {
        out.append(replacement);
      } else if (n.isObject()) {
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          out.append(first ? "" : ",").append(quote(f.getKey())).append(':');
          write(f.getValue(), path + "/" + escape(f.getKey()), out);
          first = false;
        }
        String more = extra.get(path);
        if (more != null) {
          out.append(first ? "" : ",").append(more);
        }
        out.append('}');
      } else if (n.isArray()) {
        out.append('[');
        for (int i = 0; i < n.size(); i++) {
          out.append(i == 0 ? "" : ",");
          write(n.get(i), path + "/" + i, out);
        }
        out.append(']');
      } else {
        out.append(n.toString());
      }
    }

    private static String escape(String name) {
      return name.replace("~", "~0").replace("/", "~1");
    }

    interface Visitor {
      void visit(JsonNode n, String path, boolean isProperty);
    }

    static void walk(JsonNode n, String path, Visitor v) {
      walk(n, path, false, v);
    }

    private static void walk(JsonNode n, String path, boolean isProperty, Visitor v) {
      v.visit(n, path, isProperty);
      if (n.isObject()) {
        n.properties().forEach(f -> walk(f.getValue(), path + "/" + escape(f.getKey()), true, v));
      } else if (n.isArray()) {
        for (int i = 0; i < n.size(); i++) {
          walk(n.get(i), path + "/" + i, false, v);
        }
      }
    }
  }
}
