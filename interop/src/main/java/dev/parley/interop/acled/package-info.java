/**
 * The ACLED importer: export CSV files as downloaded and the API's JSON rows, mapped by column
 * name.
 */
@NullMarked
package dev.parley.interop.acled;

import org.jspecify.annotations.NullMarked;
