/** Identifiers of records: agreements, exchanges, talks, proposals, claims and incidents. */
@NullMarked
package dev.parley.record;

import org.jspecify.annotations.NullMarked;
