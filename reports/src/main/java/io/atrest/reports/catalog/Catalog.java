package io.atrest.reports.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The controls and requirements of one run, in catalog order, looked up by id. */
public final class Catalog {

  private final Map<String, Control> controls;
  private final Map<String, Requirement> requirements;

  private Catalog(Map<String, Control> controls, Map<String, Requirement> requirements) {
    this.controls = controls;
    this.requirements = requirements;
  }

  /**
   * A catalog of these controls and requirements.
   *
   * @throws CatalogException naming the id when an id repeats or a requirement cites a control that
   *     is not in the list
   */
  public static Catalog of(List<Control> controls, List<Requirement> requirements) {
    Map<String, Control> byControl = new LinkedHashMap<>();
    for (Control c : controls) {
      if (byControl.putIfAbsent(c.id(), c) != null) {
        throw new CatalogException("control catalog: id `" + c.id() + "` appears twice");
      }
    }
    Map<String, Requirement> byRequirement = new LinkedHashMap<>();
    for (Requirement r : requirements) {
      if (byRequirement.putIfAbsent(r.id(), r) != null) {
        throw new CatalogException("requirement catalog: id `" + r.id() + "` appears twice");
      }
      for (String control : r.controls()) {
        if (!byControl.containsKey(control)) {
          throw new CatalogException(
              "requirement catalog: `"
                  + r.id()
                  + "` cites control `"
                  + control
                  + "`, which the control catalog does not define");
        }
      }
    }
    return new Catalog(
        Collections.unmodifiableMap(byControl), Collections.unmodifiableMap(byRequirement));
  }

  /** All controls, in catalog order. */
  public List<Control> controls() {
    return List.copyOf(controls.values());
  }

  /** All requirements, retired ones included, in catalog order. */
  public List<Requirement> requirements() {
    return List.copyOf(requirements.values());
  }

  public Optional<Control> control(String id) {
    return Optional.ofNullable(controls.get(id));
  }

  public Optional<Requirement> requirement(String id) {
    return Optional.ofNullable(requirements.get(id));
  }
}
