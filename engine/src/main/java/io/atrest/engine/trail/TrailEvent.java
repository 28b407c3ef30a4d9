package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.policy.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One CloudTrail record, immutable. Built with {@link #builder()}, which checks that the fields
 * CloudTrail always writes are there; {@link #toJson()} renders the record exactly as CloudTrail
 * does.
 *
 * <p>Rendering rules:
 *
 * <ul>
 *   <li>{@code eventTime} (and session {@code creationDate}) in whole seconds, {@code
 *       YYYY-MM-DDTHH:MM:SSZ}; the builder truncates, so {@link #eventTime()} is what is written;
 *   <li>{@code requestParameters} and {@code responseElements} are always written, as JSON {@code
 *       null} when absent: this is how CloudTrail records cryptographic operations, reads, and
 *       service events;
 *   <li>every other optional field is omitted when absent, never written as null;
 *   <li>{@code resources} is omitted when the call names no resource.
 * </ul>
 *
 * <p>The {@link #decision()} is evidence for reports and is never rendered.
 *
 * <p>A trail keeps every record and most are never read, so a record keeps its JSON elements as
 * {@link JsonFacts} and its ids as bits, and renders them on each read: every reader gets the same
 * JSON, in a node of its own. What a record has in common with the record built before it (all but
 * its time and ids, when a caller repeats a call) is one shared {@code Shape}, so that the trail
 * can keep a record as a shape and a few numbers ({@link TrailColumns}) and give back an equal
 * record when read. Records are values: equal when their fields are.
 *
 * <p>The class is long because its builder mirrors every CloudTrail field, one setter each.
 */
public final class TrailEvent {

  /**
   * The {@code eventVersion} of new records. The CloudTrail record-contents page gives 1.11 as the
   * current version (seed 004's samples, printed in 2018, say 1.05); 1.11 is the version whose
   * fields the engine writes ({@code managementEvent}, {@code eventCategory}, and for KMS {@code
   * additionalEventData.keyMaterialId}).
   */
  public static final String CURRENT_EVENT_VERSION = "1.11";

  /** {@code eventSource} of AWS KMS. */
  public static final String KMS = "kms.amazonaws.com";

  /** {@code eventSource} of Amazon DynamoDB. */
  public static final String DYNAMODB = "dynamodb.amazonaws.com";

  /** The {@code eventCategory} of every event the engine writes: KMS and DynamoDB control plane. */
  public static final String MANAGEMENT = "Management";

  private static final Set<String> CATEGORIES =
      Set.of("Management", "Data", "Insight", "NetworkActivity");
  private static final Pattern VERSION = Pattern.compile("[1-9][0-9]*\\.[0-9]+");
  private static final FrozenNodes REQUEST_PARAMETERS = new FrozenNodes();
  private static final FrozenNodes RESPONSE_ELEMENTS = new FrozenNodes();
  private static final FrozenNodes ADDITIONAL_EVENT_DATA = new FrozenNodes();
  private static final FrozenNodes SERVICE_EVENT_DETAILS = new FrozenNodes();
  // The shape of the record built last; a race between threads only costs a shape not shared.
  private static volatile Shape lastShape;

  // The fields calls repeat, shared by the records that have them all alike (see Shape); what
  // differs from record to record (the time and three ids) is kept inline, as bits where it can.
  private final Shape shape;
  private final long eventSeconds;
  private final long eventHigh;
  private final long eventLow;
  private final String eventText;
  private final long requestHigh;
  private final long requestLow;
  private final String requestText;
  private final long sharedHigh;
  private final long sharedLow;
  private final String sharedText;
  // Which optional ids the record has: REQUEST_ID, SHARED_EVENT_ID.
  private final byte present;

  static final byte REQUEST_ID = 1;
  static final byte SHARED_EVENT_ID = 2;

  private TrailEvent(Builder b, Shape shape) {
    this(
        shape,
        // Whole seconds, so that eventTime() is what toJson() writes.
        b.eventTime.getEpochSecond(),
        b.eventID.high(),
        b.eventID.low(),
        b.eventID.text(),
        b.requestID == null ? 0 : b.requestID.high(),
        b.requestID == null ? 0 : b.requestID.low(),
        b.requestID == null ? null : b.requestID.text(),
        b.sharedEventID == null ? 0 : b.sharedEventID.high(),
        b.sharedEventID == null ? 0 : b.sharedEventID.low(),
        b.sharedEventID == null ? null : b.sharedEventID.text(),
        (byte)
            ((b.requestID == null ? 0 : REQUEST_ID)
                | (b.sharedEventID == null ? 0 : SHARED_EVENT_ID)));
  }

  /** The record of these parts, as {@link TrailColumns} gives back what it was given. */
  TrailEvent(
      Shape shape,
      long eventSeconds,
      long eventHigh,
      long eventLow,
      String eventText,
      long requestHigh,
      long requestLow,
      String requestText,
      long sharedHigh,
      long sharedLow,
      String sharedText,
      byte present) {
    this.shape = shape;
    this.eventSeconds = eventSeconds;
    this.eventHigh = eventHigh;
    this.eventLow = eventLow;
    this.eventText = eventText;
    this.requestHigh = requestHigh;
    this.requestLow = requestLow;
    this.requestText = requestText;
    this.sharedHigh = sharedHigh;
    this.sharedLow = sharedLow;
    this.sharedText = sharedText;
    this.present = present;
  }

  /** Writes this record's parts into {@code chunk} at {@code slot}, for {@link TrailColumns}. */
  void writeTo(TrailColumns.Chunk chunk, int slot) {
    long[] bits = chunk.bits;
    int at = slot * TrailColumns.LONGS;
    bits[at] = eventSeconds;
    bits[at + 1] = eventHigh;
    bits[at + 2] = eventLow;
    bits[at + 3] = requestHigh;
    bits[at + 4] = requestLow;
    bits[at + 5] = sharedHigh;
    bits[at + 6] = sharedLow;
    chunk.shapes[slot] = shape;
    chunk.present[slot] = present;
    if (eventText != null || requestText != null || sharedText != null) {
      chunk.texts(slot, eventText, requestText, sharedText);
    }
  }

  /**
   * A builder with the defaults of a new engine record: {@code eventVersion} {@value
   * #CURRENT_EVENT_VERSION}, {@code managementEvent: true}, {@code eventCategory: Management}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this record's fields, to derive a variant (e.g. the other account's copy).
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  public String eventVersion() {
    return shape.eventVersion();
  }

  public UserIdentity userIdentity() {
    return shape.userIdentity();
  }

  public Instant eventTime() {
    return Instant.ofEpochSecond(eventSeconds);
  }

  public String eventSource() {
    return shape.eventSource();
  }

  public String eventName() {
    return shape.eventName();
  }

  public String awsRegion() {
    return shape.awsRegion();
  }

  public String sourceIPAddress() {
    return shape.sourceIPAddress();
  }

  public Optional<String> userAgent() {
    return Optional.ofNullable(shape.userAgent());
  }

  /** {@code requestParameters}, a node of the caller's own; empty when CloudTrail writes null. */
  public Optional<ObjectNode> requestParameters() {
    return Optional.ofNullable(render(shape.requestParameters()));
  }

  /** {@code responseElements}, a node of the caller's own; empty when CloudTrail writes null. */
  public Optional<ObjectNode> responseElements() {
    return Optional.ofNullable(render(shape.responseElements()));
  }

  public Optional<ObjectNode> additionalEventData() {
    return Optional.ofNullable(render(shape.additionalEventData()));
  }

  public Optional<String> requestID() {
    return Optional.ofNullable(requestText());
  }

  public String eventID() {
    return TrailId.text(eventHigh, eventLow, eventText);
  }

  public Optional<Boolean> readOnly() {
    return Optional.ofNullable(shape.readOnly());
  }

  public List<TrailResource> resources() {
    return shape.resources();
  }

  public EventType eventType() {
    return shape.eventType();
  }

  public Optional<Boolean> managementEvent() {
    return Optional.ofNullable(shape.managementEvent());
  }

  public Optional<String> eventCategory() {
    return Optional.ofNullable(shape.eventCategory());
  }

  public Optional<String> recipientAccountId() {
    return Optional.ofNullable(shape.recipientAccountId());
  }

  public Optional<String> sharedEventID() {
    return Optional.ofNullable(sharedText());
  }

  public Optional<ObjectNode> serviceEventDetails() {
    return Optional.ofNullable(render(shape.serviceEventDetails()));
  }

  public Optional<String> errorCode() {
    return Optional.ofNullable(shape.errorCode());
  }

  public Optional<String> errorMessage() {
    return Optional.ofNullable(shape.errorMessage());
  }

  /** The authorization decision behind this call, if one was made; evidence, never rendered. */
  public Optional<Decision> decision() {
    return Optional.ofNullable(shape.decision());
  }

  /** Whether the call failed, i.e. the record carries an {@code errorCode}. */
  public boolean failed() {
    return shape.errorCode() != null;
  }

  /** The ARNs of the {@code resources[]} entries of {@code type}, in record order. */
  public List<String> resourceArns(String type) {
    return shape.resources().stream()
        .filter(r -> r.type().equals(type))
        .map(TrailResource::arn)
        .toList();
  }

  /** The record as CloudTrail writes it, fields in CloudTrail's order. */
  public ObjectNode toJson() {
    Shape f = shape;
    ObjectNode node = TrailJson.NODES.objectNode();
    node.put("eventVersion", f.eventVersion());
    node.set("userIdentity", f.userIdentity().toJson());
    node.put("eventTime", TrailJson.time(eventTime()));
    node.put("eventSource", f.eventSource());
    node.put("eventName", f.eventName());
    node.put("awsRegion", f.awsRegion());
    node.put("sourceIPAddress", f.sourceIPAddress());
    TrailJson.putIfPresent(node, "userAgent", f.userAgent());
    TrailJson.putIfPresent(node, "errorCode", f.errorCode());
    TrailJson.putIfPresent(node, "errorMessage", f.errorMessage());
    node.set("requestParameters", nullable(f.requestParameters()));
    node.set("responseElements", nullable(f.responseElements()));
    if (f.additionalEventData() != null) {
      node.set("additionalEventData", f.additionalEventData().toJson());
    }
    TrailJson.putIfPresent(node, "requestID", requestText());
    node.put("eventID", eventID());
    if (f.readOnly() != null) {
      node.put("readOnly", f.readOnly());
    }
    if (!f.resources().isEmpty()) {
      ArrayNode array = node.putArray("resources");
      f.resources().forEach(r -> array.add(r.toJson()));
    }
    node.put("eventType", f.eventType().json());
    if (f.managementEvent() != null) {
      node.put("managementEvent", f.managementEvent());
    }
    TrailJson.putIfPresent(node, "recipientAccountId", f.recipientAccountId());
    TrailJson.putIfPresent(node, "sharedEventID", sharedText());
    if (f.serviceEventDetails() != null) {
      node.set("serviceEventDetails", f.serviceEventDetails().toJson());
    }
    TrailJson.putIfPresent(node, "eventCategory", f.eventCategory());
    return node;
  }

  /** Records are equal when they have the same fields, the ids written the same way. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TrailEvent e
        && eventSeconds == e.eventSeconds
        && eventHigh == e.eventHigh
        && eventLow == e.eventLow
        && requestHigh == e.requestHigh
        && requestLow == e.requestLow
        && sharedHigh == e.sharedHigh
        && sharedLow == e.sharedLow
        && present == e.present
        && Objects.equals(eventText, e.eventText)
        && Objects.equals(requestText, e.requestText)
        && Objects.equals(sharedText, e.sharedText)
        && shape.equals(e.shape);
  }

  @Override
  public int hashCode() {
    return Objects.hash(eventSeconds, eventHigh, eventLow, eventText, shape.eventName());
  }

  @Override
  public String toString() {
    return toJson().toString();
  }

  private String requestText() {
    return (present & REQUEST_ID) == 0 ? null : TrailId.text(requestHigh, requestLow, requestText);
  }

  private String sharedText() {
    return (present & SHARED_EVENT_ID) == 0
        ? null
        : TrailId.text(sharedHigh, sharedLow, sharedText);
  }

  private TrailId eventTrailId() {
    return TrailId.of(eventHigh, eventLow, eventText);
  }

  private TrailId requestTrailId() {
    return (present & REQUEST_ID) == 0 ? null : TrailId.of(requestHigh, requestLow, requestText);
  }

  private TrailId sharedTrailId() {
    return (present & SHARED_EVENT_ID) == 0 ? null : TrailId.of(sharedHigh, sharedLow, sharedText);
  }

  private static com.fasterxml.jackson.databind.JsonNode nullable(JsonFacts value) {
    return value == null ? TrailJson.NODES.nullNode() : value.toJson();
  }

  private static ObjectNode render(JsonFacts facts) {
    return facts == null ? null : facts.toJson();
  }

  /**
   * The fields a record shares with the calls like it: everything but its time and ids. Calls
   * repeat themselves (same caller, key, operation and parameters), so a record whose fields are
   * all those of the record built before it shares that record's shape, and the trail keeps one
   * small object per record. The fields are immutable, compared by {@code equals} (by identity for
   * {@link JsonFacts}, which builders already share).
   */
  record Shape(
      String eventVersion,
      UserIdentity userIdentity,
      String eventSource,
      String eventName,
      String awsRegion,
      String sourceIPAddress,
      String userAgent,
      JsonFacts requestParameters,
      JsonFacts responseElements,
      JsonFacts additionalEventData,
      Boolean readOnly,
      List<TrailResource> resources,
      EventType eventType,
      Boolean managementEvent,
      String eventCategory,
      String recipientAccountId,
      JsonFacts serviceEventDetails,
      String errorCode,
      String errorMessage,
      Decision decision) {

    // Written out rather than generated: this runs for every record, and the generated equals of
    // twenty components goes through a method-handle chain that costs more than the comparisons.
    @Override
    public boolean equals(Object o) {
      if (o == this) {
        return true;
      }
      return o instanceof Shape s
          && Objects.equals(eventName, s.eventName)
          && Objects.equals(requestParameters, s.requestParameters)
          && Objects.equals(resources, s.resources)
          && Objects.equals(userIdentity, s.userIdentity)
          && Objects.equals(recipientAccountId, s.recipientAccountId)
          && Objects.equals(additionalEventData, s.additionalEventData)
          && Objects.equals(responseElements, s.responseElements)
          && Objects.equals(decision, s.decision)
          && Objects.equals(errorCode, s.errorCode)
          && Objects.equals(errorMessage, s.errorMessage)
          && Objects.equals(eventVersion, s.eventVersion)
          && Objects.equals(eventSource, s.eventSource)
          && Objects.equals(awsRegion, s.awsRegion)
          && Objects.equals(sourceIPAddress, s.sourceIPAddress)
          && Objects.equals(userAgent, s.userAgent)
          && Objects.equals(readOnly, s.readOnly)
          && eventType == s.eventType
          && Objects.equals(managementEvent, s.managementEvent)
          && Objects.equals(eventCategory, s.eventCategory)
          && Objects.equals(serviceEventDetails, s.serviceEventDetails);
    }

    @Override
    public int hashCode() {
      return Objects.hash(
          eventVersion,
          userIdentity,
          eventSource,
          eventName,
          awsRegion,
          sourceIPAddress,
          userAgent,
          requestParameters,
          responseElements,
          additionalEventData,
          readOnly,
          resources,
          eventType,
          managementEvent,
          eventCategory,
          recipientAccountId,
          serviceEventDetails,
          errorCode,
          errorMessage,
          decision);
    }
  }

  /** Collects the fields of a {@link TrailEvent}; {@link #build()} checks them. Not thread-safe. */
  public static final class Builder {
    private String eventVersion = CURRENT_EVENT_VERSION;
    private UserIdentity userIdentity;
    private Instant eventTime;
    private String eventSource;
    private String eventName;
    private String awsRegion;
    private String sourceIPAddress;
    private String userAgent;
    private JsonFacts requestParameters;
    private JsonFacts responseElements;
    private JsonFacts additionalEventData;
    private TrailId requestID;
    private TrailId eventID;
    private Boolean readOnly;
    private List<TrailResource> resources = List.of();
    private EventType eventType;
    private Boolean managementEvent = Boolean.TRUE;
    private String eventCategory = MANAGEMENT;
    private String recipientAccountId;
    private TrailId sharedEventID;
    private JsonFacts serviceEventDetails;
    private String errorCode;
    private String errorMessage;
    private Decision decision;

    private Builder() {}

    private Builder(TrailEvent e) {
      Shape f = e.shape;
      eventVersion = f.eventVersion();
      userIdentity = f.userIdentity();
      eventTime = e.eventTime();
      eventSource = f.eventSource();
      eventName = f.eventName();
      awsRegion = f.awsRegion();
      sourceIPAddress = f.sourceIPAddress();
      userAgent = f.userAgent();
      requestParameters = f.requestParameters();
      responseElements = f.responseElements();
      additionalEventData = f.additionalEventData();
      requestID = e.requestTrailId();
      eventID = e.eventTrailId();
      readOnly = f.readOnly();
      resources = f.resources();
      eventType = f.eventType();
      managementEvent = f.managementEvent();
      eventCategory = f.eventCategory();
      recipientAccountId = f.recipientAccountId();
      sharedEventID = e.sharedTrailId();
      serviceEventDetails = f.serviceEventDetails();
      errorCode = f.errorCode();
      errorMessage = f.errorMessage();
      decision = f.decision();
    }

    public Builder eventVersion(String v) {
      this.eventVersion = v;
      return this;
    }

    public Builder userIdentity(UserIdentity v) {
      this.userIdentity = v;
      return this;
    }

    public Builder eventTime(Instant v) {
      this.eventTime = v;
      return this;
    }

    public Builder eventSource(String v) {
      this.eventSource = v;
      return this;
    }

    public Builder eventName(String v) {
      this.eventName = v;
      return this;
    }

    public Builder awsRegion(String v) {
      this.awsRegion = v;
      return this;
    }

    public Builder sourceIPAddress(String v) {
      this.sourceIPAddress = v;
      return this;
    }

    public Builder userAgent(String v) {
      this.userAgent = v;
      return this;
    }

    /**
     * The request parameters (copied); null makes CloudTrail's {@code "requestParameters": null}.
     */
    public Builder requestParameters(ObjectNode v) {
      this.requestParameters = REQUEST_PARAMETERS.factsOf(v);
      return this;
    }

    /** The request parameters as facts, rendered when read; null renders as JSON null. */
    public Builder requestParameterFacts(JsonFacts v) {
      this.requestParameters = v;
      return this;
    }

    /** The response elements (copied); null, as for crypto operations, renders as JSON null. */
    public Builder responseElements(ObjectNode v) {
      this.responseElements = RESPONSE_ELEMENTS.factsOf(v);
      return this;
    }

    public Builder additionalEventData(ObjectNode v) {
      this.additionalEventData = ADDITIONAL_EVENT_DATA.factsOf(v);
      return this;
    }

    /** The additional event data as facts, rendered when read; null omits the field. */
    public Builder additionalEventDataFacts(JsonFacts v) {
      this.additionalEventData = v;
      return this;
    }

    public Builder requestID(String v) {
      this.requestID = v == null ? null : TrailId.of(v);
      return this;
    }

    /** As {@link #requestID(String)}, written out when read. */
    public Builder requestTrailId(TrailId v) {
      this.requestID = v;
      return this;
    }

    public Builder eventID(String v) {
      this.eventID = v == null || v.isBlank() ? null : TrailId.of(v);
      return this;
    }

    /** As {@link #eventID(String)}, written out when read. */
    public Builder eventTrailId(TrailId v) {
      this.eventID = v;
      return this;
    }

    public Builder readOnly(Boolean v) {
      this.readOnly = v;
      return this;
    }

    /** Appends one {@code resources[]} entry. */
    public Builder resource(TrailResource v) {
      List<TrailResource> more = new ArrayList<>(resources.size() + 1);
      more.addAll(resources);
      more.add(Objects.requireNonNull(v, "resource"));
      this.resources = List.copyOf(more);
      return this;
    }

    /**
     * Replaces the {@code resources[]} entries. An immutable list (such as {@link List#of}) is kept
     * as given rather than copied, so that records naming the same resources share one list.
     */
    public Builder resources(List<TrailResource> v) {
      Objects.requireNonNull(v, "resources").forEach(r -> Objects.requireNonNull(r, "resource"));
      this.resources = List.copyOf(v);
      return this;
    }

    public Builder eventType(EventType v) {
      this.eventType = v;
      return this;
    }

    /** Null omits the field, as in records older than eventVersion 1.06. */
    public Builder managementEvent(Boolean v) {
      this.managementEvent = v;
      return this;
    }

    /** Null omits the field, as in records older than eventVersion 1.07. */
    public Builder eventCategory(String v) {
      this.eventCategory = v;
      return this;
    }

    public Builder recipientAccountId(String v) {
      this.recipientAccountId = v;
      return this;
    }

    public Builder sharedEventID(String v) {
      this.sharedEventID = v == null ? null : TrailId.of(v);
      return this;
    }

    /** As {@link #sharedEventID(String)}, written out when read. */
    public Builder sharedEventTrailId(TrailId v) {
      this.sharedEventID = v;
      return this;
    }

    public Builder serviceEventDetails(ObjectNode v) {
      this.serviceEventDetails = SERVICE_EVENT_DETAILS.factsOf(v);
      return this;
    }

    /** The failure: CloudTrail's {@code errorCode} and {@code errorMessage}. */
    public Builder error(String code, String message) {
      this.errorCode = code;
      this.errorMessage = message;
      return this;
    }

    public Builder errorCode(String v) {
      this.errorCode = v;
      return this;
    }

    public Builder errorMessage(String v) {
      this.errorMessage = v;
      return this;
    }

    public Builder decision(Decision v) {
      this.decision = v;
      return this;
    }

    /**
     * The record.
     *
     * @throws IllegalArgumentException naming the first missing or malformed field
     */
    public TrailEvent build() {
      TrailJson.require(eventVersion, "eventVersion");
      // The current version is well-formed; only other versions are checked (a regex per record).
      if (!eventVersion.equals(CURRENT_EVENT_VERSION) && !VERSION.matcher(eventVersion).matches()) {
        throw new IllegalArgumentException(
            "eventVersion `" + eventVersion + "` is not of the form major.minor");
      }
      if (userIdentity == null) {
        throw new IllegalArgumentException("userIdentity is required");
      }
      if (eventTime == null) {
        throw new IllegalArgumentException("eventTime is required");
      }
      TrailJson.require(eventSource, "eventSource");
      TrailJson.require(eventName, "eventName");
      TrailJson.require(awsRegion, "awsRegion");
      TrailJson.require(sourceIPAddress, "sourceIPAddress");
      if (eventID == null) {
        throw new IllegalArgumentException("eventID is required");
      }
      if (eventType == null) {
        throw new IllegalArgumentException("eventType is required");
      }
      if (eventCategory != null && !CATEGORIES.contains(eventCategory)) {
        throw new IllegalArgumentException(
            "eventCategory `" + eventCategory + "` is not one of " + CATEGORIES);
      }
      if (errorMessage != null && errorCode == null) {
        throw new IllegalArgumentException(
            "errorMessage `" + errorMessage + "` needs an errorCode");
      }
      // Shared shapes make a kept record one object; a repeat is found before a shape is made.
      Shape last = lastShape;
      Shape shape = last != null && hasShape(last) ? last : newShape();
      lastShape = shape;
      return new TrailEvent(this, shape);
    }

    private Shape newShape() {
      return new Shape(
          eventVersion,
          userIdentity,
          eventSource,
          eventName,
          awsRegion,
          sourceIPAddress,
          userAgent,
          requestParameters,
          responseElements,
          additionalEventData,
          readOnly,
          resources,
          eventType,
          managementEvent,
          eventCategory,
          recipientAccountId,
          serviceEventDetails,
          errorCode,
          errorMessage,
          decision);
    }

    /** Whether this builder's shared fields are those of {@code s} ({@link Shape#equals}). */
    private boolean hasShape(Shape s) {
      return Objects.equals(eventName, s.eventName())
          && Objects.equals(requestParameters, s.requestParameters())
          && Objects.equals(resources, s.resources())
          && Objects.equals(userIdentity, s.userIdentity())
          && Objects.equals(recipientAccountId, s.recipientAccountId())
          && Objects.equals(additionalEventData, s.additionalEventData())
          && Objects.equals(responseElements, s.responseElements())
          && Objects.equals(decision, s.decision())
          && Objects.equals(errorCode, s.errorCode())
          && Objects.equals(errorMessage, s.errorMessage())
          && Objects.equals(eventVersion, s.eventVersion())
          && Objects.equals(eventSource, s.eventSource())
          && Objects.equals(awsRegion, s.awsRegion())
          && Objects.equals(sourceIPAddress, s.sourceIPAddress())
          && Objects.equals(userAgent, s.userAgent())
          && Objects.equals(readOnly, s.readOnly())
          && eventType == s.eventType()
          && Objects.equals(managementEvent, s.managementEvent())
          && Objects.equals(eventCategory, s.eventCategory())
          && Objects.equals(serviceEventDetails, s.serviceEventDetails());
    }
  }
}
