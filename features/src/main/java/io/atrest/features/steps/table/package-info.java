/**
 * The table-store steps of the atrest step library: creating and switching tables with the three
 * kinds of key (also by the seeds' {@code aws dynamodb} commands, verbatim), reading and writing
 * items as a principal, table status and {@code SSEDescription}, inaccessible and archived tables,
 * backups, global-table replicas, and how DynamoDB uses KMS (its requests, grants, table keys and
 * what reaches storage). Step classes are thin; the world objects of this package ({@link
 * io.atrest.features.steps.table.TableRequests}, {@link
 * io.atrest.features.steps.table.ItemRequests}, {@link io.atrest.features.steps.table.KeyUse} and
 * the rest) do the work, on the scenario's {@link io.atrest.features.world.TableWorld}.
 */
@NullMarked
package io.atrest.features.steps.table;

import org.jspecify.annotations.NullMarked;
