package dev.parley.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.chronicle.Chronicle;
import dev.parley.estimate.Estimate;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.party.Party;
import dev.parley.testing.SeedStory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module in the mappers applications build: a plain {@code JsonMapper} that finds
 * modules on the class path, and the mapper Spring Boot 4 builds by default (its {@code
 * JacksonAutoConfiguration}: a {@code JsonMapper.builder()} with {@code findAndAddModules}, the
 * application's module beans and the problem-details mix-in; and the same with {@code
 * spring.jackson.use-jackson2-defaults}), reproduced here without Spring.
 */
class ParleyModuleTest {
  private static final ParleyJson JSON = ParleyJson.defaults();

  /** A Spring Boot 4 mapper: what its auto-configuration does to the builder, in its order. */
  private static JsonMapper springBoot4(boolean jackson2Defaults, JacksonModule... beans) {
    JsonMapper.Builder builder = JsonMapper.builder();
    if (jackson2Defaults) {
      builder
          .configureForJackson2()
          .disable(
              DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS,
              DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    }
    builder.findAndAddModules(ParleyModuleTest.class.getClassLoader());
    // the component and mix-in modules Boot always registers, then the application's module beans
    builder.addModule(new SimpleModule("JacksonComponentModule"));
    builder.addModule(new SimpleModule("JacksonMixinModule"));
    for (JacksonModule bean : beans) {
      builder.addModule(bean);
    }
    builder.addMixIn(ProblemDetailLike.class, ProblemDetailLikeMixin.class);
    return builder.build();
  }

  /** Stands for Spring's {@code ProblemDetail}, which Boot gives a mix-in. */
  static final class ProblemDetailLike {}

  /** Stands for Boot's mix-in. */
  abstract static class ProblemDetailLikeMixin {}

  private static void readsAndWritesParleyTypes(JsonMapper mapper) throws Exception {
    Party party = SeedStory.UKRAINE;
    String written = mapper.writeValueAsString(party);
    assertThat(mapper.readValue(written, Party.class)).isEqualTo(party);
    assertThat(JSON.read(written, Party.class)).isEqualTo(party);
    Chronicle chronicle = SeedStory.chronicle();
    byte[] document = JSON.writeBytes(chronicle);
    assertThat(mapper.readValue(document, Chronicle.class)).isEqualTo(chronicle);
    assertThat(JSON.read(mapper.writeValueAsBytes(chronicle), Chronicle.class))
        .isEqualTo(chronicle);
    assertThat(mapper.readValue("{\"kind\":\"exact\",\"value\":8}", Estimate.class))
        .isEqualTo(Estimate.exact(8));
    // as strict as ParleyJson: an unknown property is Parley's exception, with its pointer
    Throwable e =
        catchThrowable(
            () ->
                mapper.readValue(
                    "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\",\"x\":1}",
                    Party.class));
    assertThat(e).isInstanceOf(ParleyJsonException.class);
    assertThat(((ParleyJsonException) e).kind())
        .isEqualTo(ParleyJsonException.Kind.UNKNOWN_PROPERTY);
    assertThat(((ParleyJsonException) e).pointer()).isEqualTo("/x");
  }

  @Test
  void aPlainJsonMapperFindsTheModule() throws Exception {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules())
        .anySatisfy(m -> assertThat(m).isInstanceOf(ParleyModule.class));
    readsAndWritesParleyTypes(mapper);
  }

  @Test
  void aJsonMapperWithoutTheModuleDoesNotReadParleyTypes() {
    JsonMapper mapper = JsonMapper.builder().build();
    assertThat(
            catchThrowable(
                () ->
                    mapper.readValue(
                        "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}",
                        Party.class)))
        .isNotNull()
        .isNotInstanceOf(ParleyJsonException.class);
  }

  @Test
  void springBoot4sDefaultMapperFindsTheModule() throws Exception {
    readsAndWritesParleyTypes(springBoot4(false));
  }

  @Test
  void springBoot4sMapperWithJackson2DefaultsFindsTheModule() throws Exception {
    readsAndWritesParleyTypes(springBoot4(true));
  }

  @Test
  void springBoot4sMapperTakesTheModuleAsABeanToo() throws Exception {
    JsonMapper mapper = springBoot4(false, new ParleyModule());
    assertThat(mapper.registeredModules().stream().filter(m -> m instanceof ParleyModule))
        .hasSize(1);
    readsAndWritesParleyTypes(mapper);
  }

  @Test
  void theModuleWritesWhatTheJackson2ModuleWrites() throws Exception {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Party party = SeedStory.UKRAINE;
    assertThat(new String(mapper.writeValueAsBytes(party), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\",\"country\":\"UA\"}");
  }

  @Test
  void theModuleNamesItself() {
    ParleyModule m = new ParleyModule();
    assertThat(m.getModuleName()).isEqualTo("parley-json-jackson3");
    assertThat(m.version().getArtifactId()).isEqualTo("parley-json-jackson3");
    assertThat(m.version().getMajorVersion()).isZero();
    assertThat(m.version().getMinorVersion()).isEqualTo(1);
  }
}
