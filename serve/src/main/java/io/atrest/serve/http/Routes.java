package io.atrest.serve.http;

import com.sun.net.httpserver.HttpServer;
import io.atrest.serve.ServerConfig;
import io.atrest.serve.auth.Identities;
import io.atrest.serve.auth.SigV4Verifier;
import io.atrest.serve.engine.Services;
import java.time.Clock;

/** Wires the two handlers onto a server: the AWS protocols at {@code /}, the control API below. */
public final class Routes {

  private Routes() {}

  public static void install(
      HttpServer http, Services services, Identities identities, ServerConfig config) {
    SigV4Verifier verifier = new SigV4Verifier(identities, config.region());
    http.createContext(
        "/", new AwsHandler(services, verifier, Clock.systemUTC(), config.maxBodyBytes()));
    http.createContext(ControlHandler.PREFIX, new ControlHandler(services));
  }
}
