package io.atrest.serve.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.serve.auth.Identities;
import io.atrest.serve.dynamodb.DynamoDbApi;
import io.atrest.serve.kms.KmsApi;
import io.atrest.serve.wire.Input;
import io.atrest.serve.wire.Json;
import io.atrest.serve.wire.Operation;
import io.atrest.serve.wire.Protocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The engine behind the server and the two APIs over it, swapped whole by a reset. Every call runs
 * under one lock: the engine serializes its operations anyway, and a reset must not interleave with
 * a request. With a data directory, the clock's offset is kept in {@code clock-offset} so that a
 * restart does not move time backwards for the keys and tables already stored, and the audit trail
 * in a {@link TrailJournal} committed before each response, so that a restart serves the records of
 * every answered request.
 */
public final class Services implements AutoCloseable {

  private static final String CLOCK_FILE = "clock-offset";

  private final Object lock = new Object();
  private final String region;
  private final Identities identities;
  private final Optional<Path> dataDir;
  private Engine engine;
  private KmsApi kms;
  private DynamoDbApi dynamoDb;
  private Optional<TrailJournal> journal = Optional.empty();
  // The request running under the lock, told of the records it makes.
  private RequestTrail current;
  private final RequestIds fallbackIds = new RequestIds();
  private final Set<String> kmsNames;
  private final Set<String> dynamoDbNames;

  public Services(String region, Identities identities, Optional<Path> dataDir) {
    this.region = region;
    this.identities = identities;
    this.dataDir = dataDir;
    open(readOffset());
    this.kmsNames = kms.names();
    this.dynamoDbNames = dynamoDb.names();
  }

  private void open(Duration offset) {
    engine =
        new Engine(
            region,
            identities,
            dataDir,
            new OffsetClock(Clock.systemUTC(), offset),
            this::dynamoDbRequestId);
    kms = new KmsApi(engine.kms());
    dynamoDb = new DynamoDbApi(engine::dynamoDb);
    journal = dataDir.map(TrailJournal::open);
    engine.trail().listen(this::recorded);
  }

  // DynamoDB records only happen inside a request; a fresh id covers any the engine makes by
  // itself.
  private String dynamoDbRequestId() {
    return current != null ? current.freshId() : fallbackIds.next(Protocol.DYNAMODB);
  }

  private void recorded(TrailEvent event) {
    if (current != null) {
      current.recorded(event);
    }
    journal.ifPresent(j -> j.append(event));
  }

  /**
   * The operation {@code name} of {@code protocol}, if the engine has it, to run with {@link
   * #call}. Every engine has the same operations, so the lookup takes no lock (a request waits for
   * the lock once, not twice); the operation runs against the engine current when it is called,
   * even across a reset.
   */
  public Optional<Operation> operation(Protocol protocol, String name) {
    boolean known =
        protocol == Protocol.KMS ? kmsNames.contains(name) : dynamoDbNames.contains(name);
    if (!known) {
      return Optional.empty();
    }
    return Optional.of(
        (caller, request) ->
            (protocol == Protocol.KMS ? kms.operation(name) : dynamoDb.operation(name))
                .orElseThrow()
                .apply(caller, request));
  }

  /**
   * Runs {@code op} for {@code caller}, serialized with every other call and with resets, telling
   * {@code trail} of the records it makes. Those records are durable when this returns or throws.
   */
  public ObjectNode call(Operation op, Caller caller, Input request, RequestTrail trail) {
    synchronized (lock) {
      current = trail;
      try {
        return op.apply(caller, request);
      } finally {
        current = null;
        journal.ifPresent(TrailJournal::commit);
      }
    }
  }

  /** Moves the engine's clock forward by {@code step}; returns the engine's new time. */
  public Instant advance(Duration step) {
    synchronized (lock) {
      Instant now = engine.clock().advance(step);
      writeOffset(engine.clock().offset());
      engine.kms().processDueEvents();
      journal.ifPresent(TrailJournal::commit);
      return now;
    }
  }

  /**
   * The CloudTrail log body of every account, or of one: the records restored from the journal of
   * earlier runs, then this run's.
   */
  public ObjectNode trail(Optional<String> account) {
    synchronized (lock) {
      ObjectNode body = Json.NODES.objectNode();
      ArrayNode records = body.putArray("Records");
      journal.ifPresent(
          j ->
              j.restored().stream()
                  .filter(
                      r ->
                          account.isEmpty()
                              || account.get().equals(r.path("recipientAccountId").asText()))
                  .forEach(records::add));
      if (account.isPresent()) {
        records.addAll((ArrayNode) engine.trail().toRecordsJson(account.get()).get("Records"));
      } else {
        engine.trail().events().forEach(e -> records.add(e.toJson()));
      }
      return body;
    }
  }

  /**
   * Forgets everything: keys, tables, trail, clock offset, and the files under the data directory.
   */
  public void reset() {
    synchronized (lock) {
      closeEngine();
      dataDir.ifPresent(Services::deleteEngineFiles);
      open(Duration.ZERO);
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closeEngine();
    }
  }

  private void closeEngine() {
    try {
      engine.close();
    } finally {
      journal.ifPresent(TrailJournal::close);
    }
  }

  private Duration readOffset() {
    return dataDir
        .map(d -> d.resolve(CLOCK_FILE))
        .filter(Files::exists)
        .map(
            f -> {
              try {
                return Duration.ofMillis(Long.parseLong(Files.readString(f).trim()));
              } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
              }
            })
        .orElse(Duration.ZERO);
  }

  private void writeOffset(Duration offset) {
    dataDir.ifPresent(
        d -> {
          try {
            Path tmp = d.resolve(CLOCK_FILE + ".tmp");
            Files.writeString(tmp, Long.toString(offset.toMillis()));
            Files.move(
                tmp,
                d.resolve(CLOCK_FILE),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write the clock offset in " + d, e);
          }
        });
  }

  private static void deleteEngineFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("kms.")
            || name.startsWith("dynamodb-")
            || name.startsWith(CLOCK_FILE)
            || name.equals(TrailJournal.FILE)) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the data directory " + dir, e);
    }
  }
}
