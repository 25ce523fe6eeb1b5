-- Who makes each claim, its Full Fact claim type, and the links between claims of one
-- article: a restatement points to the first statement of the same fact, a contradicting
-- figure to the earlier claim it disagrees with. Both links point to an earlier claim.

ALTER TABLE claims ADD COLUMN claimer TEXT;           -- null: the article itself asserts it
ALTER TABLE claims ADD COLUMN claim_type TEXT;        -- quantity, causal, rule, prediction, ...
ALTER TABLE claims ADD COLUMN same_as INTEGER REFERENCES claims(id) ON DELETE SET NULL;
ALTER TABLE claims ADD COLUMN conflicts_with INTEGER REFERENCES claims(id) ON DELETE SET NULL;

-- Review gathers a first statement's restatements; export and show follow both links.
CREATE INDEX claims_by_same_as ON claims (same_as) WHERE same_as IS NOT NULL;
CREATE INDEX claims_by_conflict ON claims (conflicts_with) WHERE conflicts_with IS NOT NULL;
