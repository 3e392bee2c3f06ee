package dev.parley.examples;

import dev.parley.interop.ImportOptions;
import dev.parley.interop.ImportReport;
import dev.parley.interop.RecordSink;
import dev.parley.interop.acled.AcledImporter;
import dev.parley.interop.ucdp.GleditschWard;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Run by {@link ModulePathTest} in a JVM where core and interop are named modules on the module
 * path.
 */
public final class InteropModuleProbe {
  private InteropModuleProbe() {}

  /**
   * Prints what the module system sees, a table lookup and the result of importing one row.
   *
   * @param args none
   */
  public static void main(String[] args) {
    String csv =
        "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,iso,country,location,"
            + "latitude,longitude,geo_precision,fatalities\n"
            + "UKR1,2025-05-23,1,Explosions/Remote violence,Grenade,Military Forces of Russia (2000-),804,Ukraine,Odesa,"
            + "46.49,30.74,1,1\n";
    List<Object> values = new ArrayList<>();
    ImportReport report =
        AcledImporter.of(ImportOptions.defaults())
            .read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "probe.csv",
                RecordSink.of(values::add));
    System.out.println(
        AcledImporter.class.getModule().getName()
            + " "
            + GleditschWard.country(369).orElseThrow()
            + " "
            + values.size()
            + " "
            + report.errors());
  }
}
