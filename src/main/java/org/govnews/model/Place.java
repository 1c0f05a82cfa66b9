package org.govnews.model;

import java.util.List;
import java.util.Optional;

/**
 * A place named in the text, resolved to China's administrative divisions (GB/T 2260) so that
 * records join with statistics keyed by division code. Immutable.
 *
 * @param name the name as normalized (小店区)
 * @param code the six-digit division code; empty for zones and unresolved names
 * @param level the division level, ZONE for development zones; empty when unresolved
 * @param parents the full names of the divisions above it, top first (山西省, 太原市)
 * @param candidates other codes the name may mean when the article's context does not decide
 */
public record Place(
    String name,
    Optional<String> code,
    Optional<PlaceLevel> level,
    List<String> parents,
    List<String> candidates) {
  /**
   * Copies the lists; rejects nulls.
   *
   * @param name the name as normalized (小店区)
   * @param code the six-digit division code; empty for zones and unresolved names
   * @param level the division level, ZONE for development zones; empty when unresolved
   * @param parents the full names of the divisions above it, top first (山西省, 太原市)
   * @param candidates other codes the name may mean when the article's context does not decide
   */
  public Place {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(code, "code");
    java.util.Objects.requireNonNull(level, "level");
    parents = List.copyOf(parents);
    candidates = List.copyOf(candidates);
  }
}
