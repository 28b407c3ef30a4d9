package io.atrest.features.steps.table;

import io.atrest.features.world.TableWorld;
import io.cucumber.java.After;

/** Releases the scenario's table store when the scenario ends. */
public final class TableHooks {

  private final TableWorld tables;

  public TableHooks(TableWorld tables) {
    this.tables = tables;
  }

  @After
  public void closeTableStore() {
    tables.close();
  }
}
