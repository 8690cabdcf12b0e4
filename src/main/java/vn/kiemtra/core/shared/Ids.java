package vn.kiemtra.core.shared;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Row identities: random for new things, derived for rows identified by their place. */
public final class Ids {
  private Ids() {}

  public static UUID random() {
    return UUID.randomUUID();
  }

  /**
   * A stable id for a child row that the exchange format identifies by its place (an answer by
   * criterion code, a team member by position), so every device derives the same id.
   */
  public static UUID derived(UUID parent, String kind, String key) {
    return UUID.nameUUIDFromBytes(
        (parent + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
  }
}
