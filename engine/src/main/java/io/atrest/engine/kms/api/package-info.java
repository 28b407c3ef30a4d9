/** The requests and results of the reference KMS, one record each, shaped as the KMS API. */
package io.atrest.engine.kms.api;
