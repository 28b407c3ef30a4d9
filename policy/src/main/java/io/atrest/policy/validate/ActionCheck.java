package io.atrest.policy.validate;

import io.atrest.policy.model.Glob;
import java.util.Optional;

/**
 * Checks each Action and NotAction entry: its form, that a {@code kms:} name or pattern matches a
 * real KMS action, and that a key policy names only KMS actions.
 */
final class ActionCheck implements PolicyCheck {

  private final KmsCatalog catalog;

  ActionCheck(KmsCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void check(PolicyView policy, FindingSink sink) {
    for (StatementNode statement : policy.statements()) {
      for (String element : new String[] {"Action", "NotAction"}) {
        for (Located action : statement.strings(element)) {
          Optional<ActionRef> ref = ActionRef.parse(action.value());
          if (ref.isEmpty()) {
            sink.add(
                FindingCode.MALFORMED_ACTION,
                action.pointer(),
                action.quoted()
                    + " is not an action: write `service:ActionName`, for example"
                    + " `kms:Decrypt`, or `*`");
          } else if (ref.get().isKms()) {
            kms(ref.get(), action, sink);
          } else if (!ref.get().isAll() && policy.isKeyPolicy()) {
            sink.add(
                FindingCode.ACTION_OF_OTHER_SERVICE,
                action.pointer(),
                action.quoted()
                    + " is an action of service "
                    + Located.quote(ref.get().service())
                    + ": a key policy controls only KMS actions on its key, so it has no effect"
                    + " here");
          }
        }
      }
    }
  }

  private void kms(ActionRef ref, Located action, FindingSink sink) {
    if (!ref.kmsActions(catalog).isEmpty()) {
      return;
    }
    String message;
    if (ref.name().equalsIgnoreCase("ReEncrypt")) {
      message =
          action.quoted()
              + " is not a KMS permission: ReEncrypt is authorized as `kms:ReEncryptFrom` on the"
              + " source key and `kms:ReEncryptTo` on the destination key; `kms:ReEncrypt*` covers"
              + " both";
    } else if (Glob.of(ref.name(), false).hasWildcards()) {
      message = "pattern " + action.quoted() + " matches no KMS action";
    } else {
      message =
          action.quoted()
              + " is not a KMS action"
              + catalog.closest(ref.name()).map(a -> " (did you mean `kms:" + a + "`?)").orElse("");
    }
    sink.add(FindingCode.UNKNOWN_KMS_ACTION, action.pointer(), message);
  }
}
