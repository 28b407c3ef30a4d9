/** The engine's controllable time source: every rotation, deletion window and expiry reads it. */
package io.atrest.engine.clock;
