/**
 * Browser tests that fail on defects still open, each with the reason and where it is tracked.
 * A test listed here still runs: its failure is reported as a known defect (not counted as failed),
 * and when it passes the run says so, so the entry is removed. Keep this list short and true.
 */
module.exports = [];
