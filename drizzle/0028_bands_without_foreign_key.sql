-- LSH band keys keep no foreign key to documents: linking writes 32 a document, and the key check was half
-- the time of that insert. They are written with the document's signature; documents are never deleted.
ALTER TABLE "document_bands" DROP CONSTRAINT "document_bands_document_id_documents_id_fk";
