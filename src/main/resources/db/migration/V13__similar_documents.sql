-- 相似文件: each document's weighted word counts (text.TermVectors), kept so that a similarity list
-- does not segment every body again. A row is made lazily, the first time a list needs it, and made
-- again when the document's text changed: source_version is the document's version it was checked
-- against (a cheap test on every request), text_hash the SHA-256 of the title and text it was made
-- from (so an edit that left the text alone costs no segmentation), recipe the TermVectors.RECIPE.
CREATE TABLE document_terms (
    document_id    BIGINT      NOT NULL PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    source_version INT         NOT NULL,
    text_hash      VARCHAR(64) NOT NULL,
    recipe         INT         NOT NULL,
    terms          CLOB        NOT NULL
);
