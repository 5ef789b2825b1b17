-- Indexes that let the register (文件台账) answer within a blink at 100,000 documents, measured
-- with `normdesk bench register`. Plain SQL that H2 and PostgreSQL both accept.

-- A sort on a document column walks its (column, id) index, forwards or backwards, and stops after
-- one page; id breaks ties the way the register does. These replace V1's one-column indexes.
DROP INDEX ix_document_updated;
DROP INDEX ix_document_published;
DROP INDEX ix_document_signed;
DROP INDEX ix_document_effective;
DROP INDEX ix_document_valid_until;
DROP INDEX ix_document_title;
DROP INDEX ix_document_number;
CREATE INDEX ix_document_updated_id ON document (updated_at, id);
CREATE INDEX ix_document_published_id ON document (published_on, id);
CREATE INDEX ix_document_signed_id ON document (signed_on, id);
CREATE INDEX ix_document_effective_id ON document (effective_on, id);
CREATE INDEX ix_document_valid_until_id ON document (valid_until, id);
CREATE INDEX ix_document_title_id ON document (title, id);
CREATE INDEX ix_document_number_id ON document (doc_number, id);

-- The register's usual views: a stage (and 时效性, e.g. 已公布 + 现行有效) or a year, newest change
-- or newest publication first. The register lists the filtered columns first in its ORDER BY (they
-- are constant within the result), so that these indexes serve both the filter and the order; they
-- also count the filtered rows without reading them. They replace V1's stage and year indexes.
DROP INDEX ix_document_stage;
DROP INDEX ix_document_year;
CREATE INDEX ix_document_stage_updated ON document (stage, updated_at, id);
CREATE INDEX ix_document_stage_validity_updated ON document (stage, validity, updated_at, id);
CREATE INDEX ix_document_stage_validity_published ON document (stage, validity, published_on, id);
CREATE INDEX ix_document_year_updated ON document (doc_year, updated_at, id);

-- The search over title and 文号 reads this narrow index instead of the whole table.
CREATE INDEX ix_document_search ON document (title, doc_number);
