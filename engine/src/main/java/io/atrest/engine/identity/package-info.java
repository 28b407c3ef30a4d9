/**
 * Who calls: accounts, the IAM users and roles that exist in them with their identity policies, and
 * the {@link io.atrest.engine.identity.Caller} that every KMS request carries.
 */
package io.atrest.engine.identity;
