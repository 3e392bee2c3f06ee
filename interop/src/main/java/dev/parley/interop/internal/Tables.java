package dev.parley.interop.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableMap;
import dev.parley.place.CountryCode;
import dev.parley.place.RegionCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lookup tables shipped as resources: ISO 3166-1 numeric, alpha-2, alpha-3 and English names;
 * Gleditsch-Ward state numbers; and first-level region names with their ISO 3166-2 codes.
 */
public final class Tables {
  private static final Map<String, String> NUMERIC;
  private static final Map<String, String> ALPHA3;
  private static final Map<String, String> TO_ALPHA3;
  private static final Map<String, String> NAMES;
  private static final Map<String, String> REGIONS;
  private static final Map<Integer, String[]> GLEDITSCH_WARD;

  static {
    Map<String, String> numeric = new HashMap<>();
    Map<String, String> alpha3 = new HashMap<>();
    Map<String, String> toAlpha3 = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Map<String, String> r : read("iso-3166-1.csv")) {
      String a2 = r.get("alpha2");
      if (!CountryCode.isKnown(a2)) {
        continue;
      }
      numeric.put(r.get("numeric"), a2);
      alpha3.put(r.get("alpha3"), a2);
      toAlpha3.put(a2, r.get("alpha3"));
      names.put(key(r.get("name")), a2);
    }
    for (String a2 : Locale.getISOCountries()) {
      names.putIfAbsent(key(new Locale("", a2).getDisplayCountry(Locale.ENGLISH)), a2);
    }
    Map<Integer, String[]> gw = new HashMap<>();
    for (Map<String, String> r : read("gleditsch-ward.csv")) {
      gw.put(Integer.parseInt(r.get("gwno")), new String[] {r.get("name"), r.get("iso_alpha2")});
      if (!r.get("iso_alpha2").isEmpty()) {
        names.putIfAbsent(key(r.get("name")), r.get("iso_alpha2"));
      }
    }
    Map<String, String> regions = new HashMap<>();
    for (Map<String, String> r : read("admin1.csv")) {
      regions.put(r.get("country") + ":" + key(r.get("name")), r.get("region"));
    }
    NUMERIC = ImmutableMap.copyOf(numeric);
    ALPHA3 = ImmutableMap.copyOf(alpha3);
    TO_ALPHA3 = ImmutableMap.copyOf(toAlpha3);
    NAMES = ImmutableMap.copyOf(names);
    REGIONS = ImmutableMap.copyOf(regions);
    GLEDITSCH_WARD = ImmutableMap.copyOf(gw);
  }

  private Tables() {}

  private static List<Map<String, String>> read(String resource) {
    CsvMapper mapper = new CsvMapper();
    try (InputStream in = Tables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      MappingIterator<Map<String, String>> it =
          mapper
              .readerForMapOf(String.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(in);
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(String name) {
    return Ids.slug(name, 128);
  }

  /**
   * Returns the alpha-2 code of an ISO 3166-1 numeric code.
   *
   * @param numeric such as {@code 804} or {@code 4}
   * @return such as {@code UA}, or empty when unknown
   */
  public static Optional<String> alpha2FromNumeric(String numeric) {
    String n = numeric.strip();
    if (n.isEmpty() || n.length() > 3) {
      return Optional.empty();
    }
    return Optional.ofNullable(NUMERIC.get("000".substring(n.length()) + n));
  }

  /**
   * Returns the alpha-2 code of an ISO 3166-1 alpha-3 code.
   *
   * @param alpha3 such as {@code UKR}
   * @return such as {@code UA}, or empty when unknown
   */
  public static Optional<String> alpha2FromAlpha3(String alpha3) {
    return Optional.ofNullable(ALPHA3.get(alpha3.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * Returns the alpha-3 code of an ISO 3166-1 alpha-2 code.
   *
   * @param alpha2 such as {@code UA}
   * @return such as {@code UKR}, or empty when unknown
   */
  public static Optional<String> alpha3(String alpha2) {
    return Optional.ofNullable(TO_ALPHA3.get(alpha2));
  }

  /**
   * Returns the alpha-2 code of a country's English name.
   *
   * @param name such as {@code Ukraine}; case, accents and punctuation do not matter
   * @return the code, or empty when the name is not known
   */
  public static Optional<String> alpha2FromName(String name) {
    return name.isBlank() ? Optional.empty() : Optional.ofNullable(NAMES.get(key(name)));
  }

  /**
   * Returns the ISO 3166-2 code of a first-level region named in a dataset, such as ACLED's {@code
   * Kharkiv} or UCDP's {@code Kharkiv oblast}.
   *
   * @param country the region's country
   * @param name the region's name, with or without a word such as oblast, province or region
   * @return the code, or empty when the table does not have the region
   */
  public static Optional<RegionCode> region(String country, String name) {
    String k = key(name);
    for (String suffix :
        new String[] {
          "-oblast", "-province", "-region", "-governorate", "-state", "-krai", "-republic"
        }) {
      if (k.endsWith(suffix)) {
        k = k.substring(0, k.length() - suffix.length());
        break;
      }
    }
    String code = REGIONS.get(country + ":" + k);
    return code == null ? Optional.empty() : Optional.of(RegionCode.parse(code));
  }

  /**
   * Returns a Gleditsch-Ward state: its name and its ISO 3166-1 alpha-2 code.
   *
   * @param number the state number
   * @return the name and the code (empty for states with no ISO code, such as Yugoslavia), or null
   *     when the number is not in the list
   */
  public static String @org.jspecify.annotations.Nullable [] gleditschWard(int number) {
    String[] s = GLEDITSCH_WARD.get(number);
    return s == null ? null : s.clone();
  }

  /**
   * Returns every Gleditsch-Ward number in the table.
   *
   * @return the numbers, immutable
   */
  public static java.util.Set<Integer> gleditschWardNumbers() {
    return GLEDITSCH_WARD.keySet();
  }
}
