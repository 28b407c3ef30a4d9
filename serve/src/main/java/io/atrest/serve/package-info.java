/**
 * {@code atrest serve}: the reference KMS and table store on the AWS wire. Start it with {@link
 * io.atrest.serve.AtrestServer#start(io.atrest.serve.ServerConfig)}.
 */
package io.atrest.serve;
