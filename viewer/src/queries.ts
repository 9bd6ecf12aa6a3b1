/**
 * The GraphQL documents the viewer sends (api/type-defs.graphql; filters use @neo4j/graphql 7 operators `eq`/`in`).
 */

const ALIGNMENT = 'properties { id score class status evidence reviewedBy comment } node { id }';
const POLICY_REF = 'id title docNumber tier issuedOn status kind';
const ARTICLE_CORE = `id number label heading order alignsWithConnection { edges { ${ALIGNMENT} } }`;
const POLICY_FULL = `${POLICY_REF} articles { ${ARTICLE_CORE} } implements { id } cites { id } interprets { id } basedOn { id }`;

/** Every policy with its articles and their alignments (the overview). */
export const OVERVIEW_QUERY = `query Overview { policies { ${POLICY_FULL} } }`;

/** Policies by id, with articles, to bring them into view. */
export const POLICIES_QUERY = `query Policies($ids: [ID!]!) { policies(where: { id: { in: $ids } }) { ${POLICY_FULL} } }`;

/** Everything the details panel shows of one article. */
export const ARTICLE_DETAILS_QUERY = `query ArticleDetails($id: ID!) {
  articles(where: { id: { eq: $id } }) {
    ${ARTICLE_CORE} text
    policy { ${POLICY_REF} }
    leadAgencies { id name }
    cooperatingAgencies { id name }
    goals { id kind text year value unit qualifier }
    alignedFromConnection { edges { ${ALIGNMENT} } }
  }
}`;

/** Articles next to one article along ALIGNS_WITH, with their policies, to grow the graph. */
export const ARTICLE_NEIGHBOURS_QUERY = `query ArticleNeighbours($id: ID!) {
  articles(where: { id: { eq: $id } }) {
    alignsWith { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
    alignedFrom { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
  }
}`;

/** Policies next to one policy along document relations. */
export const POLICY_NEIGHBOURS_QUERY = `query PolicyNeighbours($id: ID!) {
  policies(where: { id: { eq: $id } }) {
    implements { ${POLICY_FULL} } implementedBy { ${POLICY_FULL} } cites { ${POLICY_FULL} } citedBy { ${POLICY_FULL} }
    interprets { ${POLICY_FULL} } interpretedBy { ${POLICY_FULL} } basedOn { ${POLICY_FULL} } basisOf { ${POLICY_FULL} }
  }
}`;

/** Articles an agency leads or cooperates on. */
export const AGENCY_ARTICLES_QUERY = `query AgencyArticles($id: ID!) {
  agencies(where: { id: { eq: $id } }) {
    leads { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
    cooperatesOn { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
  }
}`;

/** Full-text search. */
export const SEARCH_QUERY = `query Search($phrase: String!, $limit: Int) {
  search(phrase: $phrase, limit: $limit) { kind id title snippet score policyId docNumber tier }
}`;

/** Lineage of one article, both ways. */
export const LINEAGE_QUERY = `query Lineage($id: ID!) {
  lineage(articleId: $id, direction: BOTH) {
    depth relation alignmentId
    from { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
    to { ${ARTICLE_CORE} policy { ${POLICY_REF} } }
  }
}`;

const COMPARE_ARTICLE = 'id number label heading text order';

/** The comparison table of two documents. */
export const COMPARE_QUERY = `query Compare($lower: ID!, $upper: ID!) {
  compare(lowerPolicyId: $lower, upperPolicyId: $upper) {
    lower { ${POLICY_REF} } upper { ${POLICY_REF} }
    pairs { id score class status lower { ${COMPARE_ARTICLE} } upper { ${COMPARE_ARTICLE} }
            evidence { lowerStart lowerEnd upperStart upperEnd lowerText upperText } }
    unmatchedUpper { ${COMPARE_ARTICLE} } unmatchedLower { ${COMPARE_ARTICLE} }
  }
}`;

/** Coverage of an upper document. */
export const COVERAGE_QUERY = `query Coverage($upper: ID!) {
  coverage(upperPolicyId: $upper) {
    upper { ${POLICY_REF} }
    rows { article { id number label heading } lowerDocumentCount counterparts { policy { id title } articles { id } bestScore } }
  }
}`;

/** Confirm or reject an alignment (needs a token). */
export const REVIEW_MUTATION = (verb: 'confirmAlignment' | 'rejectAlignment') => `mutation Review($id: ID!, $comment: String) {
  ${verb}(id: $id, comment: $comment) { id status score class reviewedBy }
}`;
