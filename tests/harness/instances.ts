/**
 * More than one instance on one database, as deployed on PostgreSQL: startSecondInstance() forks
 * a second Strapi (Node child process, IPC channel; Strapi is one instance per process) on the
 * database the in-process instance of tests/harness/strapi.ts uses — call it after startStrapi().
 * The child runs the compiled app (dist/, compiled by the test run's globalSetup). Jobs and other
 * code it needs are CommonJS setup modules it runs after loading, e.g.
 * tests/fixtures/scheduler/effect-job.js; with `http: true` it also serves HTTP at `url`.
 */
import { fork, type ChildProcess } from 'child_process';
import path from 'path';
import type { JobRunResult, JobTrigger } from '../../src/plugins/synergy/public';

const BOOT_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;

export interface SecondInstance {
  pid: number;
  /** http://127.0.0.1:<port> when started with `http: true`. */
  url: string | null;
  /** scheduler.runNow in the child; the result's dates are ISO strings as in the parent. */
  runNow(job: string, now?: Date, trigger?: JobTrigger): Promise<JobRunResult>;
  stop(): Promise<void>;
}

export const startSecondInstance = async (options: { setup?: string[]; http?: boolean } = {}): Promise<SecondInstance> => {
  if (!process.env.DATABASE_CLIENT) throw new Error('startSecondInstance() needs the database of startStrapi(): call that first');
  const child: ChildProcess = fork(path.join(__dirname, 'instance-child.js'), [], {
    cwd: path.resolve(__dirname, '..', '..'),
    env: {
      ...process.env,
      INSTANCE_SETUP: JSON.stringify((options.setup ?? []).map((p) => path.resolve(p))),
      INSTANCE_HTTP: options.http ? '1' : '0',
    },
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  let nextId = 1;

  let port: number | undefined;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the second instance did not boot in time')), BOOT_TIMEOUT_MS);
    child.on('message', (message: any) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        port = message.port;
        resolve();
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`the second instance failed to boot:\n${message.error}`));
      } else if (pending.has(message.id)) {
        const waiter = pending.get(message.id)!;
        pending.delete(message.id);
        if (message.ok) waiter.resolve(message.result);
        else waiter.reject(new Error(`second instance: ${message.error}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the second instance exited (code ${code})`));
      for (const waiter of pending.values()) waiter.reject(new Error(`the second instance exited (code ${code})`));
      pending.clear();
    });
  });

  const request = <T>(message: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ ...message, id });
    });

  return {
    pid: child.pid!,
    url: port ? `http://127.0.0.1:${port}` : null,
    runNow: (job, now, trigger) => request<JobRunResult>({ type: 'runNow', job, now: now?.toISOString(), trigger }),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await request({ type: 'stop' }).catch(() => child.kill('SIGKILL'));
      await exited;
      clearTimeout(timer);
    },
  };
};
