-- The 核查处置情况 of a published failed sample (issue 13 §1): the public outcome of its disposal,
-- copied at publication like the rest of the snapshot, so a later change of the disposal does
-- not alter what was published. Null: no disposal to show (qualified, or none on record).
ALTER TABLE published_results ADD COLUMN IF NOT EXISTS disposal jsonb;
