package dev.parley.json;

/**
 * The hostile fuzz and truncation sweep of the Jackson 2 module, same corpus, mutators, seed and
 * oracle, against the Jackson 3 module: every outcome must be one the oracle accepts, and the
 * outcome counts printed are compared with the Jackson 2 run's by {@link Jackson3ParityTest}.
 */
class Jackson3HostileInputFuzzTest extends HostileInputFuzzTest {
  @Override
  JsonSide side() {
    return Jackson3Side.defaults();
  }
}
