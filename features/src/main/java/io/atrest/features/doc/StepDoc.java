package io.atrest.features.doc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The user-facing documentation of one step definition: what the step does, in a sentence a
 * security engineer reads, and one example line as it appears in a feature file. {@code atrest
 * steps} and {@code docs/steps.md} are generated from these annotations and the step expressions
 * themselves, so the vocabulary cannot drift from the code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StepDoc {

  /** One sentence: what the step sets up, does or checks. */
  String description();

  /** One step line as written in a feature file, keyword included. */
  String example();
}
