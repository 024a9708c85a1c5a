/** The document GraphiQL opens with: a query a newcomer can run at once. */
export const GRAPHIQL_DEFAULT_QUERY = `# Welcome to the research knowledge graph. Press the run button (or Ctrl-Enter).
#
# The first papers, with the code repositories their abstracts link to:
{
  papers(first: 5) {
    totalCount
    edges {
      node {
        title
        repos { url }
      }
    }
  }
}
`;
