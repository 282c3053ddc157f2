// Full-text index over names and acronyms in FR, NL and EN. The standard-folding analyzer
// lower-cases and strips accents, so "surete" finds "Sûreté". No parameters.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.nameFr, n.nameNl, n.nameEn, n.acronymFr, n.acronymNl, n.acronymEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }
