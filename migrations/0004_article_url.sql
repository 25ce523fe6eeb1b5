-- Where an article was published: the canonical URL of a saved HTML page, or the "url" of a
-- corpus line; null for plain text. ClaimReview exports name it as the claim's appearance.

ALTER TABLE articles ADD COLUMN url TEXT;
