package dev.parley.examples.guide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import java.io.PrintStream;

/** Use Parley values in an ObjectMapper you already have, as a web framework does. */
public final class JacksonModuleExample {
  private JacksonModuleExample() {}

  /**
   * Runs the example.
   *
   * @param out where to print
   * @throws JsonProcessingException never for these values
   */
  public static void run(PrintStream out) throws JsonProcessingException {
    // ParleyModule is registered in META-INF/services, so findAndRegisterModules() picks it up;
    // mapper.registerModule(new ParleyModule()) does the same explicitly.
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Party ukraine = Party.of(PartyId.of("ua"), "Ukraine", PartyKind.STATE);
    String json = mapper.writeValueAsString(ukraine);
    out.println(json);
    out.println(mapper.readValue(json, Party.class).equals(ukraine));
  }
}
