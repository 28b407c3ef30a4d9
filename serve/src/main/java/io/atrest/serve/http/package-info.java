/**
 * The HTTP listener: the AWS protocol handler at {@code /} and the control API under {@code
 * /_atrest/}.
 */
package io.atrest.serve.http;
