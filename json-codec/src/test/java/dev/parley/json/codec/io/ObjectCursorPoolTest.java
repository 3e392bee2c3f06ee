package dev.parley.json.codec.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reader's cursors form a stack: nested objects get their own, siblings share one. */
class ObjectCursorPoolTest {
  /** The pool never calls its reader; it only hands it to the cursors it makes. */
  private final ObjectCursor.Pool pool =
      new ObjectCursor.Pool(
          (TokenReader)
              Proxy.newProxyInstance(
                  TokenReader.class.getClassLoader(),
                  new Class<?>[] {TokenReader.class},
                  (proxy, method, args) -> {
                    throw new AssertionError("called " + method.getName());
                  }));

  @Test
  void nestedObjectsGetDistinctCursorsAndASiblingReusesAnEndedOne() {
    ObjectCursor record = pool.take();
    ObjectCursor source = pool.take();
    assertThat(source).isNotSameAs(record);
    pool.release(1); // the source object ended
    ObjectCursor nextSource = pool.take();
    assertThat(nextSource).isSameAs(source);
    ObjectCursor inner = pool.take();
    assertThat(inner).isNotSameAs(record).isNotSameAs(source);
  }

  @Test
  void aNewRootFreesTheCursorsOfAReadThatFailed() {
    List<ObjectCursor> failed = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      failed.add(pool.take()); // a read that never reached its objects' ends
    }
    assertThat(failed).doesNotHaveDuplicates();
    pool.startRoot();
    assertThat(pool.take()).isSameAs(failed.get(0));
  }
}
