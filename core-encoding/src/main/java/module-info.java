/**
 * Immutables encodings the core is compiled with. Needed only at compile time: the core requires it
 * {@code static}, and nothing of it is loaded at run time.
 */
module dev.parley.core.encoding {
  requires static org.immutables.value.annotations;
  requires static org.immutables.encode;
  requires static com.google.common;

  exports dev.parley.encoding;
}
