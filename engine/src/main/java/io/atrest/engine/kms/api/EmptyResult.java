package io.atrest.engine.kms.api;

/** The empty result of operations that return nothing. */
public record EmptyResult() {

  public static final EmptyResult INSTANCE = new EmptyResult();
}
