/**
 * Browser tests that fail on defects still open, each with the reason and where it is tracked.
 * A test listed here still runs: its failure is reported as a known defect (not counted as failed),
 * and when it passes the run says so, so the entry is removed. Keep this list short and true.
 */
module.exports = [
  {
    test: '10-todos › segment manager publishes one from the inbox and two at once',
    why:
      'Found by the full browser run at the end of stop 24, after the merges of the must rule, corrections, assessment and quarterly ' +
      'reports: once the manager publishes a demand from the inbox, the count under the heading stays at 8 instead of 7 although the ' +
      'item leaves the list — a to-do the flow does not expect appears. Cause not found before the stop; first thing of the next one ' +
      '(closing note of stop 24).',
  },
];
