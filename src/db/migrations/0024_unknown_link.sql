-- Issue 17 §2: a sample whose file does not say its link (环节) and from which none can be
-- inferred is imported with the link unknown (NULL, shown as 待确定) and flagged for review; its
-- owner bureau gets a work item to determine it. The disposal and the 24-hour report copy the
-- sample's link, so theirs may be unknown too until it is determined.
ALTER TABLE "samples" ALTER COLUMN "link" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "disposals" ALTER COLUMN "link" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "urgent_reports" ALTER COLUMN "link" DROP NOT NULL;
