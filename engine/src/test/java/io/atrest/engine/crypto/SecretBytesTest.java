package io.atrest.engine.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SecretBytesTest {

  @Test
  void toString_revealsOnlyLength() {
    SecretBytes secret = SecretBytes.copyOf(new byte[] {0x41, 0x42, 0x43});
    assertThat(secret.toString()).isEqualTo("SecretBytes[3 bytes]");
  }

  @Test
  void keyMaterialToString_revealsOnlyItsId() {
    KeyMaterial material = KeyMaterial.generate(new SecureRandom());
    String hex = HexFormat.of().formatHex(material.secret().toByteArray());
    assertThat(material.toString())
        .isEqualTo("KeyMaterial[" + material.id() + "]")
        .doesNotContain(hex);
  }

  @Test
  void equalsSecret_comparesContent() {
    SecretBytes a = SecretBytes.copyOf(new byte[] {1, 2});
    assertThat(a.equalsSecret(SecretBytes.copyOf(new byte[] {1, 2}))).isTrue();
    assertThat(a.equalsSecret(SecretBytes.copyOf(new byte[] {1, 3}))).isFalse();
  }

  @Test
  void ownPrefix_holdsOnlyTheHeadAndWipesTheRest() {
    byte[] buffer = {1, 2, 3, 9, 9};
    SecretBytes secret = SecretBytes.ownPrefix(buffer, 3);

    assertThat(secret.length()).isEqualTo(3);
    assertThat(secret.toByteArray()).containsExactly(1, 2, 3);
    assertThat(buffer).containsExactly(1, 2, 3, 0, 0);
    assertThat(secret.toString()).isEqualTo("SecretBytes[3 bytes]");
  }

  @Test
  void equalsSecret_ofAPrefix_comparesOnlyTheSecretBytes() {
    SecretBytes prefix = SecretBytes.ownPrefix(new byte[] {1, 2, 7}, 2);

    assertThat(prefix.equalsSecret(SecretBytes.copyOf(new byte[] {1, 2}))).isTrue();
    assertThat(SecretBytes.copyOf(new byte[] {1, 2}).equalsSecret(prefix)).isTrue();
    assertThat(prefix.equalsSecret(SecretBytes.copyOf(new byte[] {1, 2, 0}))).isFalse();
  }

  @Test
  void equals_isIdentityNotContent() {
    assertThat(SecretBytes.copyOf(new byte[] {1})).isNotEqualTo(SecretBytes.copyOf(new byte[] {1}));
  }

  @Test
  void copyOf_isIndependentOfCallerArray() {
    byte[] raw = {7};
    SecretBytes secret = SecretBytes.copyOf(raw);
    raw[0] = 0;
    assertThat(secret.toByteArray()).containsExactly(7);
  }

  @Test
  void wipe_zeroesContent() {
    SecretBytes secret = SecretBytes.copyOf(new byte[] {9, 9});
    secret.wipe();
    assertThat(secret.toByteArray()).containsExactly(0, 0);
  }
}
