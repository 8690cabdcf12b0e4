-- A row's clock and field hashes are about a kilobyte each. As CHARACTER LARGE OBJECT each value
-- was stored as a separate large object (two per synchronised row), the largest cost left in a
-- sync import. Plain text columns keep them in the row; nothing else changes.
ALTER TABLE sync_state ALTER COLUMN clock SET DATA TYPE CHARACTER VARYING(1000000);
ALTER TABLE sync_state ALTER COLUMN field_hashes SET DATA TYPE CHARACTER VARYING(1000000);
