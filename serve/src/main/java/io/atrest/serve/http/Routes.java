package io.atrest.serve.http;

import io.atrest.serve.ServerConfig;
import io.atrest.serve.auth.Identities;
import io.atrest.serve.auth.SigV4Verifier;
import io.atrest.serve.engine.Services;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Routes a request: the control API below {@code /_atrest/}, the AWS protocols at {@code /}. */
public final class Routes {

  private Routes() {}

  public static Handler handler(Services services, Identities identities, ServerConfig config) {
    SigV4Verifier verifier = new SigV4Verifier(identities, config.region());
    Handler aws = new AwsHandler(services, verifier, Clock.systemUTC(), config.maxBodyBytes());
    Handler control = new ControlHandler(services);
    return request -> {
      String path = request.uri().getPath();
      if (path == null || !path.startsWith("/")) {
        // A target such as `*` or `http://host` (no path) matches no route, as with the JDK server.
        return Response.of(
            404,
            "text/plain; charset=utf-8",
            "no route for this request target\n".getBytes(StandardCharsets.UTF_8));
      }
      return path.startsWith(ControlHandler.PREFIX) ? control.handle(request) : aws.handle(request);
    };
  }
}
