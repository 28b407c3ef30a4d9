package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import java.util.Optional;

/** Scan: {@code TableName}, optional {@code IndexName}. */
public record ScanRequest(Caller caller, String tableName, Optional<String> indexName) {}
