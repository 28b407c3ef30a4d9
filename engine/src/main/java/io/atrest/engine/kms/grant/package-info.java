/** KMS grants: what they allow, to whom, under which encryption-context constraints. */
package io.atrest.engine.kms.grant;
