package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CostEstimateTest {

  @Test
  void pricesAreTheSeedFigures() {
    assertThat(CostEstimate.CUSTOMER_MANAGED_KEY_PER_MONTH).isEqualByComparingTo("1.00");
    assertThat(CostEstimate.PER_10_000_REQUESTS).isEqualByComparingTo("0.03");
  }

  @Test
  void requestCharge_isExactBelowACent() {
    assertThat(CostEstimate.of(1, 0, 0, 0).requestCharge()).isEqualByComparingTo("0.000003");
  }

  @Test
  void negativeQuantities_areRefusedNamingThem() {
    assertThatThrownBy(() -> CostEstimate.of(-1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requests -1/0");
    assertThatThrownBy(() -> CostEstimate.of(0, 0, 1, -2)).hasMessageContaining("months -2");
  }
}
