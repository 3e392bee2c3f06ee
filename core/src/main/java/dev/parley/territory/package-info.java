/**
 * Territorial claims and assessed control: a {@link dev.parley.territory.TerritorialClaim} says
 * what a claimant claims about a place, a region or a share of a country; an {@link
 * dev.parley.territory.Assessment} by someone else judges a claim or describes who controls a
 * place; {@link dev.parley.territory.ControlIndex} answers what was claimed and assessed as of a
 * date, which places are contested and how a place changed hands; {@link
 * dev.parley.territory.TerritoryFindings} reports the rules that span several records.
 */
@NullMarked
package dev.parley.territory;

import org.jspecify.annotations.NullMarked;
