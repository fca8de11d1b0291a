-- Work items of objections and retests linked to /objections/<id>, a page the web app does not
-- have. Point them where the application is worked: the disposal of its sample (the 异议/复检
-- card is there), else the sample. Only the links change; the audit rows keep what was written.
UPDATE "work_items" AS wi
SET "links" = (
  SELECT jsonb_agg(
    CASE
      WHEN e.link->>'href' LIKE '/objections/%' THEN jsonb_set(
        e.link,
        '{href}',
        to_jsonb(coalesce(
          (SELECT '/disposals/' || d."id"
             FROM "objections" o
             JOIN "disposals" d ON d."sample_id" = o."sample_id" AND d."status" <> 'voided'
            WHERE o."id"::text = substring(e.link->>'href' FROM 13)
            ORDER BY d."created_at" DESC
            LIMIT 1),
          (SELECT '/samples/' || o."sample_id"
             FROM "objections" o
            WHERE o."id"::text = substring(e.link->>'href' FROM 13)),
          e.link->>'href'
        ))
      )
      ELSE e.link
    END
    ORDER BY e.ord
  )
  FROM jsonb_array_elements(wi."links") WITH ORDINALITY AS e(link, ord)
)
WHERE wi."subject_type" = 'objection'
  AND jsonb_typeof(wi."links") = 'array'
  AND jsonb_array_length(wi."links") > 0
  AND wi."links"::text LIKE '%/objections/%';
