/**
 * One measurement in a forked Node process of its own, so that it shares neither the bench's
 * event loop nor its memory: the parent sends the parameters, the child answers once and exits.
 */
const path = require('path');
const { fork } = require('child_process');

/** Forks `file` (with `args`) and sends it `params`; resolves to its answer, rejects when it failed. */
const askChild = (file, params, args = []) =>
  new Promise((resolve, reject) => {
    const child = fork(file, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer = null;
    child.on('message', (message) => {
      answer = message;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer && answer.ok && code === 0) resolve(answer.result);
      else reject(new Error(`${path.basename(file)} exited ${code}: ${answer ? answer.error : 'no answer'}`));
    });
    child.send(params);
  });

/** In the child: answers the parent's parameters with what `work(params)` resolves to, then exits. */
const answerParent = (work) =>
  process.once('message', async (params) => {
    try {
      const result = await work(params);
      process.send({ ok: true, result }, () => process.exit(0));
    } catch (error) {
      process.send({ ok: false, error: String(error && error.stack ? error.stack : error) }, () => process.exit(1));
    }
  });

module.exports = { askChild, answerParent };
