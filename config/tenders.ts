/**
 * 需方事前管控 (seed 001, 3.4.1 ③: "应履行一定审批(或备案)程序"): what a tender for a catalogue
 * product that invites none of the catalogue's suppliers of it needs before it proceeds, by the
 * supplier class of the tendered entry:
 * - 'approval' (审批): submitted with the reason, the unit above approves before it is launched;
 * - 'filing' (备案): launched at once with the reason, and the unit above is told (备案告知).
 * A class not named here, or a value other than these two, needs approval.
 */
export default {
  inviteControl: { must: 'approval', priority: 'approval', encouraged: 'filing' },
};
