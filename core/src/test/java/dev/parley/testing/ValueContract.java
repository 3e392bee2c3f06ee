package dev.parley.testing;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;

/**
 * Checks the value contract of a public type with guava-testlib: equals and hashCode agree over
 * groups of equal values, and every public static factory and instance method rejects a null
 * argument with a NullPointerException rather than accepting it.
 */
public final class ValueContract {
  private ValueContract() {}

  /**
   * Checks equals, hashCode and null-hostility.
   *
   * @param type the public type
   * @param groups groups of values; the values in one group are equal, values in different groups
   *     are not
   */
  @SafeVarargs
  public static <T> void check(Class<T> type, List<? extends T>... groups) {
    EqualsTester tester = new EqualsTester();
    for (List<? extends T> group : groups) {
      tester.addEqualityGroup(group.toArray());
    }
    tester.testEquals();
    NullPointerTester nulls = new NullPointerTester();
    nulls.testAllPublicStaticMethods(type);
    for (List<? extends T> group : groups) {
      nulls.testAllPublicInstanceMethods(group.get(0));
    }
  }
}
