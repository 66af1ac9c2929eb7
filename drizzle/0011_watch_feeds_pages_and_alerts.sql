CREATE TABLE "alert_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "alert_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"on" text NOT NULL,
	"filter" jsonb NOT NULL,
	"url" text,
	"webhook" text,
	"allow_private" boolean DEFAULT false NOT NULL,
	"checked_through" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "alerts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"rule_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"message" text NOT NULL,
	"details" jsonb NOT NULL,
	"delivery" text
);
--> statement-breakpoint
CREATE TABLE "watch_bodies" (
	"sha256" text PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watch_captures" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "watch_captures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"watch_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"http_status" integer,
	"status_line" text,
	"final_url" text,
	"sha256" text,
	"size" bigint,
	"headers" jsonb,
	"state" text NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watch_feed_items" (
	"watch_id" integer NOT NULL,
	"key" text NOT NULL,
	"document_id" integer,
	"seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "watch_feed_items_watch_id_key_pk" PRIMARY KEY("watch_id","key")
);
--> statement-breakpoint
CREATE TABLE "watches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "watches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"url" text NOT NULL,
	"every_seconds" integer NOT NULL,
	"allow_private" boolean DEFAULT false NOT NULL,
	"watch_items" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"kind" text,
	"state" text,
	"live_sha256" text,
	"etag" text,
	"last_modified" text,
	"last_at" timestamp with time zone,
	"next_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watch_captures" ADD CONSTRAINT "watch_captures_watch_id_watches_id_fk" FOREIGN KEY ("watch_id") REFERENCES "public"."watches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watch_feed_items" ADD CONSTRAINT "watch_feed_items_watch_id_watches_id_fk" FOREIGN KEY ("watch_id") REFERENCES "public"."watches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watch_feed_items" ADD CONSTRAINT "watch_feed_items_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alerts_at_idx" ON "alerts" USING btree ("at");--> statement-breakpoint
CREATE INDEX "watch_captures_watch_idx" ON "watch_captures" USING btree ("watch_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "watches_url_uq" ON "watches" USING btree ("url");--> statement-breakpoint
CREATE INDEX "watches_due_idx" ON "watches" USING btree ("next_at") WHERE "watches"."active";