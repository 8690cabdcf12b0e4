package vn.kiemtra.core.backup;

import java.util.Map;
import java.util.UUID;

/**
 * One change in the edit journal, as it was saved: the whole inspection document after an autosave,
 * an evidence file with its content, a signing with its PDF, or a move to or from the trash.
 *
 * @param sequence grows by one per entry, never reused while the journal lives
 * @param epochMillis when the change was saved
 * @param subject the inspection (or evidence file) the change is about
 * @param header small named values (evidence metadata, the signed record, the inspection's title)
 * @param body the document, file or signed PDF content; empty for moves
 */
public record JournalEntry(
    long sequence,
    long epochMillis,
    Kind kind,
    UUID subject,
    Map<String, String> header,
    byte[] body) {

  /** What kind of change an entry records. */
  public enum Kind {
    INSPECTION_SAVED,
    INSPECTION_DELETED,
    INSPECTION_RESTORED,
    EVIDENCE_ADDED,
    EVIDENCE_DELETED,
    /**
     * The signed record of an inspection's minutes (header) and the exact PDF stored (body),
     * written just before the inspection's signed state, which completes it.
     */
    MINUTES_SIGNED,
    /**
     * A write the journal cannot repeat (sync import, amendment, settings); only its time is kept.
     */
    OTHER_CHANGE
  }

  public JournalEntry {
    header = Map.copyOf(header);
  }

  public String header(String key) {
    return header.get(key);
  }
}
