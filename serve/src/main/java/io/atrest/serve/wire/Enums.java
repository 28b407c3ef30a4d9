package io.atrest.serve.wire;

import java.util.Arrays;

/** Enum members of requests, validated with AWS's wording. */
public final class Enums {

  private Enums() {}

  /**
   * The constant of {@code type} named {@code value}.
   *
   * @throws WireError ValidationException listing the allowed values, as AWS lists them
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    throw WireError.validation(
        "Value '"
            + value
            + "' at '"
            + Input.member(field)
            + "' failed to satisfy constraint: Member"
            + " must satisfy enum value set: "
            + Arrays.toString(type.getEnumConstants()));
  }
}
