package io.atrest.engine.table;

import java.time.Instant;

/** {@code ArchivalSummary} of an archived table. */
public record ArchivalSummary(
    Instant archivalDateTime, String archivalReason, String archivalBackupArn) {}
