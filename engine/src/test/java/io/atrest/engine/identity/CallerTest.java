package io.atrest.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.policy.eval.Principal;
import org.junit.jupiter.api.Test;

class CallerTest {

  private final Principal.IamUser alice = new Principal.IamUser("111122223333", "alice");

  @Test
  void directCall_hasNoViaServiceNorInvokedBy() {
    Caller caller = Caller.direct(alice);
    assertThat(caller.viaServiceHost("us-west-2")).isEmpty();
    assertThat(caller.invokedBy()).isEmpty();
    assertThat(caller.sourceIp()).isEqualTo(Caller.DEFAULT_SOURCE_IP);
  }

  @Test
  void callViaDynamoDb_carriesViaServiceAndInvokedBy() {
    Caller caller = Caller.via("dynamodb", alice);
    assertThat(caller.viaServiceHost("us-west-2")).contains("dynamodb.us-west-2.amazonaws.com");
    assertThat(caller.invokedBy()).contains("dynamodb.amazonaws.com");
    assertThat(caller.sourceIp()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(caller.userAgent()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(caller.account()).contains("111122223333");
  }

  @Test
  void serviceCallingAsItself_isItsServicePrincipal() {
    Caller caller = Caller.service("dynamodb");
    assertThat(caller.principal())
        .isEqualTo(new Principal.ServicePrincipal("dynamodb.amazonaws.com"));
    assertThat(caller.isServicePrincipal()).isTrue();
    assertThat(caller.invokedBy()).contains("dynamodb.amazonaws.com");
    assertThat(caller.viaServiceHost("us-west-2")).isEmpty();
    assertThat(caller.account()).isEmpty();
  }

  @Test
  void malformedServiceName_isRejected() {
    assertThatThrownBy(() -> Caller.via("dynamodb.amazonaws.com", alice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`dynamodb.amazonaws.com`");
  }

  @Test
  void servicePrincipalViaService_isRejected() {
    var service = new Principal.ServicePrincipal("dynamodb.amazonaws.com");
    assertThatThrownBy(() -> Caller.via("dynamodb", service))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("viaService");
  }

  @Test
  void withers_changeOneComponent() {
    Caller caller = Caller.direct(alice).withSourceIp("203.0.113.7").withAccessKeyId("AKIAEXAMPLE");
    assertThat(caller.sourceIp()).isEqualTo("203.0.113.7");
    assertThat(caller.accessKeyId()).contains("AKIAEXAMPLE");
    assertThat(caller.principal()).isEqualTo(alice);
  }

  @Test
  void callerNamingNoConnection_isOnItsOneLongLivedConnection() {
    assertThat(Caller.direct(alice).connection()).isEmpty();
  }

  @Test
  void onConnection_keepsEverythingElse() {
    Caller signed = Caller.direct(alice).withAccessKeyId("AKIAEXAMPLE").withSourceIp("192.0.2.7");
    Caller connected = signed.onConnection("c-1");
    assertThat(connected.connection()).contains("c-1");
    assertThat(connected.accessKeyId()).contains("AKIAEXAMPLE");
    assertThat(connected.sourceIp()).isEqualTo("192.0.2.7");
    assertThat(connected.withUserAgent("cli").connection()).contains("c-1");
  }

  @Test
  void blankConnectionId_isRefused() {
    assertThatThrownBy(() -> Caller.direct(alice).onConnection(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connection id");
  }
}
