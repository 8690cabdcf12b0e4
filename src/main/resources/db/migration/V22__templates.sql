-- Checklists the office writes itself (bộ tiêu chí): the level a template is meant for (cấp: SO,
-- XA, KHAC) and its legal basis (căn cứ). Status gains WITHDRAWN (ngừng sử dụng) beside DRAFT and
-- PUBLISHED; the column already holds any of them. The built-in CCHC-SO 2023 is a sở checklist.
ALTER TABLE checklist_template ADD COLUMN unit_level VARCHAR(10) DEFAULT 'KHAC' NOT NULL;
ALTER TABLE checklist_template ADD COLUMN legal_basis VARCHAR(2000);
UPDATE checklist_template SET unit_level = 'SO' WHERE code = 'CCHC-SO' AND version = '2023';
