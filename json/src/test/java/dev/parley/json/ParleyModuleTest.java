package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.estimate.Estimate;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.Place;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Jackson module: found by the service loader, and as strict as ParleyJson. */
class ParleyModuleTest {
  private static final String UKRAINE =
      "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\",\"country\":\"UA\"}";

  /** A user's own bean holding Parley values. */
  public static final class Report {
    public Party party;
    public List<Estimate> figures;
  }

  @Test
  void findAndRegisterModulesReadsAParty() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(ParleyModule.class.getName());
    assertThat(mapper.readValue(UKRAINE, Party.class)).isEqualTo(Seed.UKRAINE);
  }

  @Test
  void registeredMapperWritesTheFormat() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ParleyModule());
    assertThat(mapper.writeValueAsString(Seed.UKRAINE)).isEqualTo(UKRAINE);
    assertThat(mapper.writeValueAsString(Role.MEDIATOR)).isEqualTo("\"mediator\"");
    assertThat(mapper.writeValueAsString(PartyId.of("ua:zelensky"))).isEqualTo("\"ua:zelensky\"");
  }

  @Test
  void readsParleyValuesInsideAUsersBean() throws Exception {
    ObjectMapper mapper = ParleyJson.defaults().newObjectMapper();
    String text =
        "{\"party\":"
            + UKRAINE
            + ",\"figures\":[{\"kind\":\"exact\",\"value\":390},{\"kind\":\"unknown\"}]}";
    Report r = mapper.readValue(text, Report.class);
    assertThat(r.party).isEqualTo(Seed.UKRAINE);
    assertThat(r.figures).containsExactly(Estimate.exact(390), Estimate.unknown());
    assertThat(mapper.writeValueAsString(r)).isEqualTo(text);
  }

  @Test
  void moduleReadingIsStrict() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\",\"x\":1}",
                    Party.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
              assertThat(e.pointer()).isEqualTo("/x");
            });
  }

  @Test
  void ruleViolationInsideABeanKeepsItsCause() {
    ObjectMapper mapper = ParleyJson.defaults().newObjectMapper();
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"party\":{\"type\":\"party\",\"id\":\"ua\",\"name\":\"\",\"kind\":\"state\"}}",
                    Report.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("PARTY_NAME_BLANK");
              assertThat(e.pointer()).isEqualTo("/party");
            });
  }

  @Test
  void strictMapperRejectsUnknownPropertiesOfUserBeans() {
    ObjectMapper mapper = ParleyJson.defaults().newObjectMapper();
    assertThatThrownBy(() -> mapper.readValue("{\"extra\":1}", Report.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void mapperAndParleyJsonWriteTheSameRecord() throws Exception {
    ObjectMapper mapper = ParleyJson.defaults().newObjectMapper();
    String compact = mapper.writeValueAsString(Seed.ODESA_PORT);
    Place back = ParleyJson.defaults().read(compact.getBytes(StandardCharsets.UTF_8), Place.class);
    assertThat(back).isEqualTo(Seed.ODESA_PORT);
  }

  @Test
  void moduleHasAVersion() {
    ParleyModule m = new ParleyModule();
    assertThat(m.version().getGroupId()).isEqualTo("dev.parley");
    assertThat(m.version().getArtifactId()).isEqualTo("parley-json");
    assertThat(m.version().isUnknownVersion()).isFalse();
  }
}
