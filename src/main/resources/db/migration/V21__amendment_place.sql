-- An amendment (biên bản bổ sung) is a meeting of its own: the time it was held and its place
-- ("Địa điểm") are entered by the user and printed, never taken from the computer clock or from the
-- signed minutes. Amendments recorded before this column existed keep NULL and print the time they
-- were recorded, with no place line.
ALTER TABLE minutes_amendment ADD COLUMN held_at TIMESTAMP(0);
ALTER TABLE minutes_amendment ADD COLUMN place VARCHAR(1000);
