package io.atrest.features.types;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.kms.MacAlgorithm;
import io.atrest.engine.kms.SigningAlgorithm;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The domain types of the step library's Gherkin: {@code {principal}}, {@code {key}}, {@code
 * {duration}}, {@code {outcome}}, {@code {operation}}, {@code {signingAlgorithm}}, {@code
 * {macAlgorithm}} and {@code {listing}}, and the encryption-context data table. Steps receive these
 * types; they never parse text themselves.
 */
public final class ParameterTypes {

  @ParameterType(PrincipalRef.REGEX)
  public PrincipalRef principal(String phrase) {
    return PrincipalRef.parse(phrase);
  }

  @ParameterType(KeyRef.REGEX)
  public KeyRef key(String phrase) {
    return KeyRef.parse(phrase);
  }

  /** {@code 7 days}, {@code 5 minutes}, {@code 1 year} (365 days), {@code a year}. */
  @ParameterType("\\d+ (?:seconds?|minutes?|hours?|days?|years?)|a year|a day|an hour")
  public Duration duration(String phrase) {
    return Durations.parse(phrase);
  }

  @ParameterType(ExpectedOutcome.REGEX)
  public ExpectedOutcome outcome(String phrase) {
    return ExpectedOutcome.parse(phrase);
  }

  /** A KMS API operation name, such as {@code Decrypt} or {@code GenerateDataKey}. */
  @ParameterType("[A-Z][A-Za-z]+")
  public String operation(String name) {
    return name;
  }

  /** A {@code SigningAlgorithmSpec} of the KMS API, such as {@code ECDSA_SHA_256}. */
  @ParameterType("(?:RSASSA|ECDSA|SM2DSA|ML_DSA|ED25519)[A-Z0-9_]*")
  public SigningAlgorithm signingAlgorithm(String name) {
    return apiEnum(SigningAlgorithm.class, "signing algorithm", name);
  }

  /** A {@code MacAlgorithmSpec} of the KMS API, such as {@code HMAC_SHA_256}. */
  @ParameterType("HMAC_SHA_[0-9]+")
  public MacAlgorithm macAlgorithm(String name) {
    return apiEnum(MacAlgorithm.class, "MAC algorithm", name);
  }

  @ParameterType(Listing.REGEX)
  public Listing listing(String phrase) {
    return Listing.parse(phrase);
  }

  /**
   * An encryption context: a two-column table of key and value, with an optional header row {@code
   * | key | value |}. An empty context is written as a table with only the header.
   */
  @DataTableType
  public EncryptionContext encryptionContext(DataTable table) {
    Map<String, String> pairs = new LinkedHashMap<>();
    List<List<String>> rows = table.cells();
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (row.size() != 2) {
        throw new IllegalArgumentException(
            "an encryption context table has two columns (key and value); row "
                + (i + 1)
                + " has "
                + row.size());
      }
      boolean header = i == 0 && row.get(0).equals("key") && row.get(1).equals("value");
      if (!header && pairs.put(row.get(0), row.get(1)) != null) {
        throw new IllegalArgumentException(
            "encryption context key `" + row.get(0) + "` appears twice");
      }
    }
    return EncryptionContext.of(pairs);
  }

  private static <E extends Enum<E>> E apiEnum(Class<E> type, String what, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          what + " `" + name + "` is none of " + Arrays.toString(type.getEnumConstants()), e);
    }
  }
}
