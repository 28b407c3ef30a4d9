/** SigV4 verification and the identities (access keys, secrets, principals) the server knows. */
package io.atrest.serve.auth;
