/**
 * The {@code atrest} command line: {@code run} (the bundled compliance suite and its report),
 * {@code validate} and {@code evaluate} (key-policy files in CI), {@code serve} (the engine on the
 * AWS wire) and {@code steps}, with the exit codes and output formats of ARCHITECTURE.md.
 */
@NullMarked
package io.atrest.cli;

import org.jspecify.annotations.NullMarked;
