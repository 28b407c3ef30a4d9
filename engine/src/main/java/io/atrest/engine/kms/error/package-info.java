/** The refusals of the reference KMS, one class per AWS error code. */
package io.atrest.engine.kms.error;
