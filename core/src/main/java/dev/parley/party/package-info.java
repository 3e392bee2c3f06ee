/**
 * Parties (states, armed groups, international organisations, persons acting for one) and the roles
 * they play in a record: side, mediator, host, transit state, facilitator, commentator.
 */
@NullMarked
package dev.parley.party;

import org.jspecify.annotations.NullMarked;
