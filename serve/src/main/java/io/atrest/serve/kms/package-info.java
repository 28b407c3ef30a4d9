/** The KMS JSON protocol ({@code TrentService}) over the reference KMS. */
package io.atrest.serve.kms;
