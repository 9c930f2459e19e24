/** The registered jobs by name; a job is checked when it is registered, so a bad one stops boot. */
import { jobDefinitionProblems } from './rules';
import type { JobDef } from './types';

export const createJobRegistry = () => {
  const jobs = new Map<string, JobDef>();

  return {
    add(def: JobDef) {
      const problems = jobDefinitionProblems((def ?? {}) as unknown as Record<string, unknown>);
      if (problems.length > 0) throw new Error(`Scheduled job "${String(def?.name)}" is invalid: ${problems.join('; ')}`);
      if (jobs.has(def.name)) throw new Error(`Scheduled job "${def.name}" is already registered`);
      jobs.set(def.name, def);
    },
    remove: (name: string) => jobs.delete(name),
    get: (name: string) => jobs.get(name),
    all: () => [...jobs.values()],
  };
};
