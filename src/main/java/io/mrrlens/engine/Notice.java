package io.mrrlens.engine;

import java.util.List;

/**
 * Something a run tells besides its answer (rows set aside, months with no records), for stderr:
 * its messages, then a hint such as {@code fix: ...} or {@code see: ...}.
 *
 * @param label what the hint is, e.g. {@code fix} or {@code see}
 */
public record Notice(List<String> messages, String label, String hint) {}
