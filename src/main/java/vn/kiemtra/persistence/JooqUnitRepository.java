package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.UNIT;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.kiemtra.core.inspection.UnitRef;
import vn.kiemtra.core.inspection.UnitRepository;
import vn.kiemtra.core.shared.Ids;
import vn.kiemtra.core.text.SearchKey;
import vn.kiemtra.core.text.VietnameseText;

/** The catalogue of inspected units, created on first use by name. */
public final class JooqUnitRepository implements UnitRepository {
  private final Database db;

  public JooqUnitRepository(Database db) {
    this.db = db;
  }

  /** Units not deleted, by name. */
  @Override
  public List<UnitRef> list() {
    return db.read(
        ctx ->
            ctx.select(UNIT.NAME, UNIT.SHORT_NAME)
                .from(UNIT)
                .where(UNIT.DELETED.isFalse())
                .orderBy(UNIT.NAME)
                .fetch(r -> new UnitRef(r.value1(), r.value2())));
  }

  /**
   * The unit with this exact (NFC) name; created when missing. The id is derived from the name so
   * that two laptops creating the same unit offline create the same row.
   */
  UUID findOrCreate(DSLContext ctx, RowWriter writer, String name, String shortName) {
    String nfcName = VietnameseText.nfc(name);
    UUID id = Ids.derived(new UUID(0, 0), "unit", nfcName);
    boolean exists = ctx.fetchExists(ctx.selectFrom(UNIT).where(UNIT.ID.eq(id)));
    if (!exists) {
      writer.upsert(
          UNIT,
          new RowWriter.Row(id)
              .set(UNIT.NAME, nfcName)
              .set(UNIT.SHORT_NAME, shortName)
              .set(UNIT.SEARCH_KEY, searchKey(nfcName, shortName)));
    }
    return id;
  }

  /** What the unit list searches: name and short name, accent-insensitive. */
  static String searchKey(String name, String shortName) {
    return SearchKey.of(name + " " + (shortName == null ? "" : shortName));
  }
}
