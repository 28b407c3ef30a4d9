/** The engine instance behind a server, its clock, and resets. */
package io.atrest.serve.engine;
