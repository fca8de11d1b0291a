-- Issue 14 §2: opinion events (舆情事件, seed arts. 14(2), 21, 24): the register kept by
-- 宣传和档案中心 and 新闻宣传处, its links to enterprises, samples and publications, the response
-- actions (回应处置), and the entries of the opinion-watch work item opened after each publication.
CREATE TABLE "opinion_events" (
  "id" uuid PRIMARY KEY,
  "title" text NOT NULL,
  "source" text NOT NULL,
  "source_note" text,
  "first_seen_at" timestamptz NOT NULL,
  "summary" text NOT NULL,
  "links" jsonb DEFAULT '[]'::jsonb NOT NULL,
  "level" text NOT NULL,
  "status" text DEFAULT 'open' NOT NULL,
  "owner_unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  "region_unit_id" uuid REFERENCES "org_units"("id"),
  "from_watch_item_id" uuid REFERENCES "work_items"("id"),
  "closing_summary" text,
  "closed_at" timestamptz,
  "recorded_by_unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  "recorded_by_user_id" uuid,
  "version" integer DEFAULT 1 NOT NULL,
  "created_at" timestamptz DEFAULT now() NOT NULL,
  "updated_at" timestamptz DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "opinion_events_list_idx" ON "opinion_events" ("status", "level", "first_seen_at");
--> statement-breakpoint
CREATE INDEX "opinion_events_owner_idx" ON "opinion_events" ("owner_unit_id");
--> statement-breakpoint
CREATE INDEX "opinion_events_region_idx" ON "opinion_events" ("region_unit_id");
--> statement-breakpoint
CREATE TABLE "opinion_event_enterprises" (
  "event_id" uuid NOT NULL REFERENCES "opinion_events"("id") ON DELETE CASCADE,
  "enterprise_id" uuid NOT NULL REFERENCES "enterprises"("id"),
  PRIMARY KEY ("event_id", "enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "opinion_event_samples" (
  "event_id" uuid NOT NULL REFERENCES "opinion_events"("id") ON DELETE CASCADE,
  "sample_id" uuid NOT NULL REFERENCES "samples"("id"),
  PRIMARY KEY ("event_id", "sample_id")
);
--> statement-breakpoint
CREATE TABLE "opinion_event_publications" (
  "event_id" uuid NOT NULL REFERENCES "opinion_events"("id") ON DELETE CASCADE,
  "publication_id" uuid NOT NULL REFERENCES "publications"("id"),
  PRIMARY KEY ("event_id", "publication_id")
);
--> statement-breakpoint
CREATE INDEX "opinion_event_publications_publication_idx" ON "opinion_event_publications" ("publication_id");
--> statement-breakpoint
-- Response actions (seed art. 24): a statement, an expert interview, a standard explainer (linked
-- to the library), an online class, a rumour response (辟谣, published as a consumer warning).
CREATE TABLE "opinion_responses" (
  "id" uuid PRIMARY KEY,
  "event_id" uuid NOT NULL REFERENCES "opinion_events"("id") ON DELETE CASCADE,
  "kind" text NOT NULL,
  "title" text NOT NULL,
  "detail" text,
  "acted_on" date NOT NULL,
  "outcome" text,
  "outcome_at" timestamptz,
  "explainer_id" uuid REFERENCES "explainers"("id"),
  "publication_id" uuid REFERENCES "publications"("id"),
  "recorded_by_user_id" uuid,
  "created_at" timestamptz DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "opinion_responses_event_idx" ON "opinion_responses" ("event_id");
--> statement-breakpoint
-- One entry per day of an opinion watch: 未发现舆情, observations, or an event opened from it.
CREATE TABLE "opinion_watch_entries" (
  "id" uuid PRIMARY KEY,
  "work_item_id" uuid NOT NULL REFERENCES "work_items"("id"),
  "publication_id" uuid NOT NULL REFERENCES "publications"("id"),
  "day" date NOT NULL,
  "finding" text NOT NULL,
  "note" text,
  "event_id" uuid REFERENCES "opinion_events"("id"),
  "recorded_by_unit_id" uuid NOT NULL REFERENCES "org_units"("id"),
  "recorded_by_user_id" uuid,
  "created_at" timestamptz DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "opinion_watch_entries_day_key" ON "opinion_watch_entries" ("work_item_id", "day");
