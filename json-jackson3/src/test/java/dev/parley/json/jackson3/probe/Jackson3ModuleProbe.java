package dev.parley.json.jackson3.probe;

import dev.parley.json.format.JsonLimits;
import dev.parley.json.jackson3.ParleyJson;
import dev.parley.party.Party;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run by {@code ModulePathTest} in a JVM where core, the codecs and the Jackson 3 module are named
 * modules on the module path.
 */
public final class Jackson3ModuleProbe {
  private Jackson3ModuleProbe() {}

  /**
   * Prints what the module system sees and reads a party both ways.
   *
   * @param args none
   * @throws Exception if reading fails
   */
  public static void main(String[] args) throws Exception {
    String json = "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}";
    Party viaParley = ParleyJson.defaults().read(json, Party.class);
    Party viaMapper = JsonMapper.builder().findAndAddModules().build().readValue(json, Party.class);
    System.out.println(
        Party.class.getModule().getName()
            + " "
            + JsonLimits.class.getModule().getName()
            + " "
            + ParleyJson.class.getModule().getName()
            + " "
            + viaParley.equals(viaMapper));
  }
}
