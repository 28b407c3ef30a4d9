package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.GrantListEntry;
import software.amazon.awssdk.services.kms.model.GrantOperation;
import software.amazon.awssdk.services.kms.model.InvalidMarkerException;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.ListKeysResponse;

/** Limit, Marker, Truncated and NextMarker through the SDK and its paginators. */
class KmsPaginationWireTest {

  @TempDir Path dir;
  private ServerFixture fixture;
  private KmsClient kms;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dir);
    kms = fixture.kms();
  }

  @AfterEach
  void stop() {
    kms.close();
    fixture.close();
  }

  private List<String> newKeys(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> kms.createKey(r -> r.description("k" + i)).keyMetadata().keyId())
        .toList();
  }

  @Test
  void listKeysPaginator_getsEveryKeyOnce() {
    List<String> created = newKeys(7);

    List<String> listed =
        kms.listKeysPaginator(r -> r.limit(3)).keys().stream().map(KeyListEntry::keyId).toList();

    assertThat(listed).doesNotHaveDuplicates().containsAll(created);
    assertThat(kms.listKeysPaginator(r -> r.limit(3)).stream().count()).isGreaterThan(2);
  }

  @Test
  void listAliasesPaginator_getsEveryAliasOnce() {
    String key = newKeys(1).get(0);
    List<String> names = IntStream.range(0, 5).mapToObj(i -> "alias/app-" + i).toList();
    names.forEach(n -> kms.createAlias(r -> r.aliasName(n).targetKeyId(key)));

    List<String> listed =
        kms.listAliasesPaginator(r -> r.keyId(key).limit(2)).aliases().stream()
            .map(AliasListEntry::aliasName)
            .toList();

    assertThat(listed).containsExactlyElementsOf(names);
  }

  @Test
  void listGrantsPaginator_getsEveryGrantOnce() {
    String key = newKeys(1).get(0);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(
          kms.createGrant(
                  r ->
                      r.keyId(key)
                          .granteePrincipal("arn:aws:iam::111122223333:user/bob")
                          .operations(GrantOperation.DECRYPT))
              .grantId());
    }

    List<String> listed =
        kms.listGrantsPaginator(r -> r.keyId(key).limit(2)).grants().stream()
            .map(GrantListEntry::grantId)
            .toList();

    assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void truncatedResponse_carriesNextMarker_lastOneDoesNot() {
    newKeys(3);

    ListKeysResponse first = kms.listKeys(r -> r.limit(2));
    ListKeysResponse last = kms.listKeys(r -> r.limit(2).marker(first.nextMarker()));

    assertThat(first.truncated()).isTrue();
    assertThat(first.nextMarker()).isNotBlank();
    assertThat(last.truncated()).isFalse();
    assertThat(last.nextMarker()).isNull();
  }

  @Test
  void limitZero_isAValidationException() {
    assertThatThrownBy(() -> kms.listKeys(r -> r.limit(0)))
        .isInstanceOfSatisfying(
            KmsException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(
                      "1 validation error detected: Value '0' at 'limit' failed to satisfy"
                          + " constraint: Member must have value greater than or equal to 1");
            });
  }

  @Test
  void foreignMarker_isInvalidMarkerException() {
    assertThatThrownBy(() -> kms.listAliases(r -> r.marker("bm90LWEtbWFya2Vy")))
        .isInstanceOf(InvalidMarkerException.class);
  }
}
