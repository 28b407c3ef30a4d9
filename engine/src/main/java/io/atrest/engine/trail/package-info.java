/**
 * The audit trail: CloudTrail-shaped records of every call the reference services handle, with
 * queries over them, request counts and a cost estimate, deterministic event ids, a JSON subset
 * matcher for comparing recorded events with documented samples, and validation against the
 * CloudTrail JSON Schemas shipped in {@code atrest-fixtures}.
 *
 * <p>Records render exactly as CloudTrail writes them ({@link
 * io.atrest.engine.trail.TrailEvent#toJson()}): field names, nesting, {@code "responseElements":
 * null} for cryptographic operations, optional fields omitted rather than written as null.
 */
package io.atrest.engine.trail;
