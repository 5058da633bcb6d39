import { useEffect, useState } from 'react';
import type { JobRecord } from '../workflows/jobs/job-record';
import type { JobRunner } from '../workflows/jobs/job-runner';

/** The ledger's jobs, newest first, updated live. */
export function useJobs(runner: JobRunner): readonly JobRecord[] {
  const [jobs, setJobs] = useState<readonly JobRecord[]>(() => runner.ledger.list());
  useEffect(() => {
    setJobs(runner.ledger.list());
    return runner.ledger.subscribe(setJobs);
  }, [runner]);
  return jobs;
}
