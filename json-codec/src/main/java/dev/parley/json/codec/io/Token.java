package dev.parley.json.codec.io;

/**
 * The kinds of token a {@link TokenReader} returns: the tokens of JSON, named as the codecs see
 * them whichever parser reads the text.
 */
public enum Token {
  /** {@code {}. */
  START_OBJECT,
  /** {@code }}. */
  END_OBJECT,
  /** {@code [}. */
  START_ARRAY,
  /** {@code ]}. */
  END_ARRAY,
  /** A property name. */
  FIELD_NAME,
  /** A string. */
  VALUE_STRING,
  /** A number without fraction or exponent. */
  VALUE_NUMBER_INT,
  /** A number with a fraction or an exponent. */
  VALUE_NUMBER_FLOAT,
  /** {@code true}. */
  VALUE_TRUE,
  /** {@code false}. */
  VALUE_FALSE,
  /** {@code null}. */
  VALUE_NULL,
  /** Anything else a parser may report, such as an embedded object; never valid in the format. */
  OTHER
}
