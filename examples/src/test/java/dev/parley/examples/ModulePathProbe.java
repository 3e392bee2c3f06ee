package dev.parley.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.json.ParleyJson;
import dev.parley.party.Party;

/**
 * Run by {@link ModulePathTest} in a JVM where core and json are named modules on the module path.
 */
public final class ModulePathProbe {
  private ModulePathProbe() {}

  /**
   * Prints what the module system sees and reads a party both ways.
   *
   * @param args none
   * @throws Exception if reading fails
   */
  public static void main(String[] args) throws Exception {
    String json = "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}";
    Party viaParley = ParleyJson.defaults().read(json, Party.class);
    Party viaJackson = new ObjectMapper().findAndRegisterModules().readValue(json, Party.class);
    System.out.println(
        Party.class.getModule().getName()
            + " "
            + ParleyJson.class.getModule().getName()
            + " "
            + viaParley.equals(viaJackson)
            + " "
            + (ParleyJson.class.getResourceAsStream("/dev/parley/json/schema/party.schema.json")
                != null));
  }
}
