import { JobName } from './job-catalogue';
import { checkHandlerCoverage } from './job-handler-coverage';

describe('checkHandlerCoverage', () => {
  const jobs = [JobName.PurgeExpiredSessions, JobName.VerifyAuditChain];

  it('accepts exactly one handler per job', () => {
    expect(checkHandlerCoverage([JobName.VerifyAuditChain, JobName.PurgeExpiredSessions], jobs)).toEqual([]);
  });

  it('reports a job with no handler and a job with two', () => {
    const problems = checkHandlerCoverage([JobName.VerifyAuditChain, JobName.VerifyAuditChain], jobs);
    expect(problems).toContain(`job "${JobName.PurgeExpiredSessions}" has no handler`);
    expect(problems).toContain(`job "${JobName.VerifyAuditChain}" has 2 handlers`);
  });

  it('reports a handler for a job that is not in the catalogue', () => {
    expect(checkHandlerCoverage(['nope' as JobName], [])).toEqual(['handler for unknown job "nope"']);
  });
});
