-- Issue 17: a sample imported from a publication table (合格/不合格公示表) keeps the announcement
-- that published it: 公告号, 公告日期 and 公告网址链接.
ALTER TABLE "samples" ADD COLUMN IF NOT EXISTS "notice_no" text;
--> statement-breakpoint
ALTER TABLE "samples" ADD COLUMN IF NOT EXISTS "notice_date" date;
--> statement-breakpoint
ALTER TABLE "samples" ADD COLUMN IF NOT EXISTS "notice_url" text;
