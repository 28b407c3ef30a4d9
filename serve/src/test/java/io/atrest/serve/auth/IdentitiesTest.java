package io.atrest.serve.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identities files in JSON and YAML: one schema, the same validation, located syntax errors. */
class IdentitiesTest {

  private static final String JSON =
      """
      {"identities": [
        {"accessKeyId": "AKIAALICE", "secretAccessKey": "alice-secret",
         "principal": "arn:aws:iam::111122223333:user/alice",
         "policies": {"kms": {"Version": "2012-10-17",
                              "Statement": [{"Effect": "Allow", "Action": "kms:*", "Resource": "*"}]}}},
        {"accessKeyId": "ASIACAROL", "secretAccessKey": "carol-secret",
         "principal": "arn:aws:sts::111122223333:assumed-role/Auditor/carol"}
      ]}
      """;

  private static final String YAML =
      """
      # the same two identities as the JSON example
      identities:
        - accessKeyId: AKIAALICE
          secretAccessKey: alice-secret
          principal: arn:aws:iam::111122223333:user/alice
          policies:
            kms:
              Version: 2012-10-17
              Statement:
                - Effect: Allow
                  Action: kms:*
                  Resource: "*"
        - accessKeyId: ASIACAROL
          secretAccessKey: carol-secret
          principal: arn:aws:sts::111122223333:assumed-role/Auditor/carol
      """;

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void yamlFile_loadsTheSameIdentitiesAsTheJsonFile() throws IOException {
    Identities fromJson = Identities.load(write("identities.json", JSON));
    Identities fromYaml = Identities.load(write("identities.yaml", YAML));

    assertThat(fromYaml.find("AKIAALICE")).isEqualTo(fromJson.find("AKIAALICE"));
    assertThat(fromYaml.find("ASIACAROL")).isEqualTo(fromJson.find("ASIACAROL"));
    assertThat(fromYaml.find("AKIAALICE").orElseThrow().principal().arn())
        .isEqualTo("arn:aws:iam::111122223333:user/alice");
  }

  @Test
  void yamlPolicyWithUnquotedVersion_keepsTheVersionAsTheString() throws IOException {
    Identity alice = Identities.load(write("identities.yml", YAML)).find("AKIAALICE").orElseThrow();

    assertThat(alice.policies().get("kms")).contains("\"Version\":\"2012-10-17\"");
  }

  @Test
  void fileWithoutExtension_isReadByItsContent() throws IOException {
    assertThat(Identities.load(write("ids-yaml", YAML)).find("ASIACAROL")).isPresent();
    assertThat(Identities.load(write("ids-json", JSON)).find("ASIACAROL")).isPresent();
  }

  @Test
  void malformedYaml_namesTheFileLineAndColumn() throws IOException {
    Path file =
        write("broken.yaml", "identities:\n  - accessKeyId: AKIA\n   secretAccessKey: [unclosed\n");

    assertThatThrownBy(() -> Identities.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("identities file " + file + " is not valid YAML at line 3, column ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void malformedJson_namesTheFileLineAndColumn() throws IOException {
    Path file = write("broken.json", "{\"identities\": [\n  {\"accessKeyId\": \"AKIA\",}\n]}");

    assertThatThrownBy(() -> Identities.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "identities file " + file + " is not valid JSON at line 2, column ");
  }

  @Test
  void yamlEntryWithoutPrincipal_namesTheEntryAndTheField() throws IOException {
    Path file =
        write(
            "missing.yaml",
            "identities:\n  - accessKeyId: A\n    secretAccessKey: s\n    principal: arn:aws:iam::111122223333:user/a\n"
                + "  - accessKeyId: B\n    secretAccessKey: s\n");

    assertThatThrownBy(() -> Identities.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "identities file "
                + file
                + ": identities[1]: every identity needs a string `principal`");
  }

  @Test
  void yamlWithoutIdentitiesList_isRefused() throws IOException {
    Path file = write("empty.yml", "identities: []\n");

    assertThatThrownBy(() -> Identities.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "identities file "
                + file
                + " must be a YAML object with a non-empty `identities` list");
  }

  @Test
  void yamlWithARoleThatCannotSign_namesTheEntry() throws IOException {
    Path file =
        write(
            "role.yaml",
            "identities:\n  - accessKeyId: AKIAROLE\n    secretAccessKey: s\n"
                + "    principal: arn:aws:iam::111122223333:role/Admin\n");

    assertThatThrownBy(() -> Identities.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "identities file "
                + file
                + ": identities[0]: principal `arn:aws:iam::111122223333:role/Admin`");
  }

  @Test
  void sameAccessKeyTwice_isRefusedNamingTheFile() throws IOException {
    Path file =
        write(
            "twice.yaml",
            "identities:\n"
                + "  - {accessKeyId: A, secretAccessKey: s, principal: 'arn:aws:iam::111122223333:user/a'}\n"
                + "  - {accessKeyId: A, secretAccessKey: t, principal: 'arn:aws:iam::111122223333:user/b'}\n");

    assertThatThrownBy(() -> Identities.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("identities file " + file + ": access key `A` is listed twice");
  }
}
