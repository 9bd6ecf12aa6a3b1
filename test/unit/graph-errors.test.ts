// toGraphError: every driver failure becomes one of a few stable codes, translated in one place.
import { describe, expect, test } from 'vitest';
import neo4j from 'neo4j-driver';
import { GraphError, toGraphError } from '../../graph/index.ts';
import { classifyNeo4jCode } from '../../graph/errors.ts';

describe('classifyNeo4jCode', () => {
  test.each([
    ['ServiceUnavailable', 'NEO4J_UNAVAILABLE'],
    ['SessionExpired', 'NEO4J_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'NEO4J_AUTH'],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'NEO4J_AUTH'],
    ['Neo.ClientError.Security.Forbidden', 'NEO4J_QUERY'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'NEO4J_CONSTRAINT'],
    ['Neo.ClientError.Statement.SyntaxError', 'NEO4J_QUERY'],
    ['Neo.ClientError.Statement.ParameterMissing', 'NEO4J_QUERY'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'NEO4J_TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'NEO4J_TIMEOUT'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'NEO4J_CONFIG'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'NEO4J_UNKNOWN'],
    ['Neo.DatabaseError.General.UnknownError', 'NEO4J_UNKNOWN'],
  ])('%s → %s', (code, expected) => {
    expect(classifyNeo4jCode(code)).toBe(expected);
  });
});

describe('toGraphError', () => {
  test('keeps the Neo4j code and the original error as cause', () => {
    const original = new neo4j.Neo4jError(
      'Node(1) already exists with label `Policy`',
      'Neo.ClientError.Schema.ConstraintValidationFailed',
      'gql',
      'desc',
    );
    const translated = toGraphError(original);
    expect(translated).toBeInstanceOf(GraphError);
    expect(translated).toMatchObject({
      code: 'NEO4J_CONSTRAINT',
      neo4jCode: 'Neo.ClientError.Schema.ConstraintValidationFailed',
      message: 'Node(1) already exists with label `Policy`',
      cause: original,
    });
  });

  test('prefixes auth and availability errors with what to check', () => {
    const auth = toGraphError(
      new neo4j.Neo4jError('The client is unauthorized', 'Neo.ClientError.Security.Unauthorized', 'gql', 'desc'),
    );
    expect(auth.message).toBe(
      'Neo4j rejected the credentials (check NEO4J_USERNAME / NEO4J_PASSWORD): The client is unauthorized',
    );
    const down = toGraphError(new neo4j.Neo4jError('connect ECONNREFUSED', 'ServiceUnavailable', 'gql', 'desc'));
    expect(down).toMatchObject({
      code: 'NEO4J_UNAVAILABLE',
      message: 'Neo4j is not reachable (is it running? check NEO4J_URI): connect ECONNREFUSED',
    });
  });

  test('passes GraphErrors through unchanged and wraps plain errors', () => {
    const own = new GraphError('NEO4J_PORT_BUSY', 'port taken');
    expect(toGraphError(own)).toBe(own);
    expect(toGraphError(new Error('connect ECONNREFUSED 127.0.0.1:7687'))).toMatchObject({ code: 'NEO4J_UNAVAILABLE' });
    expect(toGraphError(new TypeError('x is not a function'))).toMatchObject({
      code: 'NEO4J_UNKNOWN',
      message: 'x is not a function',
    });
    expect(toGraphError('a string')).toMatchObject({ code: 'NEO4J_UNKNOWN', message: 'a string' });
  });
});
