package io.atrest.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.trail.RequestCounts;
import io.atrest.engine.trail.TrailQuery;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.TrailChecks;
import io.cucumber.java.en.Then;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The scenario's CloudTrail: events and their fields, samples, absences, schemas, request counts
 * and cost.
 */
public final class AuditSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final TrailChecks trail;

  public AuditSteps(KmsWorld world, Actors actors, TrailChecks trail) {
    this.world = world;
    this.actors = actors;
    this.trail = trail;
  }

  @Then("the trail has a(n) {word} event with:")
  @StepDoc(
      description =
          "Some recorded event of that name has every listed field (a JSON pointer such as /userIdentity/invokedBy) equal to the value (text, or JSON such as true, null, 12; (absent) for a field that must not be there).",
      example =
          "Then the trail has a Decrypt event with: | /userIdentity/invokedBy | dynamodb.amazonaws.com |")
  public void eventWith(String eventName, Map<String, String> fields) {
    trail.eventWith(eventName, fields);
  }

  @Then("the trail has an event matching fixture {string}")
  @StepDoc(
      description =
          "Some recorded event contains the JSON fixture field by field (extra fields allowed), ignoring ids, times, eventVersion, principal ids, grant ids and key ids.",
      example = "Then the trail has an event matching fixture \"cloudtrail/decrypt.json\"")
  public void eventMatching(String fixture) {
    trail.eventMatching(fixture);
  }

  @Then("the trail has no {word} event")
  @StepDoc(
      description = "No event of that name was recorded in any account's trail.",
      example = "Then the trail has no RotateKey event")
  public void noEvent(String eventName) {
    assertThat(trail.events(eventName, null)).as("%s events in the trail", eventName).isEmpty();
  }

  @Then("the trail has no {word} event by {principal}")
  @StepDoc(
      description = "No event of that name was recorded with that principal as userIdentity.arn.",
      example = "Then the trail has no Decrypt event by user \"intruder\"")
  public void noEventBy(String eventName, PrincipalRef principal) {
    String arn = actors.resolve(principal).arn();
    assertThat(trail.events(eventName, arn)).as("%s events by %s", eventName, arn).isEmpty();
  }

  @Then("the trail has {int} {word} event(s)")
  @StepDoc(
      description =
          "Exactly this many events of that name were recorded (a cross-account call is recorded once per account).",
      example = "Then the trail has 1 ScheduleKeyDeletion event")
  public void countEvents(int count, String eventName) {
    assertThat(trail.events(eventName, null))
        .as("%s events in the trail", eventName)
        .hasSize(count);
  }

  @Then("every recorded event is valid against the CloudTrail schemas")
  @StepDoc(
      description =
          "Every record of the trail validates against the CloudTrail record schema and the KMS or DynamoDB event schema in fixtures.",
      example = "Then every recorded event is valid against the CloudTrail schemas")
  public void schemaValid() {
    assertThat(trail.schemaViolations()).as("schema violations of the recorded events").isEmpty();
  }

  @Then("every recorded event has its own eventID and requestID")
  @StepDoc(
      description =
          "No two records share an eventID, and no two API calls share a requestID (the two account copies of a cross-account call share theirs).",
      example = "Then every recorded event has its own eventID and requestID")
  public void uniqueIds() {
    assertThat(trail.duplicateIds())
        .as("eventIDs or requestIDs used by more than one call")
        .isEmpty();
  }

  @Then("the account made {int} KMS request(s)")
  @StepDoc(
      description =
          "The home account's trail counts this many KMS API requests (failed ones included, service events not, a cross-account request once).",
      example = "Then the account made 3 KMS requests")
  public void requests(int count) {
    assertThat(counts(1).total())
        .as("KMS requests in account %s", KmsWorld.HOME_ACCOUNT)
        .isEqualTo(count);
  }

  @Then("the KMS cost estimate for {int} month(s) is {bigdecimal} USD")
  @StepDoc(
      description =
          "The seeds' prices ($1.00 per customer managed key per month, $0.03 per 10,000 requests, AWS owned keys free) give this estimate for the home account.",
      example = "Then the KMS cost estimate for 1 month is 1.000009 USD")
  public void cost(int months, BigDecimal usd) {
    assertThat(counts(months).cost().total())
        .as("KMS cost estimate for %s month(s)", months)
        .isEqualByComparingTo(usd);
  }

  private RequestCounts counts(int months) {
    return world
        .trail()
        .counts(TrailQuery.all().inAccount(KmsWorld.HOME_ACCOUNT), world.kms().keyKinds(), months);
  }
}
