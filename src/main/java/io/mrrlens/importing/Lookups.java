package io.mrrlens.importing;

import java.util.Map;

/**
 * IDs that some layouts write instead of names, and what they stand for: company IDs (Autotask's
 * {@code companyID}) to company names from a companies export, and ticket IDs to the client of the
 * ticket (Autotask time entries name no company).
 */
record Lookups(Map<String, String> companies, Map<String, String> tickets) {

  static final Lookups NONE = new Lookups(Map.of(), Map.of());
}
