/**
 * The GraphQL documents the viewer sends (api/type-defs.graphql; filters use @neo4j/graphql 7 operators `eq`/`in`).
 */

const EVIDENCE = 'evidence { lowerStart lowerEnd upperStart upperEnd lowerText upperText }';
const ALIGNMENT = `properties { id score class status ${EVIDENCE} reviewedBy comment } node { id }`;
const ALIGNMENT_DETAIL = `properties { id score class status ${EVIDENCE} reviewedBy comment } node { id number label heading text policy { id title tier issuedOn versionDate versionStatus } }`;
const ALIGNMENT_BRIEF = 'properties { id score class status } node { id }';
const POLICY_REF = 'id title docNumber tier issuedOn status kind versionDate versionStatus';
const ARTICLE_CORE = `id number label heading order alignsWithConnection { edges { ${ALIGNMENT} } }`;
const ARTICLE_BRIEF = `id number label heading order policyId alignsWithConnection { edges { ${ALIGNMENT_BRIEF} } }`;

/** Rows per page: the API caps pages at 100 and refuses queries whose estimated cost exceeds 5,000. */
export const POLICY_PAGE_SIZE = 50;
/** Articles per page (each carries its alignments, about 90 cost units). */
export const ARTICLE_PAGE_SIZE = 50;

/** One page of policies with their document relations (articles come separately, page by page). */
export const POLICY_PAGE_QUERY = `query PolicyPage($offset: Int!) {
  policies(limit: ${POLICY_PAGE_SIZE}, offset: $offset, sort: [{ id: ASC }]) { ${POLICY_REF} implements { id } cites { id } interprets { id } basedOn { id } }
}`;

/** Policies by id with their document relations. */
export const POLICIES_QUERY = `query Policies($ids: [ID!]!) {
  policies(where: { id: { in: $ids } }, limit: ${POLICY_PAGE_SIZE}) { ${POLICY_REF} implements { id } cites { id } interprets { id } basedOn { id } }
}`;

/** One page of articles (all, or of some policies) with their upward alignments. */
export const ARTICLE_PAGE_QUERY = `query ArticlePage($offset: Int!) {
  articles(limit: ${ARTICLE_PAGE_SIZE}, offset: $offset, sort: [{ id: ASC }]) { ${ARTICLE_BRIEF} }
}`;

/** One page of the articles of some policies. */
export const POLICY_ARTICLE_PAGE_QUERY = `query PolicyArticlePage($ids: [String!]!, $offset: Int!) {
  articles(where: { policyId: { in: $ids } }, limit: ${ARTICLE_PAGE_SIZE}, offset: $offset, sort: [{ id: ASC }]) { ${ARTICLE_BRIEF} }
}`;

/** Everything the details panel shows of one article. */
export const ARTICLE_DETAILS_QUERY = `query ArticleDetails($id: ID!) {
  articles(where: { id: { eq: $id } }, limit: 1) {
    ${ARTICLE_CORE} text
    policy { ${POLICY_REF} }
    leadAgencies { id name }
    cooperatingAgencies { id name }
    goals { id kind text year value unit qualifier }
    basisChanged { change date upperArticle { id number label policy { ${POLICY_REF} } } newArticle { id number label } }
    alignsWithDetail: alignsWithConnection { edges { ${ALIGNMENT_DETAIL} } }
    alignedFromConnection { edges { ${ALIGNMENT_DETAIL} } }
  }
}`;

const BASIS_POLICY = 'id title issuedOn versionDate versionStatus';

/** What changed in the upper texts one policy rests on (shown when its basis changed). */
export const POLICY_BASIS_QUERY = `query PolicyBasis($id: ID!) {
  policies(where: { id: { eq: $id } }, limit: 1) {
    basisChanged { relation status date earlierTextInGraph upper { ${BASIS_POLICY} } newVersion { ${BASIS_POLICY} }
                   changedArticles { id number label } }
  }
}`;

/** Articles next to one article along ALIGNS_WITH, with their policies, to grow the graph. */
export const ARTICLE_NEIGHBOURS_QUERY = `query ArticleNeighbours($id: ID!) {
  articles(where: { id: { eq: $id } }, limit: 1) {
    alignsWith { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
    alignedFrom { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
  }
}`;

/** Ids of the policies next to one policy along document relations (then loaded with POLICIES_QUERY). */
export const POLICY_NEIGHBOURS_QUERY = `query PolicyNeighbours($id: ID!) {
  policies(where: { id: { eq: $id } }, limit: 1) {
    implements { id } implementedBy { id } cites { id } citedBy { id } interprets { id } interpretedBy { id } basedOn { id } basisOf { id }
  }
}`;

/** Articles an agency leads or cooperates on. */
export const AGENCY_ARTICLES_QUERY = `query AgencyArticles($id: ID!) {
  agencies(where: { id: { eq: $id } }, limit: 1) {
    leads { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
    cooperatesOn { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
  }
}`;

/** Full-text search. */
export const SEARCH_QUERY = `query Search($phrase: String!, $limit: Int) {
  search(phrase: $phrase, limit: $limit) { kind id nodeId title snippet score policyId policyTitle docNumber tier versionDate versionStatus }
}`;

/** Lineage of one article, both ways. */
export const LINEAGE_QUERY = `query Lineage($id: ID!) {
  lineage(articleId: $id, direction: BOTH) {
    depth relation alignmentId score counterpart counterpartDepth
    from { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
    to { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
  }
}`;

const COMPARE_ARTICLE = 'id number label heading text order partNumber';
const COMPARE_PART = 'id number label heading text';

/** The comparison table of two documents. */
export const COMPARE_QUERY = `query Compare($lower: ID!, $upper: ID!) {
  compare(lowerPolicyId: $lower, upperPolicyId: $upper) {
    lower { ${POLICY_REF} parts { ${COMPARE_PART} } } upper { ${POLICY_REF} parts { ${COMPARE_PART} } }
    pairs { id score class status cited counterpart lower { ${COMPARE_ARTICLE} } upper { ${COMPARE_ARTICLE} }
            evidence { lowerStart lowerEnd upperStart upperEnd lowerText upperText }
            changes { kind verdict lowerText upperText } }
    unmatchedUpper { ${COMPARE_ARTICLE} } unmatchedLower { ${COMPARE_ARTICLE} }
    partPairs { lower { ${COMPARE_PART} } upper { ${COMPARE_PART} } pairedBy
                changes { kind verdict lowerText upperText lowerStart lowerEnd upperStart upperEnd } }
  }
}`;

/**
 * The changes of every pair of a comparison, those too weak to be compared by default too (minScore 0): asked for
 * once, when the user first asks to compare such a pair anyway.
 */
export const COMPARE_ANYWAY_QUERY = `query CompareAnyway($lower: ID!, $upper: ID!) {
  compare(lowerPolicyId: $lower, upperPolicyId: $upper) {
    pairs { id changes(minScore: 0) { kind verdict lowerText upperText } }
  }
}`;

/** Coverage of an upper document. */
export const COVERAGE_QUERY = `query Coverage($upper: ID!) {
  coverage(upperPolicyId: $upper) {
    upper { ${POLICY_REF} }
    rows { article { id number label heading } lowerDocumentCount counterparts { policy { id title versionDate versionStatus } articles { id } bestScore } formal }
  }
}`;

/** Confirm or reject an alignment (needs a token). */
export const REVIEW_MUTATION = (
  verb: 'confirmAlignment' | 'rejectAlignment',
) => `mutation Review($id: ID!, $comment: String) {
  ${verb}(id: $id, comment: $comment) { id status score class reviewedBy }
}`;

/** Documents most others rest on, per page: the overview's largest answer is about 300 documents with links. */
export const OVERVIEW_MAX_DOCUMENTS = 300;

/** The overview: groups always, documents with counts when few enough match. */
export const OVERVIEW_QUERY = `query Overview($filter: OverviewFilter, $max: Int) {
  policyOverview(filter: $filter, maxDocuments: $max) {
    total grouped
    groups { key authorityLevel tier jurisdiction documentCount articleCount firstYear lastYear }
    documents { id title docNumber tier kind status issuedOn versionDate effectiveOn jurisdiction authorityLevel validFrom validTo versionStatus basisChanged
                articleCount alignedArticleCount links { policyId relation weight } }
    facets { jurisdictions { name parent } kinds authorityLevels versionStatuses firstYear lastYear }
  }
}`;

/**
 * Sources listed for an article: the few a reader scans. A literal, not a variable: the API prices a list by the limit
 * it can see, and an unseen one at its largest (50 sources with evidence are over the query cost limit).
 */
export const ARTICLE_SOURCE_LIMIT = 3;

const SOURCE_POLICY = 'id title docNumber tier issuedOn versionDate versionStatus';

const articleSources = (scope: 'UPPER' | 'PEER', name: string) => `query ${name}($id: ID!) {
  sources(articleId: $id, scope: ${scope}, limit: ${ARTICLE_SOURCE_LIMIT}) {
    scope score class rank inLikelyParent sharesLikelyParent
    article { id number label heading policy { ${SOURCE_POLICY} } }
    evidence { lowerStart lowerEnd upperStart upperEnd lowerText upperText }
  }
}`;

/**
 * Where one article comes from (scope UPPER), citations or not: the engine over the whole graph. The first such
 * request after a start builds the API's index (about 30 s on lawrefbook). The scope is written in, not a variable: the
 * API prices a scope it cannot see as ALL, two rankings.
 */
export const ARTICLE_SOURCES_QUERY = articleSources('UPPER', 'ArticleSources');

/** Where else one article appears (scope PEER): other places' articles of its tier. */
export const ARTICLE_PEERS_QUERY = articleSources('PEER', 'ArticlePeers');

/** What a document implements, inferred from its articles when it cites nothing. */
export const LIKELY_PARENTS_QUERY = `query LikelyParents($id: ID!) {
  likelyParents(policyId: $id) { score alignedArticles cited laterVersion policy { ${SOURCE_POLICY} } via { ${SOURCE_POLICY} } }
}`;

/** Same-tier documents sharing long passages with one document (copied documents stand out). */
export const REUSE_QUERY = `query Reuse($id: ID!) {
  reuse(policyId: $id) { sharedCharacters share inheritedCharacters policy { ${SOURCE_POLICY} } spans { text length } }
}`;
