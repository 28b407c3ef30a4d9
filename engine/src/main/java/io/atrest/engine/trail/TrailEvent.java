package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.policy.Decision;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * {@link JsonFacts} and its ids as {@link TrailId}s, and renders them on each read: every reader
 * gets the same JSON, in a node of its own.
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

  private final String eventVersion;
  private final UserIdentity userIdentity;
  private final Instant eventTime;
  private final String eventSource;
  private final String eventName;
  private final String awsRegion;
  private final String sourceIPAddress;
  private final String userAgent;
  private final JsonFacts requestParameters;
  private final JsonFacts responseElements;
  private final JsonFacts additionalEventData;
  private final TrailId requestID;
  private final TrailId eventID;
  private final Boolean readOnly;
  private final List<TrailResource> resources;
  private final EventType eventType;
  private final Boolean managementEvent;
  private final String eventCategory;
  private final String recipientAccountId;
  private final TrailId sharedEventID;
  private final JsonFacts serviceEventDetails;
  private final String errorCode;
  private final String errorMessage;
  private final Decision decision;

  private TrailEvent(Builder b) {
    this.eventVersion = b.eventVersion;
    this.userIdentity = b.userIdentity;
    this.eventTime = b.eventTime.truncatedTo(ChronoUnit.SECONDS);
    this.eventSource = b.eventSource;
    this.eventName = b.eventName;
    this.awsRegion = b.awsRegion;
    this.sourceIPAddress = b.sourceIPAddress;
    this.userAgent = b.userAgent;
    // Facts are immutable, so records built from one builder (or via toBuilder) share them.
    this.requestParameters = b.requestParameters;
    this.responseElements = b.responseElements;
    this.additionalEventData = b.additionalEventData;
    this.requestID = b.requestID;
    this.eventID = b.eventID;
    this.readOnly = b.readOnly;
    this.resources = List.copyOf(b.resources);
    this.eventType = b.eventType;
    this.managementEvent = b.managementEvent;
    this.eventCategory = b.eventCategory;
    this.recipientAccountId = b.recipientAccountId;
    this.sharedEventID = b.sharedEventID;
    this.serviceEventDetails = b.serviceEventDetails;
    this.errorCode = b.errorCode;
    this.errorMessage = b.errorMessage;
    this.decision = b.decision;
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
    return eventVersion;
  }

  public UserIdentity userIdentity() {
    return userIdentity;
  }

  public Instant eventTime() {
    return eventTime;
  }

  public String eventSource() {
    return eventSource;
  }

  public String eventName() {
    return eventName;
  }

  public String awsRegion() {
    return awsRegion;
  }

  public String sourceIPAddress() {
    return sourceIPAddress;
  }

  public Optional<String> userAgent() {
    return Optional.ofNullable(userAgent);
  }

  /** {@code requestParameters}, a node of the caller's own; empty when CloudTrail writes null. */
  public Optional<ObjectNode> requestParameters() {
    return Optional.ofNullable(render(requestParameters));
  }

  /** {@code responseElements}, a node of the caller's own; empty when CloudTrail writes null. */
  public Optional<ObjectNode> responseElements() {
    return Optional.ofNullable(render(responseElements));
  }

  public Optional<ObjectNode> additionalEventData() {
    return Optional.ofNullable(render(additionalEventData));
  }

  public Optional<String> requestID() {
    return Optional.ofNullable(text(requestID));
  }

  public String eventID() {
    return eventID.toString();
  }

  public Optional<Boolean> readOnly() {
    return Optional.ofNullable(readOnly);
  }

  public List<TrailResource> resources() {
    return resources;
  }

  public EventType eventType() {
    return eventType;
  }

  public Optional<Boolean> managementEvent() {
    return Optional.ofNullable(managementEvent);
  }

  public Optional<String> eventCategory() {
    return Optional.ofNullable(eventCategory);
  }

  public Optional<String> recipientAccountId() {
    return Optional.ofNullable(recipientAccountId);
  }

  public Optional<String> sharedEventID() {
    return Optional.ofNullable(text(sharedEventID));
  }

  public Optional<ObjectNode> serviceEventDetails() {
    return Optional.ofNullable(render(serviceEventDetails));
  }

  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /** The authorization decision behind this call, if one was made; evidence, never rendered. */
  public Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }

  /** Whether the call failed, i.e. the record carries an {@code errorCode}. */
  public boolean failed() {
    return errorCode != null;
  }

  /** The ARNs of the {@code resources[]} entries of {@code type}, in record order. */
  public List<String> resourceArns(String type) {
    return resources.stream().filter(r -> r.type().equals(type)).map(TrailResource::arn).toList();
  }

  /** The record as CloudTrail writes it, fields in CloudTrail's order. */
  public ObjectNode toJson() {
    ObjectNode node = TrailJson.NODES.objectNode();
    node.put("eventVersion", eventVersion);
    node.set("userIdentity", userIdentity.toJson());
    node.put("eventTime", TrailJson.time(eventTime));
    node.put("eventSource", eventSource);
    node.put("eventName", eventName);
    node.put("awsRegion", awsRegion);
    node.put("sourceIPAddress", sourceIPAddress);
    TrailJson.putIfPresent(node, "userAgent", userAgent);
    TrailJson.putIfPresent(node, "errorCode", errorCode);
    TrailJson.putIfPresent(node, "errorMessage", errorMessage);
    node.set("requestParameters", nullable(requestParameters));
    node.set("responseElements", nullable(responseElements));
    if (additionalEventData != null) {
      node.set("additionalEventData", additionalEventData.toJson());
    }
    TrailJson.putIfPresent(node, "requestID", text(requestID));
    node.put("eventID", eventID.toString());
    if (readOnly != null) {
      node.put("readOnly", readOnly);
    }
    if (!resources.isEmpty()) {
      ArrayNode array = node.putArray("resources");
      resources.forEach(r -> array.add(r.toJson()));
    }
    node.put("eventType", eventType.json());
    if (managementEvent != null) {
      node.put("managementEvent", managementEvent);
    }
    TrailJson.putIfPresent(node, "recipientAccountId", recipientAccountId);
    TrailJson.putIfPresent(node, "sharedEventID", text(sharedEventID));
    if (serviceEventDetails != null) {
      node.set("serviceEventDetails", serviceEventDetails.toJson());
    }
    TrailJson.putIfPresent(node, "eventCategory", eventCategory);
    return node;
  }

  @Override
  public String toString() {
    return toJson().toString();
  }

  private static com.fasterxml.jackson.databind.JsonNode nullable(JsonFacts value) {
    return value == null ? TrailJson.NODES.nullNode() : value.toJson();
  }

  private static ObjectNode render(JsonFacts facts) {
    return facts == null ? null : facts.toJson();
  }

  private static String text(TrailId id) {
    return id == null ? null : id.toString();
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
    private final List<TrailResource> resources = new ArrayList<>();
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
      eventVersion = e.eventVersion;
      userIdentity = e.userIdentity;
      eventTime = e.eventTime;
      eventSource = e.eventSource;
      eventName = e.eventName;
      awsRegion = e.awsRegion;
      sourceIPAddress = e.sourceIPAddress;
      userAgent = e.userAgent;
      requestParameters = e.requestParameters;
      responseElements = e.responseElements;
      additionalEventData = e.additionalEventData;
      requestID = e.requestID;
      eventID = e.eventID;
      readOnly = e.readOnly;
      resources.addAll(e.resources);
      eventType = e.eventType;
      managementEvent = e.managementEvent;
      eventCategory = e.eventCategory;
      recipientAccountId = e.recipientAccountId;
      sharedEventID = e.sharedEventID;
      serviceEventDetails = e.serviceEventDetails;
      errorCode = e.errorCode;
      errorMessage = e.errorMessage;
      decision = e.decision;
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
      this.resources.add(Objects.requireNonNull(v, "resource"));
      return this;
    }

    /** Replaces the {@code resources[]} entries. */
    public Builder resources(List<TrailResource> v) {
      this.resources.clear();
      v.forEach(this::resource);
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
      return new TrailEvent(this);
    }
  }
}
