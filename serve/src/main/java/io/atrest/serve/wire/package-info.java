/** What both JSON protocols share: typed request members, wire errors, error bodies, timestamps. */
package io.atrest.serve.wire;
