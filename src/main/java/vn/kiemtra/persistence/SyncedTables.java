package vn.kiemtra.persistence;

import static vn.kiemtra.persistence.jooq.Tables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import vn.kiemtra.core.text.SearchKey;

/**
 * The tables that travel in sync packages, parents before children, and what sync must know of
 * each: which columns are content, which column names the file a row carries, and which column is
 * derived (the search key, recomputed on every write, never merged).
 */
final class SyncedTables {
  private static final Set<String> BOOKKEEPING =
      Set.of("ID", "CREATED_AT", "UPDATED_AT", "ORIGIN_DEVICE", "UPDATED_DEVICE", "REVISION");

  /**
   * Columns that describe this database rather than the data: the search key (derived from the
   * text) and when a checklist was loaded here (each device loads the built-in one itself).
   */
  private static final Set<String> LOCAL = Set.of("SEARCH_KEY", "PUBLISHED_AT");

  /** File column → the column holding its SHA-256. */
  private static final Map<String, String> FILE_COLUMNS =
      Map.of(
          "EVIDENCE", "SHA256",
          "SIGNED_MINUTES", "PDF_SHA256",
          "MINUTES_SCAN", "SHA256");

  private static final Map<String, String> FILE_CONTENT =
      Map.of(
          "EVIDENCE", "CONTENT",
          "SIGNED_MINUTES", "PDF",
          "MINUTES_SCAN", "CONTENT");

  static final List<Table<?>> ORDER =
      List.of(
          UNIT,
          PERSON,
          CHECKLIST_TEMPLATE,
          CHECKLIST_AREA,
          CHECKLIST_CRITERION,
          INSPECTION,
          INSPECTION_BASIS,
          TEAM_MEMBER,
          UNIT_PARTICIPANT,
          ANSWER,
          AREA_FINDING,
          RECOMMENDATION,
          EVIDENCE,
          SIGNED_MINUTES,
          MINUTES_AMENDMENT,
          MINUTES_SCAN);

  private static final Map<String, Table<?>> BY_NAME = new LinkedHashMap<>();

  static {
    for (Table<?> t : ORDER) {
      BY_NAME.put(name(t), t);
    }
  }

  private SyncedTables() {}

  /** The name a table has in packages: lower-case, as in the schema. */
  static String name(Table<?> table) {
    return table.getName().toLowerCase(java.util.Locale.ROOT);
  }

  static Table<?> table(String name) {
    Table<?> t = BY_NAME.get(name);
    if (t == null) {
      throw new IllegalArgumentException("not a synchronised table: " + name);
    }
    return t;
  }

  static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** The content columns that are merged (not bookkeeping, file content or local columns). */
  static List<Field<?>> contentFields(Table<?> table) {
    List<Field<?>> out = new ArrayList<>();
    String content = FILE_CONTENT.get(table.getName());
    for (Field<?> f : table.fields()) {
      String n = f.getName();
      if (!BOOKKEEPING.contains(n) && !LOCAL.contains(n) && !n.equals(content)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Every column except the file content (which is never read into memory with the row). */
  static List<Field<?>> rowFields(Table<?> table) {
    String content = FILE_CONTENT.get(table.getName());
    List<Field<?>> out = new ArrayList<>();
    for (Field<?> f : table.fields()) {
      if (!f.getName().equals(content)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The field (package name) holding the SHA-256 of the row's file, or null. */
  static String fileField(String table) {
    String col = FILE_COLUMNS.get(table.toUpperCase(java.util.Locale.ROOT));
    return col == null ? null : col.toLowerCase(java.util.Locale.ROOT);
  }

  /** The field (package name) holding the byte size of the row's file, or null. */
  static String fileSizeField(String table) {
    return switch (table) {
      case "evidence", "minutes_scan" -> "size_bytes";
      case "signed_minutes" -> "pdf_size";
      default -> null;
    };
  }

  static Field<?> fileContent(Table<?> table) {
    String col = FILE_CONTENT.get(table.getName());
    return col == null ? null : table.field(col);
  }

  /** The column naming the inspection a row belongs to, or null (the inspection table: its id). */
  static Field<?> inspectionField(Table<?> table) {
    if (table == INSPECTION) {
      return INSPECTION.ID;
    }
    return table.field("INSPECTION_ID");
  }

  /**
   * Which rows of a table travel: a draft checklist (and its areas and criteria) stays on the
   * device that edits it; publishing marks its rows changed, so they travel then.
   */
  static org.jooq.Condition travels(Table<?> table) {
    if (table == CHECKLIST_TEMPLATE) {
      return CHECKLIST_TEMPLATE.STATUS.ne(DRAFT);
    }
    Field<?> template =
        table == CHECKLIST_AREA || table == CHECKLIST_CRITERION ? table.field("TEMPLATE_ID") : null;
    if (template == null) {
      return org.jooq.impl.DSL.noCondition();
    }
    @SuppressWarnings("unchecked")
    Field<java.util.UUID> id = (Field<java.util.UUID>) template;
    return id.notIn(
        org.jooq
            .impl
            .DSL
            .select(CHECKLIST_TEMPLATE.ID)
            .from(CHECKLIST_TEMPLATE)
            .where(CHECKLIST_TEMPLATE.STATUS.eq(DRAFT)));
  }

  private static final String DRAFT = "DRAFT";

  /** The search key for a row's merged content, or null when the table has none. */
  static String searchKey(Table<?> table, Record row) {
    if (table.field("SEARCH_KEY") == null) {
      return null;
    }
    if (table == UNIT) {
      return JooqUnitRepository.searchKey(row.get(UNIT.NAME), row.get(UNIT.SHORT_NAME));
    }
    if (table == PERSON) {
      return SearchKey.of(join(row.get(PERSON.FULL_NAME), row.get(PERSON.ORGANISATION)));
    }
    return JooqInspectionRepository.searchKey(
        row.get(INSPECTION.TITLE),
        row.get(INSPECTION.UNIT_NAME),
        row.get(INSPECTION.UNIT_SHORT_NAME),
        row.get(INSPECTION.PLACE));
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null) {
        sb.append(sb.isEmpty() ? "" : " ").append(p);
      }
    }
    return sb.toString();
  }
}
