/** What a scheduled job is given and what it gives back; jobs are written against these (shared/contracts). */
import type { JobRunRecord, JobRunResult, JobTrigger } from '../../../../shared/contracts';

export type { JobRunRecord as RunRecord, JobRunResult as RunNowResult, JobTrigger };
export type { JobContext, JobDef } from '../../../../shared/contracts/modules';

export interface RunNowOptions {
  trigger?: JobTrigger;
}
