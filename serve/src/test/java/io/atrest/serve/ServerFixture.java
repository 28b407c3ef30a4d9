package io.atrest.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * A running server on a free port with four identities in account 111122223333: the default {@code
 * test} administrator, {@code alice} (identity policy allowing {@code kms:*}), {@code bob} (no
 * identity policy) and the role session {@code Auditor/carol} (allowed {@code kms:Describe*}), plus
 * SDK clients and the control API.
 */
final class ServerFixture implements AutoCloseable {

  static final String ACCOUNT = "111122223333";
  static final String IDENTITIES =
      """
      {"identities": [
        {"accessKeyId": "test", "secretAccessKey": "test",
         "principal": "arn:aws:iam::111122223333:user/test",
         "policies": {"admin": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}}},
        {"accessKeyId": "AKIAALICE", "secretAccessKey": "alice-secret",
         "principal": "arn:aws:iam::111122223333:user/alice",
         "policies": {"kms": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "*"}]}}},
        {"accessKeyId": "AKIABOB", "secretAccessKey": "bob-secret",
         "principal": "arn:aws:iam::111122223333:user/bob"},
        {"accessKeyId": "ASIACAROL", "secretAccessKey": "carol-secret",
         "principal": "arn:aws:sts::111122223333:assumed-role/Auditor/carol",
         "policies": {"describe": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Describe*", "Resource": "*"}]}}}
      ]}
      """;
  static final ObjectMapper JSON = new ObjectMapper();

  final AtrestServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  ServerFixture(Path dir) {
    this(dir, ServerConfig.defaults().withPort(0));
  }

  ServerFixture(Path dir, ServerConfig config) {
    this(dir, config, IDENTITIES);
  }

  /** A server whose identities file is {@code identitiesJson}. */
  ServerFixture(Path dir, ServerConfig config, String identitiesJson) {
    Path identities = dir.resolve("identities.json");
    try {
      Files.writeString(identities, identitiesJson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server = AtrestServer.start(config.withIdentitiesFile(identities));
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  KmsClient kms(String accessKey, String secret) {
    return KmsClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_WEST_2)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  KmsClient kms() {
    return kms("test", "test");
  }

  DynamoDbClient dynamoDb(String accessKey, String secret) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_WEST_2)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  DynamoDbClient dynamoDb() {
    return dynamoDb("test", "test");
  }

  /** POSTs or GETs a control endpoint; returns the status and parsed body. */
  Reply control(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint().resolve(path));
    request =
        method.equals("GET")
            ? request.GET()
            : request.POST(HttpRequest.BodyPublishers.ofString(body));
    return send(request.build());
  }

  void advanceDays(int days) {
    Reply reply =
        control("POST", "/_atrest/clock/advance", "{\"seconds\": " + days * 86_400L + "}");
    if (reply.status() != 200) {
      throw new IllegalStateException("clock advance failed: " + reply.body());
    }
  }

  JsonNode trail() {
    return control("GET", "/_atrest/trail", "").json();
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  record Reply(int status, String body, java.util.Map<String, java.util.List<String>> headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }
}
