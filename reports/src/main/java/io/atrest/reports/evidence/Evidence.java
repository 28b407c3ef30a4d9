package io.atrest.reports.evidence;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One attachment of structured evidence, as the report understands it. Every form keeps the JSON as
 * attached ({@link #raw()}), so the report can always show exactly what the step recorded.
 */
public sealed interface Evidence
    permits DecisionEvidence,
        TrailEvidence,
        KeyStatesEvidence,
        KmsUsageEvidence,
        PolicyFindingsEvidence,
        NoteEvidence,
        UnknownEvidence,
        MalformedEvidence {

  /** The media type steps attach evidence with; other attachments are not evidence. */
  String MEDIA_TYPE = "application/vnd.atrest.evidence+json";

  /** The attachment's name as given to {@code Scenario.attach}; empty when none was given. */
  String name();

  /** The {@code kind} member as attached ({@code "malformed"} when there was none to read). */
  String kind();

  /** The evidence as attached: the JSON document, or a text node when it was not JSON. */
  JsonNode raw();
}
