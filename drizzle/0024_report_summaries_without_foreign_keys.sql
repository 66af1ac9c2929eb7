-- The reports' summaries (0023) keep no foreign key to documents: a report deleted takes its claims, and the
-- claims' trigger its summary rows; the keys checked and locked the report's row for every row written.
ALTER TABLE "report_places" DROP CONSTRAINT "report_places_document_id_documents_id_fk";
--> statement-breakpoint
ALTER TABLE "report_questions" DROP CONSTRAINT "report_questions_document_id_documents_id_fk";
--> statement-breakpoint
ALTER TABLE "report_summaries" DROP CONSTRAINT "report_summaries_document_id_documents_id_fk";
