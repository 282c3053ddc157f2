// Entities the viewer may see that miss a name in one of the model's languages.
// Parameters: $limit, $markings, $caveats (the viewer).
// Returns: total, markings (the distinct markings of all found) and, per entity up to the limit, id, labels, props,
//   missing (languages).
MATCH (n:Entity)
WHERE @visible(n)
WITH n, [lang IN ['fr', 'nl', 'en'] WHERE
  CASE lang WHEN 'fr' THEN n.nameFr WHEN 'nl' THEN n.nameNl ELSE n.nameEn END IS NULL] AS missing
WHERE size(missing) > 0
WITH collect({n: n, missing: missing}) AS found, collect(DISTINCT {classification: n.classification, caveats: n.caveats}) AS markings
UNWIND (CASE WHEN size(found) = 0 THEN [null] ELSE found[0..$limit] END) AS item
RETURN size(found) AS total, markings, item.n.id AS id, labels(item.n) AS labels, properties(item.n) AS props,
       item.missing AS missing
