/**
 * The JSON Schemas (draft 2020-12) of the Parley wire format, shipped as resources of this package:
 * {@code common.schema.json}, one {@code <type>.schema.json} per record type and {@code
 * chronicle.schema.json}. The package holds no classes; it is open so that schema validators can
 * load the files from the module, for example with {@code
 * ParleyJson.class.getResourceAsStream("/dev/parley/json/schema/exchange.schema.json")}.
 */
@NullMarked
package dev.parley.json.schema;

import org.jspecify.annotations.NullMarked;
