/**
 * Negotiation rounds: talks with a venue, dates, a duration, a format (direct, mediated,
 * proximity), the parties' delegations, hosts and mediators, and outcomes that point to the
 * agreements and proposals the talks produced.
 */
@NullMarked
package dev.parley.negotiation;

import org.jspecify.annotations.NullMarked;
