package io.atrest.policy.validate;

/** One family of checks over a policy; each reports into the sink and never throws. */
sealed interface PolicyCheck
    permits SchemaCheck,
        ElementCheck,
        ActionCheck,
        PrincipalCheck,
        ConditionValueCheck,
        ConditionKeyCheck,
        AccessCheck {

  void check(PolicyView policy, FindingSink sink);
}
