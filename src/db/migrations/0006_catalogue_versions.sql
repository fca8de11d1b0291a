ALTER TABLE "item_limits" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "test_items" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;