<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Action</name>
    <message>
        <source>Acknowledge and take over</source>
        <translation>Acknowledge and take over</translation>
    </message>
    <message>
        <source>Take over without a handover</source>
        <translation>Take over without a handover</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Initial reply</source>
        <translation>Initial reply</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classify</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Progress told to the complainant</source>
        <translation>Progress told to the complainant</translation>
    </message>
    <message>
        <source>Wait for the owner or a contractor</source>
        <translation>Wait for the owner or a contractor</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close without a follow-up</source>
        <translation>Close without a follow-up</translation>
    </message>
    <message>
        <source>Invalid: explained</source>
        <translation>Invalid: explained</translation>
    </message>
    <message>
        <source>Withdrawn by the complainant</source>
        <translation>Withdrawn by the complainant</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Could not reach</source>
        <translation>Could not reach</translation>
    </message>
    <message>
        <source>Record the follow-up</source>
        <translation>Record the follow-up</translation>
    </message>
    <message>
        <source>Give up: cannot be reached</source>
        <translation>Give up: cannot be reached</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>Red reversal</source>
        <translation>Red reversal</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Deduct</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <source>Transfer to fees</source>
        <translation>Transfer to fees</translation>
    </message>
    <message>
        <source>Refund part</source>
        <translation>Refund part</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Settle</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>Pay out</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Record a posting</source>
        <translation>Record a posting</translation>
    </message>
    <message>
        <source>Record removal</source>
        <translation>Record removal</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Record signing</source>
        <translation>Record signing</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <source>Verify and close</source>
        <translation>Verify and close</translation>
    </message>
    <message>
        <source>Send back to redo</source>
        <translation>Send back to redo</translation>
    </message>
    <message>
        <source>Returned: wrong department</source>
        <translation>Returned: wrong department</translation>
    </message>
    <message>
        <source>Send to another department</source>
        <translation>Send to another department</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>Record notification</translation>
    </message>
    <message>
        <source>Record reminder</source>
        <translation>Record reminder</translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation>Return to sender</translation>
    </message>
    <message>
        <source>Serve at the desk</source>
        <translation>Serve at the desk</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Turned into a record</source>
        <translation>Turned into a record</translation>
    </message>
    <message>
        <source>Contact the host</source>
        <translation>Contact the host</translation>
    </message>
    <message>
        <source>Host agreed</source>
        <translation>Host agreed</translation>
    </message>
    <message>
        <source>Host refused</source>
        <translation>Host refused</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host unreachable</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admit</translation>
    </message>
    <message>
        <source>Refuse entry</source>
        <translation>Refuse entry</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>Loan sent for approval</source>
        <translation>Loan sent for approval</translation>
    </message>
    <message>
        <source>Handed out on approval</source>
        <translation>Handed out on approval</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>Report lost</translation>
    </message>
    <message>
        <source>Found again</source>
        <translation>Found again</translation>
    </message>
    <message>
        <source>Lock changed or spare cut</source>
        <translation>Lock changed or spare cut</translation>
    </message>
    <message>
        <source>New key brought in</source>
        <translation>New key brought in</translation>
    </message>
    <message>
        <source>Owner takes the key back</source>
        <translation>Owner takes the key back</translation>
    </message>
    <message>
        <source>Handed over to the owner at move-in</source>
        <translation>Handed over to the owner at move-in</translation>
    </message>
    <message>
        <source>Approve and hand out</source>
        <translation>Approve and hand out</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Returned with keys missing</source>
        <translation>Returned with keys missing</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Owner notified</source>
        <translation>Owner notified</translation>
    </message>
    <message>
        <source>Record a call to the borrower</source>
        <translation>Record a call to the borrower</translation>
    </message>
    <message>
        <source>Start the round</source>
        <translation>Start the round</translation>
    </message>
    <message>
        <source>Complete the round</source>
        <translation>Complete the round</translation>
    </message>
    <message>
        <source>Assign to the department</source>
        <translation>Assign to the department</translation>
    </message>
    <message>
        <source>Report fixed</source>
        <translation>Report fixed</translation>
    </message>
    <message>
        <source>Request an extension</source>
        <translation>Request an extension</translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation>Approve the extension</translation>
    </message>
    <message>
        <source>Refuse the extension</source>
        <translation>Refuse the extension</translation>
    </message>
    <message>
        <source>Report to the manager</source>
        <translation>Report to the manager</translation>
    </message>
    <message>
        <source>Verify on site</source>
        <translation>Verify on site</translation>
    </message>
    <message>
        <source>Not fixed: send back</source>
        <translation>Not fixed: send back</translation>
    </message>
    <message>
        <source>Turn into a violation case</source>
        <translation>Turn into a violation case</translation>
    </message>
    <message>
        <source>Take off the register</source>
        <translation>Take off the register</translation>
    </message>
    <message>
        <source>Anomalies found</source>
        <translation>Anomalies found</translation>
    </message>
    <message>
        <source>Supervisor's opinion</source>
        <translation>Supervisor's opinion</translation>
    </message>
    <message>
        <source>Send a work slip</source>
        <translation>Send a work slip</translation>
    </message>
    <message>
        <source>Re-check: not yet fixed</source>
        <translation>Re-check: not yet fixed</translation>
    </message>
    <message>
        <source>Issue a violation notice</source>
        <translation>Issue a violation notice</translation>
    </message>
    <message>
        <source>Corrected on the spot</source>
        <translation>Corrected on the spot</translation>
    </message>
    <message>
        <source>Re-check: not rectified</source>
        <translation>Re-check: not rectified</translation>
    </message>
    <message>
        <source>Re-check passed</source>
        <translation>Re-check passed</translation>
    </message>
    <message>
        <source>Mark overdue</source>
        <translation>Mark overdue</translation>
    </message>
    <message>
        <source>Stop the work</source>
        <translation>Stop the work</translation>
    </message>
    <message>
        <source>Report to the authorities</source>
        <translation>Report to the authorities</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Documents complete</translation>
    </message>
    <message>
        <source>Issue access cards</source>
        <translation>Issue access cards</translation>
    </message>
    <message>
        <source>Police registration reminded</source>
        <translation>Police registration reminded</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Tenant moved out</source>
        <translation>Tenant moved out</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <source>Return for completion</source>
        <translation>Return for completion</translation>
    </message>
    <message>
        <source>Documents completed</source>
        <translation>Documents completed</translation>
    </message>
    <message>
        <source>Pre-review passed</source>
        <translation>Pre-review passed</translation>
    </message>
    <message>
        <source>Engineering review passed</source>
        <translation>Engineering review passed</translation>
    </message>
    <message>
        <source>Engineering: return for changes</source>
        <translation>Engineering: return for changes</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <source>Fees collected</source>
        <translation>Fees collected</translation>
    </message>
    <message>
        <source>Issue the permit</source>
        <translation>Issue the permit</translation>
    </message>
    <message>
        <source>Stop work</source>
        <translation>Stop work</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>Resume work</translation>
    </message>
    <message>
        <source>Extend the permit</source>
        <translation>Extend the permit</translation>
    </message>
    <message>
        <source>Worker list changed</source>
        <translation>Worker list changed</translation>
    </message>
    <message>
        <source>Completion applied</source>
        <translation>Completion applied</translation>
    </message>
    <message>
        <source>Initial inspection failed</source>
        <translation>Initial inspection failed</translation>
    </message>
    <message>
        <source>Defects rectified</source>
        <translation>Defects rectified</translation>
    </message>
    <message>
        <source>Initial inspection passed</source>
        <translation>Initial inspection passed</translation>
    </message>
    <message>
        <source>Re-inspection failed</source>
        <translation>Re-inspection failed</translation>
    </message>
    <message>
        <source>Rectified for re-inspection</source>
        <translation>Rectified for re-inspection</translation>
    </message>
    <message>
        <source>Re-inspection passed</source>
        <translation>Re-inspection passed</translation>
    </message>
    <message>
        <source>Deduction approved</source>
        <translation>Deduction approved</translation>
    </message>
    <message>
        <source>Refund the deposits</source>
        <translation>Refund the deposits</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>Joint inspection</source>
        <translation>Joint inspection</translation>
    </message>
    <message>
        <source>On hold: owner refuses the unit</source>
        <translation>On hold: owner refuses the unit</translation>
    </message>
    <message>
        <source>Defects fixed: resume</source>
        <translation>Defects fixed: resume</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>Agreements signed</translation>
    </message>
    <message>
        <source>Collect the fees</source>
        <translation>Collect the fees</translation>
    </message>
    <message>
        <source>Hand over the keys</source>
        <translation>Hand over the keys</translation>
    </message>
    <message>
        <source>Keys handed over, fees to pay</source>
        <translation>Keys handed over, fees to pay</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>Keys handed over</translation>
    </message>
    <message>
        <source>Complete the file and archive</source>
        <translation>Complete the file and archive</translation>
    </message>
    <message>
        <source>Owner agreed</source>
        <translation>Owner agreed</translation>
    </message>
    <message>
        <source>Unit inspected</source>
        <translation>Unit inspected</translation>
    </message>
    <message>
        <source>Cards and keys back</source>
        <translation>Cards and keys back</translation>
    </message>
    <message>
        <source>Fees settled</source>
        <translation>Fees settled</translation>
    </message>
    <message>
        <source>Refund the deposit</source>
        <translation>Refund the deposit</translation>
    </message>
    <message>
        <source>Close and archive</source>
        <translation>Close and archive</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Approve the slip</source>
        <translation>Approve the slip</translation>
    </message>
    <message>
        <source>Released at the gate</source>
        <translation>Released at the gate</translation>
    </message>
    <message>
        <source>Refused at the gate</source>
        <translation>Refused at the gate</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action} — {number}</source>
        <extracomment>more fields than this are laid out in two columns a page's own dialog of one action, ``(kind, action) -&gt; subclass`` (it adds inputs that are not kept) the columns of a page's own dialog (default: one, or two for more than ONE_COLUMN_MAX fields)</extracomment>
        <translation>{action} — {number}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>The new user signs in with this password and is asked to choose their own.</source>
        <translation>The new user signs in with this password and is asked to choose their own.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Front Desk</source>
        <translation>Front Desk</translation>
    </message>
</context>
<context>
    <name>ArrearsView</name>
    <message>
        <source>The whole estate</source>
        <translation>The whole estate</translation>
    </message>
    <message>
        <source>Building {no}</source>
        <translation>Building {no}</translation>
    </message>
    <message>
        <source>Log a reminder…</source>
        <translation>Log a reminder…</translation>
    </message>
    <message>
        <source>Print payment reminders</source>
        <translation>Print payment reminders</translation>
    </message>
    <message>
        <source>Print final notices</source>
        <translation>Print final notices</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Earlier years</source>
        <translation>Earlier years</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Oldest due</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <source>No room owes anything overdue. Bills are posted under Bills; the counter takes payments.</source>
        <translation>No room owes anything overdue. Bills are posted under Bills; the counter takes payments.</translation>
    </message>
    <message>
        <source>Go to the bills</source>
        <translation>Go to the bills</translation>
    </message>
    <message>
        <source>{n} rooms owe {amount} overdue; choose rooms (Ctrl or Shift+click) to remind them.</source>
        <translation>{n} rooms owe {amount} overdue; choose rooms (Ctrl or Shift+click) to remind them.</translation>
    </message>
    <message>
        <source>Room {room} owes nothing overdue.</source>
        <translation>Room {room} owes nothing overdue.</translation>
    </message>
    <message>
        <source>Remind {n} rooms</source>
        <translation>Remind {n} rooms</translation>
    </message>
    <message>
        <source>{n} reminders logged.</source>
        <translation>{n} reminders logged.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is {size} MB; files up to {limit} MB can be attached</source>
        <extracomment>who may read the attachments of a kind of record: kind → view permission</extracomment>
        <translation>{name} is {size} MB; files up to {limit} MB can be attached</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>This attachment no longer exists</source>
        <translation>This attachment no longer exists</translation>
    </message>
    <message>
        <source>The file {name} was missing when it was moved into the database ({path})</source>
        <translation>The file {name} was missing when it was moved into the database ({path})</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>truncated: {source} recorded {n} rows, the table has {m}</source>
        <extracomment>"" (ok), "broken" (a row does not match its hash or link), "rewritten" (an anchor's row differs), "truncated" (fewer rows than an anchor recorded)</extracomment>
        <translation>truncated: {source} recorded {n} rows, the table has {m}</translation>
    </message>
    <message>
        <source>rewritten: row {n} (id {id}) differs from what {source} recorded</source>
        <translation>rewritten: row {n} (id {id}) differs from what {source} recorded</translation>
    </message>
    <message>
        <source>broken at row {id} ({n} rows before it are intact)</source>
        <translation>broken at row {id} ({n} rows before it are intact)</translation>
    </message>
    <message>
        <source>An anchor is ROWS:HASH as printed on the shift handover sheet, for example 1234:3f2a9c0d1e7b</source>
        <translation>An anchor is ROWS:HASH as printed on the shift handover sheet, for example 1234:3f2a9c0d1e7b</translation>
    </message>
    <message>
        <source>the anchor {a}</source>
        <translation>the anchor {a}</translation>
    </message>
    <message>
        <source>the backup {file}</source>
        <translation>the backup {file}</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Changed own password</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Reset a password</translation>
    </message>
    <message>
        <source>Changed role permissions</source>
        <translation>Changed role permissions</translation>
    </message>
    <message>
        <source>Set up the database</source>
        <translation>Set up the database</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Restored a backup</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Reprinted</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Loaded the demo estate</source>
        <translation>Loaded the demo estate</translation>
    </message>
    <message>
        <source>Updated the official holiday schedule</source>
        <translation>Updated the official holiday schedule</translation>
    </message>
    <message>
        <source>Imported the owner roster</source>
        <translation>Imported the owner roster</translation>
    </message>
    <message>
        <source>Imported meter readings</source>
        <translation>Imported meter readings</translation>
    </message>
    <message>
        <source>Viewed a household card</source>
        <translation>Viewed a household card</translation>
    </message>
    <message>
        <source>Showed full ID and phone numbers</source>
        <translation>Showed full ID and phone numbers</translation>
    </message>
    <message>
        <source>Signed out before the takeover</source>
        <translation>Signed out before the takeover</translation>
    </message>
    <message>
        <source>Household card views (all)</source>
        <extracomment>filters of several actions at once: the supervisor's report of who read which household card</extracomment>
        <translation>Household card views (all)</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <source>Staff account</source>
        <extracomment>labels of the record kinds (table names and the pseudo-entities of explicit rows)</extracomment>
        <translation>Staff account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Role permission</source>
        <translation>Role permission</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>Calendar day</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Person in a room</source>
        <translation>Person in a room</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>Household card</translation>
    </message>
    <message>
        <source>List report</source>
        <translation>List report</translation>
    </message>
    <message>
        <source>Work log check</source>
        <translation>Work log check</translation>
    </message>
    <message>
        <source>Work log conversion</source>
        <translation>Work log conversion</translation>
    </message>
    <message>
        <source>Duty log event</source>
        <translation>Duty log event</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>Staff on duty</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Patrol route</source>
        <translation>Patrol route</translation>
    </message>
    <message>
        <source>Patrol checkpoint</source>
        <translation>Patrol checkpoint</translation>
    </message>
    <message>
        <source>Patrol check</source>
        <translation>Patrol check</translation>
    </message>
    <message>
        <source>Key stock-take</source>
        <translation>Key stock-take</translation>
    </message>
    <message>
        <source>Key stock-take line</source>
        <translation>Key stock-take line</translation>
    </message>
    <message>
        <source>Notice posting</source>
        <translation>Notice posting</translation>
    </message>
    <message>
        <source>Notice scope</source>
        <translation>Notice scope</translation>
    </message>
    <message>
        <source>Vacant-unit check item</source>
        <translation>Vacant-unit check item</translation>
    </message>
    <message>
        <source>Storm re-inspection</source>
        <translation>Storm re-inspection</translation>
    </message>
    <message>
        <source>Visitor watch list</source>
        <translation>Visitor watch list</translation>
    </message>
    <message>
        <source>Record link</source>
        <translation>Record link</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <source>Status</source>
        <extracomment>the columns every workflow record has, and the keys of the explicit rows (a print, an export …)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Reprint no.</source>
        <translation>Reprint no.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Numbers masked</source>
        <translation>Numbers masked</translation>
    </message>
    <message>
        <source>Registered by (staff no.)</source>
        <translation>Registered by (staff no.)</translation>
    </message>
    <message>
        <source>Handler (staff no.)</source>
        <translation>Handler (staff no.)</translation>
    </message>
    <message>
        <source>First contact (staff no.)</source>
        <translation>First contact (staff no.)</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Room (no. in the database)</source>
        <translation>Room (no. in the database)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>yes</source>
        <extracomment>a row's own bookkeeping, which the row's time and record already say: not listed among its values</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>No recorded values.</source>
        <translation>No recorded values.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>Check every row's hash: an entry changed or deleted after it was written shows here</source>
        <translation>Check every row's hash: an entry changed or deleted after it was written shows here</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>Record ID or text</source>
        <translation>Record ID or text</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>OK: the chain of {n} rows is intact.</source>
        <translation>OK: the chain of {n} rows is intact.</translation>
    </message>
    <message>
        <source>Broken at row #{id}: this row was changed, or a row before it deleted, after it was written.</source>
        <translation>Broken at row #{id}: this row was changed, or a row before it deleted, after it was written.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: row #{id} does not match its hash. {n} rows before it are intact.</source>
        <translation>The audit log was tampered with: row #{id} does not match its hash. {n} rows before it are intact.</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>A password needs at least {n} characters</source>
        <translation>A password needs at least {n} characters</translation>
    </message>
    <message>
        <source>A password has at most 128 characters</source>
        <translation>A password has at most 128 characters</translation>
    </message>
    <message>
        <source>A password needs both letters and digits</source>
        <translation>A password needs both letters and digits</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again in {n} minutes or ask the supervisor or the network engineer.</source>
        <translation>This account is locked after too many failed attempts. Try again in {n} minutes or ask the supervisor or the network engineer.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked for {n} minutes.</source>
        <translation>Too many failed attempts: the account is locked for {n} minutes.</translation>
    </message>
    <message>
        <source>Only the customer-service supervisor manages supervisor accounts (your role: {role})</source>
        <translation>Only the customer-service supervisor manages supervisor accounts (your role: {role})</translation>
    </message>
    <message>
        <source>You cannot give an account the role {role}: it has permissions you do not hold ({what})</source>
        <translation>You cannot give an account the role {role}: it has permissions you do not hold ({what})</translation>
    </message>
    <message>
        <source>Wrong user name or password. After {n} failed attempts in a row an account is locked for {m} minutes.</source>
        <translation>Wrong user name or password. After {n} failed attempts in a row an account is locked for {m} minutes.</translation>
    </message>
    <message>
        <source>Wrong password of {name}. After {n} failed attempts in a row the account is locked for {m} minutes.</source>
        <translation>Wrong password of {name}. After {n} failed attempts in a row the account is locked for {m} minutes.</translation>
    </message>
    <message>
        <source>This account no longer exists or is disabled</source>
        <translation>This account no longer exists or is disabled</translation>
    </message>
    <message>
        <source>The current password is wrong</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <source>The new password must differ from the current one</source>
        <translation>The new password must differ from the current one</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>A user name has only Latin letters, digits, dots and underscores</source>
        <translation>A user name has only Latin letters, digits, dots and underscores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Choose a role</translation>
    </message>
    <message>
        <source>The user name {u} is taken</source>
        <translation>The user name {u} is taken</translation>
    </message>
    <message>
        <source>This account no longer exists</source>
        <translation>This account no longer exists</translation>
    </message>
    <message>
        <source>You cannot disable your own account or change your own role</source>
        <translation>You cannot disable your own account or change your own role</translation>
    </message>
    <message>
        <source>Unknown permission {p}</source>
        <translation>Unknown permission {p}</translation>
    </message>
    <message>
        <source>You can grant or remove only permissions you hold yourself ({what})</source>
        <translation>You can grant or remove only permissions you hold yourself ({what})</translation>
    </message>
    <message>
        <source>At least one role must keep the permission to manage users</source>
        <translation>At least one role must keep the permission to manage users</translation>
    </message>
    <message>
        <source>At least one role must keep the permission to grant permissions</source>
        <translation>At least one role must keep the permission to grant permissions</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{path} cannot be read ({err})</source>
        <extracomment>pages copied per step of a backup (4 KiB each: 16 MiB), and a pause after each step (0: none) that leaves the disk to the desk on a slow PC</extracomment>
        <translation>{path} cannot be read ({err})</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file</source>
        <translation>{path} is a folder, not a backup file</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a Front Desk database</source>
        <translation>{path} is empty: it is not a Front Desk database</translation>
    </message>
    <message>
        <source>{path} is not a Front Desk database (not an SQLite file)</source>
        <translation>{path} is not a Front Desk database (not an SQLite file)</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program, not a Front Desk database</source>
        <translation>{path} is an SQLite file of another program, not a Front Desk database</translation>
    </message>
    <message>
        <source>{path} is not a Front Desk database ({err})</source>
        <translation>{path} is not a Front Desk database ({err})</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Front Desk (schema {rev}): update the program first</source>
        <translation>{path} was written by a newer version of Front Desk (schema {rev}): update the program first</translation>
    </message>
    <message>
        <source>The backup could not be made ({err}); no file was left behind</source>
        <translation>The backup could not be made ({err}); no file was left behind</translation>
    </message>
    <message>
        <source>{path} is open in another Front Desk window or program (another desk process, or a second copy on this PC). Close it everywhere, then restore again; nothing was replaced.</source>
        <extracomment>counters moved forward so that no number issued before the restore is issued again: (doc type, period, last number in the backup, last number now)</extracomment>
        <translation>{path} is open in another Front Desk window or program (another desk process, or a second copy on this PC). Close it everywhere, then restore again; nothing was replaced.</translation>
    </message>
    <message>
        <source>The backup could not be copied into {path} ({err}); the database is unchanged; a copy of it is {safety}</source>
        <translation>The backup could not be copied into {path} ({err}); the database is unchanged; a copy of it is {safety}</translation>
    </message>
    <message>
        <source>{path} failed the integrity check: {err}</source>
        <translation>{path} failed the integrity check: {err}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} does not exist</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on the server: pg_dump -Fc DBNAME &gt; estate.dump (see the administrator's guide).</source>
        <translation>A PostgreSQL database is backed up on the server: pg_dump -Fc DBNAME &gt; estate.dump (see the administrator's guide).</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored on the server: stop Front Desk on every desk, then run pg_restore --clean --if-exists -d DBNAME estate.dump (see the administrator's guide).</source>
        <translation>A PostgreSQL database is restored on the server: stop Front Desk on every desk, then run pg_restore --clean --if-exists -d DBNAME estate.dump (see the administrator's guide).</translation>
    </message>
    <message>
        <source>{type} {period}: numbering continues after {new} (the backup stopped at {old}), so no number is issued twice</source>
        <translation>{type} {period}: numbering continues after {new} (the backup stopped at {old}), so no number is issued twice</translation>
    </message>
    <message>
        <source>There is no database at {path}: check the path, or add --new to restore the backup as a new database there</source>
        <translation>There is no database at {path}: check the path, or add --new to restore the backup as a new database there</translation>
    </message>
    <message>
        <source>{file} was restored but cannot be opened: {err} The previous database is saved as {safety}.</source>
        <translation>{file} was restored but cannot be opened: {err} The previous database is saved as {safety}.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>On exit</source>
        <translation>On exit</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>This desk uses a PostgreSQL server: back it up on the server with pg_dump (see the administrator's guide).</source>
        <translation>This desk uses a PostgreSQL server: back it up on the server with pg_dump (see the administrator's guide).</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}. Automatic ones (daily, on exit) are rotated; manual ones are kept until you delete them. Copy important backups to another disk too.</source>
        <translation>Backups are kept in {folder}. Automatic ones (daily, on exit) are rotated; manual ones are kept until you delete them. Copy important backups to another disk too.</translation>
    </message>
    <message>
        <source>Your role may not make backups.</source>
        <translation>Your role may not make backups.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up and checked: {file}</source>
        <translation>Backed up and checked: {file}</translation>
    </message>
</context>
<context>
    <name>BillsView</name>
    <message>
        <source>Room or building: 3-2-1502, 3-</source>
        <translation>Room or building: 3-2-1502, 3-</translation>
    </message>
    <message>
        <source>Period: 2026-05 or 2026</source>
        <translation>Period: 2026-05 or 2026</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>Find the room (Ctrl+K)…</source>
        <translation>Find the room (Ctrl+K)…</translation>
    </message>
    <message>
        <source>Void the bill…</source>
        <translation>Void the bill…</translation>
    </message>
    <message>
        <source>Waive or write off…</source>
        <translation>Waive or write off…</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>Print list</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>No bill matches this filter.</source>
        <translation>No bill matches this filter.</translation>
    </message>
    <message>
        <source>No bill is owed in this estate. Find a room (Ctrl+K) to see its bills, or choose All bills.</source>
        <translation>No bill is owed in this estate. Find a room (Ctrl+K) to see its bills, or choose All bills.</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>Edit building</source>
        <translation>Edit building</translation>
    </message>
    <message>
        <source>New building</source>
        <translation>New building</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Restored {file}; the previous database was saved as {safety}</source>
        <translation>Restored {file}; the previous database was saved as {safety}</translation>
    </message>
    <message>
        <source>Restored {file}</source>
        <translation>Restored {file}</translation>
    </message>
    <message>
        <source>row {row}: {column}: {message}</source>
        <translation>row {row}: {column}: {message}</translation>
    </message>
    <message>
        <source>{n} rows exported to {file}</source>
        <translation>{n} rows exported to {file}</translation>
    </message>
    <message>
        <source>The audit chain is broken at row {row}</source>
        <translation>The audit chain is broken at row {row}</translation>
    </message>
    <message>
        <source>The audit chain is {problem}</source>
        <translation>The audit chain is {problem}</translation>
    </message>
    <message>
        <source>usage: frontdesk print FORM NUMBER --db PATH -o FILE.pdf [--copy N]</source>
        <translation>usage: frontdesk print FORM NUMBER --db PATH -o FILE.pdf [--copy N]</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{day} cannot be both a holiday and a working day</source>
        <extracomment>(opening, closing) of the office on a working day, for limits in "minutes of office hours"</extracomment>
        <translation>{day} cannot be both a holiday and a working day</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Working day (adjusted)</source>
        <translation>Working day (adjusted)</translation>
    </message>
    <message>
        <source>{day} is not a date such as 2026-10-01</source>
        <extracomment>the longest run of days one call may set (a holiday period; a typo in the year would set hundreds)</extracomment>
        <translation>{day} is not a date such as 2026-10-01</translation>
    </message>
    <message>
        <source>Choose a year between 1900 and 2200</source>
        <translation>Choose a year between 1900 and 2200</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Choose holiday or working day</source>
        <translation>Choose holiday or working day</translation>
    </message>
    <message>
        <source>{day} is a weekday and so a working day already: only a Saturday or Sunday can be an adjusted working day</source>
        <translation>{day} is a weekday and so a working day already: only a Saturday or Sunday can be an adjusted working day</translation>
    </message>
    <message>
        <source>Choose at least one day</source>
        <translation>Choose at least one day</translation>
    </message>
    <message>
        <source>At most {n} days at a time</source>
        <translation>At most {n} days at a time</translation>
    </message>
    <message>
        <source>The last day is before the first</source>
        <translation>The last day is before the first</translation>
    </message>
    <message>
        <source>{day} is not in the calendar</source>
        <translation>{day} is not in the calendar</translation>
    </message>
    <message>
        <source>Official schedule {first}–{last} (chinesecalendar {version}): {added} days added, {changed} changed, {kept} days edited by hand kept</source>
        <extracomment>names of the package's holidays that do not fit the 30 characters of a day's name</extracomment>
        <translation>Official schedule {first}–{last} (chinesecalendar {version}): {added} days added, {changed} changed, {kept} days edited by hand kept</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>Monday to Friday are working days and weekends are not, except for the days listed here: public holidays, and the weekend days worked in exchange. Working-day limits (complaints, renovation reviews, key loans) count with this calendar.</source>
        <translation>Monday to Friday are working days and weekends are not, except for the days listed here: public holidays, and the weekend days worked in exchange. Working-day limits (complaints, renovation reviews, key loans) count with this calendar.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>e.g. National Day</translation>
    </message>
    <message>
        <source>&amp;Add / change</source>
        <translation>&amp;Add / change</translation>
    </message>
    <message>
        <source>Mark the days from the first to the last date; for a working day only the weekend days count</source>
        <translation>Mark the days from the first to the last date; for a working day only the weekend days count</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>&amp;Update from chinesecalendar</source>
        <translation>&amp;Update from chinesecalendar</translation>
    </message>
    <message>
        <source>Write the State Council's holiday schedule of the installed chinesecalendar package; days changed here by hand are kept</source>
        <translation>Write the State Council's holiday schedule of the installed chinesecalendar package; days changed here by hand are kept</translation>
    </message>
    <message>
        <source>You may look at the calendar; your role may not change it.</source>
        <translation>You may look at the calendar; your role may not change it.</translation>
    </message>
    <message>
        <source>{year}: {off} holidays, {work} adjusted working days</source>
        <translation>{year}: {off} holidays, {work} adjusted working days</translation>
    </message>
    <message>
        <source>Saved {n} days.</source>
        <translation>Saved {n} days.</translation>
    </message>
    <message>
        <source>Select the days to remove in the list.</source>
        <translation>Select the days to remove in the list.</translation>
    </message>
    <message>
        <source>Removed {n} days; they follow the ordinary week again.</source>
        <translation>Removed {n} days; they follow the ordinary week again.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Facilities and equipment</source>
        <translation>Facilities and equipment</translation>
    </message>
    <message>
        <source>Cleaning and environment</source>
        <translation>Cleaning and environment</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>Quality of service</translation>
    </message>
    <message>
        <source>Safety and order</source>
        <translation>Safety and order</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Please choose your own password before you start.</source>
        <translation>Please choose your own password before you start.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>At the desk</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Abnormal</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Joint inspection</source>
        <translation>Joint inspection</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>Sign for the slip</source>
        <translation>Sign for the slip</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Remind the addressee</source>
        <translation>Remind the addressee</translation>
    </message>
    <message>
        <source>Return when not collected</source>
        <translation>Return when not collected</translation>
    </message>
    <message>
        <source>Host's answer</source>
        <translation>Host's answer</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Report to the manager</source>
        <translation>Report to the manager</translation>
    </message>
    <message>
        <source>Initial reply</source>
        <translation>Initial reply</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Follow up by</translation>
    </message>
    <message>
        <source>Return the key</source>
        <translation>Return the key</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Review the application</source>
        <translation>Review the application</translation>
    </message>
    <message>
        <source>Permit ends</source>
        <translation>Permit ends</translation>
    </message>
    <message>
        <source>Re-inspect</source>
        <translation>Re-inspect</translation>
    </message>
    <message>
        <source>Refund the deposits</source>
        <translation>Refund the deposits</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>Move out</translation>
    </message>
    <message>
        <source>Refund the deposit</source>
        <translation>Refund the deposit</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>Rectify by</translation>
    </message>
</context>
<context>
    <name>ClosingView</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation>Close the day…</translation>
    </message>
    <message>
        <source>Supervisor check…</source>
        <translation>Supervisor check…</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No receipts on this day. Payments are taken at the counter.</source>
        <translation>No receipts on this day. Payments are taken at the counter.</translation>
    </message>
    <message>
        <source>Go to the counter</source>
        <translation>Go to the counter</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Closings of the last 30 days</source>
        <translation>Closings of the last 30 days</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>No day has been closed yet. At the end of the shift count the cash and close the day.</source>
        <translation>No day has been closed yet. At the end of the shift count the cash and close the day.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>{count} receipts {first} – {last}; takings {takings}, cash {cash}; voids {voids}, red reversals {reversals}. {state}</source>
        <translation>{count} receipts {first} – {last}; takings {takings}, cash {cash}; voids {voids}, red reversals {reversals}. {state}</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>Not closed yet.</translation>
    </message>
    <message>
        <source>Close {day}</source>
        <translation>Close {day}</translation>
    </message>
    <message>
        <source>Check the daily closing</source>
        <translation>Check the daily closing</translation>
    </message>
</context>
<context>
    <name>Complainant</name>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>Register a complaint</translation>
    </message>
    <message>
        <source>Listen, apologise first, never argue (the manual's first rule)</source>
        <translation>Listen, apologise first, never argue (the manual's first rule)</translation>
    </message>
    <message>
        <source>This caller already has an open complaint: {numbers}. Add to it rather than registering it twice?</source>
        <translation>This caller already has an open complaint: {numbers}. Add to it rather than registering it twice?</translation>
    </message>
</context>
<context>
    <name>ComplaintLinkDialog</name>
    <message>
        <source>Link a complaint to {number}</source>
        <translation>Link a complaint to {number}</translation>
    </message>
</context>
<context>
    <name>ComplaintType</name>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Enquiry</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Needed for the follow-up</source>
        <translation>Needed for the follow-up</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Complainant is</source>
        <translation>Complainant is</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>Major complaint</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>What the complainant asks for</source>
        <translation>What the complainant asks for</translation>
    </message>
    <message>
        <source>Apologised to the complainant</source>
        <translation>Apologised to the complainant</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Initial reply</source>
        <translation>Initial reply</translation>
    </message>
    <message>
        <source>What will be done, by whom, by when</source>
        <translation>What will be done, by whom, by when</translation>
    </message>
    <message>
        <source>Who will handle it</source>
        <translation>Who will handle it</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Send a work slip to the department</source>
        <translation>Send a work slip to the department</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Escalate to</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Explanation given</source>
        <translation>Explanation given</translation>
    </message>
    <message>
        <source>Decide that the complaint is valid before it is dispatched (an invalid one is explained to the complainant)</source>
        <translation>Decide that the complaint is valid before it is dispatched (an invalid one is explained to the complainant)</translation>
    </message>
    <message>
        <source>A resolved complaint is closed by its follow-up</source>
        <translation>A resolved complaint is closed by its follow-up</translation>
    </message>
    <message>
        <source>Apologise to the complainant first, then tick “Apologised”</source>
        <translation>Apologise to the complainant first, then tick “Apologised”</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>A complaint is made from a work-log row, a visit or a work slip</source>
        <extracomment>the statuses a list can filter by, besides the states the records a complaint is made from (转为投诉): a work-log row, a visit at the desk, a work slip</extracomment>
        <translation>A complaint is made from a work-log row, a visit or a work slip</translation>
    </message>
    <message>
        <source>{number} is void: it cannot become a complaint</source>
        <translation>{number} is void: it cannot become a complaint</translation>
    </message>
    <message>
        <source>major</source>
        <translation>major</translation>
    </message>
    <message>
        <source>repeat complaint</source>
        <translation>repeat complaint</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>Escalated to</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Progress reports</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Related record</source>
        <translation>Related record</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <source>This complaint no longer exists</source>
        <translation>This complaint no longer exists</translation>
    </message>
    <message>
        <source>There is no complaint {number}</source>
        <translation>There is no complaint {number}</translation>
    </message>
    <message>
        <source>{over} overdue · {near} due within 4 h · {esc} escalated to the manager</source>
        <translation>{over} overdue · {near} due within 4 h · {esc} escalated to the manager</translation>
    </message>
    <message>
        <source>Complaints open</source>
        <translation>Complaints open</translation>
    </message>
    <message>
        <source>{category} {who} {room}, {state}, resolve by {due}</source>
        <translation>{category} {who} {room}, {state}, resolve by {due}</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Give a day such as 2025-06-12 or a month such as 2025-06</source>
        <translation>Give a day such as 2025-06-12 or a month such as 2025-06</translation>
    </message>
    <message>
        <source>More than 5000 complaints: print one day or a shorter month</source>
        <translation>More than 5000 complaints: print one day or a shorter month</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>escalated to the manager</source>
        <translation>escalated to the manager</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Resolve by</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>To close</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>No., complainant, room or phone</source>
        <translation>No., complainant, room or phone</translation>
    </message>
    <message>
        <source>Choose a complaint on the left to reply, dispatch, report progress …</source>
        <translation>Choose a complaint on the left to reply, dispatch, report progress …</translation>
    </message>
    <message>
        <source>No open complaints. A caller complains? Listen, apologise, and press Ctrl+N.</source>
        <translation>No open complaints. A caller complains? Listen, apologise, and press Ctrl+N.</translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation>Register a complaint</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Print the slip</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>Print register</translation>
    </message>
    <message>
        <source>The register of the chosen dates' month, or of today</source>
        <translation>The register of the chosen dates' month, or of today</translation>
    </message>
    <message>
        <source>Turn into a complaint</source>
        <extracomment>the detail pane's button of a visit or a work slip that turns it into a complaint (the page's ``to_complaint`` calls :func:`open_from_record`); not on a void record, nor on a slip whose reply is being verified (its verification, or a redo, answers the customer first)</extracomment>
        <translation>Turn into a complaint</translation>
    </message>
    <message>
        <source>This caller has an open complaint: {numbers}</source>
        <translation>This caller has an open complaint: {numbers}</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>#{no}</source>
        <translation>#{no}</translation>
    </message>
    <message>
        <source>&lt;b&gt;This month&lt;/b&gt;: {received} received · resolved in time {on_time} · initial reply in time {reply} · followed up {followed} · satisfied {satisfied} · repeat {repeat} · escalated {escalated}</source>
        <translation>&lt;b&gt;This month&lt;/b&gt;: {received} received · resolved in time {on_time} · initial reply in time {reply} · followed up {followed} · satisfied {satisfied} · repeat {repeat} · escalated {escalated}</translation>
    </message>
    <message>
        <source>valid {valid} · resolved {closed} · average time to resolve {hours} · by category {categories} · by department {depts} · by building {buildings}</source>
        <translation>valid {valid} · resolved {closed} · average time to resolve {hours} · by category {categories} · by department {depts} · by building {buildings}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message>
        <source>Visitor registration</source>
        <translation>Visitor registration</translation>
    </message>
    <message>
        <source>Work contact slip</source>
        <translation>Work contact slip</translation>
    </message>
    <message>
        <source>Key loan</source>
        <translation>Key loan</translation>
    </message>
    <message>
        <source>Parcel or letter kept for a resident</source>
        <translation>Parcel or letter kept for a resident</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <source>Room, e.g. 3-2-1502</source>
        <translation>Room, e.g. 3-2-1502</translation>
    </message>
    <message>
        <source>Find the room (Ctrl+K)…</source>
        <translation>Find the room (Ctrl+K)…</translation>
    </message>
    <message>
        <source>Press Ctrl+K to find the room of the payer (room code, name, pinyin initials or phone), or type its code above.</source>
        <translation>Press Ctrl+K to find the room of the payer (room code, name, pinyin initials or phone), or type its code above.</translation>
    </message>
    <message>
        <source>Tick all (Ctrl+A)</source>
        <translation>Tick all (Ctrl+A)</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Leave out (approval)</source>
        <translation>Leave out (approval)</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <source>Reason for the discount</source>
        <translation>Reason for the discount</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Prepay</source>
        <translation>Prepay</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>What is given beyond goes to the balance</source>
        <translation>What is given beyond goes to the balance</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Take the payment (Ctrl+Enter)</source>
        <translation>Take the payment (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>owing {amount}</source>
        <translation>owing {amount}</translation>
    </message>
    <message>
        <source>overdue {amount} ({aging})</source>
        <translation>overdue {amount} ({aging})</translation>
    </message>
    <message>
        <source>overdue {amount}</source>
        <translation>overdue {amount}</translation>
    </message>
    <message>
        <source>prepaid balance {amount}</source>
        <translation>prepaid balance {amount}</translation>
    </message>
    <message>
        <source>deposits held {amount}</source>
        <translation>deposits held {amount}</translation>
    </message>
    <message>
        <source>Room {room} owes nothing: a payment now is a prepayment.</source>
        <translation>Room {room} owes nothing: a payment now is a prepayment.</translation>
    </message>
    <message>
        <source>{n} bills, {amount}</source>
        <translation>{n} bills, {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Change {amount}</translation>
    </message>
    <message>
        <source>To the balance {amount}</source>
        <translation>To the balance {amount}</translation>
    </message>
    <message>
        <source>Choose the room first (Ctrl+K).</source>
        <translation>Choose the room first (Ctrl+K).</translation>
    </message>
    <message>
        <source>Receipt {number} issued: {total}</source>
        <translation>Receipt {number} issued: {total}</translation>
    </message>
    <message>
        <source>change {amount}</source>
        <translation>change {amount}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your saved work is safe. Please copy the details below to the network engineer.</source>
        <translation>Something went wrong that should not have. Your saved work is safe. Please copy the details below to the network engineer.</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>New: {workflow}</source>
        <translation>New: {workflow}</translation>
    </message>
</context>
<context>
    <name>DepositsView</name>
    <message>
        <source>Room, e.g. 3-2-1502</source>
        <translation>Room, e.g. 3-2-1502</translation>
    </message>
    <message>
        <source>Take a deposit</source>
        <translation>Take a deposit</translation>
    </message>
    <message>
        <source>Deduct</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <source>To fees</source>
        <translation>To fees</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>Pay out</translation>
    </message>
    <message>
        <source>Approval form</source>
        <translation>Approval form</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>No deposits here. A renovation, a pass or a tenant's deposit is taken with its receipt: press “Take a deposit”.</source>
        <translation>No deposits here. A renovation, a pass or a tenant's deposit is taken with its receipt: press “Take a deposit”.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>{number} · {room} · held {held}</source>
        <translation>{number} · {room} · held {held}</translation>
    </message>
    <message>
        <source>Deduct from {number}</source>
        <translation>Deduct from {number}</translation>
    </message>
    <message>
        <source>Transfer {number} to fees</source>
        <translation>Transfer {number} to fees</translation>
    </message>
    <message>
        <source>Refund {number}</source>
        <translation>Refund {number}</translation>
    </message>
    <message>
        <source>Review refund {number}</source>
        <translation>Review refund {number}</translation>
    </message>
    <message>
        <source>Pay out refund {number}</source>
        <translation>Pay out refund {number}</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation>Front Desk</translation>
    </message>
    <message>
        <source>Restore the newest intact backup, {file}? The damaged file is kept beside the backups.</source>
        <translation>Restore the newest intact backup, {file}? The damaged file is kept beside the backups.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>The screen was locked after {n} minutes without use. Unsaved input is kept for its user.</source>
        <translation>The screen was locked after {n} minutes without use. Unsaved input is kept for its user.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>{to} has not taken over {number} yet. The outgoing person stays until the incoming one has signed.</source>
        <translation>{to} has not taken over {number} yet. The outgoing person stays until the incoming one has signed.</translation>
    </message>
    <message>
        <source>Sign out anyway? It is recorded on the duty log.</source>
        <translation>Sign out anyway? It is recorded on the duty log.</translation>
    </message>
    <message>
        <source>The database was restored from {file}. Please sign in again.</source>
        <translation>The database was restored from {file}. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>DocType</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Vacant-unit inspection</source>
        <translation>Vacant-unit inspection</translation>
    </message>
    <message>
        <source>Key loan</source>
        <translation>Key loan</translation>
    </message>
    <message>
        <source>Renovation application</source>
        <translation>Renovation application</translation>
    </message>
    <message>
        <source>Renovation patrol</source>
        <translation>Renovation patrol</translation>
    </message>
    <message>
        <source>Violation notice</source>
        <translation>Violation notice</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>Work slip</source>
        <translation>Work slip</translation>
    </message>
    <message>
        <source>Common-area patrol</source>
        <translation>Common-area patrol</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <source>Release slip</source>
        <translation>Release slip</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Parcel or letter kept</source>
        <translation>Parcel or letter kept</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <source>Work-log request</source>
        <translation>Work-log request</translation>
    </message>
    <message>
        <source>Vacant-unit registration</source>
        <translation>Vacant-unit registration</translation>
    </message>
    <message>
        <source>Patrol finding to rectify</source>
        <translation>Patrol finding to rectify</translation>
    </message>
    <message>
        <source>Key entrustment</source>
        <translation>Key entrustment</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Notice draft</source>
        <extracomment>a notice's provisional number while it is a draft: the official TZ number is taken at publication</extracomment>
        <translation>Notice draft</translation>
    </message>
    <message>
        <source>Deposit refund application</source>
        <translation>Deposit refund application</translation>
    </message>
    <message>
        <source>Renovation permit</source>
        <translation>Renovation permit</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Restored what you were typing before the screen locked.</source>
        <translation>Restored what you were typing before the screen locked.</translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <source>Hand over the shift</source>
        <translation>Hand over the shift</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>This duty log no longer exists</source>
        <translation>This duty log no longer exists</translation>
    </message>
    <message>
        <source>The shift changed while you were reading it (another desk took over or handed over). Read the handover again.</source>
        <extracomment>why this user may not acknowledge the handover (handed over to someone else, or by them): None if they may</extracomment>
        <translation>The shift changed while you were reading it (another desk took over or handed over). Read the handover again.</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>what the incoming user notes on taking over (why the last shift was not handed over …)</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>You are on duty already ({number}).</source>
        <translation>You are on duty already ({number}).</translation>
    </message>
    <message>
        <source>Undelivered mail</source>
        <translation>Undelivered mail</translation>
    </message>
    <message>
        <source>Items carried over</source>
        <translation>Items carried over</translation>
    </message>
    <message>
        <source>Front-desk keys</source>
        <translation>Front-desk keys</translation>
    </message>
    <message>
        <source>Petty items</source>
        <translation>Petty items</translation>
    </message>
    <message>
        <source>Hand over to a colleague, not to yourself</source>
        <translation>Hand over to a colleague, not to yourself</translation>
    </message>
    <message>
        <source>{name} may not take over a shift</source>
        <translation>{name} may not take over a shift</translation>
    </message>
    <message>
        <source>Only someone on duty in this shift can hand it over</source>
        <translation>Only someone on duty in this shift can hand it over</translation>
    </message>
    <message>
        <source>Nobody has taken over the shift: take it over first</source>
        <translation>Nobody has taken over the shift: take it over first</translation>
    </message>
    <message>
        <source>Duty log {number} was handed over; events go to the shift on duty</source>
        <translation>Duty log {number} was handed over; events go to the shift on duty</translation>
    </message>
    <message>
        <source>There is no duty log {number}</source>
        <translation>There is no duty log {number}</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>a duty log's events (值班记事), as the duty page and the 交接班 dialog list them</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>Linked record</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>Open item</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>since {at}</source>
        <translation>since {at}</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>{by} to {to} at {at}</source>
        <translation>{by} to {to} at {at}</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>by {by} at {at}</source>
        <translation>by {by} at {at}</translation>
    </message>
    <message>
        <source> (without a handover)</source>
        <translation> (without a handover)</translation>
    </message>
    <message>
        <source>{number} was handed over to {name}: only {name} can acknowledge it and take over. Ask them to sign in (here or at their desk).</source>
        <translation>{number} was handed over to {name}: only {name} can acknowledge it and take over. Ask them to sign in (here or at their desk).</translation>
    </message>
    <message>
        <source>You handed over {number} yourself: a colleague who was not on that shift takes it over.</source>
        <translation>You handed over {number} yourself: a colleague who was not on that shift takes it over.</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <extracomment>the 交班 form</extracomment>
        <translation>Hand over to</translation>
    </message>
    <message>
        <source>Undelivered mail and newspapers</source>
        <translation>Undelivered mail and newspapers</translation>
    </message>
    <message>
        <source>Outstanding issues and cautions: repairs, complaints, major events; write 无 if there are none</source>
        <translation>Outstanding issues and cautions: repairs, complaints, major events; write 无 if there are none</translation>
    </message>
    <message>
        <source>e.g. 前台钥匙3把、对讲机2台</source>
        <translation>e.g. 前台钥匙3把、对讲机2台</translation>
    </message>
    <message>
        <source>Petty items and things lent out</source>
        <translation>Petty items and things lent out</translation>
    </message>
    <message>
        <source>Signed out before the takeover</source>
        <translation>Signed out before the takeover</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>On duty</source>
        <extracomment>PostgreSQL: two desks taking over at once queue up here (SQLite: BEGIN IMMEDIATE already does) the shift is on duty now: its open items are the live ones events may be added to it by this user (it is on duty, and they may take over shifts)</extracomment>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>All shifts</source>
        <translation>All shifts</translation>
    </message>
    <message>
        <source>No., e.g. ZB20250612</source>
        <translation>No., e.g. ZB20250612</translation>
    </message>
    <message>
        <source>Choose a shift on the left to read its duty log.</source>
        <translation>Choose a shift on the left to read its duty log.</translation>
    </message>
    <message>
        <source>No duty log yet: take over the shift (the button above) to start one.</source>
        <translation>No duty log yet: take over the shift (the button above) to start one.</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>&amp;Print record</source>
        <translation>&amp;Print record</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>&amp;Take over…</source>
        <translation>&amp;Take over…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Write an event of the shift and press Enter</source>
        <translation>Write an event of the shift and press Enter</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>Hand &amp;over…</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Add event</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Nobody has taken over the shift.</source>
        <translation>Nobody has taken over the shift.</translation>
    </message>
    <message>
        <source>Now: {shift}</source>
        <translation>Now: {shift}</translation>
    </message>
    <message>
        <source>On duty: {names} since {at}</source>
        <translation>On duty: {names} since {at}</translation>
    </message>
    <message>
        <source>You are not on duty.</source>
        <translation>You are not on duty.</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>Events ({n})</translation>
    </message>
    <message>
        <source>Open items now ({n}) — they are carried over at the handover</source>
        <translation>Open items now ({n}) — they are carried over at the handover</translation>
    </message>
    <message>
        <source>Open items now ({n})</source>
        <translation>Open items now ({n})</translation>
    </message>
    <message>
        <source>Carried over at the handover ({n})</source>
        <translation>Carried over at the handover ({n})</translation>
    </message>
    <message>
        <source>Carried over ({n})</source>
        <translation>Carried over ({n})</translation>
    </message>
    <message>
        <source>Handed over. Stay until the colleague has signed in and taken over (here after you sign out, or at their desk); signing out before that is recorded.</source>
        <translation>Handed over. Stay until the colleague has signed in and taken over (here after you sign out, or at their desk); signing out before that is recorded.</translation>
    </message>
    <message>
        <source>Only someone on duty can hand the shift over.</source>
        <translation>Only someone on duty can hand the shift over.</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Edit user {username}</source>
        <translation>Edit user {username}</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit request {number}</source>
        <translation>Edit request {number}</translation>
    </message>
    <message>
        <source>unchanged (shown masked)</source>
        <translation>unchanged (shown masked)</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Day shift</source>
        <translation>Day shift</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Night shift</translation>
    </message>
    <message>
        <source>Counter visit</source>
        <translation>Counter visit</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation>Found on patrol</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Work log</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>CS supervisor</source>
        <translation>CS supervisor</translation>
    </message>
    <message>
        <source>Property officer</source>
        <translation>Property officer</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <source>Back-office clerk</source>
        <translation>Back-office clerk</translation>
    </message>
    <message>
        <source>Network engineer</source>
        <translation>Network engineer</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <extracomment>the purposes offered for each category, in the order of the form</extracomment>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Mainland travel permit (HK/Macao)</source>
        <translation>Mainland travel permit (HK/Macao)</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>Mainland travel permit (Taiwan)</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>the source a category's keys come from
----------
the documents a complete file holds (attachment roles)</extracomment>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>Co-owner</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Tenant</source>
        <extracomment>the fee item a compensation or a missing card is billed under (a one-off item priced per case)</extracomment>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Co-resident</source>
        <translation>Co-resident</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residential</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>Garage</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation>Unsold</translation>
    </message>
    <message>
        <source>Sold, not handed over</source>
        <translation>Sold, not handed over</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>Renovating</source>
        <translation>Renovating</translation>
    </message>
    <message>
        <source>Owner-occupied</source>
        <translation>Owner-occupied</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>Rented</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Friendly reminder</translation>
    </message>
    <message>
        <source>Water or power outage</source>
        <translation>Water or power outage</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>Rectification notice</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <source>Posted</source>
        <extracomment>kinds that usually go to named recipients rather than on the boards (the editor's default)</extracomment>
        <translation>Posted</translation>
    </message>
    <message>
        <source>Area × unit price</source>
        <translation>Area × unit price</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Fixed amount</translation>
    </message>
    <message>
        <source>Meter reading × unit price</source>
        <translation>Meter reading × unit price</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>Periodic</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>One-off</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Round half up</source>
        <translation>Round half up</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation>Round up</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>Round down</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card (POS)</source>
        <translation>Card (POS)</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Prepaid balance</source>
        <extracomment>the room's prepayment balance (预存抵扣) and a deposit transferred to fees: no money changes hands</extracomment>
        <translation>Prepaid balance</translation>
    </message>
    <message>
        <source>Deposit transferred</source>
        <translation>Deposit transferred</translation>
    </message>
    <message>
        <source>To pay</source>
        <extracomment>the methods money comes in by (the daily closing counts these)</extracomment>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Waived</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>bills with something still to pay (the counter, the aging)</extracomment>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Prepayment</translation>
    </message>
    <message>
        <source>Deposit refund</source>
        <translation>Deposit refund</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Waiver</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <source>Discount at the counter</source>
        <translation>Discount at the counter</translation>
    </message>
    <message>
        <source>Vacant-unit discount</source>
        <translation>Vacant-unit discount</translation>
    </message>
    <message>
        <source>Late fee waived</source>
        <extracomment>a late fee not charged (never part of a bill's own amount)</extracomment>
        <translation>Late fee waived</translation>
    </message>
    <message>
        <source>Renovation deposit</source>
        <translation>Renovation deposit</translation>
    </message>
    <message>
        <source>Pass deposit</source>
        <translation>Pass deposit</translation>
    </message>
    <message>
        <source>Water and power deposit</source>
        <translation>Water and power deposit</translation>
    </message>
    <message>
        <source>Tenant deposit</source>
        <translation>Tenant deposit</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <source>Transferred to fees</source>
        <translation>Transferred to fees</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Voided with its receipt</source>
        <extracomment>the receipt that took it was voided the same day</extracomment>
        <translation>Voided with its receipt</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Payment reminder (催款通知书)</source>
        <translation>Payment reminder (催款通知书)</translation>
    </message>
    <message>
        <source>Final notice (最后缴款通知书)</source>
        <translation>Final notice (最后缴款通知书)</translation>
    </message>
    <message>
        <source>Up to 1 month</source>
        <translation>Up to 1 month</translation>
    </message>
    <message>
        <source>1–3 months</source>
        <translation>1–3 months</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 months</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 months</translation>
    </message>
    <message>
        <source>Over 12 months</source>
        <translation>Over 12 months</translation>
    </message>
    <message>
        <source>Written delivery</source>
        <translation>Written delivery</translation>
    </message>
    <message>
        <source>Whole estate</source>
        <translation>Whole estate</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation>Handed over in person</translation>
    </message>
    <message>
        <source>Left at the door</source>
        <translation>Left at the door</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Management office</source>
        <translation>Management office</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>Work contact slip</source>
        <extracomment>departments a slip may be sent to (the desk itself is the sender)</extracomment>
        <translation>Work contact slip</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>Dispatch order</translation>
    </message>
    <message>
        <source>Message to pass on</source>
        <translation>Message to pass on</translation>
    </message>
    <message>
        <source>Document transfer</source>
        <translation>Document transfer</translation>
    </message>
    <message>
        <source>Morning</source>
        <extracomment>states in which a finding still waits for its fix (its fix clock runs)</extracomment>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Ad hoc (storm, complaint)</source>
        <translation>Ad hoc (storm, complaint)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>Greenery</source>
        <translation>Greenery</translation>
    </message>
    <message>
        <source>Order and security</source>
        <translation>Order and security</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>Fire safety</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>Major (report to the manager)</source>
        <translation>Major (report to the manager)</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Registered letter</source>
        <translation>Registered letter</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Received for a resident</source>
        <translation>Received for a resident</translation>
    </message>
    <message>
        <source>Left for someone else</source>
        <translation>Left for someone else</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>Notice board</translation>
    </message>
    <message>
        <source>Addressee in person</source>
        <translation>Addressee in person</translation>
    </message>
    <message>
        <source>Authorised by the addressee</source>
        <translation>Authorised by the addressee</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Visitor entering the estate</source>
        <translation>Visitor entering the estate</translation>
    </message>
    <message>
        <source>Business at the desk</source>
        <translation>Business at the desk</translation>
    </message>
    <message>
        <source>Visiting family or friends</source>
        <translation>Visiting family or friends</translation>
    </message>
    <message>
        <source>Business call</source>
        <translation>Business call</translation>
    </message>
    <message>
        <source>Home service or repair</source>
        <translation>Home service or repair</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Social-security card</source>
        <translation>Social-security card</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercom</translation>
    </message>
    <message>
        <source>Host came to the desk</source>
        <translation>Host came to the desk</translation>
    </message>
    <message>
        <source>Host agreed</source>
        <translation>Host agreed</translation>
    </message>
    <message>
        <source>Host refused</source>
        <translation>Host refused</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host unreachable</translation>
    </message>
    <message>
        <source>Entrusted by the owner</source>
        <translation>Entrusted by the owner</translation>
    </message>
    <message>
        <source>Developer's key (unsold or undelivered)</source>
        <translation>Developer's key (unsold or undelivered)</translation>
    </message>
    <message>
        <source>Repair key</source>
        <translation>Repair key</translation>
    </message>
    <message>
        <source>Common area or plant room</source>
        <translation>Common area or plant room</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Developer</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>Property company</translation>
    </message>
    <message>
        <source>Owner's agent or family</source>
        <translation>Owner's agent or family</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Registered co-owner or agent of the room</source>
        <translation>Registered co-owner or agent of the room</translation>
    </message>
    <message>
        <source>Owner's written authorisation</source>
        <translation>Owner's written authorisation</translation>
    </message>
    <message>
        <source>Owner confirmed by phone</source>
        <translation>Owner confirmed by phone</translation>
    </message>
    <message>
        <source>Owner's own use</source>
        <translation>Owner's own use</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Viewing</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <source>Emergency (fire, leak)</source>
        <translation>Emergency (fire, leak)</translation>
    </message>
    <message>
        <source>Work in a common area</source>
        <translation>Work in a common area</translation>
    </message>
    <message>
        <source>Handed over to management, unsold</source>
        <translation>Handed over to management, unsold</translation>
    </message>
    <message>
        <source>Sold, not handed over or moved into</source>
        <translation>Sold, not handed over or moved into</translation>
    </message>
    <message>
        <source>Moved into, not renovated or used</source>
        <translation>Moved into, not renovated or used</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>Leased</source>
        <translation>Leased</translation>
    </message>
    <message>
        <source>Renovation started</source>
        <translation>Renovation started</translation>
    </message>
    <message>
        <source>Registered by mistake</source>
        <translation>Registered by mistake</translation>
    </message>
    <message>
        <source>Doors and windows closed and intact</source>
        <translation>Doors and windows closed and intact</translation>
    </message>
    <message>
        <source>Water, power and gas meters and main valves off</source>
        <translation>Water, power and gas meters and main valves off</translation>
    </message>
    <message>
        <source>Sockets and switches dry</source>
        <translation>Sockets and switches dry</translation>
    </message>
    <message>
        <source>No water ingress</source>
        <translation>No water ingress</translation>
    </message>
    <message>
        <source>Ceilings and walls without drips, leaks or falling plaster</source>
        <translation>Ceilings and walls without drips, leaks or falling plaster</translation>
    </message>
    <message>
        <source>Contents unchanged</source>
        <translation>Contents unchanged</translation>
    </message>
    <message>
        <source>No signs of intrusion or anyone sleeping there</source>
        <translation>No signs of intrusion or anyone sleeping there</translation>
    </message>
    <message>
        <source>Engineering (construction defects, to the developer)</source>
        <translation>Engineering (construction defects, to the developer)</translation>
    </message>
    <message>
        <source>Service centre (cleaning and greenery)</source>
        <translation>Service centre (cleaning and greenery)</translation>
    </message>
    <message>
        <source>Tenant (the owner stays liable)</source>
        <translation>Tenant (the owner stays liable)</translation>
    </message>
    <message>
        <source>Full renovation</source>
        <translation>Full renovation</translation>
    </message>
    <message>
        <source>Partial renovation</source>
        <translation>Partial renovation</translation>
    </message>
    <message>
        <source>Simple renovation</source>
        <translation>Simple renovation</translation>
    </message>
    <message>
        <source>Structural change</source>
        <translation>Structural change</translation>
    </message>
    <message>
        <source>Façade or new openings</source>
        <translation>Façade or new openings</translation>
    </message>
    <message>
        <source>Gas change</source>
        <translation>Gas change</translation>
    </message>
    <message>
        <source>Heating change</source>
        <translation>Heating change</translation>
    </message>
    <message>
        <source>Waterproofing change</source>
        <translation>Waterproofing change</translation>
    </message>
    <message>
        <source>Owner's deposit</source>
        <translation>Owner's deposit</translation>
    </message>
    <message>
        <source>Contractor's deposit</source>
        <translation>Contractor's deposit</translation>
    </message>
    <message>
        <source>Pass deposits</source>
        <translation>Pass deposits</translation>
    </message>
    <message>
        <source>Rubbish removal fee</source>
        <translation>Rubbish removal fee</translation>
    </message>
    <message>
        <source>Renovation management fee</source>
        <translation>Renovation management fee</translation>
    </message>
    <message>
        <source>Pass card fees</source>
        <translation>Pass card fees</translation>
    </message>
    <message>
        <source>Entrance door, windows and locks</source>
        <translation>Entrance door, windows and locks</translation>
    </message>
    <message>
        <source>Walls and ceilings</source>
        <translation>Walls and ceilings</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>Floors</translation>
    </message>
    <message>
        <source>Water supply and drains</source>
        <translation>Water supply and drains</translation>
    </message>
    <message>
        <source>Electrical: sockets, switches, panel</source>
        <translation>Electrical: sockets, switches, panel</translation>
    </message>
    <message>
        <source>Gas pipes and valve</source>
        <translation>Gas pipes and valve</translation>
    </message>
    <message>
        <source>Kitchen and bathroom fittings</source>
        <translation>Kitchen and bathroom fittings</translation>
    </message>
    <message>
        <source>No leaks or seepage</source>
        <translation>No leaks or seepage</translation>
    </message>
    <message>
        <source>Intercom and doorbell</source>
        <translation>Intercom and doorbell</translation>
    </message>
    <message>
        <source>Owner's handbook</source>
        <translation>Owner's handbook</translation>
    </message>
    <message>
        <source>Residential quality warranty</source>
        <translation>Residential quality warranty</translation>
    </message>
    <message>
        <source>Residential user manual</source>
        <translation>Residential user manual</translation>
    </message>
    <message>
        <source>Preliminary property service agreement</source>
        <translation>Preliminary property service agreement</translation>
    </message>
    <message>
        <source>Provisional management rules</source>
        <translation>Provisional management rules</translation>
    </message>
    <message>
        <source>Renovation management agreement</source>
        <translation>Renovation management agreement</translation>
    </message>
    <message>
        <source>Parking agreement</source>
        <translation>Parking agreement</translation>
    </message>
    <message>
        <source>Owner's signature</source>
        <translation>Owner's signature</translation>
    </message>
    <message>
        <source>Written authorisation</source>
        <translation>Written authorisation</translation>
    </message>
    <message>
        <source>Confirmed by phone</source>
        <translation>Confirmed by phone</translation>
    </message>
    <message>
        <source>Renovation goods</source>
        <translation>Renovation goods</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>Moving out</translation>
    </message>
    <message>
        <source>Other large items</source>
        <translation>Other large items</translation>
    </message>
    <message>
        <source>Moving company</source>
        <translation>Moving company</translation>
    </message>
    <message>
        <source>The owner in person</source>
        <translation>The owner in person</translation>
    </message>
    <message>
        <source>Owner's written consent</source>
        <translation>Owner's written consent</translation>
    </message>
    <message>
        <source>Owner's phone confirmation</source>
        <translation>Owner's phone confirmation</translation>
    </message>
    <message>
        <source>Permit posted</source>
        <extracomment>the renovation case's states a patrol is possible in (§4.7 Validation)</extracomment>
        <translation>Permit posted</translation>
    </message>
    <message>
        <source>Workers wear valid passes</source>
        <translation>Workers wear valid passes</translation>
    </message>
    <message>
        <source>Approved hours kept</source>
        <translation>Approved hours kept</translation>
    </message>
    <message>
        <source>Two fire extinguishers on site</source>
        <translation>Two fire extinguishers on site</translation>
    </message>
    <message>
        <source>Nobody sleeping on site unregistered</source>
        <translation>Nobody sleeping on site unregistered</translation>
    </message>
    <message>
        <source>Pipes and drains protected</source>
        <translation>Pipes and drains protected</translation>
    </message>
    <message>
        <source>Rubbish bagged in the designated place</source>
        <translation>Rubbish bagged in the designated place</translation>
    </message>
    <message>
        <source>No prohibited works</source>
        <translation>No prohibited works</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Someone there</source>
        <translation>Someone there</translation>
    </message>
    <message>
        <source>Nobody there</source>
        <translation>Nobody there</translation>
    </message>
    <message>
        <source>Refused to open</source>
        <translation>Refused to open</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>CS supervisor</source>
        <translation>CS supervisor</translation>
    </message>
    <message>
        <source>Management office manager</source>
        <translation>Management office manager</translation>
    </message>
    <message>
        <source>Company leadership</source>
        <translation>Company leadership</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: the file is open in another program (close it in Excel) or the folder is read-only</source>
        <extracomment>Rows between two calls of ``progress``. Rows between two polls of ``cancel`` (a cancel stops the export within a tenth of a second). Rows looked at to size the columns before streaming the rest.</extracomment>
        <translation>Cannot write {path}: the file is open in another program (close it in Excel) or the folder is read-only</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Room no.</source>
        <translation>Room no.</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Built-up area</source>
        <translation>Built-up area</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Room type</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Owners</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Choose rooms or people</source>
        <translation>Choose rooms or people</translation>
    </message>
    <message>
        <source>Export rooms</source>
        <translation>Export rooms</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Export people</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>rooms</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>{n} rows exported to {path}</source>
        <translation>{n} rows exported to {path}</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
</context>
<context>
    <name>FeeItemDialog</name>
    <message>
        <source>Add a fee item</source>
        <translation>Add a fee item</translation>
    </message>
    <message>
        <source>Fee item {name}</source>
        <translation>Fee item {name}</translation>
    </message>
    <message>
        <source>{name} has bills: a new unit price applies from the day chosen; the periods billed keep the price they were billed at.</source>
        <translation>{name} has bills: a new unit price applies from the day chosen; the periods billed keep the price they were billed at.</translation>
    </message>
</context>
<context>
    <name>FeeItems</name>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Every 2 months</source>
        <translation>Every 2 months</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Billing basis</source>
        <translation>Billing basis</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Price from</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>Due day</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Letters, e.g. WY</source>
        <translation>Letters, e.g. WY</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>e.g. 元/m²·月</source>
        <translation>e.g. 元/m²·月</translation>
    </message>
    <message>
        <source>New price applies from</source>
        <translation>New price applies from</translation>
    </message>
    <message>
        <source>Due day of the month</source>
        <translation>Due day of the month</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>Late fee charged (rate and grace days in the parameters)</source>
        <translation>Late fee charged (rate and grace days in the parameters)</translation>
    </message>
    <message>
        <source>The developer pays for unsold rooms</source>
        <translation>The developer pays for unsold rooms</translation>
    </message>
    <message>
        <source>Active (billed)</source>
        <translation>Active (billed)</translation>
    </message>
</context>
<context>
    <name>FeeItemsDialog</name>
    <message>
        <source>Fee items</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>The billing run bills the active items. An item with bills is deactivated, not deleted; a new price applies from a date.</source>
        <translation>The billing run bills the active items. An item with bills is deactivated, not deleted; a new price applies from a date.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>An item with bills or readings is deactivated, not deleted</source>
        <translation>An item with bills or readings is deactivated, not deleted</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tivate</translation>
    </message>
    <message>
        <source>Fee item added.</source>
        <translation>Fee item added.</translation>
    </message>
    <message>
        <source>Fee item saved.</source>
        <translation>Fee item saved.</translation>
    </message>
    <message>
        <source>{name} is billed again from the next billing run.</source>
        <translation>{name} is billed again from the next billing run.</translation>
    </message>
    <message>
        <source>{name} is no longer billed; its bills stay.</source>
        <translation>{name} is no longer billed; its bills stay.</translation>
    </message>
    <message>
        <source>Delete a fee item</source>
        <translation>Delete a fee item</translation>
    </message>
    <message>
        <source>Delete the fee item {name}?</source>
        <translation>Delete the fee item {name}?</translation>
    </message>
    <message>
        <source>{name} deleted.</source>
        <translation>{name} deleted.</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>An amount cannot be negative ({amount})</source>
        <translation>An amount cannot be negative ({amount})</translation>
    </message>
    <message>
        <source>Enter how the payer pays</source>
        <translation>Enter how the payer pays</translation>
    </message>
    <message>
        <source>The payer gives {given}, but {due} is due</source>
        <translation>The payer gives {given}, but {due} is due</translation>
    </message>
    <message>
        <source>Only cash gives change: {method} pays {amount} more than is due. Enter the exact amount, or put the rest to the prepaid balance</source>
        <translation>Only cash gives change: {method} pays {amount} more than is due. Enter the exact amount, or put the rest to the prepaid balance</translation>
    </message>
    <message>
        <source>Enter each method once</source>
        <translation>Enter each method once</translation>
    </message>
    <message>
        <source>{item}: older arrears are left unpaid ({periods})</source>
        <translation>{item}: older arrears are left unpaid ({periods})</translation>
    </message>
    <message>
        <source>Receipt {number} was issued on {day}: only a receipt of today can be voided. Correct it with a red reversal (红冲) approved by the supervisor</source>
        <translation>Receipt {number} was issued on {day}: only a receipt of today can be voided. Correct it with a red reversal (红冲) approved by the supervisor</translation>
    </message>
    <message>
        <source>Receipt {number} is in a closed day: it can no longer be voided. Correct it with a red reversal (红冲) approved by the supervisor</source>
        <translation>Receipt {number} is in a closed day: it can no longer be voided. Correct it with a red reversal (红冲) approved by the supervisor</translation>
    </message>
    <message>
        <source>{item} {period}: {amount} is more than the {outstanding} still owed</source>
        <translation>{item} {period}: {amount} is more than the {outstanding} still owed</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <source>{item}: {n} rooms have no fee start date and are not billed</source>
        <translation>{item}: {n} rooms have no fee start date and are not billed</translation>
    </message>
    <message>
        <source>{item}: {n} rooms have no meter reading for {month}</source>
        <translation>{item}: {n} rooms have no meter reading for {month}</translation>
    </message>
    <message>
        <source>No active periodic fee item starts a period in {month}</source>
        <translation>No active periodic fee item starts a period in {month}</translation>
    </message>
    <message>
        <source>Handed over: billed to the owner from the fee start date {start}</source>
        <translation>Handed over: billed to the owner from the fee start date {start}</translation>
    </message>
    <message>
        <source>This fee item no longer exists</source>
        <translation>This fee item no longer exists</translation>
    </message>
    <message>
        <source>{day} is already closed for this cashier</source>
        <translation>{day} is already closed for this cashier</translation>
    </message>
    <message>
        <source>The cash counted differs from the takings by {difference}: explain the difference</source>
        <translation>The cash counted differs from the takings by {difference}: explain the difference</translation>
    </message>
    <message>
        <source>This daily closing no longer exists</source>
        <translation>This daily closing no longer exists</translation>
    </message>
    <message>
        <source>This daily closing was checked already</source>
        <translation>This daily closing was checked already</translation>
    </message>
    <message>
        <source>A day can be closed only once it has begun</source>
        <translation>A day can be closed only once it has begun</translation>
    </message>
    <message>
        <source>the check of a daily closing</source>
        <translation>the check of a daily closing</translation>
    </message>
    <message>
        <source>There is no room {room} in this estate</source>
        <translation>There is no room {room} in this estate</translation>
    </message>
    <message>
        <source>{what} needs the supervisor's approval: she signs in, or types her own password at this desk</source>
        <translation>{what} needs the supervisor's approval: she signs in, or types her own password at this desk</translation>
    </message>
    <message>
        <source>{name} may not approve {what}</source>
        <translation>{name} may not approve {what}</translation>
    </message>
    <message>
        <source>Bill {bill} is not a bill of room {room}</source>
        <translation>Bill {bill} is not a bill of room {room}</translation>
    </message>
    <message>
        <source>{item} {period} is already paid or no longer owed: reload the room</source>
        <translation>{item} {period} is already paid or no longer owed: reload the room</translation>
    </message>
    <message>
        <source>Give the reason for the discount</source>
        <translation>Give the reason for the discount</translation>
    </message>
    <message>
        <source>{item} {period}: the discount {discount} is more than the {amount} paid</source>
        <translation>{item} {period}: the discount {discount} is more than the {amount} paid</translation>
    </message>
    <message>
        <source>Choose what the payer pays, or an amount to prepay</source>
        <translation>Choose what the payer pays, or an amount to prepay</translation>
    </message>
    <message>
        <source>a discount</source>
        <translation>a discount</translation>
    </message>
    <message>
        <source>leaving out the late fee</source>
        <translation>leaving out the late fee</translation>
    </message>
    <message>
        <source>This deposit no longer exists</source>
        <translation>This deposit no longer exists</translation>
    </message>
    <message>
        <source>This refund application no longer exists</source>
        <translation>This refund application no longer exists</translation>
    </message>
    <message>
        <source>Enter an amount above zero</source>
        <translation>Enter an amount above zero</translation>
    </message>
    <message>
        <source>Deposit {number} holds {held}: {amount} is more than that</source>
        <translation>Deposit {number} holds {held}: {amount} is more than that</translation>
    </message>
    <message>
        <source>Deposit {number} already has a refund application under way ({refund})</source>
        <translation>Deposit {number} already has a refund application under way ({refund})</translation>
    </message>
    <message>
        <source>Give the reason for the deduction</source>
        <translation>Give the reason for the deduction</translation>
    </message>
    <message>
        <source>a deduction from a deposit</source>
        <translation>a deduction from a deposit</translation>
    </message>
    <message>
        <source>a deposit refund</source>
        <translation>a deposit refund</translation>
    </message>
    <message>
        <source>Takings not yet closed</source>
        <translation>Takings not yet closed</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Oldest due</translation>
    </message>
    <message>
        <source>A billing cycle is 1, 2, 3, 6 or 12 months</source>
        <translation>A billing cycle is 1, 2, 3, 6 or 12 months</translation>
    </message>
    <message>
        <source>Room {room} is not on the vacancy register: the vacant-unit rate does not apply</source>
        <translation>Room {room} is not on the vacancy register: the vacant-unit rate does not apply</translation>
    </message>
    <message>
        <source>A unit price cannot be negative</source>
        <translation>A unit price cannot be negative</translation>
    </message>
    <message>
        <source>the vacant-unit rate</source>
        <translation>the vacant-unit rate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The code {code} is already used by the fee item {name}</source>
        <translation>The code {code} is already used by the fee item {name}</translation>
    </message>
    <message>
        <source>{name} has bills: a new unit price needs the date it applies from</source>
        <translation>{name} has bills: a new unit price needs the date it applies from</translation>
    </message>
    <message>
        <source>{name} is billed up to {day}: a new unit price applies from {next} or later</source>
        <translation>{name} is billed up to {day}: a new unit price applies from {next} or later</translation>
    </message>
    <message>
        <source>{name} has a price from {day}: a new unit price applies from that day or later</source>
        <translation>{name} has a price from {day}: a new unit price applies from that day or later</translation>
    </message>
    <message>
        <source>{name} has bills or readings and cannot be deleted: deactivate it instead</source>
        <translation>{name} has bills or readings and cannot be deleted: deactivate it instead</translation>
    </message>
    <message>
        <source>The reading {reading} is below the previous one ({previous})</source>
        <translation>The reading {reading} is below the previous one ({previous})</translation>
    </message>
    <message>
        <source>This reading no longer exists</source>
        <translation>This reading no longer exists</translation>
    </message>
    <message>
        <source>Give the reason for voiding the reading</source>
        <translation>Give the reason for voiding the reading</translation>
    </message>
    <message>
        <source>{room} {item} already has a reading for {month} ({reading}): void it first</source>
        <translation>{room} {item} already has a reading for {month} ({reading}): void it first</translation>
    </message>
    <message>
        <source>{item} is not a metered item</source>
        <translation>{item} is not a metered item</translation>
    </message>
    <message>
        <source>There is no metered fee item “{item}”</source>
        <translation>There is no metered fee item “{item}”</translation>
    </message>
    <message>
        <source>The same meter is also in row {row} of this file</source>
        <translation>The same meter is also in row {row} of this file</translation>
    </message>
    <message>
        <source>The row names no fee item and none was chosen for the file</source>
        <translation>The row names no fee item and none was chosen for the file</translation>
    </message>
    <message>
        <source>No row of the file can be saved: correct the rows refused and check the file again</source>
        <translation>No row of the file can be saved: correct the rows refused and check the file again</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>the meter's item and the day read (the row's 抄表日期, or None: the day it is saved), to save the line</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>There is no receipt {number}</source>
        <translation>There is no receipt {number}</translation>
    </message>
    <message>
        <source>“{number}” is not a daily report number such as RJ20260612-0003</source>
        <translation>“{number}” is not a daily report number such as RJ20260612-0003</translation>
    </message>
    <message>
        <source>There is no cashier of daily report {number}</source>
        <translation>There is no cashier of daily report {number}</translation>
    </message>
    <message>
        <source>There is no reminder {number}</source>
        <translation>There is no reminder {number}</translation>
    </message>
    <message>
        <source>There is no deposit refund application {number}</source>
        <translation>There is no deposit refund application {number}</translation>
    </message>
    <message>
        <source>This receipt no longer exists</source>
        <translation>This receipt no longer exists</translation>
    </message>
    <message>
        <source>Receipt {number} is a red reversal: it cannot be voided or reversed</source>
        <translation>Receipt {number} is a red reversal: it cannot be voided or reversed</translation>
    </message>
    <message>
        <source>Receipt {number} is not in a closed day yet: void it instead</source>
        <translation>Receipt {number} is not in a closed day yet: void it instead</translation>
    </message>
    <message>
        <source>The prepaid balance this receipt added has been used since ({balance} left)</source>
        <translation>The prepaid balance this receipt added has been used since ({balance} left)</translation>
    </message>
    <message>
        <source>Deposit {number} has been deducted, transferred or refunded since: settle it first</source>
        <translation>Deposit {number} has been deducted, transferred or refunded since: settle it first</translation>
    </message>
    <message>
        <source>A receipt needs at least one line</source>
        <translation>A receipt needs at least one line</translation>
    </message>
    <message>
        <source>The prepaid balance is {balance}: it cannot pay {amount}</source>
        <translation>The prepaid balance is {balance}: it cannot pay {amount}</translation>
    </message>
    <message>
        <source>a red reversal</source>
        <translation>a red reversal</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Pay</source>
        <extracomment>the methods offered at the counter, in the order of the form (the balance last: no money changes hands)</extracomment>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Waived</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>Owing</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>developer</source>
        <translation>developer</translation>
    </message>
    <message>
        <source>All bills</source>
        <translation>All bills</translation>
    </message>
    <message>
        <source>{n} bills</source>
        <translation>{n} bills</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>Room: {room}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Void the bill — {bill}</source>
        <translation>Void the bill — {bill}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Waive or write off — {bill}</source>
        <translation>Waive or write off — {bill}</translation>
    </message>
    <message>
        <source>Late fee ({item} {period})</source>
        <translation>Late fee ({item} {period})</translation>
    </message>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>All receipts</source>
        <translation>All receipts</translation>
    </message>
    <message>
        <source>Red reversals</source>
        <translation>Red reversals</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>All cashiers</translation>
    </message>
    <message>
        <source>My receipts</source>
        <translation>My receipts</translation>
    </message>
    <message>
        <source>No., room or payer</source>
        <translation>No., room or payer</translation>
    </message>
    <message>
        <source>Choose a receipt on the left to reprint it, void it or reverse it.</source>
        <translation>Choose a receipt on the left to reprint it, void it or reverse it.</translation>
    </message>
    <message>
        <source>No receipt yet: take a payment at the counter.</source>
        <translation>No receipt yet: take a payment at the counter.</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>Take a payment</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Re-issue</source>
        <translation>Re-issue</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>Red reversal…</source>
        <translation>Red reversal…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{method} {amount} ({reference})</source>
        <translation>{method} {amount} ({reference})</translation>
    </message>
    <message>
        <source>Total {total} ({words})</source>
        <translation>Total {total} ({words})</translation>
    </message>
    <message>
        <source>Paid by {methods}</source>
        <translation>Paid by {methods}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Change {amount}</translation>
    </message>
    <message>
        <source>Reprinted {n} times</source>
        <translation>Reprinted {n} times</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Red reversal of {number}</source>
        <translation>Red reversal of {number}</translation>
    </message>
    <message>
        <source>Reversed by {number}</source>
        <translation>Reversed by {number}</translation>
    </message>
    <message>
        <source>Reprint {n} of {number}</source>
        <translation>Reprint {n} of {number}</translation>
    </message>
    <message>
        <source>This bill no longer exists</source>
        <translation>This bill no longer exists</translation>
    </message>
    <message>
        <source>Give the reason</source>
        <translation>Give the reason</translation>
    </message>
    <message>
        <source>{item} {period} is void already</source>
        <translation>{item} {period} is void already</translation>
    </message>
    <message>
        <source>{item} {period} has {paid} paid on it: void or reverse its receipts first, or waive what is left</source>
        <translation>{item} {period} has {paid} paid on it: void or reverse its receipts first, or waive what is left</translation>
    </message>
    <message>
        <source>{item} {period} owes nothing: there is nothing to waive</source>
        <translation>{item} {period} owes nothing: there is nothing to waive</translation>
    </message>
    <message>
        <source>{item} {period} owes {outstanding}: {amount} cannot be waived</source>
        <translation>{item} {period} owes {outstanding}: {amount} cannot be waived</translation>
    </message>
    <message>
        <source>A bill is waived (减免) or written off (核销)</source>
        <translation>A bill is waived (减免) or written off (核销)</translation>
    </message>
    <message>
        <source>a waiver or write-off</source>
        <translation>a waiver or write-off</translation>
    </message>
    <message>
        <source>Choose the rooms to remind</source>
        <translation>Choose the rooms to remind</translation>
    </message>
    <message>
        <source>This reminder no longer exists</source>
        <translation>This reminder no longer exists</translation>
    </message>
    <message>
        <source>None of the chosen rooms has arrears overdue</source>
        <translation>None of the chosen rooms has arrears overdue</translation>
    </message>
</context>
<context>
    <name>FeesDesk</name>
    <message>
        <source>Arrears by room</source>
        <translation>Arrears by room</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>What was said (will pay at the end of the month …)</source>
        <translation>What was said (will pay at the end of the month …)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Oldest due</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <source>Explanation of a difference (长短款)</source>
        <translation>Explanation of a difference (长短款)</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>Hand-in reference (bank slip, safe bag)</source>
        <translation>Hand-in reference (bank slip, safe bag)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Held (收取中 or 部分退还)</source>
        <translation>Held (收取中 or 部分退还)</translation>
    </message>
    <message>
        <source>Held in full</source>
        <translation>Held in full</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Partly refunded</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>The amount</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Payer (the owner if left empty)</source>
        <translation>Payer (the owner if left empty)</translation>
    </message>
    <message>
        <source>For (a renovation ZX…, a pass)</source>
        <translation>For (a renovation ZX…, a pass)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Reason for the deduction</source>
        <translation>Reason for the deduction</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <source>Basis (复验合格, moved out …)</source>
        <translation>Basis (复验合格, moved out …)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Note (the reason when rejected)</source>
        <translation>Note (the reason when rejected)</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Transfer reference</translation>
    </message>
    <message>
        <source>Typed by the approver, unless she is signed in here</source>
        <translation>Typed by the approver, unless she is signed in here</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approver's own password</source>
        <translation>Approver's own password</translation>
    </message>
    <message>
        <source>Meter readings import</source>
        <translation>Meter readings import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>Counter</source>
        <extracomment>the page's views in tab order: (key, title, "module:Class"); other issues append theirs</extracomment>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <source>Daily closing</source>
        <translation>Daily closing</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <source>This month: collection rate {amount} (households {households})</source>
        <translation>This month: collection rate {amount} (households {households})</translation>
    </message>
    <message>
        <source>arrears cleared {rate}</source>
        <translation>arrears cleared {rate}</translation>
    </message>
    <message>
        <source>takings {amount}</source>
        <translation>takings {amount}</translation>
    </message>
    <message>
        <source>voids {n} ({amount})</source>
        <translation>voids {n} ({amount})</translation>
    </message>
    <message>
        <source>red reversals {n} ({amount})</source>
        <translation>red reversals {n} ({amount})</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Scope or recipients</source>
        <translation>Scope or recipients</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Replied by</source>
        <translation>Replied by</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>Customer informed</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Notified by</source>
        <translation>Notified by</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Collector's ID number</source>
        <translation>Collector's ID number</translation>
    </message>
    <message>
        <source>The collector has signed the register</source>
        <translation>The collector has signed the register</translation>
    </message>
    <message>
        <source>Relation to the addressee</source>
        <translation>Relation to the addressee</translation>
    </message>
    <message>
        <source>Contact method</source>
        <translation>Contact method</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Departure time</translation>
    </message>
    <message>
        <source>Record it was turned into</source>
        <translation>Record it was turned into</translation>
    </message>
    <message>
        <source>Pass no.</source>
        <translation>Pass no.</translation>
    </message>
    <message>
        <source>Pass returned</source>
        <translation>Pass returned</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>the value a new form starts with (a callable is called then: ``default=datetime.now``) spans both columns of a two-column dialog an ID number or phone: shown masked in the event log and on printed lists the word printed on paper when it is not the Chinese translation of ``label`` the record attribute an action's value is kept in (the record service stores it there) a staff field: only staff whose role holds this permission are offered (the supervisor who approves) values offered for a text field, which accepts any other (where notices usually go up) an action's input left empty takes the record's value of ``column`` (a result given before need not be typed again to close the record) the refusal of a value the kind cannot read, when its own words say too little ("Choose whether the person visits a resident or has business at the desk" rather than "Choose Category") required only in some cases: a predicate over the form's values (each value as typed or parsed: a choice is its code, a tick a bool), e.g. the place of a public key, the ID of a borrower who is not staff; the dialog shows the ``*`` while it holds, :func:`check_required_when` refuses the missing value</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>the reason of a void, kept on the record (every workflow record has ``void_reason``)</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>When it happened</source>
        <extracomment>when an action recorded from paper really happened (empty: now)</extracomment>
        <translation>When it happened</translation>
    </message>
    <message>
        <source>14:05 or 2025-06-12 14:05; empty: now</source>
        <translation>14:05 or 2025-06-12 14:05; empty: now</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Reason for leaving the register</source>
        <extracomment>a unit put on the register, in the order of its form</extracomment>
        <translation>Reason for leaving the register</translation>
    </message>
    <message>
        <source>Work slip no.</source>
        <extracomment>the follow-up work slips of an inspection, as the timeline names the one an action sent</extracomment>
        <translation>Work slip no.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Front Desk</source>
        <translation>Set up Front Desk</translation>
    </message>
    <message>
        <source>Welcome. This creates the database in {path}. The first account is the customer-service supervisor (客服主管), who can add the other staff.</source>
        <translation>Welcome. This creates the database in {path}. The first account is the customer-service supervisor (客服主管), who can add the other staff.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>FollowUpMethod</name>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
</context>
<context>
    <name>FollowUpType</name>
    <message>
        <source>Complaint follow-up</source>
        <translation>Complaint follow-up</translation>
    </message>
    <message>
        <source>Repair follow-up</source>
        <translation>Repair follow-up</translation>
    </message>
    <message>
        <source>Paid service follow-up</source>
        <translation>Paid service follow-up</translation>
    </message>
    <message>
        <source>Routine household visit</source>
        <translation>Routine household visit</translation>
    </message>
    <message>
        <source>Move-in follow-up</source>
        <translation>Move-in follow-up</translation>
    </message>
    <message>
        <source>Renovation follow-up</source>
        <translation>Renovation follow-up</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Follow up by</translation>
    </message>
    <message>
        <source>What about</source>
        <translation>What about</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Signature or photo (on site)</source>
        <translation>Signature or photo (on site)</translation>
    </message>
    <message>
        <source>Supervisor's opinion</source>
        <translation>Supervisor's opinion</translation>
    </message>
    <message>
        <source>A follow-up cannot be planned in the past</source>
        <translation>A follow-up cannot be planned in the past</translation>
    </message>
    <message>
        <source>Plan routine visits or satisfaction surveys in bulk</source>
        <translation>Plan routine visits or satisfaction surveys in bulk</translation>
    </message>
    <message>
        <source>An on-site follow-up needs the resident's signature or a photo</source>
        <translation>An on-site follow-up needs the resident's signature or a photo</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the complaint was resolved ({at})</source>
        <translation>The follow-up cannot be before the complaint was resolved ({at})</translation>
    </message>
    <message>
        <source>Try at least {n} times before giving up ({done} so far)</source>
        <translation>Try at least {n} times before giving up ({done} so far)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>not satisfied</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <source>This follow-up no longer exists</source>
        <translation>This follow-up no longer exists</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <extracomment>the queue's columns, in FollowUpRow's order (phone shown, overdue computed)</extracomment>
        <translation>Follow-ups due today</translation>
    </message>
    <message>
        <source>{late} overdue · {review} to review</source>
        <translation>{late} overdue · {review} to review</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>There is no follow-up {number}</source>
        <translation>There is no follow-up {number}</translation>
    </message>
    <message>
        <source>The whole estate</source>
        <translation>The whole estate</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>No., interviewee, room or source</source>
        <translation>No., interviewee, room or source</translation>
    </message>
    <message>
        <source>Choose a follow-up on the left to record it …</source>
        <translation>Choose a follow-up on the left to record it …</translation>
    </message>
    <message>
        <source>Nothing to follow up. Resolved complaints and sampled repairs come here by themselves; plan routine visits with “Plan visits”.</source>
        <translation>Nothing to follow up. Resolved complaints and sampled repairs come here by themselves; plan routine visits with “Plan visits”.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Plan a follow-up</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation>Plan visits…</translation>
    </message>
    <message>
        <source>Routine household visits or a satisfaction survey, in bulk</source>
        <translation>Routine household visits or a satisfaction survey, in bulk</translation>
    </message>
    <message>
        <source>Print the month</source>
        <translation>Print the month</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>&lt;b&gt;This month&lt;/b&gt;, followed up/planned (in time): {parts} · satisfied {satisfied}</source>
        <translation>&lt;b&gt;This month&lt;/b&gt;, followed up/planned (in time): {parts} · satisfied {satisfied}</translation>
    </message>
    <message>
        <source>{n} follow-ups planned.</source>
        <translation>{n} follow-ups planned.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>14:05 or 2025-06-12 14:05</source>
        <translation>14:05 or 2025-06-12 14:05</translation>
    </message>
    <message>
        <source>17:30</source>
        <translation>17:30</translation>
    </message>
    <message>
        <source>e.g. 3-2-1502</source>
        <translation>e.g. 3-2-1502</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <extracomment>the declaration this field was made from (its parser checks the input)</extracomment>
        <translation>Add a file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>No file</translation>
    </message>
</context>
<context>
    <name>GatePane</name>
    <message>
        <source>Scan the slip's QR code, or type its number and press Enter.</source>
        <translation>Scan the slip's QR code, or type its number and press Enter.</translation>
    </message>
    <message>
        <source>Slip number, such as FX20260608-0001</source>
        <translation>Slip number, such as FX20260608-0001</translation>
    </message>
    <message>
        <source>The ID number of the person carrying the goods out</source>
        <translation>The ID number of the person carrying the goods out</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Carrier's ID</source>
        <translation>Carrier's ID</translation>
    </message>
    <message>
        <source>What does not match the slip (goods, person, vehicle)</source>
        <translation>What does not match the slip (goods, person, vehicle)</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Mismatch</translation>
    </message>
    <message>
        <source>Your role may not check slips at the gate.</source>
        <translation>Your role may not check slips at the gate.</translation>
    </message>
    <message>
        <source>Waiting for a scan.</source>
        <translation>Waiting for a scan.</translation>
    </message>
    <message>
        <source>Valid: check the person and the goods against the slip, record the carrier's ID and release.</source>
        <translation>Valid: check the person and the goods against the slip, record the carrier's ID and release.</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Released: {number}</source>
        <translation>Released: {number}</translation>
    </message>
    <message>
        <source>Refused: {number}. The applicant needs a new slip.</source>
        <translation>Refused: {number}. The applicant needs a new slip.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over {number}</source>
        <translation>Hand over {number}</translation>
    </message>
    <message>
        <source>Open items kept with the log ({n})</source>
        <translation>Open items kept with the log ({n})</translation>
    </message>
</context>
<context>
    <name>HandoverListDialog</name>
    <message>
        <source>Import the developer's handover list</source>
        <translation>Import the developer's handover list</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with the columns 房号 (or 楼栋, 单元, 房号) and 购房人; 证件号码, 电话 and 合同编号 if the developer gives them. A move-in of a listed room is checked against its buyer.</source>
        <translation>An Excel workbook (.xlsx) or a CSV file with the columns 房号 (or 楼栋, 单元, 房号) and 购房人; 证件号码, 电话 and 合同编号 if the developer gives them. A move-in of a listed room is checked against its buyer.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choose the file…</translation>
    </message>
    <message>
        <source>Choose the developer's spreadsheet: its good rows are imported at once, and every row is listed here with what became of it.</source>
        <translation>Choose the developer's spreadsheet: its good rows are imported at once, and every row is listed here with what became of it.</translation>
    </message>
    <message>
        <source>Choose the developer's handover list</source>
        <translation>Choose the developer's handover list</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>{file} (sheet {sheet}): {n} rows imported, {refused} refused (in red, with the reason).</source>
        <translation>{file} (sheet {sheet}): {n} rows imported, {refused} refused (in red, with the reason).</translation>
    </message>
    <message>
        <source>{n} rows were not imported: correct them and import the file again.</source>
        <translation>{n} rows were not imported: correct them and import the file again.</translation>
    </message>
    <message>
        <source>Every row imported.</source>
        <translation>Every row imported.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Rooms</source>
        <extracomment>a workflow's tiles of the home page for the day</extracomment>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>No public holidays for {years} yet, so working-day limits count every weekday. Update the chinesecalendar package, then 设置 → 工作日历 → 从 chinesecalendar 更新 (or enter the days by hand).</source>
        <translation>No public holidays for {years} yet, so working-day limits count every weekday. Update the chinesecalendar package, then 设置 → 工作日历 → 从 chinesecalendar 更新 (or enter the days by hand).</translation>
    </message>
    <message>
        <source>{n} requests today</source>
        <translation>{n} requests today</translation>
    </message>
    <message>
        <source>{n} open from earlier days</source>
        <translation>{n} open from earlier days</translation>
    </message>
    <message>
        <source>Work log: open requests today</source>
        <translation>Work log: open requests today</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>{number} handed over to {name} at {at}, awaiting takeover</source>
        <translation>{number} handed over to {name} at {at}, awaiting takeover</translation>
    </message>
    <message>
        <source>Nobody has taken over the shift</source>
        <translation>Nobody has taken over the shift</translation>
    </message>
    <message>
        <source>{number} · since {at} · {n} events</source>
        <translation>{number} · since {at} · {n} events</translation>
    </message>
    <message>
        <source>Days to sign (主管日审)</source>
        <translation>Days to sign (主管日审)</translation>
    </message>
    <message>
        <source>Takings today</source>
        <translation>Takings today</translation>
    </message>
    <message>
        <source>{n} receipts</source>
        <translation>{n} receipts</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>{n} households</source>
        <translation>{n} households</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>{name}, welcome. Today is {date}, {weekday}.</source>
        <translation>{name}, welcome. Today is {date}, {weekday}.</translation>
    </message>
    <message>
        <source>Nothing needs the desk right now.</source>
        <translation>Nothing needs the desk right now.</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Inspect {room}</source>
        <translation>Inspect {room}</translation>
    </message>
</context>
<context>
    <name>ItemType</name>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>KeyPurpose</name>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Key {slot} is already out: lent to {name} on {when} ({number}). It must be returned before it can be lent again</source>
        <extracomment>owners' keys (entrusted or repair keys: the home is the owner's) need approval when staff use them</extracomment>
        <translation>Key {slot} is already out: lent to {name} on {when} ({number}). It must be returned before it can be lent again</translation>
    </message>
    <message>
        <source>Key {slot} is not in the cabinet ({state}) and cannot be lent</source>
        <translation>Key {slot} is not in the cabinet ({state}) and cannot be lent</translation>
    </message>
    <message>
        <source>{name} is not an owner, co-owner or registered agent of {room}: the owner's written authorisation or a phone confirmation by the owner is needed</source>
        <translation>{name} is not an owner, co-owner or registered agent of {room}: the owner's written authorisation or a phone confirmation by the owner is needed</translation>
    </message>
    <message>
        <source>{name} is not an owner of {room}: only an owner can authorise the loan</source>
        <translation>{name} is not an owner of {room}: only an owner can authorise the loan</translation>
    </message>
    <message>
        <source>{name} is not registered as an owner of {room} (check the household card)</source>
        <translation>{name} is not registered as an owner of {room} (check the household card)</translation>
    </message>
    <message>
        <source>Staff using an owner's key need the approval of the CS supervisor</source>
        <translation>Staff using an owner's key need the approval of the CS supervisor</translation>
    </message>
    <message>
        <source>{name} may not approve the use of an owner's key</source>
        <translation>{name} may not approve the use of an owner's key</translation>
    </message>
    <message>
        <source>{name} must approve the loan in person: they type their own password here, or lend the key signed in themselves</source>
        <translation>{name} must approve the loan in person: they type their own password here, or lend the key signed in themselves</translation>
    </message>
    <message>
        <source>For viewings staff keep the key and open the door: a developer's key, or a key for a viewing, is lent only to staff or contractors</source>
        <translation>For viewings staff keep the key and open the door: a developer's key, or a key for a viewing, is lent only to staff or contractors</translation>
    </message>
    <message>
        <source>Tell the owner before staff use their key (only an emergency entry may tell the owner afterwards)</source>
        <translation>Tell the owner before staff use their key (only an emergency entry may tell the owner afterwards)</translation>
    </message>
    <message>
        <source>Common-area and plant-room keys are lent only to staff or contractors for work</source>
        <translation>Common-area and plant-room keys are lent only to staff or contractors for work</translation>
    </message>
    <message>
        <source>The due time ({due}) must be after the time the key is lent ({lent})</source>
        <translation>The due time ({due}) must be after the time the key is lent ({lent})</translation>
    </message>
    <message>
        <source>Keys are due back by {due}: a longer loan needs the approval of the CS supervisor</source>
        <translation>Keys are due back by {due}: a longer loan needs the approval of the CS supervisor</translation>
    </message>
    <message>
        <source>{missing} of the {out} keys lent are missing. Count again, or confirm to register the missing keys as lost</source>
        <translation>{missing} of the {out} keys lent are missing. Count again, or confirm to register the missing keys as lost</translation>
    </message>
    <message>
        <source>{count_in} keys returned but only {out} were lent</source>
        <translation>{count_in} keys returned but only {out} were lent</translation>
    </message>
    <message>
        <source>Key {slot} is reserved: loan {number} to {name} waits for the CS supervisor's approval</source>
        <translation>Key {slot} is reserved: loan {number} to {name} waits for the CS supervisor's approval</translation>
    </message>
    <message>
        <source>A CS supervisor approves the loan: signed in herself, or typing her own password in this dialog</source>
        <translation>A CS supervisor approves the loan: signed in herself, or typing her own password in this dialog</translation>
    </message>
    <message>
        <source>Key {slot} is not in the cabinet ({state}): the loan cannot be handed out</source>
        <translation>Key {slot} is not in the cabinet ({state}): the loan cannot be handed out</translation>
    </message>
    <message>
        <source>Cabinet slot</source>
        <translation>Cabinet slot</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reason for entrusting</source>
        <translation>Reason for entrusting</translation>
    </message>
    <message>
        <source>Pick-up requirements</source>
        <translation>Pick-up requirements</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>Purpose details</source>
        <translation>Purpose details</translation>
    </message>
    <message>
        <source>Send for the supervisor's approval</source>
        <translation>Send for the supervisor's approval</translation>
    </message>
    <message>
        <source>How the owner was told</source>
        <translation>How the owner was told</translation>
    </message>
    <message>
        <source>Person called</source>
        <translation>Person called</translation>
    </message>
    <message>
        <source>Result of the call</source>
        <translation>Result of the call</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>Returned by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Keys missing</source>
        <translation>Keys missing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Give the room of the key</source>
        <translation>Give the room of the key</translation>
    </message>
    <message>
        <source>A cabinet slot has at most 20 letters, digits and dashes, such as A-015</source>
        <translation>A cabinet slot has at most 20 letters, digits and dashes, such as A-015</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>Number of keys</translation>
    </message>
    <message>
        <source>Slot {slot} already holds a key: choose a free slot</source>
        <translation>Slot {slot} already holds a key: choose a free slot</translation>
    </message>
    <message>
        <source>This key no longer exists</source>
        <translation>This key no longer exists</translation>
    </message>
    <message>
        <source>This loan no longer exists</source>
        <translation>This loan no longer exists</translation>
    </message>
    <message>
        <source>Slot {slot} holds only {n} keys</source>
        <translation>Slot {slot} holds only {n} keys</translation>
    </message>
    <message>
        <source>Keys returned</source>
        <translation>Keys returned</translation>
    </message>
    <message>
        <source>{missing} of {out} keys not returned</source>
        <translation>{missing} of {out} keys not returned</translation>
    </message>
    <message>
        <source>The new due time must be later than the current one ({due})</source>
        <translation>The new due time must be later than the current one ({due})</translation>
    </message>
    <message>
        <source>Key {slot} is on loan: register the loss on its loan</source>
        <translation>Key {slot} is on loan: register the loss on its loan</translation>
    </message>
    <message>
        <source>Keys found</source>
        <translation>Keys found</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <source>{slot} {room} → {name}, due {due}</source>
        <translation>{slot} {room} → {name}, due {due}</translation>
    </message>
    <message>
        <source>Keys on loan</source>
        <translation>Keys on loan</translation>
    </message>
    <message>
        <source>Key {slot} ({room}) with {name} {phone}, due {due}</source>
        <translation>Key {slot} ({room}) with {name} {phone}, due {due}</translation>
    </message>
    <message>
        <source>overdue: phone the borrower</source>
        <translation>overdue: phone the borrower</translation>
    </message>
    <message>
        <source> ({n} missing)</source>
        <extracomment>the lend dialog's input of the approver's own password (not a declared field: never stored) the first event of a loan sent for approval keeps the due time asked for under this key the loan waits 待审批 for the supervisor (sent for approval, none given here and now) for lending it: the default due time and the room's owners and agents (the primary owner first)</extracomment>
        <translation> ({n} missing)</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>due {time}</translation>
    </message>
    <message>
        <source>Entrustment</source>
        <translation>Entrustment</translation>
    </message>
    <message>
        <source>On loan to</source>
        <translation>On loan to</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Authorisation</translation>
    </message>
    <message>
        <source>Owner told</source>
        <translation>Owner told</translation>
    </message>
    <message>
        <source>Emergency entry</source>
        <translation>Emergency entry</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Keys out/in</source>
        <translation>Keys out/in</translation>
    </message>
    <message>
        <source>tell the owner of the emergency entry</source>
        <translation>tell the owner of the emergency entry</translation>
    </message>
    <message>
        <source>Count the key cabinet: last stock-take {last} (every {days} days)</source>
        <extracomment>a list's row: the key, the borrower of its loan out, the loan's deadline and its running deadline a list's row: the loan, its deadline and its running deadline (None once it is closed)</extracomment>
        <translation>Count the key cabinet: last stock-take {last} (every {days} days)</translation>
    </message>
    <message>
        <source>Count the key cabinet: it has never been counted (every {days} days)</source>
        <translation>Count the key cabinet: it has never been counted (every {days} days)</translation>
    </message>
    <message>
        <source>There is no key stock-take {number}</source>
        <extracomment>the loans a retention purge may delete (closed ones)</extracomment>
        <translation>There is no key stock-take {number}</translation>
    </message>
    <message>
        <source>{n} loans await the supervisor's approval</source>
        <translation>{n} loans await the supervisor's approval</translation>
    </message>
    <message>
        <source>Key stock-take</source>
        <translation>Key stock-take</translation>
    </message>
    <message>
        <source>Key loans awaiting approval</source>
        <translation>Key loans awaiting approval</translation>
    </message>
    <message>
        <source>Key {slot} ({room}) for {name}: the CS supervisor approves or refuses</source>
        <translation>Key {slot} ({room}) for {name}: the CS supervisor approves or refuses</translation>
    </message>
    <message>
        <source>Keys held</source>
        <translation>Keys held</translation>
    </message>
    <message>
        <source>Slot / time</source>
        <translation>Slot / time</translation>
    </message>
    <message>
        <source>Category / borrower</source>
        <translation>Category / borrower</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>There is no key loan {number}</source>
        <translation>There is no key loan {number}</translation>
    </message>
    <message>
        <source>There is no key entrustment {number}</source>
        <translation>There is no key entrustment {number}</translation>
    </message>
    <message>
        <source>A-015</source>
        <translation>A-015</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Location (common area)</source>
        <translation>Location (common area)</translation>
    </message>
    <message>
        <source>Entrusted by (owner)</source>
        <translation>Entrusted by (owner)</translation>
    </message>
    <message>
        <source>Borrower is</source>
        <translation>Borrower is</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Owner's authorisation</source>
        <translation>Owner's authorisation</translation>
    </message>
    <message>
        <source>Authorised by (owner)</source>
        <translation>Authorised by (owner)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Owner told (how, when)</source>
        <translation>Owner told (how, when)</translation>
    </message>
    <message>
        <source>Emergency entry (fire, leak)</source>
        <translation>Emergency entry (fire, leak)</translation>
    </message>
    <message>
        <source>Empty: every key of the slot</source>
        <translation>Empty: every key of the slot</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>Empty: closing time of the working day</source>
        <translation>Empty: closing time of the working day</translation>
    </message>
    <message>
        <source>Register missing keys as lost</source>
        <translation>Register missing keys as lost</translation>
    </message>
    <message>
        <source>Owner (identity checked)</source>
        <translation>Owner (identity checked)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Room or location</source>
        <translation>Room or location</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Out/in</source>
        <translation>Out/in</translation>
    </message>
    <message>
        <source>Print handover form</source>
        <translation>Print handover form</translation>
    </message>
    <message>
        <source>Print day's register</source>
        <translation>Print day's register</translation>
    </message>
    <message>
        <source>钥匙借用登记表 of today, or of the first day chosen above</source>
        <translation>钥匙借用登记表 of today, or of the first day chosen above</translation>
    </message>
    <message>
        <source>Key cabinet</source>
        <translation>Key cabinet</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>In the register</translation>
    </message>
    <message>
        <source>In the cabinet</source>
        <translation>In the cabinet</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Lock changed</source>
        <translation>Lock changed</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>All keys</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Slot, room or location</source>
        <translation>Slot, room or location</translation>
    </message>
    <message>
        <source>Choose a key on the left to lend it, take it back, report it lost …</source>
        <translation>Choose a key on the left to lend it, take it back, report it lost …</translation>
    </message>
    <message>
        <source>The cabinet holds no key yet. Press Ctrl+N to take an owner's or the developer's key in.</source>
        <translation>The cabinet holds no key yet. Press Ctrl+N to take an owner's or the developer's key in.</translation>
    </message>
    <message>
        <source>Take in a key</source>
        <translation>Take in a key</translation>
    </message>
    <message>
        <source>Take a key into the cabinet</source>
        <translation>Take a key into the cabinet</translation>
    </message>
    <message>
        <source>Print entrustment</source>
        <translation>Print entrustment</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>Household card</translation>
    </message>
    <message>
        <source>Stock-take…</source>
        <translation>Stock-take…</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>All loans</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>No., slot, room or borrower</source>
        <translation>No., slot, room or borrower</translation>
    </message>
    <message>
        <source>Choose a loan on the left to take the key back, extend the loan …</source>
        <translation>Choose a loan on the left to take the key back, extend the loan …</translation>
    </message>
    <message>
        <source>No key has been lent yet. Choose a key in the cabinet and press Alt+1 to lend it.</source>
        <translation>No key has been lent yet. Choose a key in the cabinet and press Alt+1 to lend it.</translation>
    </message>
    <message>
        <source>Key loans</source>
        <translation>Key loans</translation>
    </message>
    <message>
        <source>Print call memo</source>
        <translation>Print call memo</translation>
    </message>
    <message>
        <source>Approver's own password</source>
        <translation>Approver's own password</translation>
    </message>
    <message>
        <source>Typed by the approver, unless signed in here</source>
        <translation>Typed by the approver, unless signed in here</translation>
    </message>
    <message>
        <source>Key register</source>
        <translation>Key register</translation>
    </message>
    <message>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>extra</translation>
    </message>
    <message>
        <source>should not be in the cabinet</source>
        <translation>should not be in the cabinet</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>This month: loans {n}</source>
        <translation>This month: loans {n}</translation>
    </message>
    <message>
        <source>keys lost {n}</source>
        <translation>keys lost {n}</translation>
    </message>
    <message>
        <source>stock-takes {n}, discrepancies {d}</source>
        <translation>stock-takes {n}, discrepancies {d}</translation>
    </message>
    <message>
        <source>on loan {n}, overdue {late}</source>
        <translation>on loan {n}, overdue {late}</translation>
    </message>
    <message>
        <source>awaiting approval {n}</source>
        <translation>awaiting approval {n}</translation>
    </message>
    <message>
        <source>stock-take due (last {when})</source>
        <translation>stock-take due (last {when})</translation>
    </message>
    <message>
        <source>No key of room {room} is in the cabinet: choose the key on this page</source>
        <translation>No key of room {room} is in the cabinet: choose the key on this page</translation>
    </message>
</context>
<context>
    <name>Lease</name>
    <message>
        <source>The lease must end after it starts ({start})</source>
        <translation>The lease must end after it starts ({start})</translation>
    </message>
    <message>
        <source>{name} is {age} on the start date {start} (born {born}): a tenant must be at least 18</source>
        <translation>{name} is {age} on the start date {start} (born {born}): a tenant must be at least 18</translation>
    </message>
    <message>
        <source>Give the tenant's birth date: this document does not show it</source>
        <translation>Give the tenant's birth date: this document does not show it</translation>
    </message>
    <message>
        <source>A company tenant is registered with its business licence: choose “Unified social credit code” and type the code of the licence</source>
        <translation>A company tenant is registered with its business licence: choose “Unified social credit code” and type the code of the licence</translation>
    </message>
    <message>
        <source>An individual tenant is registered with a personal document (ID card, passport or permit), not a credit code</source>
        <translation>An individual tenant is registered with a personal document (ID card, passport or permit), not a credit code</translation>
    </message>
    <message>
        <source>Room {room} already has an active lease {number} ({tenant}, {start} to {end}) that overlaps this term: end or renew it first</source>
        <translation>Room {room} already has an active lease {number} ({tenant}, {start} to {end}) that overlaps this term: end or renew it first</translation>
    </message>
    <message>
        <source>Room {room} has arrears of {amount} yuan ({bills} bills overdue): the fees must be settled before the tenant moves in</source>
        <translation>Room {room} has arrears of {amount} yuan ({bills} bills overdue): the fees must be settled before the tenant moves in</translation>
    </message>
    <message>
        <source>Room {room} has arrears of {amount} yuan ({bills} bills overdue): agree with the owner how they are settled (the owner stays liable)</source>
        <translation>Room {room} has arrears of {amount} yuan ({bills} bills overdue): agree with the owner how they are settled (the owner stays liable)</translation>
    </message>
    <message>
        <source>{name} is not registered as an owner of {room} (check the household card)</source>
        <translation>{name} is not registered as an owner of {room} (check the household card)</translation>
    </message>
    <message>
        <source>Room {room} has no registered owner: register the owner on the household card first</source>
        <translation>Room {room} has no registered owner: register the owner on the household card first</translation>
    </message>
    <message>
        <source>Room {room} has not been handed over to its owner: it cannot be let yet</source>
        <translation>Room {room} has not been handed over to its owner: it cannot be let yet</translation>
    </message>
    <message>
        <source>Still missing: {missing}. Attach them to complete the file</source>
        <translation>Still missing: {missing}. Attach them to complete the file</translation>
    </message>
    <message>
        <source>The renewal must end after the current lease ({end})</source>
        <translation>The renewal must end after the current lease ({end})</translation>
    </message>
    <message>
        <source>The lease cannot end before it started ({start})</source>
        <translation>The lease cannot end before it started ({start})</translation>
    </message>
    <message>
        <source>Co-resident line {n}: {error}</source>
        <translation>Co-resident line {n}: {error}</translation>
    </message>
    <message>
        <source>Co-resident line {n}: give the name first, then the ID number and the relation</source>
        <translation>Co-resident line {n}: give the name first, then the ID number and the relation</translation>
    </message>
    <message>
        <source>the lease contract</source>
        <translation>the lease contract</translation>
    </message>
    <message>
        <source>the owner's authorisation</source>
        <translation>the owner's authorisation</translation>
    </message>
    <message>
        <source>the tenant's ID or licence copy</source>
        <translation>the tenant's ID or licence copy</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Owner (lessor)</source>
        <translation>Owner (lessor)</translation>
    </message>
    <message>
        <source>Tenant is</source>
        <translation>Tenant is</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>For a passport or permit</source>
        <translation>For a passport or permit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Co-residents</source>
        <translation>Co-residents</translation>
    </message>
    <message>
        <source>One a line: name, ID number, relation (张小红 110105… 配偶)</source>
        <translation>One a line: name, ID number, relation (张小红 110105… 配偶)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Monthly rent</translation>
    </message>
    <message>
        <source>Fees paid by</source>
        <translation>Fees paid by</translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation>Deposits held</translation>
    </message>
    <message>
        <source>水电保证金 500</source>
        <translation>水电保证金 500</translation>
    </message>
    <message>
        <source>Access cards issued</source>
        <translation>Access cards issued</translation>
    </message>
    <message>
        <source>Card numbers, separated by commas</source>
        <translation>Card numbers, separated by commas</translation>
    </message>
    <message>
        <source>Lease contract</source>
        <translation>Lease contract</translation>
    </message>
    <message>
        <source>Owner's authorisation</source>
        <translation>Owner's authorisation</translation>
    </message>
    <message>
        <source>IDs or licence copy</source>
        <translation>IDs or licence copy</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>New end</translation>
    </message>
    <message>
        <source>New monthly rent</source>
        <translation>New monthly rent</translation>
    </message>
    <message>
        <source>Empty: as before</source>
        <translation>Empty: as before</translation>
    </message>
    <message>
        <source>New lease contract</source>
        <translation>New lease contract</translation>
    </message>
    <message>
        <source>Tenant left on</source>
        <translation>Tenant left on</translation>
    </message>
    <message>
        <source>How the owner and tenant were reminded</source>
        <translation>How the owner and tenant were reminded</translation>
    </message>
    <message>
        <source>This lease no longer exists</source>
        <translation>This lease no longer exists</translation>
    </message>
    <message>
        <source>No lease has the number {number}</source>
        <translation>No lease has the number {number}</translation>
    </message>
    <message>
        <source> (with {names})</source>
        <translation> (with {names})</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Police registration reminded</source>
        <translation>Police registration reminded</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <source>ended on {day}: renew it, or record the move-out</source>
        <translation>ended on {day}: renew it, or record the move-out</translation>
    </message>
    <message>
        <source>ends on {day}: remind the owner and tenant to renew or give notice</source>
        <translation>ends on {day}: remind the owner and tenant to renew or give notice</translation>
    </message>
    <message>
        <source>remind them of the police registration (24 h / 3 working days)</source>
        <translation>remind them of the police registration (24 h / 3 working days)</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>the status chips of the list: filter code → label</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>Let</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Past its end</source>
        <translation>Past its end</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>All leases</source>
        <translation>All leases</translation>
    </message>
    <message>
        <source>{room} {tenant}: the lease ended on {day}, renew it or record the move-out</source>
        <translation>{room} {tenant}: the lease ended on {day}, renew it or record the move-out</translation>
    </message>
    <message>
        <source>{room} {tenant}: the lease ends on {day}</source>
        <translation>{room} {tenant}: the lease ends on {day}</translation>
    </message>
    <message>
        <source>{n} let · {m} past their end</source>
        <translation>{n} let · {m} past their end</translation>
    </message>
    <message>
        <source>Leases expiring</source>
        <translation>Leases expiring</translation>
    </message>
    <message>
        <source>Leases and tenants</source>
        <translation>Leases and tenants</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>the list's short word for who pays (the detail says the owner stays liable)</extracomment>
        <translation>Owner</translation>
    </message>
    <message>
        <source>No., room or tenant</source>
        <translation>No., room or tenant</translation>
    </message>
    <message>
        <source>Choose a lease on the left to complete its documents, issue cards, renew it …</source>
        <translation>Choose a lease on the left to complete its documents, issue cards, renew it …</translation>
    </message>
    <message>
        <source>No lease is registered yet. Press Ctrl+N to file an owner's lease.</source>
        <translation>No lease is registered yet. Press Ctrl+N to file an owner's lease.</translation>
    </message>
    <message>
        <source>No lease ends within the reminder days.</source>
        <translation>No lease ends within the reminder days.</translation>
    </message>
    <message>
        <source>No open lease is past its end.</source>
        <translation>No open lease is past its end.</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>File a lease</source>
        <translation>File a lease</translation>
    </message>
    <message>
        <source>File an owner's lease</source>
        <translation>File an owner's lease</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>Registration form</translation>
    </message>
    <message>
        <source>Authorisation form</source>
        <translation>Authorisation form</translation>
    </message>
    <message>
        <source>Tenant's notice</source>
        <translation>Tenant's notice</translation>
    </message>
    <message>
        <source>Card register</source>
        <translation>Card register</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>Household card</translation>
    </message>
</context>
<context>
    <name>LeasePage</name>
    <message>
        <source>Rented {n} of {d} handed-over units ({rate})</source>
        <translation>Rented {n} of {d} handed-over units ({rate})</translation>
    </message>
    <message>
        <source>ending this month {n}</source>
        <translation>ending this month {n}</translation>
    </message>
    <message>
        <source>filed {n}, moved out {m}</source>
        <translation>filed {n}, moved out {m}</translation>
    </message>
    <message>
        <source>documents missing {n}</source>
        <translation>documents missing {n}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Day shift 08:30–17:30</source>
        <extracomment>the window's first size, cut to the screen (the reception PC's is often 1366×768) what no page or dialog may need: the reception PC's screen (tests/ui/test_screen_fit.py) the page bar's width, shown and folded to its button the widest the status bar's database path is shown (cut in the middle, in full as the tooltip)</extracomment>
        <translation>Day shift 08:30–17:30</translation>
    </message>
    <message>
        <source>Night shift 17:30–08:30</source>
        <translation>Night shift 17:30–08:30</translation>
    </message>
    <message>
        <source>{estate} — Front Desk</source>
        <translation>{estate} — Front Desk</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Search (Ctrl+K)</translation>
    </message>
    <message>
        <source>Hide the page bar (F9)</source>
        <translation>Hide the page bar (F9)</translation>
    </message>
    <message>
        <source>Show the page bar (F9)</source>
        <translation>Show the page bar (F9)</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>Database: {db}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>dialogs a home tile opens by its key, as it opens a page</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Import roster from Excel…</source>
        <translation>&amp;Import roster from Excel…</translation>
    </message>
    <message>
        <source>Export r&amp;ooms to Excel…</source>
        <translation>Export r&amp;ooms to Excel…</translation>
    </message>
    <message>
        <source>Export &amp;people to Excel…</source>
        <translation>Export &amp;people to Excel…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Duty</source>
        <translation>&amp;Duty</translation>
    </message>
    <message>
        <source>&amp;Take over the shift…</source>
        <translation>&amp;Take over the shift…</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Hand over the shift…</translation>
    </message>
    <message>
        <source>Sign the &amp;day's records…</source>
        <translation>Sign the &amp;day's records…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Parameters…</source>
        <translation>&amp;Parameters…</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>Working-day &amp;calendar…</translation>
    </message>
    <message>
        <source>Update &amp;holidays from chinesecalendar</source>
        <translation>Update &amp;holidays from chinesecalendar</translation>
    </message>
    <message>
        <source>&amp;Fee items…</source>
        <translation>&amp;Fee items…</translation>
    </message>
    <message>
        <source>&amp;Users and permissions…</source>
        <translation>&amp;Users and permissions…</translation>
    </message>
    <message>
        <source>P&amp;rinting…</source>
        <translation>P&amp;rinting…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About Front Desk</source>
        <translation>&amp;About Front Desk</translation>
    </message>
    <message>
        <source>About Front Desk</source>
        <translation>About Front Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Front Desk&lt;/b&gt; 物业客服前台&lt;br&gt;Customer-service desk of a residential estate.&lt;br&gt;Database: {db}</source>
        <translation>&lt;b&gt;Front Desk&lt;/b&gt; 物业客服前台&lt;br&gt;Customer-service desk of a residential estate.&lt;br&gt;Database: {db}</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language changes the next time Front Desk starts.</source>
        <translation>The language changes the next time Front Desk starts.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“{text}” is not an amount of money</source>
        <extracomment>亿亿 is not a unit anyone writes; refuse amounts that would need it.</extracomment>
        <translation>“{text}” is not an amount of money</translation>
    </message>
    <message>
        <source>An amount of money has at most 2 decimal places (“{text}”)</source>
        <translation>An amount of money has at most 2 decimal places (“{text}”)</translation>
    </message>
    <message>
        <source>The amount {amount} is too large to write in words</source>
        <translation>The amount {amount} is too large to write in words</translation>
    </message>
    <message>
        <source>A posted amount cannot be changed or deleted: void it or reverse it with a new record</source>
        <translation>A posted amount cannot be changed or deleted: void it or reverse it with a new record</translation>
    </message>
</context>
<context>
    <name>Monthly</name>
    <message>
        <source>A report period is a month (2026-11), a quarter (2026-Q4) or a year (2026).</source>
        <translation>A report period is a month (2026-11), a quarter (2026-Q4) or a year (2026).</translation>
    </message>
    <message>
        <source>{month}/{year}</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>Complaints and follow-ups</source>
        <translation>Complaints and follow-ups</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Complaints resolved in time</source>
        <translation>Complaints resolved in time</translation>
    </message>
    <message>
        <source>resolved within the deadline ÷ resolved</source>
        <translation>resolved within the deadline ÷ resolved</translation>
    </message>
    <message>
        <source>Satisfaction with complaint handling</source>
        <translation>Satisfaction with complaint handling</translation>
    </message>
    <message>
        <source>satisfied or fairly satisfied ÷ followed up</source>
        <translation>satisfied or fairly satisfied ÷ followed up</translation>
    </message>
    <message>
        <source>Collection rate (amount)</source>
        <translation>Collection rate (amount)</translation>
    </message>
    <message>
        <source>received of the period's bills ÷ receivable</source>
        <translation>received of the period's bills ÷ receivable</translation>
    </message>
    <message>
        <source>in yuan</source>
        <translation>in yuan</translation>
    </message>
    <message>
        <source>{period} has not begun: there is nothing to count yet.</source>
        <translation>{period} has not begun: there is nothing to count yet.</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <source>complaints received</source>
        <translation>complaints received</translation>
    </message>
    <message>
        <source>Complaints closed</source>
        <translation>Complaints closed</translation>
    </message>
    <message>
        <source>resolved ÷ received</source>
        <translation>resolved ÷ received</translation>
    </message>
    <message>
        <source>Complaints followed up</source>
        <translation>Complaints followed up</translation>
    </message>
    <message>
        <source>followed up ÷ resolved</source>
        <translation>followed up ÷ resolved</translation>
    </message>
    <message>
        <source>Repeat complaints</source>
        <translation>Repeat complaints</translation>
    </message>
    <message>
        <source>reopened or repeated ÷ received</source>
        <translation>reopened or repeated ÷ received</translation>
    </message>
    <message>
        <source>Complaints escalated</source>
        <translation>Complaints escalated</translation>
    </message>
    <message>
        <source>escalated to the manager</source>
        <translation>escalated to the manager</translation>
    </message>
    <message>
        <source>Repair follow-ups</source>
        <translation>Repair follow-ups</translation>
    </message>
    <message>
        <source>repair follow-ups done ÷ due</source>
        <translation>repair follow-ups done ÷ due</translation>
    </message>
    <message>
        <source>Satisfaction of all follow-ups</source>
        <translation>Satisfaction of all follow-ups</translation>
    </message>
    <message>
        <source>satisfied or fairly satisfied ÷ follow-ups done</source>
        <translation>satisfied or fairly satisfied ÷ follow-ups done</translation>
    </message>
    <message>
        <source>Collection rate (households)</source>
        <translation>Collection rate (households)</translation>
    </message>
    <message>
        <source>households paid up ÷ households billed</source>
        <translation>households paid up ÷ households billed</translation>
    </message>
    <message>
        <source>Old arrears cleared</source>
        <translation>Old arrears cleared</translation>
    </message>
    <message>
        <source>old arrears collected ÷ old arrears at the start</source>
        <translation>old arrears collected ÷ old arrears at the start</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Takings</translation>
    </message>
    <message>
        <source>receipts of the period, in yuan</source>
        <translation>receipts of the period, in yuan</translation>
    </message>
    <message>
        <source>Receipts voided</source>
        <translation>Receipts voided</translation>
    </message>
    <message>
        <source>voids the same day</source>
        <translation>voids the same day</translation>
    </message>
    <message>
        <source>Red reversals</source>
        <translation>Red reversals</translation>
    </message>
    <message>
        <source>reversals approved</source>
        <translation>reversals approved</translation>
    </message>
    <message>
        <source>Arrears at the end</source>
        <translation>Arrears at the end</translation>
    </message>
    <message>
        <source>due by the period's end and unpaid today, in yuan</source>
        <translation>due by the period's end and unpaid today, in yuan</translation>
    </message>
    <message>
        <source>Households in arrears</source>
        <translation>Households in arrears</translation>
    </message>
    <message>
        <source>households owing</source>
        <translation>households owing</translation>
    </message>
    <message>
        <source>Arrears up to 1 month</source>
        <translation>Arrears up to 1 month</translation>
    </message>
    <message>
        <source>Arrears 1–3 months</source>
        <translation>Arrears 1–3 months</translation>
    </message>
    <message>
        <source>Arrears 3–6 months</source>
        <translation>Arrears 3–6 months</translation>
    </message>
    <message>
        <source>Arrears 6–12 months</source>
        <translation>Arrears 6–12 months</translation>
    </message>
    <message>
        <source>Arrears over 12 months</source>
        <translation>Arrears over 12 months</translation>
    </message>
    <message>
        <source>Patrols and vacant units</source>
        <translation>Patrols and vacant units</translation>
    </message>
    <message>
        <source>Patrols completed</source>
        <translation>Patrols completed</translation>
    </message>
    <message>
        <source>rounds done ÷ rounds planned</source>
        <translation>rounds done ÷ rounds planned</translation>
    </message>
    <message>
        <source>Findings fixed in time</source>
        <translation>Findings fixed in time</translation>
    </message>
    <message>
        <source>fixed by the due date ÷ due</source>
        <translation>fixed by the due date ÷ due</translation>
    </message>
    <message>
        <source>Rounds missed</source>
        <translation>Rounds missed</translation>
    </message>
    <message>
        <source>planned rounds never started</source>
        <translation>planned rounds never started</translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation>Vacant units</translation>
    </message>
    <message>
        <source>Vacant units inspected</source>
        <translation>Vacant units inspected</translation>
    </message>
    <message>
        <source>vacant units inspected this month ÷ vacant units</source>
        <translation>vacant units inspected this month ÷ vacant units</translation>
    </message>
    <message>
        <source>Keys, notices, relay and visits</source>
        <translation>Keys, notices, relay and visits</translation>
    </message>
    <message>
        <source>Key loans overdue</source>
        <translation>Key loans overdue</translation>
    </message>
    <message>
        <source>loans past due now</source>
        <translation>loans past due now</translation>
    </message>
    <message>
        <source>Keys lost</source>
        <translation>Keys lost</translation>
    </message>
    <message>
        <source>losses reported</source>
        <translation>losses reported</translation>
    </message>
    <message>
        <source>Notices posted in time</source>
        <translation>Notices posted in time</translation>
    </message>
    <message>
        <source>posted with the lead time ÷ notices</source>
        <translation>posted with the lead time ÷ notices</translation>
    </message>
    <message>
        <source>Work slips answered in time</source>
        <translation>Work slips answered in time</translation>
    </message>
    <message>
        <source>replied by the required time ÷ slips due</source>
        <translation>replied by the required time ÷ slips due</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>visits registered</source>
        <translation>visits registered</translation>
    </message>
    <message>
        <source>Visitors refused</source>
        <translation>Visitors refused</translation>
    </message>
    <message>
        <source>refused ÷ admitted or refused</source>
        <translation>refused ÷ admitted or refused</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <source>Renovation applications</source>
        <translation>Renovation applications</translation>
    </message>
    <message>
        <source>applications received</source>
        <translation>applications received</translation>
    </message>
    <message>
        <source>Permits issued</source>
        <translation>Permits issued</translation>
    </message>
    <message>
        <source>permits issued</source>
        <translation>permits issued</translation>
    </message>
    <message>
        <source>Average review time</source>
        <translation>Average review time</translation>
    </message>
    <message>
        <source>days from application to decision</source>
        <translation>days from application to decision</translation>
    </message>
    <message>
        <source>Deposits refunded in time</source>
        <translation>Deposits refunded in time</translation>
    </message>
    <message>
        <source>refunded within the limit ÷ refunds due</source>
        <translation>refunded within the limit ÷ refunds due</translation>
    </message>
    <message>
        <source>Violation rate</source>
        <translation>Violation rate</translation>
    </message>
    <message>
        <source>cases with a violation notice ÷ cases under way</source>
        <translation>cases with a violation notice ÷ cases under way</translation>
    </message>
    <message>
        <source>Release slips returned and reconciled</source>
        <translation>Release slips returned and reconciled</translation>
    </message>
    <message>
        <source>gate copies reconciled ÷ slips released</source>
        <translation>gate copies reconciled ÷ slips released</translation>
    </message>
    <message>
        <source>Occupancy (today)</source>
        <translation>Occupancy (today)</translation>
    </message>
    <message>
        <source>Move-ins completed</source>
        <translation>Move-ins completed</translation>
    </message>
    <message>
        <source>move-ins of the period</source>
        <translation>move-ins of the period</translation>
    </message>
    <message>
        <source>Move-outs completed</source>
        <translation>Move-outs completed</translation>
    </message>
    <message>
        <source>tenants moved out in the period</source>
        <translation>tenants moved out in the period</translation>
    </message>
    <message>
        <source>Arrears at move-out</source>
        <translation>Arrears at move-out</translation>
    </message>
    <message>
        <source>due by the move-out date and unpaid, in yuan</source>
        <translation>due by the move-out date and unpaid, in yuan</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Occupancy rate</translation>
    </message>
    <message>
        <source>lived in ÷ delivered units</source>
        <translation>lived in ÷ delivered units</translation>
    </message>
    <message>
        <source>Rented rate</source>
        <translation>Rented rate</translation>
    </message>
    <message>
        <source>rented ÷ delivered units</source>
        <translation>rented ÷ delivered units</translation>
    </message>
    <message>
        <source>Vacancy rate</source>
        <translation>Vacancy rate</translation>
    </message>
    <message>
        <source>vacant ÷ delivered units</source>
        <translation>vacant ÷ delivered units</translation>
    </message>
</context>
<context>
    <name>MonthlyPage</name>
    <message>
        <source>Month</source>
        <extracomment>the page behind a figure, by its key, else by the first part of its key</extracomment>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Numerator/denominator</source>
        <translation>Numerator/denominator</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Period before</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>A year before</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Complaints received and resolved, last 12 months</source>
        <translation>Complaints received and resolved, last 12 months</translation>
    </message>
    <message>
        <source>Collection rate and satisfaction, last 12 months</source>
        <translation>Collection rate and satisfaction, last 12 months</translation>
    </message>
    <message>
        <source>Complaints by category, this period</source>
        <translation>Complaints by category, this period</translation>
    </message>
    <message>
        <source>Arrears by aging (yuan)</source>
        <translation>Arrears by aging (yuan)</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>Nothing to show for this period.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Counting the figures of {period}…</source>
        <translation>Counting the figures of {period}…</translation>
    </message>
    <message>
        <source> (today)</source>
        <translation> (today)</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>{period}: {n} figures; {m} miss their target.</source>
        <translation>{period}: {n} figures; {m} miss their target.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No figure of {period} is open to your account.</source>
        <translation>No figure of {period} is open to your account.</translation>
    </message>
    <message>
        <source>{n} figures exported to {path}</source>
        <translation>{n} figures exported to {path}</translation>
    </message>
</context>
<context>
    <name>MoveIn</name>
    <message>
        <source>{code} is {state}: only a room sold and not yet handed over (已售未交付) can be handed over to its owner</source>
        <extracomment>what the owner does with the unit once handed over (§4.13 step 7: occupancy 空置/自住)</extracomment>
        <translation>{code} is {state}: only a room sold and not yet handed over (已售未交付) can be handed over to its owner</translation>
    </message>
    <message>
        <source>{code} already has the move-in {number} in progress</source>
        <translation>{code} already has the move-in {number} in progress</translation>
    </message>
    <message>
        <source>Documents missing: {docs}. Check them before the joint inspection</source>
        <translation>Documents missing: {docs}. Check them before the joint inspection</translation>
    </message>
    <message>
        <source>{name} is not the buyer of {code} on the developer's handover list ({buyer}): check the identity, or the developer confirms the sale first</source>
        <translation>{name} is not the buyer of {code} on the developer's handover list ({buyer}): check the identity, or the developer confirms the sale first</translation>
    </message>
    <message>
        <source>Keys are handed over only after the fees are paid (parameter “Hand over keys only after fees and agreements”)</source>
        <translation>Keys are handed over only after the fees are paid (parameter “Hand over keys only after fees and agreements”)</translation>
    </message>
    <message>
        <source>Sign the preliminary property service agreement and the management rules first</source>
        <translation>Sign the preliminary property service agreement and the management rules first</translation>
    </message>
    <message>
        <source>The fee start date ({start}) cannot be before the handover date ({handover})</source>
        <translation>The fee start date ({start}) cannot be before the handover date ({handover})</translation>
    </message>
    <message>
        <source>At most {months} months of fees can be paid in advance</source>
        <translation>At most {months} months of fees can be paid in advance</translation>
    </message>
    <message>
        <source>The handover date cannot be in the future</source>
        <translation>The handover date cannot be in the future</translation>
    </message>
    <message>
        <source>Key {slot} of the room is not in the cabinet ({state}): take it back first</source>
        <translation>Key {slot} of the room is not in the cabinet ({state}): take it back first</translation>
    </message>
    <message>
        <source>The owner signs the inspection sheet (tick “Owner signed”)</source>
        <translation>The owner signs the inspection sheet (tick “Owner signed”)</translation>
    </message>
    <message>
        <source>An agent shows their own ID: give the agent's document number</source>
        <translation>An agent shows their own ID: give the agent's document number</translation>
    </message>
    <message>
        <source>Line {line}: write a family member as “name phone”, such as 王小明 13800001111</source>
        <translation>Line {line}: write a family member as “name phone”, such as 王小明 13800001111</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Owner (buyer)</source>
        <translation>Owner (buyer)</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Agent (empty: the owner in person)</source>
        <translation>Agent (empty: the owner in person)</translation>
    </message>
    <message>
        <source>Agent's ID no.</source>
        <translation>Agent's ID no.</translation>
    </message>
    <message>
        <source>Move-in notice no.</source>
        <translation>Move-in notice no.</translation>
    </message>
    <message>
        <source>Move-in notice (入住通知书)</source>
        <translation>Move-in notice (入住通知书)</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>Purchase contract or invoice</source>
        <translation>Purchase contract or invoice</translation>
    </message>
    <message>
        <source>Agent's authorisation letter</source>
        <translation>Agent's authorisation letter</translation>
    </message>
    <message>
        <source>Copies of the documents</source>
        <translation>Copies of the documents</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>Inspected with (engineering, developer)</source>
        <translation>Inspected with (engineering, developer)</translation>
    </message>
    <message>
        <source>Water meter</source>
        <translation>Water meter</translation>
    </message>
    <message>
        <source>Electricity meter</source>
        <translation>Electricity meter</translation>
    </message>
    <message>
        <source>Gas meter</source>
        <translation>Gas meter</translation>
    </message>
    <message>
        <source>Owner signed the inspection sheet</source>
        <translation>Owner signed the inspection sheet</translation>
    </message>
    <message>
        <source>Signed sheet or signature</source>
        <translation>Signed sheet or signature</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Empty: today</source>
        <translation>Empty: today</translation>
    </message>
    <message>
        <source>Signed agreements</source>
        <translation>Signed agreements</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>Months paid in advance</source>
        <translation>Months paid in advance</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>Keys handed over</translation>
    </message>
    <message>
        <source>Access cards issued</source>
        <translation>Access cards issued</translation>
    </message>
    <message>
        <source>Card numbers</source>
        <translation>Card numbers</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>The owner</translation>
    </message>
    <message>
        <source>Received by (signature)</source>
        <translation>Received by (signature)</translation>
    </message>
    <message>
        <source>Family members (one a line: name phone)</source>
        <translation>Family members (one a line: name phone)</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Emergency contact's phone</source>
        <translation>Emergency contact's phone</translation>
    </message>
    <message>
        <source>Vehicles (plates)</source>
        <translation>Vehicles (plates)</translation>
    </message>
    <message>
        <source>Why the owner does not take the unit</source>
        <translation>Why the owner does not take the unit</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Fees start</source>
        <translation>Fees start</translation>
    </message>
    <message>
        <source>Cabinet keys</source>
        <translation>Cabinet keys</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>No header row found: the first rows of the sheet need the columns 房号 and 购房人</source>
        <translation>No header row found: the first rows of the sheet need the columns 房号 and 购房人</translation>
    </message>
    <message>
        <source>The room is empty</source>
        <translation>The room is empty</translation>
    </message>
    <message>
        <source>The buyer's name is empty</source>
        <translation>The buyer's name is empty</translation>
    </message>
    <message>
        <source>There is no room {code} in this estate</source>
        <translation>There is no room {code} in this estate</translation>
    </message>
    <message>
        <source>{code} is handed over already</source>
        <translation>{code} is handed over already</translation>
    </message>
    <message>
        <source>{code} is on row {row} of this file already</source>
        <translation>{code} is on row {row} of this file already</translation>
    </message>
    <message>
        <source>{code} is unsold in the registry: the developer's list says it is sold</source>
        <translation>{code} is unsold in the registry: the developer's list says it is sold</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Imported, the room's earlier line replaced</source>
        <translation>Imported, the room's earlier line replaced</translation>
    </message>
    <message>
        <source>Move-in {code}: {item}</source>
        <translation>Move-in {code}: {item}</translation>
    </message>
    <message>
        <source>Defect found at the joint inspection of {number}: {note}</source>
        <translation>Defect found at the joint inspection of {number}: {note}</translation>
    </message>
    <message>
        <source>Move-in {number}</source>
        <translation>Move-in {number}</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Developer's handover list</source>
        <translation>Developer's handover list</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>matched</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>not on the list</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Meters (water / electricity / gas)</source>
        <translation>Meters (water / electricity / gas)</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
    <message>
        <source>On hold because</source>
        <translation>On hold because</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>Fees paid</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Access cards</source>
        <translation>Access cards</translation>
    </message>
    <message>
        <source>Not on the developer's handover list: the developer confirms the sale</source>
        <translation>Not on the developer's handover list: the developer confirms the sale</translation>
    </message>
    <message>
        <source>Keys handed over: the fees are still to be paid</source>
        <translation>Keys handed over: the fees are still to be paid</translation>
    </message>
    <message>
        <source>defects sent to engineering: {n}</source>
        <translation>defects sent to engineering: {n}</translation>
    </message>
    <message>
        <source>This move-in no longer exists</source>
        <translation>This move-in no longer exists</translation>
    </message>
    <message>
        <source>Move-ins in progress</source>
        <translation>Move-ins in progress</translation>
    </message>
    <message>
        <source>{n} on hold</source>
        <translation>{n} on hold</translation>
    </message>
    <message>
        <source>keys handed over, fees to pay</source>
        <translation>keys handed over, fees to pay</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>There is no move-in {number}</source>
        <translation>There is no move-in {number}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>the finding last: it takes what the narrow detail pane leaves</extracomment>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Defect</translation>
    </message>
    <message>
        <source>Work slip</source>
        <translation>Work slip</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>RZ No., room or owner</source>
        <translation>RZ No., room or owner</translation>
    </message>
    <message>
        <source>Choose a move-in on the left to inspect the unit, sign, collect the fees, hand over the keys …</source>
        <translation>Choose a move-in on the left to inspect the unit, sign, collect the fees, hand over the keys …</translation>
    </message>
    <message>
        <source>No move-in is in progress. Press Ctrl+N to register an owner who comes with the move-in notice.</source>
        <translation>No move-in is in progress. Press Ctrl+N to register an owner who comes with the move-in notice.</translation>
    </message>
    <message>
        <source>No move-in is on hold.</source>
        <translation>No move-in is on hold.</translation>
    </message>
    <message>
        <source>Move-ins</source>
        <translation>Move-ins</translation>
    </message>
    <message>
        <source>Register a move-in</source>
        <translation>Register a move-in</translation>
    </message>
    <message>
        <source>Register a move-in (零星入住)</source>
        <translation>Register a move-in (零星入住)</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>Registration form</translation>
    </message>
    <message>
        <source>Inspection sheet</source>
        <translation>Inspection sheet</translation>
    </message>
    <message>
        <source>Keys and papers receipt</source>
        <translation>Keys and papers receipt</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>Household card</translation>
    </message>
    <message>
        <source>Import handover list…</source>
        <translation>Import handover list…</translation>
    </message>
    <message>
        <source>The developer's list of the sold units and their buyers</source>
        <translation>The developer's list of the sold units and their buyers</translation>
    </message>
</context>
<context>
    <name>MoveInPage</name>
    <message>
        <source>This month: handed over {n}</source>
        <translation>This month: handed over {n}</translation>
    </message>
    <message>
        <source>keys handed {n}</source>
        <translation>keys handed {n}</translation>
    </message>
    <message>
        <source>in progress {n}</source>
        <translation>in progress {n}</translation>
    </message>
    <message>
        <source>on hold {n}</source>
        <translation>on hold {n}</translation>
    </message>
    <message>
        <source>occupancy {rate} ({o} of {d} handed-over units lived in)</source>
        <translation>occupancy {rate} ({o} of {d} handed-over units lived in)</translation>
    </message>
</context>
<context>
    <name>MoveOutPage</name>
    <message>
        <source>Refund the deposit of {number}</source>
        <translation>Refund the deposit of {number}</translation>
    </message>
    <message>
        <source>Deposit refunded: {number}.</source>
        <translation>Deposit refunded: {number}.</translation>
    </message>
</context>
<context>
    <name>Moveout</name>
    <message>
        <source>{room} has no open lease: a move-out ends a registered tenant's lease</source>
        <translation>{room} has no open lease: a move-out ends a registered tenant's lease</translation>
    </message>
    <message>
        <source>{room} already has a move-out under way ({number})</source>
        <translation>{room} already has a move-out under way ({number})</translation>
    </message>
    <message>
        <source>A {kind} move-out is applied for at least {days} days ahead: move out on {day} at the earliest</source>
        <translation>A {kind} move-out is applied for at least {days} days ahead: move out on {day} at the earliest</translation>
    </message>
    <message>
        <source>The move-out date cannot be before the application ({day})</source>
        <translation>The move-out date cannot be before the application ({day})</translation>
    </message>
    <message>
        <source>Attach the owner's signed consent or written authorisation</source>
        <translation>Attach the owner's signed consent or written authorisation</translation>
    </message>
    <message>
        <source>The owner's confirmation cannot be later than now</source>
        <translation>The owner's confirmation cannot be later than now</translation>
    </message>
    <message>
        <source>Damage line {n}: write the place, the damage and the amount (客厅 墙面污损 200)</source>
        <translation>Damage line {n}: write the place, the damage and the amount (客厅 墙面污损 200)</translation>
    </message>
    <message>
        <source>{room} still owes {amount} ({bills} bills up to {day}): settle every fee through the cashier first</source>
        <translation>{room} still owes {amount} ({bills} bills up to {day}): settle every fee through the cashier first</translation>
    </message>
    <message>
        <source>Record the cards, keys and passes handed back first</source>
        <translation>Record the cards, keys and passes handed back first</translation>
    </message>
    <message>
        <source>{n} of {issued} access cards are not back: charge them or note why</source>
        <translation>{n} of {issued} access cards are not back: charge them or note why</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the deposits held less deductions ({left})</source>
        <translation>A refund of {amount} is more than the deposits held less deductions ({left})</translation>
    </message>
    <message>
        <source>Give the reason for the deduction</source>
        <translation>Give the reason for the deduction</translation>
    </message>
    <message>
        <source>{room}'s move-out {number} is {state}: goods leave only after the settlement</source>
        <translation>{room}'s move-out {number} is {state}: goods leave only after the settlement</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Applicant is</source>
        <translation>Applicant is</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Empty: the lease's tenant</source>
        <translation>Empty: the lease's tenant</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Moving out on</source>
        <translation>Moving out on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Owner agreed by</source>
        <translation>Owner agreed by</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Agreed at</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Signed consent or authorisation</source>
        <translation>Signed consent or authorisation</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>Inspected by</translation>
    </message>
    <message>
        <source>Damage and compensation</source>
        <translation>Damage and compensation</translation>
    </message>
    <message>
        <source>One a line: place, damage, amount (客厅 墙面污损 200)</source>
        <translation>One a line: place, damage, amount (客厅 墙面污损 200)</translation>
    </message>
    <message>
        <source>Repairs notified in writing</source>
        <translation>Repairs notified in writing</translation>
    </message>
    <message>
        <source>Access cards back</source>
        <translation>Access cards back</translation>
    </message>
    <message>
        <source>Keys back</source>
        <translation>Keys back</translation>
    </message>
    <message>
        <source>Passes back</source>
        <translation>Passes back</translation>
    </message>
    <message>
        <source>Charge for what is missing</source>
        <translation>Charge for what is missing</translation>
    </message>
    <message>
        <source>What is missing, and why</source>
        <translation>What is missing, and why</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>Moved out on</translation>
    </message>
    <message>
        <source>Release slip no.</source>
        <translation>Release slip no.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <source>Reason for the deduction</source>
        <translation>Reason for the deduction</translation>
    </message>
    <message>
        <source>commercial</source>
        <translation>commercial</translation>
    </message>
    <message>
        <source>residential</source>
        <translation>residential</translation>
    </message>
    <message>
        <source>This move-out no longer exists</source>
        <extracomment>the deposits a move-out gives back (a renovation deposit goes back through its own case)</extracomment>
        <translation>This move-out no longer exists</translation>
    </message>
    <message>
        <source>The fee item PC (赔偿费) is not set up: add it under Fee items</source>
        <translation>The fee item PC (赔偿费) is not set up: add it under Fee items</translation>
    </message>
    <message>
        <source>Cards or keys not handed back</source>
        <translation>Cards or keys not handed back</translation>
    </message>
    <message>
        <source>Application and notice</source>
        <translation>Application and notice</translation>
    </message>
    <message>
        <source>moving out on {day}</source>
        <translation>moving out on {day}</translation>
    </message>
    <message>
        <source>Owner's consent</source>
        <translation>Owner's consent</translation>
    </message>
    <message>
        <source>still to confirm with the owner</source>
        <translation>still to confirm with the owner</translation>
    </message>
    <message>
        <source>Unit inspection</source>
        <translation>Unit inspection</translation>
    </message>
    <message>
        <source>by {who}: {n} damages, compensation {amount}</source>
        <translation>by {who}: {n} damages, compensation {amount}</translation>
    </message>
    <message>
        <source>engineering inspects against the move-in list</source>
        <translation>engineering inspects against the move-in list</translation>
    </message>
    <message>
        <source>Cards, keys and passes back</source>
        <translation>Cards, keys and passes back</translation>
    </message>
    <message>
        <source>cards {back} of {issued}, keys {keys}, passes {passes}</source>
        <translation>cards {back} of {issued}, keys {keys}, passes {passes}</translation>
    </message>
    <message>
        <source>{n} access cards issued on the lease</source>
        <translation>{n} access cards issued on the lease</translation>
    </message>
    <message>
        <source>Fees settled up to the move-out date</source>
        <translation>Fees settled up to the move-out date</translation>
    </message>
    <message>
        <source>still owes {amount} ({bills} bills)</source>
        <translation>still owes {amount} ({bills} bills)</translation>
    </message>
    <message>
        <source>nothing owed</source>
        <translation>nothing owed</translation>
    </message>
    <message>
        <source>Goods may leave</source>
        <translation>Goods may leave</translation>
    </message>
    <message>
        <source>after the settlement</source>
        <translation>after the settlement</translation>
    </message>
    <message>
        <source>Tenant moved out, lease ended</source>
        <translation>Tenant moved out, lease ended</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>Deposit refunded</translation>
    </message>
    <message>
        <source>held {held}, deducted {deducted}, refunded {refunded}</source>
        <translation>held {held}, deducted {deducted}, refunded {refunded}</translation>
    </message>
    <message>
        <source>deposits held {held}</source>
        <translation>deposits held {held}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>Move-in checklist</source>
        <translation>Move-in checklist</translation>
    </message>
    <message>
        <source>none on record: the room was handed over before this system</source>
        <translation>none on record: the room was handed over before this system</translation>
    </message>
    <message>
        <source>{number}: {n} items, {d} with defects at move-in{which}</source>
        <translation>{number}: {n} items, {d} with defects at move-in{which}</translation>
    </message>
    <message>
        <source>Fees still owed</source>
        <translation>Fees still owed</translation>
    </message>
    <message>
        <source>Move-outs under way</source>
        <extracomment>a move-out in these states is done: the tenant has left</extracomment>
        <translation>Move-outs under way</translation>
    </message>
    <message>
        <source>{n} deposit refunds due</source>
        <translation>{n} deposit refunds due</translation>
    </message>
    <message>
        <source>Move-outs to clear</source>
        <translation>Move-outs to clear</translation>
    </message>
    <message>
        <source>Move-outs</source>
        <translation>Move-outs</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No move-out has the number {number}</source>
        <translation>No move-out has the number {number}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Past the move-out date</source>
        <translation>Past the move-out date</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Room or CZ No.</source>
        <translation>Room or CZ No.</translation>
    </message>
    <message>
        <source>Choose a move-out in the list to see what is still open, or apply with Ctrl+N.</source>
        <translation>Choose a move-out in the list to see what is still open, or apply with Ctrl+N.</translation>
    </message>
    <message>
        <source>No move-outs. Press Ctrl+N when a tenant gives notice.</source>
        <translation>No move-outs. Press Ctrl+N when a tenant gives notice.</translation>
    </message>
    <message>
        <source>New move-out</source>
        <translation>New move-out</translation>
    </message>
    <message>
        <source>A tenant gives notice</source>
        <translation>A tenant gives notice</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>Household card</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>Inspection sheet</source>
        <translation>Inspection sheet</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Refund approval</source>
        <translation>Refund approval</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Work log</translation>
    </message>
    <message>
        <source>Visitor reception</source>
        <translation>Visitor reception</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Information relay</source>
        <translation>Information relay</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <source>Site supervision</source>
        <translation>Site supervision</translation>
    </message>
    <message>
        <source>Goods release</source>
        <translation>Goods release</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation>Vacant units</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>Move-ins</source>
        <translation>Move-ins</translation>
    </message>
    <message>
        <source>Move-outs</source>
        <translation>Move-outs</translation>
    </message>
    <message>
        <source>Common-area patrol</source>
        <translation>Common-area patrol</translation>
    </message>
    <message>
        <source>Estate registry</source>
        <translation>Estate registry</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>{field} must be a date and time such as 2026-06-12 08:00</source>
        <translation>{field} must be a date and time such as 2026-06-12 08:00</translation>
    </message>
    <message>
        <source>{field}: there is no such date or time</source>
        <translation>{field}: there is no such date or time</translation>
    </message>
    <message>
        <source>{field}: give a date between 2000 and 2099</source>
        <translation>{field}: give a date between 2000 and 2099</translation>
    </message>
    <message>
        <source>“Valid until” cannot be before the time the notice applies</source>
        <translation>“Valid until” cannot be before the time the notice applies</translation>
    </message>
    <message>
        <source>The notice applies immediately: notices should be posted {required} h ahead. Publish it anyway only if it is an emergency.</source>
        <translation>The notice applies immediately: notices should be posted {required} h ahead. Publish it anyway only if it is an emergency.</translation>
    </message>
    <message>
        <source>Only {hours} h before the notice applies: notices should be posted {required} h ahead.</source>
        <translation>Only {hours} h before the notice applies: notices should be posted {required} h ahead.</translation>
    </message>
    <message>
        <source>The whole estate already includes every building: remove the other parts of the scope</source>
        <translation>The whole estate already includes every building: remove the other parts of the scope</translation>
    </message>
    <message>
        <source>“{part}” is not a building (3栋), a unit (3栋2单元) or a room (3-2-1502)</source>
        <translation>“{part}” is not a building (3栋), a unit (3栋2单元) or a room (3-2-1502)</translation>
    </message>
    <message>
        <source>“{part}” is not a room: type room codes such as 3-2-1502</source>
        <translation>“{part}” is not a room: type room codes such as 3-2-1502</translation>
    </message>
    <message>
        <source>Type at least one room code, such as 3-2-1502</source>
        <translation>Type at least one room code, such as 3-2-1502</translation>
    </message>
    <message>
        <source>Unknown channel {code}</source>
        <translation>Unknown channel {code}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Lead time (h)</source>
        <translation>Lead time (h)</translation>
    </message>
    <message>
        <source>Lead time too short</source>
        <translation>Lead time too short</translation>
    </message>
    <message>
        <source>The notice was valid until {at}: change its dates first</source>
        <translation>The notice was valid until {at}: change its dates first</translation>
    </message>
    <message>
        <source>An archived notice can no longer be changed.</source>
        <translation>An archived notice can no longer be changed.</translation>
    </message>
    <message>
        <source>The photo must be a picture (JPEG, PNG, BMP or HEIC)</source>
        <translation>The photo must be a picture (JPEG, PNG, BMP or HEIC)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Issuing department</source>
        <translation>Issuing department</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Posted at</source>
        <translation>Posted at</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation>Delivered at</translation>
    </message>
    <message>
        <source>How it was delivered</source>
        <extracomment>handed over in person unless said otherwise</extracomment>
        <translation>How it was delivered</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>The contact phone may hold only digits, spaces, - ( ) + and 转</source>
        <translation>The contact phone may hold only digits, spaces, - ( ) + and 转</translation>
    </message>
    <message>
        <source>This notice no longer exists</source>
        <translation>This notice no longer exists</translation>
    </message>
    <message>
        <source>No estate has been set up yet</source>
        <extracomment>times typed a little ahead of the desk's clock (two PCs' clocks differ) are accepted</extracomment>
        <translation>No estate has been set up yet</translation>
    </message>
    <message>
        <source>There is no building {no}</source>
        <translation>There is no building {no}</translation>
    </message>
    <message>
        <source>There is no unit {unit} in building {no}</source>
        <translation>There is no unit {unit} in building {no}</translation>
    </message>
    <message>
        <source>There is no room {code}</source>
        <translation>There is no room {code}</translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation>{field} cannot be in the future</translation>
    </message>
    <message>
        <source>{field} cannot be before the notice was approved ({at})</source>
        <translation>{field} cannot be before the notice was approved ({at})</translation>
    </message>
    <message>
        <source>The notice is {state}: it can no longer be edited</source>
        <translation>The notice is {state}: it can no longer be edited</translation>
    </message>
    <message>
        <source>The notice has recipients: remove them before making it a public notice</source>
        <translation>The notice has recipients: remove them before making it a public notice</translation>
    </message>
    <message>
        <source>The notice to correct does not exist</source>
        <translation>The notice to correct does not exist</translation>
    </message>
    <message>
        <source>Only an issued notice can be corrected</source>
        <translation>Only an issued notice can be corrected</translation>
    </message>
    <message>
        <source>An individual notice is delivered, not posted: archive it once every recipient has signed or refused</source>
        <translation>An individual notice is delivered, not posted: archive it once every recipient has signed or refused</translation>
    </message>
    <message>
        <source>Record the notice's removal from the boards before archiving it</source>
        <translation>Record the notice's removal from the boards before archiving it</translation>
    </message>
    <message>
        <source>{n} recipient(s) have not signed or refused yet</source>
        <translation>{n} recipient(s) have not signed or refused yet</translation>
    </message>
    <message>
        <source>An individual notice is delivered to its recipients, not posted</source>
        <translation>An individual notice is delivered to its recipients, not posted</translation>
    </message>
    <message>
        <source>The notice expired on {at}: take it down instead of posting it</source>
        <translation>The notice expired on {at}: take it down instead of posting it</translation>
    </message>
    <message>
        <source>The notice is already recorded as posted at {place}</source>
        <translation>The notice is already recorded as posted at {place}</translation>
    </message>
    <message>
        <source>A recipient's name goes with one room: add the rooms one by one</source>
        <translation>A recipient's name goes with one room: add the rooms one by one</translation>
    </message>
    <message>
        <source>Only an individual notice has recipients; a public notice has a scope</source>
        <translation>Only an individual notice has recipients; a public notice has a scope</translation>
    </message>
    <message>
        <source>The notice is {state}: recipients can no longer be added</source>
        <translation>The notice is {state}: recipients can no longer be added</translation>
    </message>
    <message>
        <source>Nobody is registered in {code}: type the recipient's name</source>
        <translation>Nobody is registered in {code}: type the recipient's name</translation>
    </message>
    <message>
        <source>{code} {name} is already a recipient</source>
        <translation>{code} {name} is already a recipient</translation>
    </message>
    <message>
        <source>This recipient is no longer on the list</source>
        <translation>This recipient is no longer on the list</translation>
    </message>
    <message>
        <source>The delivery to {name} is recorded: the recipient stays on the list</source>
        <translation>The delivery to {name} is recorded: the recipient stays on the list</translation>
    </message>
    <message>
        <source>The notice is {state}: its recipients can no longer change</source>
        <translation>The notice is {state}: its recipients can no longer change</translation>
    </message>
    <message>
        <source>Publish the notice before recording its delivery (it is {state})</source>
        <translation>Publish the notice before recording its delivery (it is {state})</translation>
    </message>
    <message>
        <source>Expired, still posted</source>
        <translation>Expired, still posted</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>the filter chips of the list: view code → label</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Removed or archived</source>
        <translation>Removed or archived</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{n} recipient(s)</source>
        <translation>{n} recipient(s)</translation>
    </message>
    <message>
        <source>{signed} signed, {refused} refused, {pending} to deliver</source>
        <translation>{signed} signed, {refused} refused, {pending} to deliver</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>at publication</source>
        <translation>at publication</translation>
    </message>
    <message>
        <source>if published now</source>
        <translation>if published now</translation>
    </message>
    <message>
        <source>drafted by {name}</source>
        <translation>drafted by {name}</translation>
    </message>
    <message>
        <source>approved by {name} {at}</source>
        <translation>approved by {name} {at}</translation>
    </message>
    <message>
        <source>returned: {note}</source>
        <translation>returned: {note}</translation>
    </message>
    <message>
        <source>published by {name} {at}</source>
        <translation>published by {name} {at}</translation>
    </message>
    <message>
        <source>removed by {name} {at}</source>
        <translation>removed by {name} {at}</translation>
    </message>
    <message>
        <source>corrects {number}</source>
        <translation>corrects {number}</translation>
    </message>
    <message>
        <source>corrected by {number}</source>
        <translation>corrected by {number}</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>{hours} h {when} (needed: {required} h)</source>
        <translation>{hours} h {when} (needed: {required} h)</translation>
    </message>
    <message>
        <source>expired on {at}: take it down from the boards and record the removal</source>
        <translation>expired on {at}: take it down from the boards and record the removal</translation>
    </message>
    <message>
        <source>expires on {at}</source>
        <translation>expires on {at}</translation>
    </message>
    <message>
        <source>{n} expiring soon · {m} pending approval</source>
        <translation>{n} expiring soon · {m} pending approval</translation>
    </message>
    <message>
        <source>Notices to take down</source>
        <translation>Notices to take down</translation>
    </message>
    <message>
        <source>{title} — expired {at}</source>
        <translation>{title} — expired {at}</translation>
    </message>
    <message>
        <source>Notices pending approval</source>
        <translation>Notices pending approval</translation>
    </message>
    <message>
        <source>{title} — applies from {at}</source>
        <translation>{title} — applies from {at}</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>There is no notice {number}</source>
        <translation>There is no notice {number}</translation>
    </message>
    <message>
        <source>Only an individual notice has a sign sheet</source>
        <translation>Only an individual notice has a sign sheet</translation>
    </message>
    <message>
        <source>e.g. 关于3号楼二次供水水箱清洗停水的通知</source>
        <translation>e.g. 关于3号楼二次供水水箱清洗停水的通知</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>全小区, or buildings, units and rooms: 3栋, 5栋2单元, 3-2-1502</source>
        <translation>全小区, or buildings, units and rooms: 3栋, 5栋2单元, 3-2-1502</translation>
    </message>
    <message>
        <source>Opinion</source>
        <extracomment>the notice's own fields, in the editor's order (the channels are ticks of :class:`Channel`)</extracomment>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Rooms</source>
        <extracomment>who received a notice (a room and, optionally, the person)</extracomment>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Room codes, e.g. 3-2-1502 3-2-1503</source>
        <translation>Room codes, e.g. 3-2-1502 3-2-1503</translation>
    </message>
    <message>
        <source>Empty: the room's owner as registered</source>
        <translation>Empty: the room's owner as registered</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Signed by / witness</source>
        <translation>Signed by / witness</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Title or number (Ctrl+F)</source>
        <translation>Title or number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Choose a notice on the left.</source>
        <translation>Choose a notice on the left.</translation>
    </message>
    <message>
        <source>No notices here yet. Press “New notice” (Ctrl+N) to draft one.</source>
        <translation>No notices here yet. Press “New notice” (Ctrl+N) to draft one.</translation>
    </message>
    <message>
        <source>No expired notice is still on the boards.</source>
        <translation>No expired notice is still on the boards.</translation>
    </message>
    <message>
        <source>No notice is waiting for approval.</source>
        <translation>No notice is waiting for approval.</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>New notice</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Add recipients…</source>
        <translation>Add recipients…</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <source>Print sign sheet</source>
        <translation>Print sign sheet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Notice index</source>
        <translation>Notice index</translation>
    </message>
    <message>
        <source>Official No.</source>
        <translation>Official No.</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Applies</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Residents must prepare (longer lead time)</source>
        <translation>Residents must prepare (longer lead time)</translation>
    </message>
    <message>
        <source>Individual notice, delivered to named recipients</source>
        <translation>Individual notice, delivered to named recipients</translation>
    </message>
    <message>
        <source>The reason, the time window, the places concerned, what residents should do, and what happens otherwise. One paragraph per line.</source>
        <translation>The reason, the time window, the places concerned, what residents should do, and what happens otherwise. One paragraph per line.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Tick the whole estate, buildings or units</source>
        <translation>Tick the whole estate, buildings or units</translation>
    </message>
    <message>
        <source>Named recipients: add them on the notice's Recipients tab after saving</source>
        <translation>Named recipients: add them on the notice's Recipients tab after saving</translation>
    </message>
    <message>
        <source>The scope may stay empty while drafting; submitting needs it.</source>
        <translation>The scope may stay empty while drafting; submitting needs it.</translation>
    </message>
    <message>
        <source>Edit notice {number}</source>
        <translation>Edit notice {number}</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>Correction notice</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>New notice</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Postings</translation>
    </message>
    <message>
        <source>Not posted anywhere yet: record where it went up (“Record a posting”).</source>
        <translation>Not posted anywhere yet: record where it went up (“Record a posting”).</translation>
    </message>
    <message>
        <source>This month: issued {n}</source>
        <translation>This month: issued {n}</translation>
    </message>
    <message>
        <source>posted in time {rate}</source>
        <translation>posted in time {rate}</translation>
    </message>
    <message>
        <source>delivered and signed {signed}/{due}, refused {refused}</source>
        <translation>delivered and signed {signed}/{due}, refused {refused}</translation>
    </message>
    <message>
        <source>expired, not taken down {n}</source>
        <translation>expired, not taken down {n}</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>Correction notice</translation>
    </message>
    <message>
        <source>Draft a correction notice for {number} now?</source>
        <translation>Draft a correction notice for {number} now?</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Take off the list</translation>
    </message>
    <message>
        <source>No recipients yet: add them by room code.</source>
        <translation>No recipients yet: add them by room code.</translation>
    </message>
    <message>
        <source>{n} to deliver · print the sign sheet, deliver, then record each signature or refusal.</source>
        <translation>{n} to deliver · print the sign sheet, deliver, then record each signature or refusal.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Take {room} {name} off the recipients?</source>
        <translation>Take {room} {name} off the recipients?</translation>
    </message>
</context>
<context>
    <name>NotifyBy</name>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>“{text}” is not a document number (such as TS20250612-0003)</source>
        <translation>“{text}” is not a document number (such as TS20250612-0003)</translation>
    </message>
</context>
<context>
    <name>OpenItems</name>
    <message>
        <source>Work-log requests without a result</source>
        <translation>Work-log requests without a result</translation>
    </message>
    <message>
        <source>… and {n} older ones (see the work log)</source>
        <translation>… and {n} older ones (see the work log)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Cancelled.</source>
        <extracomment>a printed list longer than this is refused (narrow the filter, or export to Excel, which streams) record kinds whose change notices make this page refresh the title of the page's printed list and Excel sheet; ``None``: the page has no list report the permission exporting the list to Excel needs (checked on the worker), if any</extracomment>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Preparing the list…</source>
        <translation>Preparing the list…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>{n} rows exported to {path}</source>
        <translation>{n} rows exported to {path}</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>The list has more than {n} rows: narrow the filter, or export it to Excel.</source>
        <extracomment>rows an export fetches at a time (a page query's fixed cost spread over more rows) an export counts its list up to this for the progress total (the list's own count stops earlier)</extracomment>
        <translation>The list has more than {n} rows: narrow the filter, or export it to Excel.</translation>
    </message>
</context>
<context>
    <name>Param</name>
    <message>
        <source>Failed sign-ins before the account locks</source>
        <translation>Failed sign-ins before the account locks</translation>
    </message>
    <message>
        <source>Account lock after failed sign-ins</source>
        <translation>Account lock after failed sign-ins</translation>
    </message>
    <message>
        <source>Lock the window after idle time</source>
        <translation>Lock the window after idle time</translation>
    </message>
    <message>
        <source>Back up automatically every day</source>
        <translation>Back up automatically every day</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <source>Time to reach the host of a visitor</source>
        <translation>Time to reach the host of a visitor</translation>
    </message>
    <message>
        <source>Initial reply, urgent complaint</source>
        <translation>Initial reply, urgent complaint</translation>
    </message>
    <message>
        <source>Initial reply, general complaint</source>
        <translation>Initial reply, general complaint</translation>
    </message>
    <message>
        <source>Resolution, urgent complaint</source>
        <translation>Resolution, urgent complaint</translation>
    </message>
    <message>
        <source>Resolution, general complaint</source>
        <translation>Resolution, general complaint</translation>
    </message>
    <message>
        <source>Progress report interval, urgent complaint</source>
        <translation>Progress report interval, urgent complaint</translation>
    </message>
    <message>
        <source>Progress report interval, general complaint</source>
        <translation>Progress report interval, general complaint</translation>
    </message>
    <message>
        <source>Escalate to the manager at this multiple of a deadline</source>
        <translation>Escalate to the manager at this multiple of a deadline</translation>
    </message>
    <message>
        <source>Reopenings that mark a repeat complaint</source>
        <translation>Reopenings that mark a repeat complaint</translation>
    </message>
    <message>
        <source>Follow-up deadline after a complaint is resolved</source>
        <translation>Follow-up deadline after a complaint is resolved</translation>
    </message>
    <message>
        <source>Complaints followed up</source>
        <translation>Complaints followed up</translation>
    </message>
    <message>
        <source>Repairs followed up</source>
        <translation>Repairs followed up</translation>
    </message>
    <message>
        <source>Day of the month for the repair follow-up batch</source>
        <translation>Day of the month for the repair follow-up batch</translation>
    </message>
    <message>
        <source>Community-activity participants followed up</source>
        <translation>Community-activity participants followed up</translation>
    </message>
    <message>
        <source>Follow-up deadline after an activity</source>
        <translation>Follow-up deadline after an activity</translation>
    </message>
    <message>
        <source>Routine visits per household per year</source>
        <translation>Routine visits per household per year</translation>
    </message>
    <message>
        <source>Satisfaction surveys per year</source>
        <translation>Satisfaction surveys per year</translation>
    </message>
    <message>
        <source>Failed contact attempts before a follow-up is given up</source>
        <translation>Failed contact attempts before a follow-up is given up</translation>
    </message>
    <message>
        <source>Post a notice at least this long before it applies</source>
        <translation>Post a notice at least this long before it applies</translation>
    </message>
    <message>
        <source>Lead time when residents must prepare</source>
        <translation>Lead time when residents must prepare</translation>
    </message>
    <message>
        <source>Inspect each vacant unit every</source>
        <translation>Inspect each vacant unit every</translation>
    </message>
    <message>
        <source>Air each vacant unit every</source>
        <translation>Air each vacant unit every</translation>
    </message>
    <message>
        <source>Clean each unrenovated unit every</source>
        <translation>Clean each unrenovated unit every</translation>
    </message>
    <message>
        <source>Inspect vacant units after a storm within</source>
        <translation>Inspect vacant units after a storm within</translation>
    </message>
    <message>
        <source>Lent keys are due back on the same working day by</source>
        <translation>Lent keys are due back on the same working day by</translation>
    </message>
    <message>
        <source>Count the key cabinet every</source>
        <translation>Count the key cabinet every</translation>
    </message>
    <message>
        <source>Keep key records for</source>
        <translation>Keep key records for</translation>
    </message>
    <message>
        <source>Apply at least this long before work starts</source>
        <translation>Apply at least this long before work starts</translation>
    </message>
    <message>
        <source>Review an application within</source>
        <translation>Review an application within</translation>
    </message>
    <message>
        <source>Longest renovation period</source>
        <translation>Longest renovation period</translation>
    </message>
    <message>
        <source>Working hours on weekdays start at</source>
        <translation>Working hours on weekdays start at</translation>
    </message>
    <message>
        <source>Working hours on weekdays end at</source>
        <translation>Working hours on weekdays end at</translation>
    </message>
    <message>
        <source>Working hours on weekends and holidays start at</source>
        <translation>Working hours on weekends and holidays start at</translation>
    </message>
    <message>
        <source>Working hours on weekends and holidays end at</source>
        <translation>Working hours on weekends and holidays end at</translation>
    </message>
    <message>
        <source>Midday quiet time starts at</source>
        <translation>Midday quiet time starts at</translation>
    </message>
    <message>
        <source>Midday quiet time ends at</source>
        <translation>Midday quiet time ends at</translation>
    </message>
    <message>
        <source>Allow work on weekends and holidays</source>
        <translation>Allow work on weekends and holidays</translation>
    </message>
    <message>
        <source>Long-term worker pass valid for</source>
        <translation>Long-term worker pass valid for</translation>
    </message>
    <message>
        <source>Short-term worker pass valid for</source>
        <translation>Short-term worker pass valid for</translation>
    </message>
    <message>
        <source>Return passes within this time of expiry to keep the deposit</source>
        <translation>Return passes within this time of expiry to keep the deposit</translation>
    </message>
    <message>
        <source>Patrol each active site every</source>
        <translation>Patrol each active site every</translation>
    </message>
    <message>
        <source>Default deadline to correct a violation</source>
        <translation>Default deadline to correct a violation</translation>
    </message>
    <message>
        <source>Re-inspect this long after acceptance</source>
        <translation>Re-inspect this long after acceptance</translation>
    </message>
    <message>
        <source>Refund the deposit within this time of passing re-inspection</source>
        <translation>Refund the deposit within this time of passing re-inspection</translation>
    </message>
    <message>
        <source>Refuse a permit while the room has arrears</source>
        <translation>Refuse a permit while the room has arrears</translation>
    </message>
    <message>
        <source>Renovation follow-up (装修回访) within this time of the refund</source>
        <translation>Renovation follow-up (装修回访) within this time of the refund</translation>
    </message>
    <message>
        <source>Remind this long before a lease ends</source>
        <translation>Remind this long before a lease ends</translation>
    </message>
    <message>
        <source>Refuse a lease while the room has arrears (otherwise warn)</source>
        <translation>Refuse a lease while the room has arrears (otherwise warn)</translation>
    </message>
    <message>
        <source>Sign for an urgent work slip within</source>
        <translation>Sign for an urgent work slip within</translation>
    </message>
    <message>
        <source>Sign for a normal work slip within</source>
        <translation>Sign for a normal work slip within</translation>
    </message>
    <message>
        <source>Remind about an uncollected parcel after</source>
        <translation>Remind about an uncollected parcel after</translation>
    </message>
    <message>
        <source>Return an uncollected parcel after</source>
        <translation>Return an uncollected parcel after</translation>
    </message>
    <message>
        <source>Fix a patrol finding within</source>
        <translation>Fix a patrol finding within</translation>
    </message>
    <message>
        <source>Report a major patrol finding to the manager within</source>
        <translation>Report a major patrol finding to the manager within</translation>
    </message>
    <message>
        <source>Supervisor patrols per day</source>
        <translation>Supervisor patrols per day</translation>
    </message>
    <message>
        <source>Notice before moving out, homes</source>
        <translation>Notice before moving out, homes</translation>
    </message>
    <message>
        <source>Notice before moving out, shops and offices</source>
        <translation>Notice before moving out, shops and offices</translation>
    </message>
    <message>
        <source>Refund a tenant's deposit within</source>
        <translation>Refund a tenant's deposit within</translation>
    </message>
    <message>
        <source>Extra days a release slip stays valid (0: the day of issue)</source>
        <translation>Extra days a release slip stays valid (0: the day of issue)</translation>
    </message>
    <message>
        <source>Reconcile the week's release slips on</source>
        <translation>Reconcile the week's release slips on</translation>
    </message>
    <message>
        <source>Keep release slips for</source>
        <translation>Keep release slips for</translation>
    </message>
    <message>
        <source>Fees start</source>
        <translation>Fees start</translation>
    </message>
    <message>
        <source>On the handover date</source>
        <translation>On the handover date</translation>
    </message>
    <message>
        <source>Handover by the 15th: on the 15th; later: next month</source>
        <translation>Handover by the 15th: on the 15th; later: next month</translation>
    </message>
    <message>
        <source>On the 1st of the month after handover</source>
        <translation>On the 1st of the month after handover</translation>
    </message>
    <message>
        <source>The developer fixes handover defects within</source>
        <translation>The developer fixes handover defects within</translation>
    </message>
    <message>
        <source>Most months of fees payable in advance</source>
        <translation>Most months of fees payable in advance</translation>
    </message>
    <message>
        <source>Hand over keys only after fees and agreements</source>
        <translation>Hand over keys only after fees and agreements</translation>
    </message>
    <message>
        <source>Move-in follow-up (入住回访) within</source>
        <translation>Move-in follow-up (入住回访) within</translation>
    </message>
    <message>
        <source>Billing day of the month</source>
        <translation>Billing day of the month</translation>
    </message>
    <message>
        <source>Due day of the month</source>
        <translation>Due day of the month</translation>
    </message>
    <message>
        <source>Charge late fees (only if the contract provides for them)</source>
        <translation>Charge late fees (only if the contract provides for them)</translation>
    </message>
    <message>
        <source>Late fee per day, as a fraction of the overdue amount</source>
        <translation>Late fee per day, as a fraction of the overdue amount</translation>
    </message>
    <message>
        <source>Days overdue before late fees start</source>
        <translation>Days overdue before late fees start</translation>
    </message>
    <message>
        <source>Late fees never exceed the overdue amount</source>
        <translation>Late fees never exceed the overdue amount</translation>
    </message>
    <message>
        <source>Fee rate for vacant units</source>
        <translation>Fee rate for vacant units</translation>
    </message>
    <message>
        <source>Vacant rate applies after the unit is unused for</source>
        <translation>Vacant rate applies after the unit is unused for</translation>
    </message>
    <message>
        <source>Final payment notice this long after the first</source>
        <translation>Final payment notice this long after the first</translation>
    </message>
    <message>
        <source>Pay within this time of the final notice</source>
        <translation>Pay within this time of the final notice</translation>
    </message>
    <message>
        <source>Hand cash in to finance within (0: the same day)</source>
        <translation>Hand cash in to finance within (0: the same day)</translation>
    </message>
    <message>
        <source>Day shift starts at</source>
        <translation>Day shift starts at</translation>
    </message>
    <message>
        <source>Night shift starts at</source>
        <translation>Night shift starts at</translation>
    </message>
    <message>
        <source>Take over the next shift up to this long before it starts</source>
        <translation>Take over the next shift up to this long before it starts</translation>
    </message>
    <message>
        <source>The office opens at (limits in office hours)</source>
        <translation>The office opens at (limits in office hours)</translation>
    </message>
    <message>
        <source>The office closes at</source>
        <translation>The office closes at</translation>
    </message>
    <message>
        <source>Largest file that can be attached</source>
        <translation>Largest file that can be attached</translation>
    </message>
    <message>
        <source>Photos larger than this are scaled down to it (longest side)</source>
        <translation>Photos larger than this are scaled down to it (longest side)</translation>
    </message>
    <message>
        <source>Visitors still on site at this time are flagged as not signed out</source>
        <translation>Visitors still on site at this time are flagged as not signed out</translation>
    </message>
    <message>
        <source>Prefix of official notice numbers (empty: the estate's name + 物业)</source>
        <translation>Prefix of official notice numbers (empty: the estate's name + 物业)</translation>
    </message>
    <message>
        <source>Show a notice as expiring this long before it ends</source>
        <translation>Show a notice as expiring this long before it ends</translation>
    </message>
    <message>
        <source>The household card shows notices published within</source>
        <translation>The household card shows notices published within</translation>
    </message>
</context>
<context>
    <name>ParamGroup</name>
    <message>
        <source>Sign-in and security</source>
        <translation>Sign-in and security</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation>Vacant units</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>Work slips and parcels</source>
        <translation>Work slips and parcels</translation>
    </message>
    <message>
        <source>Common-area patrols</source>
        <translation>Common-area patrols</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <source>Release slips</source>
        <translation>Release slips</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Duty log and work log</source>
        <translation>Duty log and work log</translation>
    </message>
    <message>
        <source>Office hours and attachments</source>
        <translation>Office hours and attachments</translation>
    </message>
</context>
<context>
    <name>ParametersDialog</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>Default: {value}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Put back the default value</source>
        <translation>Put back the default value</translation>
    </message>
    <message>
        <source>From {min} to {max}</source>
        <translation>From {min} to {max}</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Find a parameter</source>
        <translation>Find a parameter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>You may look at the parameters; your role may not change them.</source>
        <translation>You may look at the parameters; your role may not change them.</translation>
    </message>
    <message>
        <source>Correct the marked values first ({n})</source>
        <translation>Correct the marked values first ({n})</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>Saved {n} changed parameters.</source>
        <translation>Saved {n} changed parameters.</translation>
    </message>
</context>
<context>
    <name>ParcelDialog</name>
    <message>
        <source>Receive an item</source>
        <translation>Receive an item</translation>
    </message>
</context>
<context>
    <name>Patrol</name>
    <message>
        <source>A photo is a .jpg, .jpeg, .png, .heic or .bmp file</source>
        <translation>A photo is a .jpg, .jpeg, .png, .heic or .bmp file</translation>
    </message>
    <message>
        <source>Give the new due date</source>
        <translation>Give the new due date</translation>
    </message>
    <message>
        <source>The new due date must be after the current one ({due})</source>
        <translation>The new due date must be after the current one ({due})</translation>
    </message>
    <message>
        <source>The new due date must be in the future</source>
        <translation>The new due date must be in the future</translation>
    </message>
    <message>
        <source>An extension is at most {n} days</source>
        <translation>An extension is at most {n} days</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>This record no longer exists</translation>
    </message>
    <message>
        <source>Route</source>
        <extracomment>a finding's fields at a checkpoint: its photo is the checkpoint's</extracomment>
        <translation>Route</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>There is already a route named {name}</source>
        <translation>There is already a route named {name}</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <extracomment>the result at a checkpoint (the service passes them to the hidden action ``check``)</extracomment>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>What to check</translation>
    </message>
    <message>
        <source>A patrol cannot be planned for a past day</source>
        <translation>A patrol cannot be planned for a past day</translation>
    </message>
    <message>
        <source>The route {name} is no longer in use</source>
        <translation>The route {name} is no longer in use</translation>
    </message>
    <message>
        <source>The route {name} has no checkpoints yet: add them first</source>
        <translation>The route {name} has no checkpoints yet: add them first</translation>
    </message>
    <message>
        <source>Say what is wrong at this checkpoint</source>
        <translation>Say what is wrong at this checkpoint</translation>
    </message>
    <message>
        <source>This checkpoint is not on the route of the round</source>
        <translation>This checkpoint is not on the route of the round</translation>
    </message>
    <message>
        <source>Record every checkpoint before completing the round; not yet: {points}</source>
        <translation>Record every checkpoint before completing the round; not yet: {points}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The patrol {number} is void</source>
        <translation>The patrol {number} is void</translation>
    </message>
    <message>
        <source>Work slip no.</source>
        <extracomment>a finding as recorded (ad hoc, or at a checkpoint of a round)</extracomment>
        <translation>Work slip no.</translation>
    </message>
    <message>
        <source>No new due date was requested</source>
        <translation>No new due date was requested</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Open findings</source>
        <extracomment>a findings list's row: the finding, its deadline and its running deadline (None once it is fixed) a finding sent as a work slip is to be completed by the end of this time on the day the desk chooses the finding filters of the page</extracomment>
        <translation>Open findings</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within 2 days</source>
        <translation>Due within 2 days</translation>
    </message>
    <message>
        <source>Extension to approve</source>
        <translation>Extension to approve</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>All findings</translation>
    </message>
    <message>
        <source>Reported to the manager</source>
        <translation>Reported to the manager</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Extension requested</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Missed (漏检): planned for {day}, never walked</source>
        <translation>Missed (漏检): planned for {day}, never walked</translation>
    </message>
    <message>
        <source>Major finding: report it to the manager</source>
        <translation>Major finding: report it to the manager</translation>
    </message>
    <message>
        <source>Major finding not reported to the manager within {n} hours</source>
        <translation>Major finding not reported to the manager within {n} hours</translation>
    </message>
    <message>
        <source>Supervisor's patrols today: {done} of {planned}</source>
        <extracomment>漏检: planned for a past day and never started (derived)</extracomment>
        <translation>Supervisor's patrols today: {done} of {planned}</translation>
    </message>
    <message>
        <source>{n} major findings open: report to the manager</source>
        <translation>{n} major findings open: report to the manager</translation>
    </message>
    <message>
        <source>{location}: not reported to the manager (found {found})</source>
        <translation>{location}: not reported to the manager (found {found})</translation>
    </message>
    <message>
        <source>{location}, due {due}</source>
        <translation>{location}, due {due}</translation>
    </message>
    <message>
        <source>Patrol findings overdue</source>
        <translation>Patrol findings overdue</translation>
    </message>
    <message>
        <source>Patrol findings open</source>
        <translation>Patrol findings open</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>due {due}</translation>
    </message>
    <message>
        <source>Patrol rounds not completed</source>
        <translation>Patrol rounds not completed</translation>
    </message>
    <message>
        <source>e.g. 1号楼3层消防通道</source>
        <translation>e.g. 1号楼3层消防通道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Fixed on the spot</source>
        <translation>Fixed on the spot</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Patrol route</source>
        <translation>Patrol route</translation>
    </message>
    <message>
        <source>e.g. lights, fire doors, exit signs, escape route clear</source>
        <translation>e.g. lights, fire doors, exit signs, escape route clear</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Start a patrol round</source>
        <translation>Start a patrol round</translation>
    </message>
    <message>
        <source>Add a route with checkpoints first</source>
        <translation>Add a route with checkpoints first</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>What was seen</translation>
    </message>
    <message>
        <source>Record a finding to fix</source>
        <translation>Record a finding to fix</translation>
    </message>
    <message>
        <source>Checkpoint: {name}</source>
        <translation>Checkpoint: {name}</translation>
    </message>
    <message>
        <source>New patrol finding</source>
        <translation>New patrol finding</translation>
    </message>
    <message>
        <source>LX… if a slip was already sent</source>
        <translation>LX… if a slip was already sent</translation>
    </message>
    <message>
        <source>Due after the extension</source>
        <translation>Due after the extension</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>Due before</translation>
    </message>
    <message>
        <source>Manager told</source>
        <extracomment>上报经理: who was told, when, how (the note says what they said)</extracomment>
        <translation>Manager told</translation>
    </message>
    <message>
        <source>Name of the manager</source>
        <translation>Name of the manager</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>14:05 or 2025-06-12 14:05; empty: now</source>
        <translation>14:05 or 2025-06-12 14:05; empty: now</translation>
    </message>
    <message>
        <source>Reported how</source>
        <translation>Reported how</translation>
    </message>
    <message>
        <source>Record a checkpoint</source>
        <translation>Record a checkpoint</translation>
    </message>
    <message>
        <source>Send as work slip</source>
        <translation>Send as work slip</translation>
    </message>
    <message>
        <source>Photo after the fix</source>
        <translation>Photo after the fix</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>This round was planned for {day} and never walked: it is missed (漏检) and cannot be started now; plan a new round</source>
        <translation>This round was planned for {day} and never walked: it is missed (漏检) and cannot be started now; plan a new round</translation>
    </message>
    <message>
        <source>Only a major (重大) finding is reported to the manager</source>
        <translation>Only a major (重大) finding is reported to the manager</translation>
    </message>
    <message>
        <source>This finding was already reported to the manager</source>
        <translation>This finding was already reported to the manager</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>Complete by</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>[photo]</source>
        <translation>[photo]</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Print day's record</source>
        <translation>Print day's record</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>All rounds</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>Route, inspector or No.</source>
        <translation>Route, inspector or No.</translation>
    </message>
    <message>
        <source>Choose a round in the list, or start one with “New round” (Ctrl+N).</source>
        <translation>Choose a round in the list, or start one with “New round” (Ctrl+N).</translation>
    </message>
    <message>
        <source>No patrol rounds yet. Press Ctrl+N to start a round of a route.</source>
        <translation>No patrol rounds yet. Press Ctrl+N to start a round of a route.</translation>
    </message>
    <message>
        <source>Patrol rounds</source>
        <translation>Patrol rounds</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Record checkpoint</source>
        <translation>Record checkpoint</translation>
    </message>
    <message>
        <source>客服部日巡视检查记录 of the chosen dates' first day, or of today</source>
        <translation>客服部日巡视检查记录 of the chosen dates' first day, or of today</translation>
    </message>
    <message>
        <source>Routes and checkpoints…</source>
        <translation>Routes and checkpoints…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Location, ZG No. or work slip No.</source>
        <translation>Location, ZG No. or work slip No.</translation>
    </message>
    <message>
        <source>Choose a finding in the list.</source>
        <translation>Choose a finding in the list.</translation>
    </message>
    <message>
        <source>No open findings. Record one with Ctrl+N, or at a checkpoint of a round.</source>
        <translation>No open findings. Record one with Ctrl+N, or at a checkpoint of a round.</translation>
    </message>
    <message>
        <source>No finding is overdue.</source>
        <translation>No finding is overdue.</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>{n} of {m} checkpoints recorded</source>
        <translation>{n} of {m} checkpoints recorded</translation>
    </message>
    <message>
        <source>{n} abnormal</source>
        <translation>{n} abnormal</translation>
    </message>
    <message>
        <source>(extended from {d}, approved by {who})</source>
        <translation>(extended from {d}, approved by {who})</translation>
    </message>
    <message>
        <source>Work slip</source>
        <translation>Work slip</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>Patrol findings</source>
        <translation>Patrol findings</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <source>Patrol {room}</source>
        <translation>Patrol {room}</translation>
    </message>
</context>
<context>
    <name>PatrolPage</name>
    <message>
        <source>Routes and their checkpoints (客服主管 changes them)</source>
        <translation>Routes and their checkpoints (客服主管 changes them)</translation>
    </message>
    <message>
        <source>This month: patrols {done}/{planned}, completion {rate}</source>
        <translation>This month: patrols {done}/{planned}, completion {rate}</translation>
    </message>
    <message>
        <source>supervisor's rounds {done}/{required}</source>
        <translation>supervisor's rounds {done}/{required}</translation>
    </message>
    <message>
        <source>missed {n}</source>
        <translation>missed {n}</translation>
    </message>
    <message>
        <source>checkpoint coverage {c}</source>
        <translation>checkpoint coverage {c}</translation>
    </message>
    <message>
        <source>findings {n}, fixed {f}, on time {r}</source>
        <translation>findings {n}, fixed {f}, on time {r}</translation>
    </message>
    <message>
        <source>open {n}</source>
        <translation>open {n}</translation>
    </message>
    <message>
        <source>overdue {n}</source>
        <translation>overdue {n}</translation>
    </message>
    <message>
        <source>major {n}, reported to the manager {r} ({t} in time)</source>
        <translation>major {n}, reported to the manager {r} ({t} in time)</translation>
    </message>
    <message>
        <source>major not reported in time {n}</source>
        <translation>major not reported in time {n}</translation>
    </message>
    <message>
        <source>{d:.1f} days to close on average</source>
        <translation>{d:.1f} days to close on average</translation>
    </message>
    <message>
        <source>repeated: {places}</source>
        <translation>repeated: {places}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Round started: record each checkpoint.</source>
        <translation>Round started: record each checkpoint.</translation>
    </message>
    <message>
        <source>Every checkpoint is recorded: complete the round.</source>
        <translation>Every checkpoint is recorded: complete the round.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>Finding recorded.</source>
        <translation>Finding recorded.</translation>
    </message>
</context>
<context>
    <name>PatrolState</name>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Duty log and work log</source>
        <translation>Duty log and work log</translation>
    </message>
    <message>
        <source>View the duty log</source>
        <translation>View the duty log</translation>
    </message>
    <message>
        <source>Take over and hand over the shift</source>
        <translation>Take over and hand over the shift</translation>
    </message>
    <message>
        <source>View the work log</source>
        <translation>View the work log</translation>
    </message>
    <message>
        <source>Log phone and counter requests</source>
        <translation>Log phone and counter requests</translation>
    </message>
    <message>
        <source>Check the day's work log</source>
        <translation>Check the day's work log</translation>
    </message>
    <message>
        <source>Sign the day's records (主管日审)</source>
        <extracomment>主管日审: the day's complaints, follow-ups and unusual events signed (app.services.signoff)</extracomment>
        <translation>Sign the day's records (主管日审)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>View notices</source>
        <translation>View notices</translation>
    </message>
    <message>
        <source>Draft notices</source>
        <translation>Draft notices</translation>
    </message>
    <message>
        <source>Approve or return notices</source>
        <translation>Approve or return notices</translation>
    </message>
    <message>
        <source>Publish notices (number, print, post, deliver, archive)</source>
        <translation>Publish notices (number, print, post, deliver, archive)</translation>
    </message>
    <message>
        <source>Record postings of notices on the boards</source>
        <extracomment>§4.4 step 4–5: 管理员 post notices on the boards, check them daily and take them down</extracomment>
        <translation>Record postings of notices on the boards</translation>
    </message>
    <message>
        <source>Remove expired notices from the boards</source>
        <translation>Remove expired notices from the boards</translation>
    </message>
    <message>
        <source>Void or revoke notices</source>
        <translation>Void or revoke notices</translation>
    </message>
    <message>
        <source>Estate registry</source>
        <translation>Estate registry</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>View rooms and households</source>
        <translation>View rooms and households</translation>
    </message>
    <message>
        <source>Edit rooms and people</source>
        <translation>Edit rooms and people</translation>
    </message>
    <message>
        <source>See full ID and phone numbers</source>
        <translation>See full ID and phone numbers</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>Import the roster</translation>
    </message>
    <message>
        <source>Export rooms and people</source>
        <translation>Export rooms and people</translation>
    </message>
    <message>
        <source>Manage users and permissions</source>
        <translation>Manage users and permissions</translation>
    </message>
    <message>
        <source>Grant permissions to roles and manage supervisor accounts</source>
        <translation>Grant permissions to roles and manage supervisor accounts</translation>
    </message>
    <message>
        <source>Edit parameters and calendar</source>
        <translation>Edit parameters and calendar</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>View the audit log</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>Back up and restore</translation>
    </message>
    <message>
        <source>Printer settings</source>
        <translation>Printer settings</translation>
    </message>
    <message>
        <source>Information relay</source>
        <translation>Information relay</translation>
    </message>
    <message>
        <source>View work slips and parcels</source>
        <translation>View work slips and parcels</translation>
    </message>
    <message>
        <source>Send work slips, record signing and replies, receive and hand over parcels</source>
        <translation>Send work slips, record signing and replies, receive and hand over parcels</translation>
    </message>
    <message>
        <source>Verify and close work slips, approve items left for others</source>
        <translation>Verify and close work slips, approve items left for others</translation>
    </message>
    <message>
        <source>Void work slips and parcel records</source>
        <translation>Void work slips and parcel records</translation>
    </message>
    <message>
        <source>Visitor reception</source>
        <translation>Visitor reception</translation>
    </message>
    <message>
        <source>View the visitor register</source>
        <translation>View the visitor register</translation>
    </message>
    <message>
        <source>Register, admit and sign out visitors</source>
        <translation>Register, admit and sign out visitors</translation>
    </message>
    <message>
        <source>Keep the visitor watchlist</source>
        <translation>Keep the visitor watchlist</translation>
    </message>
    <message>
        <source>Void a visit</source>
        <translation>Void a visit</translation>
    </message>
    <message>
        <source>Key management</source>
        <translation>Key management</translation>
    </message>
    <message>
        <source>View the key cabinet and loans</source>
        <translation>View the key cabinet and loans</translation>
    </message>
    <message>
        <source>Take in, lend and take back keys</source>
        <translation>Take in, lend and take back keys</translation>
    </message>
    <message>
        <source>Approve the use of an owner's key</source>
        <translation>Approve the use of an owner's key</translation>
    </message>
    <message>
        <source>Count the key cabinet</source>
        <translation>Count the key cabinet</translation>
    </message>
    <message>
        <source>Common-area patrol</source>
        <translation>Common-area patrol</translation>
    </message>
    <message>
        <source>View patrols and findings</source>
        <translation>View patrols and findings</translation>
    </message>
    <message>
        <source>Record patrols and findings, assign and report fixes</source>
        <translation>Record patrols and findings, assign and report fixes</translation>
    </message>
    <message>
        <source>Verify fixes, void patrols and findings</source>
        <translation>Verify fixes, void patrols and findings</translation>
    </message>
    <message>
        <source>Approve extensions of patrol findings</source>
        <translation>Approve extensions of patrol findings</translation>
    </message>
    <message>
        <source>Manage patrol routes and checkpoints</source>
        <translation>Manage patrol routes and checkpoints</translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation>Vacant units</translation>
    </message>
    <message>
        <source>View the vacant-unit register and inspections</source>
        <translation>View the vacant-unit register and inspections</translation>
    </message>
    <message>
        <source>Record vacant-unit inspections</source>
        <translation>Record vacant-unit inspections</translation>
    </message>
    <message>
        <source>Review vacant-unit inspections (负责人意见)</source>
        <translation>Review vacant-unit inspections (负责人意见)</translation>
    </message>
    <message>
        <source>Put units on and off the vacant-unit register</source>
        <translation>Put units on and off the vacant-unit register</translation>
    </message>
    <message>
        <source>Complaints and follow-ups</source>
        <translation>Complaints and follow-ups</translation>
    </message>
    <message>
        <source>View complaints and follow-ups</source>
        <translation>View complaints and follow-ups</translation>
    </message>
    <message>
        <source>Register complaints, reply, dispatch, report progress and record results</source>
        <translation>Register complaints, reply, dispatch, report progress and record results</translation>
    </message>
    <message>
        <source>Close complaints without a follow-up, void complaints</source>
        <translation>Close complaints without a follow-up, void complaints</translation>
    </message>
    <message>
        <source>Carry out follow-ups</source>
        <translation>Carry out follow-ups</translation>
    </message>
    <message>
        <source>Review follow-ups, give them up, plan routine visits and surveys</source>
        <translation>Review follow-ups, give them up, plan routine visits and surveys</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>View bills, receipts and arrears</source>
        <translation>View bills, receipts and arrears</translation>
    </message>
    <message>
        <source>Take payments and deposits, issue receipts</source>
        <translation>Take payments and deposits, issue receipts</translation>
    </message>
    <message>
        <source>Approve discounts, waivers, reversals and refunds</source>
        <translation>Approve discounts, waivers, reversals and refunds</translation>
    </message>
    <message>
        <source>Set up fee items and run billing</source>
        <translation>Set up fee items and run billing</translation>
    </message>
    <message>
        <source>Enter and import meter readings</source>
        <translation>Enter and import meter readings</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>View leases</source>
        <translation>View leases</translation>
    </message>
    <message>
        <source>File, renew and end leases</source>
        <translation>File, renew and end leases</translation>
    </message>
    <message>
        <source>Void a lease</source>
        <translation>Void a lease</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <source>View renovation cases</source>
        <translation>View renovation cases</translation>
    </message>
    <message>
        <source>Receive renovation applications and issue permits</source>
        <translation>Receive renovation applications and issue permits</translation>
    </message>
    <message>
        <source>Review and inspect renovations (engineering)</source>
        <translation>Review and inspect renovations (engineering)</translation>
    </message>
    <message>
        <source>Approve renovations, extensions and deductions (manager)</source>
        <translation>Approve renovations, extensions and deductions (manager)</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <source>View move-ins</source>
        <translation>View move-ins</translation>
    </message>
    <message>
        <source>Hand rooms over to their owners (move-in)</source>
        <translation>Hand rooms over to their owners (move-in)</translation>
    </message>
    <message>
        <source>Void a move-in</source>
        <translation>Void a move-in</translation>
    </message>
    <message>
        <source>Import the developer's handover list</source>
        <translation>Import the developer's handover list</translation>
    </message>
    <message>
        <source>View the monthly report</source>
        <translation>View the monthly report</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Move-outs</source>
        <translation>Move-outs</translation>
    </message>
    <message>
        <source>View move-outs</source>
        <translation>View move-outs</translation>
    </message>
    <message>
        <source>Handle move-outs</source>
        <translation>Handle move-outs</translation>
    </message>
    <message>
        <source>Inspect a unit at move-out (engineering)</source>
        <translation>Inspect a unit at move-out (engineering)</translation>
    </message>
    <message>
        <source>Goods release</source>
        <translation>Goods release</translation>
    </message>
    <message>
        <source>View release slips</source>
        <translation>View release slips</translation>
    </message>
    <message>
        <source>Issue and void release slips</source>
        <translation>Issue and void release slips</translation>
    </message>
    <message>
        <source>Review release slips (supervisor)</source>
        <translation>Review release slips (supervisor)</translation>
    </message>
    <message>
        <source>Check release slips at the gate</source>
        <translation>Check release slips at the gate</translation>
    </message>
    <message>
        <source>Reconcile the slips returned from the gate</source>
        <translation>Reconcile the slips returned from the gate</translation>
    </message>
    <message>
        <source>Renovation site supervision</source>
        <translation>Renovation site supervision</translation>
    </message>
    <message>
        <source>View renovation patrols and violation notices</source>
        <translation>View renovation patrols and violation notices</translation>
    </message>
    <message>
        <source>Patrol renovation sites and issue violation notices</source>
        <translation>Patrol renovation sites and issue violation notices</translation>
    </message>
    <message>
        <source>Report an unrectified violation to the authorities</source>
        <translation>Report an unrectified violation to the authorities</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Add a person to {code}</source>
        <translation>Add a person to {code}</translation>
    </message>
    <message>
        <source>{value} (kept unless you type a new one)</source>
        <translation>{value} (kept unless you type a new one)</translation>
    </message>
</context>
<context>
    <name>PlanVisitsDialog</name>
    <message>
        <source>Plan routine visits or a survey</source>
        <translation>Plan routine visits or a survey</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Fit width</source>
        <extracomment>Paper sizes offered for printing (the PDFs are A4; another paper scales the page to fit).</extracomment>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>The document could not be read ({error})</source>
        <translation>The document could not be read ({error})</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {error}</source>
        <translation>The PDF could not be saved to {path}: {error}</translation>
    </message>
    <message>
        <source>The printer {name} cannot be used. Check that it is on and connected, or save the PDF.</source>
        <translation>The printer {name} cannot be used. Check that it is on and connected, or save the PDF.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <extracomment>``render(copy) -&gt; Rendered`` (a form) — run on the worker ``hook(copy, details) -&gt; bytes | None`` — run on the worker when the user prints or saves emitted after a successful print or save, with "printer" or the saved file's path emitted whenever a (re)rendered document is shown</extracomment>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Pri&amp;nter</source>
        <translation>Pri&amp;nter</translation>
    </message>
    <message>
        <source>Pa&amp;per</source>
        <translation>Pa&amp;per</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Copies</translation>
    </message>
    <message>
        <source>All parts</source>
        <translation>All parts</translation>
    </message>
    <message>
        <source>P&amp;art</source>
        <translation>P&amp;art</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(no printer installed)</source>
        <translation>(no printer installed)</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. You can save the PDF and print it elsewhere.</source>
        <translation>No printer is installed on this computer. You can save the PDF and print it elsewhere.</translation>
    </message>
    <message>
        <source>This document has been printed {n} time(s) before: this print is marked “补打 第{n}次” (reprint).</source>
        <translation>This document has been printed {n} time(s) before: this print is marked “补打 第{n}次” (reprint).</translation>
    </message>
    <message>
        <source>This document is void: every page prints “作废”.</source>
        <translation>This document is void: every page prints “作废”.</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>The document could not be prepared.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page(s)</numerusform><numerusform>%n page(s)</numerusform></translation>
    </message>
    <message>
        <source>No printer is installed: save the PDF instead.</source>
        <translation>No printer is installed: save the PDF instead.</translation>
    </message>
    <message>
        <source>Sent to the printer {name}.</source>
        <translation>Sent to the printer {name}.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>The font file {path} does not exist</source>
        <translation>The font file {path} does not exist</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Print settings</source>
        <extracomment>forms per row of the paper grid (the list grows with every workflow; three a row keep the dialog within 768 px) the resolved font was shown (tests wait for it)</extracomment>
        <translation>Print settings</translation>
    </message>
    <message>
        <source>Estate header (printed at the top of every form, on every desk)</source>
        <translation>Estate header (printed at the top of every form, on every desk)</translation>
    </message>
    <message>
        <source>PNG or JPEG picture (optional)</source>
        <translation>PNG or JPEG picture (optional)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Estate &amp;name *</source>
        <translation>Estate &amp;name *</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Service &amp;hotline</source>
        <translation>Service &amp;hotline</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Print font (this computer)</source>
        <translation>Print font (this computer)</translation>
    </message>
    <message>
        <source>Automatic (a Chinese TrueType font of this computer)</source>
        <translation>Automatic (a Chinese TrueType font of this computer)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Looking for the font…</source>
        <translation>Looking for the font…</translation>
    </message>
    <message>
        <source>Default paper per form (this computer)</source>
        <translation>Default paper per form (this computer)</translation>
    </message>
    <message>
        <source>Loading the forms…</source>
        <translation>Loading the forms…</translation>
    </message>
    <message>
        <source>Print &amp;test page…</source>
        <translation>Print &amp;test page…</translation>
    </message>
    <message>
        <source>not embedded (a font the PDF viewer or printer must have)</source>
        <translation>not embedded (a font the PDF viewer or printer must have)</translation>
    </message>
    <message>
        <source>embedded</source>
        <translation>embedded</translation>
    </message>
    <message>
        <source>NOT embedded</source>
        <translation>NOT embedded</translation>
    </message>
    <message>
        <source>Prints with {family} — {where} — {state}</source>
        <translation>Prints with {family} — {where} — {state}</translation>
    </message>
    <message>
        <source>Choose the print font</source>
        <translation>Choose the print font</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No Chinese TrueType font was found on this computer, so the printout uses the non-embedded font STSong-Light: a printer or PDF viewer without that font may print blanks or boxes instead of Chinese. Install a Chinese TrueType font (e.g. SimHei, SimSun or WenQuanYi Micro Hei) or set the print font in the settings.</source>
        <translation>No Chinese TrueType font was found on this computer, so the printout uses the non-embedded font STSong-Light: a printer or PDF viewer without that font may print blanks or boxes instead of Chinese. Install a Chinese TrueType font (e.g. SimHei, SimSun or WenQuanYi Micro Hei) or set the print font in the settings.</translation>
    </message>
    <message>
        <source>The configured print font {path} cannot be used ({reason}); printing with {font} instead.</source>
        <translation>The configured print font {path} cannot be used ({reason}); printing with {font} instead.</translation>
    </message>
    <message>
        <source>There is no printable form {form} (printable: {forms})</source>
        <extracomment>pass as ``font_path`` to find the font automatically whatever is configured (settings: 自动) ``loader(session, actor, number) -&gt; (data, voided)``</extracomment>
        <translation>There is no printable form {form} (printable: {forms})</translation>
    </message>
    <message>
        <source>No estate has been set up yet</source>
        <translation>No estate has been set up yet</translation>
    </message>
    <message>
        <source>Estate name</source>
        <translation>Estate name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Service hotline</source>
        <translation>Service hotline</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture</source>
        <translation>The logo must be a PNG or JPEG picture</translation>
    </message>
    <message>
        <source>The logo file {path} does not exist</source>
        <translation>The logo file {path} does not exist</translation>
    </message>
    <message>
        <source>Give the number of the document to print</source>
        <translation>Give the number of the document to print</translation>
    </message>
    <message>
        <source>There is no document {number}</source>
        <translation>There is no document {number}</translation>
    </message>
    <message>
        <source>Form {form} has {n} copies: choose a copy from 1 to {n}</source>
        <translation>Form {form} has {n} copies: choose a copy from 1 to {n}</translation>
    </message>
    <message>
        <source>There is no room {code}</source>
        <translation>There is no room {code}</translation>
    </message>
    <message>
        <source>“{text}” is not a day such as 2025-06-12</source>
        <translation>“{text}” is not a day such as 2025-06-12</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>New request (F2)</source>
        <translation>New request (F2)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+5, or type the digit</source>
        <translation>Alt+1 … Alt+5, or type the digit</translation>
    </message>
    <message>
        <source>Alt+Z enquiry, Alt+B repair, Alt+T complaint, Alt+J suggestion, Alt+Q help, Alt+Y praise, Alt+O other; or type the letter</source>
        <translation>Alt+Z enquiry, Alt+B repair, Alt+T complaint, Alt+J suggestion, Alt+Q help, Alt+Y praise, Alt+O other; or type the letter</translation>
    </message>
</context>
<context>
    <name>Readings</name>
    <message>
        <source>No header row found: the first rows of the sheet need the columns 房号 and 本月读数</source>
        <extracomment>field key -&gt; the Chinese header of the template (and the column named in reports)</extracomment>
        <translation>No header row found: the first rows of the sheet need the columns 房号 and 本月读数</translation>
    </message>
    <message>
        <source>The room is empty</source>
        <translation>The room is empty</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>“{value}” is not a date</translation>
    </message>
    <message>
        <source>The reading</source>
        <translation>The reading</translation>
    </message>
</context>
<context>
    <name>ReadingsView</name>
    <message>
        <source>The meter of the rows that name none</source>
        <translation>The meter of the rows that name none</translation>
    </message>
    <message>
        <source>(rows name their meter)</source>
        <translation>(rows name their meter)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choose the file…</translation>
    </message>
    <message>
        <source>Save the readings</source>
        <translation>Save the readings</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Choose the meter reader's spreadsheet (.xlsx or .csv) with the columns 房号 and 本月读数: every row is checked and shown here before anything is saved.</source>
        <translation>Choose the meter reader's spreadsheet (.xlsx or .csv) with the columns 房号 and 本月读数: every row is checked and shown here before anything is saved.</translation>
    </message>
    <message>
        <source>Only the supervisor and the clerk enter meter readings</source>
        <translation>Only the supervisor and the clerk enter meter readings</translation>
    </message>
    <message>
        <source>Choose the meter readings</source>
        <translation>Choose the meter readings</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>{file}: {n} readings of {month} saved; {refused} rows refused.</source>
        <translation>{file}: {n} readings of {month} saved; {refused} rows refused.</translation>
    </message>
    <message>
        <source>{file} (sheet {sheet}): {n} readings of {month} to save, {refused} rows refused (in red, with the reason). Nothing is saved until you press Save the readings.</source>
        <translation>{file} (sheet {sheet}): {n} readings of {month} to save, {refused} rows refused (in red, with the reason). Nothing is saved until you press Save the readings.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>To save</source>
        <translation>To save</translation>
    </message>
    <message>
        <source>{n} meter readings saved.</source>
        <translation>{n} meter readings saved.</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>Add recipients to {number}</source>
        <translation>Add recipients to {number}</translation>
    </message>
</context>
<context>
    <name>ReconcilePane</name>
    <message>
        <source>Week from</source>
        <translation>Week from</translation>
    </message>
    <message>
        <source>Scan or type the number of each gate copy returned, one a line</source>
        <translation>Scan or type the number of each gate copy returned, one a line</translation>
    </message>
    <message>
        <source>Gate copies returned</source>
        <translation>Gate copies returned</translation>
    </message>
    <message>
        <source>Reconcile the week</source>
        <translation>Reconcile the week</translation>
    </message>
    <message>
        <source>Week from {day}: {n} slips released, {m} gate copies returned, {k} not returned.</source>
        <translation>Week from {day}: {n} slips released, {m} gate copies returned, {k} not returned.</translation>
    </message>
    <message>
        <source>Every gate copy of the week is back.</source>
        <translation>Every gate copy of the week is back.</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <source>Choose a record on the left to see it and act on it.</source>
        <translation>Choose a record on the left to see it and act on it.</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>the page's method that opens the new-record dialog (default: a dialog from the record fields) the title of the default new-record dialog (default "New: &lt;workflow&gt;") the page's method that gives an action's starting values: ``(view, action_name) -&gt; dict`` the page's method that gives texts an action's text fields offer: ``(view, action_name) -&gt; {key: [..]}`` actions whose dialog is the page's own: action name → the page's method ``(view) -&gt; dialog | None`` the page's method ``(pane) -&gt; QWidget`` adding a part of its own to the detail pane, under the buttons; it follows the record shown through :attr:`RecordPane.shown` Alt+1 … Alt+9 on the action buttons; off where the page's own Alt+digits come first (a quick entry) the widths of the list and the detail pane until the user moves the splitter the record shown in the detail pane: ``get_fn(db, actor, id)``; default records.get of the kind the page's method called after an action's dialog is saved: ``(view, action_name)`` (offer the correction notice after a revocation)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Dates</source>
        <extracomment>the record the detail pane shows now (a RecordView, or None) many chips beside the filters would widen the page past the reception PC's 1366 px: a row of their own</extracomment>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <source>{a} to {b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <source>Search: {t}</source>
        <translation>Search: {t}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Print list</source>
        <extracomment>the columns are sized to the first rows shown unless the user set their own widths the button that does what the empty list's hint says (the new-record button's twin)</extracomment>
        <translation>Print list</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>{n} shown by this filter</source>
        <translation>{n} shown by this filter</translation>
    </message>
    <message>
        <source>More than {n} match this filter: narrow it</source>
        <translation>More than {n} match this filter: narrow it</translation>
    </message>
    <message>
        <source>Nothing matches this filter.</source>
        <extracomment>more status chips than this go on a row of their own above the other filters without it the button is not there (hidden and disabled) ``list_fn(db, actor, *, after, limit, **filters)`` and ``count_fn(db, actor, **filters)`` the status chips (value, label); the first is the default view chips that show "what needs the desk" (the empty hint is shown for these; others say "nothing matches") the status chips on a row of their own (long words), the other filters below them; more than CHIPS_INLINE_MAX chips always have their own row the hint of an empty list per status chip (what it means that nothing is waiting for approval) chips that show how many records they hold (what needs the desk: pending, expired) what an empty list says when the user's filter left nothing (the search, a text filter, a chip)</extracomment>
        <translation>Nothing matches this filter.</translation>
    </message>
    <message>
        <source>No action is open to you on this record now.</source>
        <translation>No action is open to you on this record now.</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>the page's own part of the detail pane (``PaneSpec.detail_extra``), if any</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <source>The file was missing when it was moved into the database: {path}</source>
        <translation>The file was missing when it was moved into the database: {path}</translation>
    </message>
    <message>
        <source>{action}: {number} saved.</source>
        <translation>{action}: {number} saved.</translation>
    </message>
    <message>
        <source>{clock}: done late</source>
        <translation>{clock}: done late</translation>
    </message>
    <message>
        <source>{clock}: done in time</source>
        <translation>{clock}: done in time</translation>
    </message>
    <message>
        <source>{clock}: paused</source>
        <translation>{clock}: paused</translation>
    </message>
    <message>
        <source>{clock}: due {when}</source>
        <translation>{clock}: due {when}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>escalated to {who}</source>
        <translation>escalated to {who}</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Linked records</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>There is no kind of record “{kind}”</source>
        <translation>There is no kind of record “{kind}”</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>This record no longer exists</translation>
    </message>
    <message>
        <source>There is no room {code} in this estate</source>
        <translation>There is no room {code} in this estate</translation>
    </message>
    <message>
        <source>{field}: choose an active member of staff</source>
        <translation>{field}: choose an active member of staff</translation>
    </message>
    <message>
        <source>No document has the number {number}</source>
        <translation>No document has the number {number}</translation>
    </message>
    <message>
        <source>work slip</source>
        <extracomment>the mapped class of the records (columns read by name: ``id``, ``status``, ``number`` when it has one) the page (app/ui/pages) that shows these records the permission to register a new record from the workflow's record fields (:func:`create`) the workflow's own registration of a new record from its parsed record fields (checks across records, a number of its own, the room looked up): ``create(session, actor, values)`` returns the record it made with :func:`create_in`; default: the model made from the fields' columns the code a record without a document number is known by (a key's cabinet slot) the headline under the number in the detail pane warnings shown beside the state (not signed for in time, waits for approval), from the record the detail pane's rows (label, shown value); default: the workflow's record fields the workflow's own projection of a record (its page and forms read it) what the transitions' guards and warnings look at when the record's columns are not enough (how many recipients have not signed, the time now): a :class:`Subject` of the record; default the record per action: cross-record rules (raise a UserError), then side effects, then effects after the event per action: the name of another action done in its place when the input says so (a return short of keys, confirmed, is the loan's loss), or None; the input and its columns stay, the other action's effects run and its event is stored what a linked record is to the one shown (a work slip sent with it, its follow-up, a reversal …)</extracomment>
        <translation>work slip</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>reversal</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renewal</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>key loan</source>
        <translation>key loan</translation>
    </message>
    <message>
        <source>move-out</source>
        <translation>move-out</translation>
    </message>
    <message>
        <source>The approver acts herself: signed in, or typing her own password here</source>
        <extracomment>the input, parsed by the fields' parser what the event keeps (an effect may add to it) rooms and staff the values name, found by :func:`act_in` the stored event (set before the after-effects run) when it was entered, for an action recorded from paper later than it happened what to mind before doing it (the transition's warning on this record), shown in its dialog every action the engine allows this user now, the hidden ones included (what enables a page's buttons) warnings shown beside the state a count stops here: the list says "more than …" instead of counting a whole table on each keystroke</extracomment>
        <translation>The approver acts herself: signed in, or typing her own password here</translation>
    </message>
    <message>
        <source>{name} may not do this: the approver acts herself, signed in or typing her own password at this desk</source>
        <translation>{name} may not do this: the approver acts herself, signed in or typing her own password at this desk</translation>
    </message>
    <message>
        <source>patrol</source>
        <translation>patrol</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>violation</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>No estate has been set up yet</source>
        <translation>No estate has been set up yet</translation>
    </message>
    <message>
        <source>This record no longer exists (another desk may have deleted it)</source>
        <translation>This record no longer exists (another desk may have deleted it)</translation>
    </message>
    <message>
        <source>Building no.</source>
        <extracomment>the estate registry's fields with the labels its editors declare (app/ui/dialogs/registry.py), and the enumerations of its choice fields</extracomment>
        <translation>Building no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>Floors</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>Building name</translation>
    </message>
    <message>
        <source>Building {no} already exists</source>
        <translation>Building {no} already exists</translation>
    </message>
    <message>
        <source>A building with rooms cannot be renumbered</source>
        <translation>A building with rooms cannot be renumbered</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>Unit no.</translation>
    </message>
    <message>
        <source>Unit {no} already exists in this building</source>
        <translation>Unit {no} already exists in this building</translation>
    </message>
    <message>
        <source>A unit with rooms cannot be renumbered</source>
        <translation>A unit with rooms cannot be renumbered</translation>
    </message>
    <message>
        <source>Choose the building and unit</source>
        <translation>Choose the building and unit</translation>
    </message>
    <message>
        <source>Room no.</source>
        <translation>Room no.</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Built-up area</source>
        <translation>Built-up area</translation>
    </message>
    <message>
        <source>Inner area</source>
        <translation>Inner area</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The inner area cannot exceed the built-up area</source>
        <translation>The inner area cannot exceed the built-up area</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <translation>Choose a value from the list</translation>
    </message>
    <message>
        <source>{field} changes only through the move-in, lease and move-out workflows, not on the room form</source>
        <translation>{field} changes only through the move-in, lease and move-out workflows, not on the room form</translation>
    </message>
    <message>
        <source>Room {code} already exists</source>
        <translation>Room {code} already exists</translation>
    </message>
    <message>
        <source>Choose a document type</source>
        <translation>Choose a document type</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Give at least one phone number: a mobile or a landline with its area code</source>
        <translation>Give at least one phone number: a mobile or a landline with its area code</translation>
    </message>
    <message>
        <source>The gender does not match the ID number</source>
        <translation>The gender does not match the ID number</translation>
    </message>
    <message>
        <source>Choose the person's role in the room</source>
        <translation>Choose the person's role in the room</translation>
    </message>
    <message>
        <source>A person with this ID number is already registered: search for them and link the existing record</source>
        <translation>A person with this ID number is already registered: search for them and link the existing record</translation>
    </message>
    <message>
        <source>This person already has this role in the room</source>
        <translation>This person already has this role in the room</translation>
    </message>
    <message>
        <source>An owner, tenant or agent needs an ID number</source>
        <translation>An owner, tenant or agent needs an ID number</translation>
    </message>
    <message>
        <source>This relation has already ended</source>
        <translation>This relation has already ended</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>Your role may not see full ID and phone numbers: ask a supervisor</source>
        <extracomment>filled by later workflows (keys held, leases, open complaints …) through sections() the audit trail's rows of a household card being read (一户一档 is privacy-sensitive, DOMAIN §2.2, §3.3): entity ``household_card`` (as its print), the room code as the record; a reveal of the full ID and phone numbers is a row of its own the same user reading the same card again within this time (the card refreshed after an edit, masked again after a reveal) is the same viewing: no second row</extracomment>
        <translation>Your role may not see full ID and phone numbers: ask a supervisor</translation>
    </message>
    <message>
        <source>e.g. 3栋</source>
        <translation>e.g. 3栋</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>e.g. 1502</source>
        <translation>e.g. 1502</translation>
    </message>
    <message>
        <source>Built-up area (m²)</source>
        <translation>Built-up area (m²)</translation>
    </message>
    <message>
        <source>Inner area (m²)</source>
        <translation>Inner area (m²)</translation>
    </message>
    <message>
        <source>e.g. 三室两厅</source>
        <translation>e.g. 三室两厅</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Room type</translation>
    </message>
    <message>
        <source>Delivery</source>
        <extracomment>the room's states a workflow keeps (DOMAIN.md §2.1, §8 design point 5): given when a room is entered, then read-only on its form</extracomment>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>(from ID)</source>
        <translation>(from ID)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>mobile or landline, e.g. 0755-2888 1234</source>
        <translation>mobile or landline, e.g. 0755-2888 1234</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Role in the room</source>
        <translation>Role in the room</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <source>Room</source>
        <extracomment>the fill of a room's row by what the desk sees on the estate's colour-coded plan (DOMAIN.md §8.3): unsold, sold and not handed over, then a handed-over room by its use</extracomment>
        <translation>Room</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>Area m²</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Room list</source>
        <translation>Room list</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>New building</source>
        <translation>New building</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>All occupancy</source>
        <translation>All occupancy</translation>
    </message>
    <message>
        <source>Room code starts with… e.g. 3-2-15</source>
        <translation>Room code starts with… e.g. 3-2-15</translation>
    </message>
    <message>
        <source>This estate has no rooms yet. Import the roster of owners from Excel (the rooms come with it), or add a building on the left.</source>
        <translation>This estate has no rooms yet. Import the roster of owners from Excel (the rooms come with it), or add a building on the left.</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>Print list</translation>
    </message>
    <message>
        <source>Print the rooms of the current filter</source>
        <translation>Print the rooms of the current filter</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Export the rooms of the current filter to Excel</source>
        <translation>Export the rooms of the current filter to Excel</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>Household card</translation>
    </message>
    <message>
        <source>Choose a room on the left, or search with Ctrl+K.</source>
        <translation>Choose a room on the left, or search with Ctrl+K.</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>Edit room</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>End relation</source>
        <translation>End relation</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Print card</translation>
    </message>
    <message>
        <source>Show full numbers</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Whole estate</source>
        <translation>Whole estate</translation>
    </message>
    <message>
        <source>Building {no}</source>
        <translation>Building {no}</translation>
    </message>
    <message>
        <source>Unit {no} ({n} rooms)</source>
        <translation>Unit {no} ({n} rooms)</translation>
    </message>
    <message>
        <source>{n} rooms</source>
        <translation>{n} rooms</translation>
    </message>
    <message>
        <source>Full ID and phone numbers are shown; this is recorded in the audit log.</source>
        <translation>Full ID and phone numbers are shown; this is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Building {b}, unit {u}, floor {f} · {area} m² · {layout}</source>
        <translation>Building {b}, unit {u}, floor {f} · {area} m² · {layout}</translation>
    </message>
    <message>
        <source>Hide full numbers</source>
        <translation>Hide full numbers</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Choose a building first.</source>
        <translation>Choose a building first.</translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation>Choose a unit first.</translation>
    </message>
    <message>
        <source>Choose a person in the card first.</source>
        <translation>Choose a person in the card first.</translation>
    </message>
    <message>
        <source>This relation has already ended.</source>
        <translation>This relation has already ended.</translation>
    </message>
    <message>
        <source>End {name}'s relation ({role}) with {code} today? The history keeps it.</source>
        <translation>End {name}'s relation ({role}) with {code} today? The history keeps it.</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>Scope: {scope}</translation>
    </message>
    <message>
        <source>Scope: whole estate</source>
        <translation>Scope: whole estate</translation>
    </message>
    <message>
        <source>Occupancy: {state}</source>
        <translation>Occupancy: {state}</translation>
    </message>
    <message>
        <source>Room code starts with: {text}</source>
        <translation>Room code starts with: {text}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Edit building</source>
        <translation>Edit building</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>Hand over to the collector</source>
        <translation>Hand over to the collector</translation>
    </message>
    <message>
        <source>{field} must be a time such as 17:30</source>
        <extracomment>how far ahead a required completion time may lie</extracomment>
        <translation>{field} must be a time such as 17:30</translation>
    </message>
    <message>
        <source>The required completion time must be later than now</source>
        <translation>The required completion time must be later than now</translation>
    </message>
    <message>
        <source>The required completion time is more than a year away</source>
        <translation>The required completion time is more than a year away</translation>
    </message>
    <message>
        <source>A tracking number has 4 to 40 letters, digits or dashes</source>
        <translation>A tracking number has 4 to 40 letters, digits or dashes</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to 999</source>
        <translation>The quantity must be a whole number from 1 to 999</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>longest range of days one printed register covers, and most rows it prints most open items listed per group in the shift handover (the rest are counted)</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer's phone</source>
        <translation>Customer's phone</translation>
    </message>
    <message>
        <source>Complete by (date)</source>
        <translation>Complete by (date)</translation>
    </message>
    <message>
        <source>Complete by (time)</source>
        <translation>Complete by (time)</translation>
    </message>
    <message>
        <source>Related record</source>
        <translation>Related record</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Addressee's phone</source>
        <translation>Addressee's phone</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <source>There is no room {code}: pick one from the list</source>
        <extracomment>couriers offered in the courier box (it accepts any other name)</extracomment>
        <translation>There is no room {code}: pick one from the list</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>This record no longer exists</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>Choose the type of slip</source>
        <translation>Choose the type of slip</translation>
    </message>
    <message>
        <source>Choose the priority</source>
        <translation>Choose the priority</translation>
    </message>
    <message>
        <source>Choose the department the slip goes to</source>
        <translation>Choose the department the slip goes to</translation>
    </message>
    <message>
        <source>{source} already has the open work slip {number}</source>
        <extracomment>the follow-up slips an inspection keeps (their numbers are kept in a 200-character column)</extracomment>
        <translation>{source} already has the open work slip {number}</translation>
    </message>
    <message>
        <source>The slip was returned by this department: choose another</source>
        <translation>The slip was returned by this department: choose another</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>customer informed</source>
        <translation>customer informed</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <source>There is no work slip {number}</source>
        <extracomment>status filters of the slip list besides the states themselves</extracomment>
        <translation>There is no work slip {number}</translation>
    </message>
    <message>
        <source>Choose received or left</source>
        <translation>Choose received or left</translation>
    </message>
    <message>
        <source>Choose the item type</source>
        <translation>Choose the item type</translation>
    </message>
    <message>
        <source>Choose the condition</source>
        <translation>Choose the condition</translation>
    </message>
    <message>
        <source>This tracking number is already waiting at the desk as {number}</source>
        <translation>This tracking number is already waiting at the desk as {number}</translation>
    </message>
    <message>
        <source>This item needs no approval, or is approved already</source>
        <translation>This item needs no approval, or is approved already</translation>
    </message>
    <message>
        <source>An item left for someone else needs the supervisor's approval first</source>
        <translation>An item left for someone else needs the supervisor's approval first</translation>
    </message>
    <message>
        <source>There is no item {number}</source>
        <translation>There is no item {number}</translation>
    </message>
    <message>
        <source>Give a day such as 2025-06-12 or a range such as 2025-06-01~2025-06-12</source>
        <translation>Give a day such as 2025-06-12 or a range such as 2025-06-01~2025-06-12</translation>
    </message>
    <message>
        <source>A register covers at most {n} days</source>
        <translation>A register covers at most {n} days</translation>
    </message>
    <message>
        <source>Work slips overdue</source>
        <translation>Work slips overdue</translation>
    </message>
    <message>
        <source>{open} awaiting a reply · {verify} to verify</source>
        <translation>{open} awaiting a reply · {verify} to verify</translation>
    </message>
    <message>
        <source>Parcels waiting</source>
        <translation>Parcels waiting</translation>
    </message>
    <message>
        <source>{notify} to notify · {remind} to remind · {back} to return</source>
        <translation>{notify} to notify · {remind} to remind · {back} to return</translation>
    </message>
    <message>
        <source>Work slips not answered</source>
        <translation>Work slips not answered</translation>
    </message>
    <message>
        <source>reply by {time}</source>
        <translation>reply by {time}</translation>
    </message>
    <message>
        <source>reply overdue since {time}</source>
        <translation>reply overdue since {time}</translation>
    </message>
    <message>
        <source>not signed for in time</source>
        <translation>not signed for in time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>{n} reminders</source>
        <translation>{n} reminders</translation>
    </message>
    <message>
        <source>Remind at</source>
        <translation>Remind at</translation>
    </message>
    <message>
        <source>Return after</source>
        <translation>Return after</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Urgent: {title}</source>
        <translation>Urgent: {title}</translation>
    </message>
    <message>
        <source>{n} urgent not signed for yet</source>
        <translation>{n} urgent not signed for yet</translation>
    </message>
    <message>
        <source>{n} urgent: notify now</source>
        <translation>{n} urgent: notify now</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>since {time}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open work slips</source>
        <translation>Open work slips</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>Complete by</translation>
    </message>
    <message>
        <source>More than {n} items in these days: print a shorter range</source>
        <translation>More than {n} items in these days: print a shorter range</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Name, if known</source>
        <translation>Name, if known</translation>
    </message>
    <message>
        <source>e.g. 3-2-1502</source>
        <translation>e.g. 3-2-1502</translation>
    </message>
    <message>
        <source>Work-log or complaint no.</source>
        <translation>Work-log or complaint no.</translation>
    </message>
    <message>
        <source>Received or left</source>
        <translation>Received or left</translation>
    </message>
    <message>
        <source>e.g. small box, A4 envelope</source>
        <translation>e.g. small box, A4 envelope</translation>
    </message>
    <message>
        <source>Who left it (required when left for someone)</source>
        <translation>Who left it (required when left for someone)</translation>
    </message>
    <message>
        <source>e.g. shelf A-3</source>
        <translation>e.g. shelf A-3</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Urgent / express</source>
        <translation>Urgent / express</translation>
    </message>
    <message>
        <source>Valuable</source>
        <translation>Valuable</translation>
    </message>
    <message>
        <source>If damaged: what, and that the courier was told</source>
        <translation>If damaged: what, and that the courier was told</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Name as signed on the slip</source>
        <translation>Name as signed on the slip</translation>
    </message>
    <message>
        <source>14:05 or 2025-06-12 14:05; empty: now</source>
        <translation>14:05 or 2025-06-12 14:05; empty: now</translation>
    </message>
    <message>
        <source>Result, progress, problems</source>
        <translation>Result, progress, problems</translation>
    </message>
    <message>
        <source>e.g. belongs to the engineering department</source>
        <translation>e.g. belongs to the engineering department</translation>
    </message>
    <message>
        <source>e.g. not collected in time, returned to the courier</source>
        <translation>e.g. not collected in time, returned to the courier</translation>
    </message>
    <message>
        <source>sign by {time}</source>
        <translation>sign by {time}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>needs approval</translation>
    </message>
    <message>
        <source>to return</source>
        <translation>to return</translation>
    </message>
    <message>
        <source>remind</source>
        <translation>remind</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>valuable</source>
        <translation>valuable</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courier / tracking no.</source>
        <translation>Courier / tracking no.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Awaiting a reply</source>
        <translation>Awaiting a reply</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>New work slip</source>
        <translation>New work slip</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>Print register</translation>
    </message>
    <message>
        <source>Print the register of items of today, or of the dates chosen above</source>
        <translation>Print the register of items of today, or of the dates chosen above</translation>
    </message>
    <message>
        <source>No., subject or customer</source>
        <translation>No., subject or customer</translation>
    </message>
    <message>
        <source>Choose a slip on the left to see it, sign for it, record the reply …</source>
        <translation>Choose a slip on the left to see it, sign for it, record the reply …</translation>
    </message>
    <message>
        <source>No open work slips. A request that needs another department? Press Ctrl+N to send a work slip.</source>
        <translation>No open work slips. A request that needs another department? Press Ctrl+N to send a work slip.</translation>
    </message>
    <message>
        <source>reply overdue</source>
        <translation>reply overdue</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>To notify</source>
        <translation>To notify</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Reminder due</translation>
    </message>
    <message>
        <source>Due to return</source>
        <translation>Due to return</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Needs approval</translation>
    </message>
    <message>
        <source>All item types</source>
        <translation>All item types</translation>
    </message>
    <message>
        <source>Receive an item</source>
        <translation>Receive an item</translation>
    </message>
    <message>
        <source>Name, room, tracking no., last 4 digits of the phone, No.</source>
        <translation>Name, room, tracking no., last 4 digits of the phone, No.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Choose an item on the left to notify, remind or hand it over …</source>
        <translation>Choose an item on the left to notify, remind or hand it over …</translation>
    </message>
    <message>
        <source>Nothing is waiting at the desk. Press Ctrl+N when a letter or parcel arrives.</source>
        <translation>Nothing is waiting at the desk. Press Ctrl+N when a letter or parcel arrives.</translation>
    </message>
    <message>
        <source>waits for the supervisor's approval</source>
        <translation>waits for the supervisor's approval</translation>
    </message>
    <message>
        <source>due to be returned</source>
        <translation>due to be returned</translation>
    </message>
    <message>
        <source>reminder due</source>
        <translation>reminder due</translation>
    </message>
    <message>
        <source>Work slips</source>
        <translation>Work slips</translation>
    </message>
    <message>
        <source>Parcels and letters</source>
        <translation>Parcels and letters</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This month: slips sent {n}</source>
        <translation>This month: slips sent {n}</translation>
    </message>
    <message>
        <source>signed in time {rate}</source>
        <translation>signed in time {rate}</translation>
    </message>
    <message>
        <source>replied in time {rate}</source>
        <translation>replied in time {rate}</translation>
    </message>
    <message>
        <source>items waiting over the reminder time {n}</source>
        <translation>items waiting over the reminder time {n}</translation>
    </message>
    <message>
        <source>{h:.1f} h to collection on average</source>
        <translation>{h:.1f} h to collection on average</translation>
    </message>
    <message>
        <source>Work slip sent. Print it (Ctrl+P) for the department to sign.</source>
        <translation>Work slip sent. Print it (Ctrl+P) for the department to sign.</translation>
    </message>
    <message>
        <source>Item registered. Notify the addressee now.</source>
        <translation>Item registered. Notify the addressee now.</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <source>List at least one item with its quantity</source>
        <translation>List at least one item with its quantity</translation>
    </message>
    <message>
        <source>A slip lists at most {n} items: write a second slip for the rest</source>
        <translation>A slip lists at most {n} items: write a second slip for the rest</translation>
    </message>
    <message>
        <source>Item line {n}: write the name, then a quantity above 0 (旧地板 12 捆)</source>
        <translation>Item line {n}: write the name, then a quantity above 0 (旧地板 12 捆)</translation>
    </message>
    <message>
        <source>{name} is not a registered owner of {room}: choose how the owner authorised the applicant</source>
        <translation>{name} is not a registered owner of {room}: choose how the owner authorised the applicant</translation>
    </message>
    <message>
        <source>{room} has no registered owner: register the owner on the household card first</source>
        <translation>{room} has no registered owner: register the owner on the household card first</translation>
    </message>
    <message>
        <source>Attach the owner's written consent naming the applicant and the goods</source>
        <translation>Attach the owner's written consent naming the applicant and the goods</translation>
    </message>
    <message>
        <source>{name} is not a registered owner of {room}: the phone confirmation comes from an owner</source>
        <translation>{name} is not a registered owner of {room}: the phone confirmation comes from an owner</translation>
    </message>
    <message>
        <source>The owner's phone confirmation cannot be in the future</source>
        <translation>The owner's phone confirmation cannot be in the future</translation>
    </message>
    <message>
        <source>{room} has no renovation permit valid on {day}: renovation goods leave only under an active permit</source>
        <translation>{room} has no renovation permit valid on {day}: renovation goods leave only under an active permit</translation>
    </message>
    <message>
        <source>{room} owes {amount} overdue ({bills} bills): the goods of a move-out leave only when the arrears are paid</source>
        <translation>{room} owes {amount} overdue ({bills} bills): the goods of a move-out leave only when the arrears are paid</translation>
    </message>
    <message>
        <source>The exit day cannot be before today</source>
        <translation>The exit day cannot be before today</translation>
    </message>
    <message>
        <source>The slip must be valid at least until the exit day ({day})</source>
        <translation>The slip must be valid at least until the exit day ({day})</translation>
    </message>
    <message>
        <source>A slip is valid at most {days} days after the exit day (until {day})</source>
        <translation>A slip is valid at most {days} days after the exit day (until {day})</translation>
    </message>
    <message>
        <source>There is no release slip {number}</source>
        <translation>There is no release slip {number}</translation>
    </message>
    <message>
        <source>Slip {number} was already used: released at {at} by {name}. A slip is used once</source>
        <translation>Slip {number} was already used: released at {at} by {name}. A slip is used once</translation>
    </message>
    <message>
        <source>Slip {number} was refused at the gate at {at}: the applicant needs a new slip</source>
        <translation>Slip {number} was refused at the gate at {at}: the applicant needs a new slip</translation>
    </message>
    <message>
        <source>Slip {number} was valid until {day}: it has expired, the applicant needs a new slip</source>
        <translation>Slip {number} was valid until {day}: it has expired, the applicant needs a new slip</translation>
    </message>
    <message>
        <source>Slip {number} has not been approved by the supervisor yet</source>
        <translation>Slip {number} has not been approved by the supervisor yet</translation>
    </message>
    <message>
        <source>Slip {number} is void</source>
        <translation>Slip {number} is void</translation>
    </message>
    <message>
        <source>Slip {number} is valid from {day}</source>
        <translation>Slip {number} is valid from {day}</translation>
    </message>
    <message>
        <source>The week reconciled starts on a {weekday} (the reconciliation day): {day} is not</source>
        <translation>The week reconciled starts on a {weekday} (the reconciliation day): {day} is not</translation>
    </message>
    <message>
        <source>The week from {day} is not over yet: reconcile it from {next}</source>
        <translation>The week from {day} is not over yet: reconcile it from {next}</translation>
    </message>
    <message>
        <source>Not released in this week: {numbers}</source>
        <translation>Not released in this week: {numbers}</translation>
    </message>
    <message>
        <source>{name} may not review release slips: the supervisor reviews, signed in or typing her own password at this desk</source>
        <translation>{name} may not review release slips: the supervisor reviews, signed in or typing her own password at this desk</translation>
    </message>
    <message>
        <source>Write the plate as 浙A12345 (province, letter, 5 or 6 characters)</source>
        <translation>Write the plate as 浙A12345 (province, letter, 5 or 6 characters)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Applicant is</source>
        <translation>Applicant is</translation>
    </message>
    <message>
        <source>Applicant's ID</source>
        <translation>Applicant's ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Authorised by</translation>
    </message>
    <message>
        <source>Owner's written consent</source>
        <translation>Owner's written consent</translation>
    </message>
    <message>
        <source>Owner who confirmed by phone</source>
        <translation>Owner who confirmed by phone</translation>
    </message>
    <message>
        <source>Confirmed by phone at</source>
        <translation>Confirmed by phone at</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>One a line: name, quantity, unit, remark (旧地板 12 捆)</source>
        <translation>One a line: name, quantity, unit, remark (旧地板 12 捆)</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>Vehicle plate</translation>
    </message>
    <message>
        <source>Exit day</source>
        <translation>Exit day</translation>
    </message>
    <message>
        <source>Empty: today</source>
        <translation>Empty: today</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Empty: the exit day</source>
        <translation>Empty: the exit day</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <extracomment>the supervisor who reviews at another's desk, typing her own password (empty: the one signed in)</extracomment>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Carrier's ID</source>
        <translation>Carrier's ID</translation>
    </message>
    <message>
        <source>What does not match</source>
        <translation>What does not match</translation>
    </message>
    <message>
        <source>This release slip no longer exists</source>
        <translation>This release slip no longer exists</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gate copy not returned</source>
        <translation>Gate copy not returned</translation>
    </message>
    <message>
        <source>All slips</source>
        <translation>All slips</translation>
    </message>
    <message>
        <source>At the gate</source>
        <translation>At the gate</translation>
    </message>
    <message>
        <source>Gate copy returned</source>
        <translation>Gate copy returned</translation>
    </message>
    <message>
        <source>Release slips to review</source>
        <translation>Release slips to review</translation>
    </message>
    <message>
        <source>Gate copies to reconcile</source>
        <translation>Gate copies to reconcile</translation>
    </message>
    <message>
        <source>Release slips not yet used</source>
        <translation>Release slips not yet used</translation>
    </message>
    <message>
        <source>Goods release slips</source>
        <translation>Goods release slips</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>Slips</translation>
    </message>
    <message>
        <source>No., room or applicant</source>
        <translation>No., room or applicant</translation>
    </message>
    <message>
        <source>Choose a slip on the left, or issue one with Ctrl+N.</source>
        <translation>Choose a slip on the left, or issue one with Ctrl+N.</translation>
    </message>
    <message>
        <source>No release slip is waiting. Press Ctrl+N to issue one.</source>
        <translation>No release slip is waiting. Press Ctrl+N to issue one.</translation>
    </message>
    <message>
        <source>Every gate copy of a released slip is back.</source>
        <translation>Every gate copy of a released slip is back.</translation>
    </message>
    <message>
        <source>No slip has expired unused.</source>
        <translation>No slip has expired unused.</translation>
    </message>
    <message>
        <source>Issue a slip</source>
        <translation>Issue a slip</translation>
    </message>
    <message>
        <source>Issue a goods-release slip</source>
        <translation>Issue a goods-release slip</translation>
    </message>
    <message>
        <source>Release slip</source>
        <translation>Release slip</translation>
    </message>
    <message>
        <source>Supervisor's own password</source>
        <translation>Supervisor's own password</translation>
    </message>
    <message>
        <source>Typed by the supervisor, unless signed in here</source>
        <translation>Typed by the supervisor, unless signed in here</translation>
    </message>
</context>
<context>
    <name>ReleasePage</name>
    <message>
        <source>Gate check</source>
        <translation>Gate check</translation>
    </message>
    <message>
        <source>Weekly reconciliation</source>
        <translation>Weekly reconciliation</translation>
    </message>
</context>
<context>
    <name>Renovation</name>
    <message>
        <source>Applicant's ID</source>
        <extracomment>the documents every application needs (§4.14 step 2): attachment role → what the checklist calls it</extracomment>
        <translation>Applicant's ID</translation>
    </message>
    <message>
        <source>Proof of ownership or handover</source>
        <translation>Proof of ownership or handover</translation>
    </message>
    <message>
        <source>Plan drawings</source>
        <translation>Plan drawings</translation>
    </message>
    <message>
        <source>Contractor's licence and qualification</source>
        <translation>Contractor's licence and qualification</translation>
    </message>
    <message>
        <source>Contractor head's ID and guarantee letter</source>
        <translation>Contractor head's ID and guarantee letter</translation>
    </message>
    <message>
        <source>Owner's written consent or power of attorney</source>
        <translation>Owner's written consent or power of attorney</translation>
    </message>
    <message>
        <source>Designer's plan for the structural change</source>
        <extracomment>each special flag's approval document</extracomment>
        <translation>Designer's plan for the structural change</translation>
    </message>
    <message>
        <source>Planning approval of the façade change</source>
        <translation>Planning approval of the façade change</translation>
    </message>
    <message>
        <source>Gas company's approval</source>
        <translation>Gas company's approval</translation>
    </message>
    <message>
        <source>Heating company's approval</source>
        <translation>Heating company's approval</translation>
    </message>
    <message>
        <source>Closed-water test record</source>
        <translation>Closed-water test record</translation>
    </message>
    <message>
        <source>Worker list (at least one worker)</source>
        <translation>Worker list (at least one worker)</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Photo of {name}</translation>
    </message>
    <message>
        <source>{room} has not been handed over: a renovation needs a delivered room</source>
        <translation>{room} has not been handed over: a renovation needs a delivered room</translation>
    </message>
    <message>
        <source>{room} already has a renovation case under way ({number}, {state})</source>
        <translation>{room} already has a renovation case under way ({number}, {state})</translation>
    </message>
    <message>
        <source>Work may start {days} days after the application at the earliest ({day})</source>
        <translation>Work may start {days} days after the application at the earliest ({day})</translation>
    </message>
    <message>
        <source>The planned end must be after the planned start</source>
        <translation>The planned end must be after the planned start</translation>
    </message>
    <message>
        <source>A renovation lasts at most {days} days: end by {day}, or ask for an extension later</source>
        <translation>A renovation lasts at most {days} days: end by {day}, or ask for an extension later</translation>
    </message>
    <message>
        <source>A tenant or an agent applies with the owner's written consent or power of attorney attached</source>
        <translation>A tenant or an agent applies with the owner's written consent or power of attorney attached</translation>
    </message>
    <message>
        <source>{room} has no open lease: a tenant applies under the room's lease</source>
        <translation>{room} has no open lease: a tenant applies under the room's lease</translation>
    </message>
    <message>
        <source>{name} is not the tenant of {room}: its lease {number} is {tenant}'s</source>
        <translation>{name} is not the tenant of {room}: its lease {number} is {tenant}'s</translation>
    </message>
    <message>
        <source>The file is incomplete. Missing: {missing}</source>
        <translation>The file is incomplete. Missing: {missing}</translation>
    </message>
    <message>
        <source>{name}'s ID number is already on this case's worker list</source>
        <translation>{name}'s ID number is already on this case's worker list</translation>
    </message>
    <message>
        <source>Workers can no longer be added to a case that is {state}</source>
        <translation>Workers can no longer be added to a case that is {state}</translation>
    </message>
    <message>
        <source>This worker is not on the case</source>
        <translation>This worker is not on the case</translation>
    </message>
    <message>
        <source>Record the signed three-party renovation agreement before the permit</source>
        <translation>Record the signed three-party renovation agreement before the permit</translation>
    </message>
    <message>
        <source>The permit is issued only after the deposits are paid: {missing}</source>
        <translation>The permit is issued only after the deposits are paid: {missing}</translation>
    </message>
    <message>
        <source>{room} owes {amount} overdue ({bills} bills): the permit is refused until the arrears are paid</source>
        <translation>{room} owes {amount} overdue ({bills} bills): the permit is refused until the arrears are paid</translation>
    </message>
    <message>
        <source>{fee} is already paid for this case ({receipt})</source>
        <translation>{fee} is already paid for this case ({receipt})</translation>
    </message>
    <message>
        <source>Enter at least one fee or deposit to collect</source>
        <translation>Enter at least one fee or deposit to collect</translation>
    </message>
    <message>
        <source>The re-inspection is due {days} days after the initial acceptance: from {day}</source>
        <translation>The re-inspection is due {days} days after the initial acceptance: from {day}</translation>
    </message>
    <message>
        <source>The new end date must be after the permit's current end ({day})</source>
        <translation>The new end date must be after the permit's current end ({day})</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the deposits less deductions ({left})</source>
        <translation>A refund of {amount} is more than the deposits less deductions ({left})</translation>
    </message>
    <message>
        <source>{name} may not approve this: the manager approves, signed in or typing her own password at this desk</source>
        <translation>{name} may not approve this: the manager approves, signed in or typing her own password at this desk</translation>
    </message>
    <message>
        <source>Deposits are still held for this case: refund them before withdrawing it</source>
        <translation>Deposits are still held for this case: refund them before withdrawing it</translation>
    </message>
    <message>
        <source>Collect the workers' passes at the initial acceptance (tick “Passes collected”)</source>
        <translation>Collect the workers' passes at the initial acceptance (tick “Passes collected”)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Applicant is</source>
        <translation>Applicant is</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Renovation type</source>
        <translation>Renovation type</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Walls, floors, wiring</source>
        <translation>Walls, floors, wiring</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Fire-safety person</source>
        <translation>Fire-safety person</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>Licence no.</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <source>Site head</source>
        <translation>Site head</translation>
    </message>
    <message>
        <source>Site head's phone</source>
        <translation>Site head's phone</translation>
    </message>
    <message>
        <source>Site head's ID</source>
        <translation>Site head's ID</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>New end date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Defects to rectify</source>
        <translation>Defects to rectify</translation>
    </message>
    <message>
        <source>Passes collected</source>
        <translation>Passes collected</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>This renovation case no longer exists</source>
        <translation>This renovation case no longer exists</translation>
    </message>
    <message>
        <source>The approver acts herself: signed in, or typing her own password here</source>
        <translation>The approver acts herself: signed in, or typing her own password here</translation>
    </message>
    <message>
        <source>The fee item {code} is not set up: add it under Fee items</source>
        <extracomment>the fee items a case charges at the counter (app.services.fees.items)</extracomment>
        <translation>The fee item {code} is not set up: add it under Fee items</translation>
    </message>
    <message>
        <source>Renovation {number}</source>
        <extracomment>why a stopped case may not resume yet, asked of the chain's other workflows without importing them (site supervision registers its violation notices that keep the work stopped); None: nothing holds it</extracomment>
        <translation>Renovation {number}</translation>
    </message>
    <message>
        <source>Special works</source>
        <translation>Special works</translation>
    </message>
    <message>
        <source>Planned period</source>
        <translation>Planned period</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>Fees paid</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Permit</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>File incomplete</source>
        <translation>File incomplete</translation>
    </message>
    <message>
        <source>Renovation applications to review</source>
        <translation>Renovation applications to review</translation>
    </message>
    <message>
        <source>Permits ending within 7 days</source>
        <translation>Permits ending within 7 days</translation>
    </message>
    <message>
        <source>Acceptances due</source>
        <translation>Acceptances due</translation>
    </message>
    <message>
        <source>Deposit refunds due</source>
        <translation>Deposit refunds due</translation>
    </message>
    <message>
        <source>Renovation cases to handle</source>
        <translation>Renovation cases to handle</translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation>Renovations</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>There is no renovation case {number}</source>
        <translation>There is no renovation case {number}</translation>
    </message>
    <message>
        <source>Case {number} has no permit yet</source>
        <translation>Case {number} has no permit yet</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Room or ZX No.</source>
        <translation>Room or ZX No.</translation>
    </message>
    <message>
        <source>Choose a case in the list, or register an application with Ctrl+N.</source>
        <translation>Choose a case in the list, or register an application with Ctrl+N.</translation>
    </message>
    <message>
        <source>No renovation applications. Press Ctrl+N to register one.</source>
        <translation>No renovation applications. Press Ctrl+N to register one.</translation>
    </message>
    <message>
        <source>Renovation cases</source>
        <translation>Renovation cases</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>New renovation application</source>
        <translation>New renovation application</translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation>Add worker</translation>
    </message>
    <message>
        <source>Collect fees</source>
        <translation>Collect fees</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>Worker register</source>
        <translation>Worker register</translation>
    </message>
    <message>
        <source>Acceptance form</source>
        <translation>Acceptance form</translation>
    </message>
    <message>
        <source>Refund approval</source>
        <translation>Refund approval</translation>
    </message>
    <message>
        <source>Photo (for the pass)</source>
        <translation>Photo (for the pass)</translation>
    </message>
    <message>
        <source>Owner's deposit</source>
        <translation>Owner's deposit</translation>
    </message>
    <message>
        <source>2000.00</source>
        <translation>2000.00</translation>
    </message>
    <message>
        <source>Contractor's deposit</source>
        <translation>Contractor's deposit</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Pass deposit per worker</source>
        <translation>Pass deposit per worker</translation>
    </message>
    <message>
        <source>30.00</source>
        <translation>30.00</translation>
    </message>
    <message>
        <source>Rubbish removal fee (by area)</source>
        <translation>Rubbish removal fee (by area)</translation>
    </message>
    <message>
        <source>Renovation management fee</source>
        <translation>Renovation management fee</translation>
    </message>
    <message>
        <source>Pass card fees (per worker)</source>
        <translation>Pass card fees (per worker)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
</context>
<context>
    <name>RenovationPage</name>
    <message>
        <source>Enter an amount such as 2000.00</source>
        <translation>Enter an amount such as 2000.00</translation>
    </message>
    <message>
        <source>Add a worker to {number}</source>
        <translation>Add a worker to {number}</translation>
    </message>
    <message>
        <source>Worker added.</source>
        <translation>Worker added.</translation>
    </message>
    <message>
        <source>Collect the fees of {number}</source>
        <translation>Collect the fees of {number}</translation>
    </message>
    <message>
        <source>Fees collected; the receipts are in Fees.</source>
        <translation>Fees collected; the receipts are in Fees.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {username}</source>
        <translation>Reset the password of {username}</translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next sign-in; a locked account is unlocked.</source>
        <translation>{name} must choose a new password at the next sign-in; a locked account is unlocked.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restoring replaces all current data with the backup.&lt;/b&gt; Everything entered at any desk after the backup was made is lost. The current database is backed up first (kind “Before a restore”), so you can go back. Front Desk then returns to the sign-in screen; ask the other desks to stop working first.</source>
        <translation>&lt;b&gt;Restoring replaces all current data with the backup.&lt;/b&gt; Everything entered at any desk after the backup was made is lost. The current database is backed up first (kind “Before a restore”), so you can go back. Front Desk then returns to the sign-in screen; ask the other desks to stop working first.</translation>
    </message>
    <message>
        <source>Choose a backup:</source>
        <translation>Choose a backup:</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>Choose another &amp;file…</translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation>No backup chosen.</translation>
    </message>
    <message>
        <source>I understand that data entered after this backup will be lost</source>
        <translation>I understand that data entered after this backup will be lost</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored on the server (pg_restore); see the administrator's guide.</source>
        <translation>A PostgreSQL database is restored on the server (pg_restore); see the administrator's guide.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Front Desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Front Desk databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Restore from {file} (made {when}, {size}). Data entered after {when} will be lost.</source>
        <translation>Restore from {file} (made {when}, {size}). Data entered after {when} will be lost.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>{file} cannot be read.</translation>
    </message>
    <message>
        <source>Choose a backup and tick the confirmation first.</source>
        <translation>Choose a backup and tick the confirmation first.</translation>
    </message>
    <message>
        <source>Restore needs the desk's session to close the database, and there is none here. Use the command line: frontdesk restore &lt;file&gt;.</source>
        <translation>Restore needs the desk's session to close the database, and there is none here. Use the command line: frontdesk restore &lt;file&gt;.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Check the work log of {day}</source>
        <translation>Check the work log of {day}</translation>
    </message>
    <message>
        <source>{n} requests, {m} without a result.</source>
        <translation>{n} requests, {m} without a result.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Edit room {code}</source>
        <translation>Edit room {code}</translation>
    </message>
    <message>
        <source>New room in {unit}</source>
        <translation>New room in {unit}</translation>
    </message>
    <message>
        <source>Changed only through the move-in, lease and move-out workflows</source>
        <translation>Changed only through the move-in, lease and move-out workflows</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Room {code} is already registered</source>
        <translation>Room {code} is already registered</translation>
    </message>
    <message>
        <source>Imported {rooms} rooms and {people} new people ({linked} already registered people linked); {skipped} rows skipped</source>
        <translation>Imported {rooms} rooms and {people} new people ({linked} already registered people linked); {skipped} rows skipped</translation>
    </message>
    <message>
        <source>{n} rows have errors. Correct them in the file, or import only the good rows.</source>
        <extracomment>rows written per transaction: the write lock is held well under a second at a time, so the other desks' saves go through during a large import (a 50,000-row roster held it for 90 s in one transaction)</extracomment>
        <translation>{n} rows have errors. Correct them in the file, or import only the good rows.</translation>
    </message>
    <message>
        <source>There is no row to import.</source>
        <translation>There is no row to import.</translation>
    </message>
    <message>
        <source>{done} of {n} rows were imported, then: {err} Import the file again with only the good rows to finish.</source>
        <translation>{done} of {n} rows were imported, then: {err} Import the file again with only the good rows to finish.</translation>
    </message>
    <message>
        <source>Excel has turned this ID number into a number and rounded it; format the column as text and type it again</source>
        <extracomment>How often (in rows) ``progress(done, total)`` is called while reading. field key -&gt; the Chinese header of the import template (also the column name in error reports).</extracomment>
        <translation>Excel has turned this ID number into a number and rounded it; format the column as text and type it again</translation>
    </message>
    <message>
        <source>Unknown ID type “{value}”</source>
        <translation>Unknown ID type “{value}”</translation>
    </message>
    <message>
        <source>Unknown room type “{value}”</source>
        <translation>Unknown room type “{value}”</translation>
    </message>
    <message>
        <source>The floor must be a whole number (this is “{value}”)</source>
        <translation>The floor must be a whole number (this is “{value}”)</translation>
    </message>
    <message>
        <source>The floor is empty and cannot be read from the room number; fill in the floor</source>
        <translation>The floor is empty and cannot be read from the room number; fill in the floor</translation>
    </message>
    <message>
        <source>Room {code} is also in row(s) {rows} of this file</source>
        <translation>Room {code} is also in row(s) {rows} of this file</translation>
    </message>
    <message>
        <source>An ID number or phone is given but the owner's name is empty</source>
        <translation>An ID number or phone is given but the owner's name is empty</translation>
    </message>
    <message>
        <source>This file is neither an Excel workbook (.xlsx) nor a CSV file: save the roster from Excel or WPS as .xlsx (文件 → 另存为 → Excel 工作簿) and import that file</source>
        <translation>This file is neither an Excel workbook (.xlsx) nor a CSV file: save the roster from Excel or WPS as .xlsx (文件 → 另存为 → Excel 工作簿) and import that file</translation>
    </message>
    <message>
        <source>This is an old Excel 97–2003 workbook (.xls), which cannot be read directly. Open it in Excel or WPS, choose 文件 → 另存为, file type “Excel 工作簿 (*.xlsx)”, and import the .xlsx file</source>
        <translation>This is an old Excel 97–2003 workbook (.xls), which cannot be read directly. Open it in Excel or WPS, choose 文件 → 另存为, file type “Excel 工作簿 (*.xlsx)”, and import the .xlsx file</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods), which cannot be read directly. Open it in LibreOffice Calc, choose 文件 → 另存为, file type “Excel 2007-365 (.xlsx)”, and import the .xlsx file</source>
        <translation>This is an OpenDocument spreadsheet (.ods), which cannot be read directly. Open it in LibreOffice Calc, choose 文件 → 另存为, file type “Excel 2007-365 (.xlsx)”, and import the .xlsx file</translation>
    </message>
    <message>
        <source>This CSV file is neither UTF-8 nor GBK text: save it from Excel as “CSV UTF-8 (逗号分隔)”</source>
        <translation>This CSV file is neither UTF-8 nor GBK text: save it from Excel as “CSV UTF-8 (逗号分隔)”</translation>
    </message>
    <message>
        <source>Row {row} is a totals row (“{label}”) and was skipped</source>
        <translation>Row {row} is a totals row (“{label}”) and was skipped</translation>
    </message>
    <message>
        <source>No header row found: the first rows of the sheet need the columns {columns}</source>
        <translation>No header row found: the first rows of the sheet need the columns {columns}</translation>
    </message>
    <message>
        <source>The sheet has no column {columns}</source>
        <translation>The sheet has no column {columns}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>a row whose first filled cell says one of these sums up the rows above it (合计/小计/总计, 共计 …)</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster from Excel</source>
        <translation>Import roster from Excel</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Show only rows with problems</translation>
    </message>
    <message>
        <source>Save problem list…</source>
        <translation>Save problem list…</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>Import all</translation>
    </message>
    <message>
        <source>Import only the good rows</source>
        <translation>Import only the good rows</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Choose the roster</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>Rosters (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <source>Columns: 楼栋, 单元, 房号, 楼层, 建筑面积, 户型/房屋类型, 业主姓名, 证件类型, 证件号码, 联系电话. An Excel workbook (.xlsx) or a CSV file; format the ID column as text.</source>
        <translation>Columns: 楼栋, 单元, 房号, 楼层, 建筑面积, 户型/房屋类型, 业主姓名, 证件类型, 证件号码, 联系电话. An Excel workbook (.xlsx) or a CSV file; format the ID column as text.</translation>
    </message>
    <message>
        <source>{total} rows read: {good} good, {bad} with problems.</source>
        <translation>{total} rows read: {good} good, {bad} with problems.</translation>
    </message>
    <message>
        <source>Some rows have problems (in red). Correct the file and choose it again, or import only the good rows.</source>
        <translation>Some rows have problems (in red). Correct the file and choose it again, or import only the good rows.</translation>
    </message>
    <message>
        <source>Every row is correct.</source>
        <translation>Every row is correct.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Save problem list</source>
        <translation>Save problem list</translation>
    </message>
    <message>
        <source>Problem list saved to {path}</source>
        <translation>Problem list saved to {path}</translation>
    </message>
</context>
<context>
    <name>RoutesDialog</name>
    <message>
        <source>Routes and checkpoints</source>
        <translation>Routes and checkpoints</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>New route</translation>
    </message>
    <message>
        <source>Edit route</source>
        <translation>Edit route</translation>
    </message>
    <message>
        <source>New checkpoint</source>
        <translation>New checkpoint</translation>
    </message>
    <message>
        <source>Edit checkpoint</source>
        <translation>Edit checkpoint</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>Satisfied (A)</source>
        <translation>Satisfied (A)</translation>
    </message>
    <message>
        <source>Fairly satisfied (B)</source>
        <translation>Fairly satisfied (B)</translation>
    </message>
    <message>
        <source>Not satisfied (C)</source>
        <translation>Not satisfied (C)</translation>
    </message>
</context>
<context>
    <name>ScopePickerDialog</name>
    <message>
        <source>Choose the scope</source>
        <translation>Choose the scope</translation>
    </message>
    <message>
        <source>Tick the whole estate, or the buildings and units concerned. Rooms typed in the scope are kept.</source>
        <translation>Tick the whole estate, or the buildings and units concerned. Rooms typed in the scope are kept.</translation>
    </message>
    <message>
        <source>Whole estate</source>
        <translation>Whole estate</translation>
    </message>
    <message>
        <source>Building {no}</source>
        <translation>Building {no}</translation>
    </message>
    <message>
        <source>Unit {no}</source>
        <translation>Unit {no}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>former {role}</source>
        <extracomment>the shortest part of a phone number that finds it (any part of its digits, like a name's suffixes) a document's record kind (app.services.records), whose page opens it; "" for a room or a person the global search's statements, built once (a keystroke binds its values: Database.rows)</extracomment>
        <translation>former {role}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Room 3-2-1502, name, initials (zs), phone, last 4 digits, ID…</source>
        <translation>Room 3-2-1502, name, initials (zs), phone, last 4 digits, ID…</translation>
    </message>
    <message>
        <source>Type at least one character.</source>
        <translation>Type at least one character.</translation>
    </message>
    <message>
        <source>{n} found — Enter opens the document on its page</source>
        <translation>{n} found — Enter opens the document on its page</translation>
    </message>
    <message>
        <source>{n} found — Enter chooses the room</source>
        <translation>{n} found — Enter chooses the room</translation>
    </message>
    <message>
        <source>{n} found — Enter opens the household card</source>
        <translation>{n} found — Enter opens the household card</translation>
    </message>
    <message>
        <source>Nothing found for “{q}”.</source>
        <translation>Nothing found for “{q}”.</translation>
    </message>
    <message>
        <source>{name} is not linked to a room.</source>
        <translation>{name} is not linked to a room.</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Someone else changed this record in the meantime. Reload it and apply your change again.</source>
        <translation>Someone else changed this record in the meantime. Reload it and apply your change again.</translation>
    </message>
    <message>
        <source>Your account was disabled or given another role since you signed in: sign out and sign in again.</source>
        <translation>Your account was disabled or given another role since you signed in: sign out and sign in again.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: {what}</source>
        <translation>Your role ({role}) may not do this: {what}</translation>
    </message>
    <message>
        <source>This would create a duplicate or break a link between records ({detail}).</source>
        <extracomment>The administrator at the command line (whoever can read the database file can do everything).</extracomment>
        <translation>This would create a duplicate or break a link between records ({detail}).</translation>
    </message>
    <message>
        <source>Unknown parameter {key}</source>
        <extracomment>the last overrides read and the values parsed from them: most calls find the same rows (one small query) and skip the parsing; a change made at any desk differs from them and is parsed afresh</extracomment>
        <translation>Unknown parameter {key}</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Estate name</source>
        <translation>Estate name</translation>
    </message>
    <message>
        <source>This database is already set up</source>
        <translation>This database is already set up</translation>
    </message>
    <message>
        <source>No estate has been set up yet</source>
        <translation>No estate has been set up yet</translation>
    </message>
    <message>
        <source>e.g. 锦绣华庭</source>
        <translation>e.g. 锦绣华庭</translation>
    </message>
    <message>
        <source>Supervisor's user name</source>
        <translation>Supervisor's user name</translation>
    </message>
    <message>
        <source>Supervisor's name</source>
        <translation>Supervisor's name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Front Desk</source>
        <translation>Sign in — Front Desk</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Customer service desk</source>
        <translation>Customer service desk</translation>
    </message>
    <message>
        <source>Demo accounts (password {pw}) — double-click to fill in:</source>
        <translation>Demo accounts (password {pw}) — double-click to fill in:</translation>
    </message>
    <message>
        <source>Enter your user name</source>
        <translation>Enter your user name</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Audit trail</source>
        <extracomment>how far back an unsigned day is still asked for on the home tab record kind → the actions shown (None: every event of the day) the audit trail's rows a supervisor reads: action → shown one by one (False: counted per person)</extracomment>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>{n} times: {rooms}</source>
        <translation>{n} times: {rooms}</translation>
    </message>
    <message>
        <source>A day can be signed only once it has begun</source>
        <translation>A day can be signed only once it has begun</translation>
    </message>
    <message>
        <source>{n} work-log rows have no result: note how they are followed up</source>
        <translation>{n} work-log rows have no result: note how they are followed up</translation>
    </message>
    <message>
        <source>{day} was signed already by {name} at {at}</source>
        <translation>{day} was signed already by {name} at {at}</translation>
    </message>
    <message>
        <source>{n} records were added to the day while you read it: read the list again, then sign</source>
        <translation>{n} records were added to the day while you read it: read the list again, then sign</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign the day's records</source>
        <translation>Sign the day's records</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Work log</translation>
    </message>
    <message>
        <source>Double-click a row to open its record.</source>
        <translation>Double-click a row to open its record.</translation>
    </message>
    <message>
        <source>&amp;Sign the day</source>
        <translation>&amp;Sign the day</translation>
    </message>
    <message>
        <source>{n} requests, {m} without a result{checked}</source>
        <translation>{n} requests, {m} without a result{checked}</translation>
    </message>
    <message>
        <source>; checked by {name}</source>
        <translation>; checked by {name}</translation>
    </message>
    <message>
        <source>Signed by {name} at {at}: {n} records, {u} unusual.</source>
        <translation>Signed by {name} at {at}: {n} records, {u} unusual.</translation>
    </message>
    <message>
        <source>No complaint, follow-up or unusual event on this day: sign to confirm it was read.</source>
        <translation>No complaint, follow-up or unusual event on this day: sign to confirm it was read.</translation>
    </message>
    <message>
        <source>{n} records to read, {u} unusual (in amber).</source>
        <translation>{n} records to read, {u} unusual (in amber).</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>{room}'s renovation case {number} is {state}: only a case renovating or stopped is patrolled</source>
        <extracomment>the prohibited works of §4.7 step 2, offered when a notice's items are typed</extracomment>
        <translation>{room}'s renovation case {number} is {state}: only a case renovating or stopped is patrolled</translation>
    </message>
    <message>
        <source>Describe what was found for “{item}”</source>
        <translation>Describe what was found for “{item}”</translation>
    </message>
    <message>
        <source>List at least one violation item on the notice</source>
        <translation>List at least one violation item on the notice</translation>
    </message>
    <message>
        <source>The rectification deadline must be after the notice is issued ({at})</source>
        <translation>The rectification deadline must be after the notice is issued ({at})</translation>
    </message>
    <message>
        <source>Write who signed for the notice, or tick that the signature was refused</source>
        <translation>Write who signed for the notice, or tick that the signature was refused</translation>
    </message>
    <message>
        <source>The notice is due {at}: it is not overdue yet</source>
        <translation>The notice is due {at}: it is not overdue yet</translation>
    </message>
    <message>
        <source>Violation notice {number} ({state}) keeps the work stopped: work resumes when its re-check passes</source>
        <translation>Violation notice {number} ({state}) keeps the work stopped: work resumes when its re-check passes</translation>
    </message>
    <message>
        <source>The renovation case {number} is {state}: work cannot be stopped</source>
        <translation>The renovation case {number} is {state}: work cannot be stopped</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Patrolled at</source>
        <translation>Patrolled at</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Workers on site</source>
        <translation>Workers on site</translation>
    </message>
    <message>
        <source>Stage of work</source>
        <translation>Stage of work</translation>
    </message>
    <message>
        <source>Tiling, painting …</source>
        <translation>Tiling, painting …</translation>
    </message>
    <message>
        <source>Room</source>
        <extracomment>the room a patrol or a notice is of (the lists show it and search it)</extracomment>
        <translation>Room</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Violation items</source>
        <extracomment>a patrol as its dialog asks it</extracomment>
        <translation>Violation items</translation>
    </message>
    <message>
        <source>Rule or clause</source>
        <translation>Rule or clause</translation>
    </message>
    <message>
        <source>装修管理服务协议第五条</source>
        <translation>装修管理服务协议第五条</translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation>Rectification required</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <source>Stop work at once (major violation)</source>
        <translation>Stop work at once (major violation)</translation>
    </message>
    <message>
        <source>Estimated deduction</source>
        <translation>Estimated deduction</translation>
    </message>
    <message>
        <source>Signed for by (owner or site head)</source>
        <translation>Signed for by (owner or site head)</translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation>Refused to sign</translation>
    </message>
    <message>
        <source>Neighbour's complaint no.</source>
        <translation>Neighbour's complaint no.</translation>
    </message>
    <message>
        <source>TS…</source>
        <translation>TS…</translation>
    </message>
    <message>
        <source>Re-check result</source>
        <translation>Re-check result</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>街道城管执法中队</source>
        <translation>街道城管执法中队</translation>
    </message>
    <message>
        <source>Patrolled</source>
        <translation>Patrolled</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>This patrol no longer exists</source>
        <translation>This patrol no longer exists</translation>
    </message>
    <message>
        <source>This violation notice no longer exists</source>
        <translation>This violation notice no longer exists</translation>
    </message>
    <message>
        <source>There is no complaint {number}</source>
        <translation>There is no complaint {number}</translation>
    </message>
    <message>
        <source>A patrol cannot be recorded for a time still to come</source>
        <translation>A patrol cannot be recorded for a time still to come</translation>
    </message>
    <message>
        <source>The deduction of notice {number} is already listed on the renovation case</source>
        <translation>The deduction of notice {number} is already listed on the renovation case</translation>
    </message>
    <message>
        <source>Enter the deduction to list (the notice estimated none)</source>
        <translation>Enter the deduction to list (the notice estimated none)</translation>
    </message>
    <message>
        <source>Complaint {number} is already linked to this case</source>
        <translation>Complaint {number} is already linked to this case</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Work stopped</source>
        <translation>Work stopped</translation>
    </message>
    <message>
        <source>Unknown list filter {status}</source>
        <translation>Unknown list filter {status}</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Renovation case</source>
        <translation>Renovation case</translation>
    </message>
    <message>
        <source>Stop work</source>
        <translation>Stop work</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>Renovation patrols due today</source>
        <translation>Renovation patrols due today</translation>
    </message>
    <message>
        <source>Violations past their deadline</source>
        <translation>Violations past their deadline</translation>
    </message>
    <message>
        <source>Violation notices to follow up</source>
        <translation>Violation notices to follow up</translation>
    </message>
    <message>
        <source>Violation notices</source>
        <translation>Violation notices</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>There is no violation notice {number}</source>
        <translation>There is no violation notice {number}</translation>
    </message>
    <message>
        <source>No deposit of case {number} has been refunded yet</source>
        <translation>No deposit of case {number} has been refunded yet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>Last patrol</source>
        <translation>Last patrol</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Open notices</source>
        <translation>Open notices</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>Permit ends</source>
        <translation>Permit ends</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Patrol list</source>
        <translation>Patrol list</translation>
    </message>
    <message>
        <source>Room (3-2-1502, 3-2-)</source>
        <translation>Room (3-2-1502, 3-2-)</translation>
    </message>
    <message>
        <source>Choose a site in the list and patrol it (Ctrl+N).</source>
        <translation>Choose a site in the list and patrol it (Ctrl+N).</translation>
    </message>
    <message>
        <source>No renovation is under way: a case appears here once its permit is issued.</source>
        <translation>No renovation is under way: a case appears here once its permit is issued.</translation>
    </message>
    <message>
        <source>Every site has been patrolled today.</source>
        <translation>Every site has been patrolled today.</translation>
    </message>
    <message>
        <source>No site has missed its patrol.</source>
        <translation>No site has missed its patrol.</translation>
    </message>
    <message>
        <source>Renovation patrol list</source>
        <translation>Renovation patrol list</translation>
    </message>
    <message>
        <source>&amp;Patrol the site</source>
        <translation>&amp;Patrol the site</translation>
    </message>
    <message>
        <source>Link a complaint…</source>
        <translation>Link a complaint…</translation>
    </message>
    <message>
        <source>Print today's patrol register</source>
        <translation>Print today's patrol register</translation>
    </message>
    <message>
        <source>装修巡查记录表 of today</source>
        <translation>装修巡查记录表 of today</translation>
    </message>
    <message>
        <source>Acceptance form</source>
        <translation>Acceptance form</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <source>Violations to answer</source>
        <translation>Violations to answer</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Room or XC No.</source>
        <translation>Room or XC No.</translation>
    </message>
    <message>
        <source>Choose a patrol: a violation is answered with a notice or corrected on the spot.</source>
        <translation>Choose a patrol: a violation is answered with a notice or corrected on the spot.</translation>
    </message>
    <message>
        <source>No violation waits for a notice.</source>
        <translation>No violation waits for a notice.</translation>
    </message>
    <message>
        <source>Renovation patrols</source>
        <translation>Renovation patrols</translation>
    </message>
    <message>
        <source>Patrol register of the day</source>
        <translation>Patrol register of the day</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>Past the deadline</translation>
    </message>
    <message>
        <source>Room or WG No.</source>
        <translation>Room or WG No.</translation>
    </message>
    <message>
        <source>Choose a notice to record its re-check, stop the work or report it.</source>
        <translation>Choose a notice to record its re-check, stop the work or report it.</translation>
    </message>
    <message>
        <source>No violation notice is open.</source>
        <translation>No violation notice is open.</translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation>Print the notice</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Choose a site in the patrol list first.</source>
        <translation>Choose a site in the patrol list first.</translation>
    </message>
    <message>
        <source>Patrol recorded.</source>
        <translation>Patrol recorded.</translation>
    </message>
    <message>
        <source>Complaint linked to the case.</source>
        <translation>Complaint linked to the case.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Send a work slip</source>
        <translation>Send a work slip</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Handed over, awaiting takeover</source>
        <translation>Handed over, awaiting takeover</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>Open, no result</source>
        <translation>Open, no result</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Initial reply given</source>
        <translation>Initial reply given</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Waiting for the owner or a contractor</source>
        <translation>Waiting for the owner or a contractor</translation>
    </message>
    <message>
        <source>Resolved, follow-up due</source>
        <translation>Resolved, follow-up due</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Explained (invalid)</source>
        <translation>Explained (invalid)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation>Could not be reached</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Closed for the day</source>
        <translation>Closed for the day</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Partly refunded</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Checking documents</source>
        <translation>Checking documents</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>On hold (owner refuses the unit)</source>
        <translation>On hold (owner refuses the unit)</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>Agreements signed</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>Fees paid</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>Keys handed over</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Not yet delivered</source>
        <translation>Not yet delivered</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>To assign</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Extension requested</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <source>Turned into a violation</source>
        <translation>Turned into a violation</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Returned (wrong department)</source>
        <translation>Returned (wrong department)</translation>
    </message>
    <message>
        <source>Verified and closed</source>
        <translation>Verified and closed</translation>
    </message>
    <message>
        <source>To notify</source>
        <translation>To notify</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Returned to sender</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Contacting the host</source>
        <translation>Contacting the host</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host unreachable</translation>
    </message>
    <message>
        <source>Host agreed</source>
        <translation>Host agreed</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>Being served</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Not admitted</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Turned into a record</source>
        <translation>Turned into a record</translation>
    </message>
    <message>
        <source>In the cabinet</source>
        <translation>In the cabinet</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Lock changed, new key awaited</source>
        <translation>Lock changed, new key awaited</translation>
    </message>
    <message>
        <source>Returned to the owner</source>
        <translation>Returned to the owner</translation>
    </message>
    <message>
        <source>Handed over to the owner</source>
        <extracomment>a developer's key handed to the buyer at the move-in (零星入住, §4.13 step 6)</extracomment>
        <translation>Handed over to the owner</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Approval refused</source>
        <translation>Approval refused</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>Off the register</source>
        <translation>Off the register</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Anomalies to handle</source>
        <translation>Anomalies to handle</translation>
    </message>
    <message>
        <source>No violation</source>
        <translation>No violation</translation>
    </message>
    <message>
        <source>Violation found</source>
        <translation>Violation found</translation>
    </message>
    <message>
        <source>Corrected on the spot</source>
        <translation>Corrected on the spot</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>Notice issued</translation>
    </message>
    <message>
        <source>Awaiting rectification</source>
        <translation>Awaiting rectification</translation>
    </message>
    <message>
        <source>Not rectified in time</source>
        <translation>Not rectified in time</translation>
    </message>
    <message>
        <source>Reported to the authorities</source>
        <translation>Reported to the authorities</translation>
    </message>
    <message>
        <source>Rectified, re-check passed</source>
        <translation>Rectified, re-check passed</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>Let</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Tenant moved out</source>
        <translation>Tenant moved out</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Past its end</source>
        <translation>Past its end</translation>
    </message>
    <message>
        <source>Awaiting pre-review</source>
        <extracomment>what the new application's dialog asks: the special works' approvals are attached and remarks written with “Attach documents” (so the dialog fits the desk's 1366×768 screen) a case in these states holds the room: no second application on it the room is 装修中</extracomment>
        <translation>Awaiting pre-review</translation>
    </message>
    <message>
        <source>Returned for completion</source>
        <translation>Returned for completion</translation>
    </message>
    <message>
        <source>Awaiting engineering review</source>
        <translation>Awaiting engineering review</translation>
    </message>
    <message>
        <source>Awaiting the manager's approval</source>
        <translation>Awaiting the manager's approval</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Approved, awaiting fees</source>
        <translation>Approved, awaiting fees</translation>
    </message>
    <message>
        <source>Renovating</source>
        <translation>Renovating</translation>
    </message>
    <message>
        <source>Work stopped</source>
        <translation>Work stopped</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <source>Initial inspection failed</source>
        <translation>Initial inspection failed</translation>
    </message>
    <message>
        <source>Initial inspection passed</source>
        <translation>Initial inspection passed</translation>
    </message>
    <message>
        <source>Re-inspection failed</source>
        <translation>Re-inspection failed</translation>
    </message>
    <message>
        <source>Re-inspection passed</source>
        <translation>Re-inspection passed</translation>
    </message>
    <message>
        <source>Deposits refunded</source>
        <translation>Deposits refunded</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Owner agreed</source>
        <translation>Owner agreed</translation>
    </message>
    <message>
        <source>Unit inspected</source>
        <translation>Unit inspected</translation>
    </message>
    <message>
        <source>Fees settled</source>
        <translation>Fees settled</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>Deposit refunded</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>已过期: derived, never stored</extracomment>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Awaiting the supervisor's review</source>
        <translation>Awaiting the supervisor's review</translation>
    </message>
    <message>
        <source>Approved, awaiting the gate</source>
        <translation>Approved, awaiting the gate</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Refused at the gate</source>
        <translation>Refused at the gate</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <source>Key stock-take</source>
        <translation>Key stock-take</translation>
    </message>
    <message>
        <source>Enter how many keys are really in each slot.</source>
        <translation>Enter how many keys are really in each slot.</translation>
    </message>
    <message>
        <source>{slot}  {room}  ({state}, should hold {n})</source>
        <translation>{slot}  {room}  ({state}, should hold {n})</translation>
    </message>
    <message>
        <source>Earlier stock-takes:</source>
        <translation>Earlier stock-takes:</translation>
    </message>
    <message>
        <source>&amp;Print the count sheet</source>
        <translation>&amp;Print the count sheet</translation>
    </message>
    <message>
        <source>钥匙盘点表 of the stock-take chosen</source>
        <translation>钥匙盘点表 of the stock-take chosen</translation>
    </message>
    <message>
        <source>&amp;Record the stock-take</source>
        <translation>&amp;Record the stock-take</translation>
    </message>
    <message>
        <source>The cabinet holds no key yet.</source>
        <translation>The cabinet holds no key yet.</translation>
    </message>
    <message>
        <source>{number}  {when}  {who}: {n} keys, {bad} discrepancies</source>
        <translation>{number}  {when}  {who}: {n} keys, {bad} discrepancies</translation>
    </message>
    <message>
        <source>{n} keys counted: everything is in place.</source>
        <translation>{n} keys counted: everything is in place.</translation>
    </message>
    <message>
        <source>{n} keys counted, {bad} discrepancies.</source>
        <translation>{n} keys counted, {bad} discrepancies.</translation>
    </message>
    <message>
        <source>{slot}: should hold {expected}, found {found} ({result})</source>
        <translation>{slot}: should hold {expected}, found {found} ({result})</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Newest backup: {file}</source>
        <translation>Newest backup: {file}</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <extracomment>revision -&gt; what the services redo once a store has been upgraded past it (or created): derived data whose rules changed and seeds. Each runs in the unit of work that follows the migrations.</extracomment>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>not an SQLite file</translation>
    </message>
    <message>
        <source>it holds another program's tables</source>
        <translation>it holds another program's tables</translation>
    </message>
    <message>
        <source>There is no database at {path}: check the path (a new database is made by starting the program, or with “frontdesk demo”)</source>
        <translation>There is no database at {path}: check the path (a new database is made by starting the program, or with “frontdesk demo”)</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Front Desk. Update the program.</source>
        <translation>This database was written by a newer version of Front Desk. Update the program.</translation>
    </message>
    <message>
        <source>The database file {path} is on a network share, where SQLite can lose data. To share one estate between several desks, use a PostgreSQL server (--db-url postgresql+psycopg://…).</source>
        <extracomment>the PostgreSQL advisory lock every writer takes first (db.engine.Database.write, app.services.audit)</extracomment>
        <translation>The database file {path} is on a network share, where SQLite can lose data. To share one estate between several desks, use a PostgreSQL server (--db-url postgresql+psycopg://…).</translation>
    </message>
    <message>
        <source>The database is busy: another desk or program is saving a large change. Try again in a moment; nothing was saved.</source>
        <translation>The database is busy: another desk or program is saving a large change. Try again in a moment; nothing was saved.</translation>
    </message>
    <message>
        <source>Another desk changed the same records at the same moment. Try again; nothing was saved.</source>
        <translation>Another desk changed the same records at the same moment. Try again; nothing was saved.</translation>
    </message>
    <message>
        <source>{where} is damaged or is not a Front Desk database ({detail}). Restore the newest backup (File → Restore, or: frontdesk restore FILE --db {where}).</source>
        <translation>{where} is damaged or is not a Front Desk database ({detail}). Restore the newest backup (File → Restore, or: frontdesk restore FILE --db {where}).</translation>
    </message>
    <message>
        <source>{where} cannot be opened ({detail}): check the path and that it is a file you may write.</source>
        <translation>{where} cannot be opened ({detail}): check the path and that it is a file you may write.</translation>
    </message>
    <message>
        <source>The disk of {where} is full: free some space, then try again; nothing was saved.</source>
        <translation>The disk of {where} is full: free some space, then try again; nothing was saved.</translation>
    </message>
    <message>
        <source>{where} is read-only: Front Desk needs to write to it.</source>
        <translation>{where} is read-only: Front Desk needs to write to it.</translation>
    </message>
    <message>
        <source>The database server {where} refused the user name or password: check --db-url.</source>
        <translation>The database server {where} refused the user name or password: check --db-url.</translation>
    </message>
    <message>
        <source>Cannot reach the database server {where} ({detail}): check that it runs and that this PC can reach it.</source>
        <translation>Cannot reach the database server {where} ({detail}): check that it runs and that this PC can reach it.</translation>
    </message>
    <message>
        <source>A number is too large</source>
        <translation>A number is too large</translation>
    </message>
    <message>
        <source>The text contains a character that cannot be stored (a broken character from a copy and paste): retype it</source>
        <translation>The text contains a character that cannot be stored (a broken character from a copy and paste): retype it</translation>
    </message>
    <message>
        <source>A value is out of range or has the wrong form ({detail})</source>
        <translation>A value is out of range or has the wrong form ({detail})</translation>
    </message>
    <message>
        <source>Copied {tables} tables, {rows} rows; every count matches and the audit chain ({chain} rows) is unbroken. Point every desk at {url}</source>
        <translation>Copied {tables} tables, {rows} rows; every count matches and the audit chain ({chain} rows) is unbroken. Point every desk at {url}</translation>
    </message>
    <message>
        <source>The target is the database in use: name another one</source>
        <translation>The target is the database in use: name another one</translation>
    </message>
    <message>
        <source>The target database is not empty: create a new, empty database for the estate and try again</source>
        <translation>The target database is not empty: create a new, empty database for the estate and try again</translation>
    </message>
    <message>
        <source>Table {table}: the target refused a row ({detail}); nothing was copied</source>
        <translation>Table {table}: the target refused a row ({detail}); nothing was copied</translation>
    </message>
    <message>
        <source>Table {table}: {copied} rows copied but {found} found in the target</source>
        <translation>Table {table}: {copied} rows copied but {found} found in the target</translation>
    </message>
    <message>
        <source>The audit chain does not verify on the target: {why}</source>
        <translation>The audit chain does not verify on the target: {why}</translation>
    </message>
</context>
<context>
    <name>StormDialog</name>
    <message>
        <source>Storm re-inspection of every vacant unit</source>
        <translation>Storm re-inspection of every vacant unit</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>Previous shift</source>
        <translation>Previous shift</translation>
    </message>
    <message>
        <source>Open items now</source>
        <translation>Open items now</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>optional, e.g. why the last shift was not handed over</source>
        <translation>optional, e.g. why the last shift was not handed over</translation>
    </message>
    <message>
        <source>&amp;Print the previous record</source>
        <translation>&amp;Print the previous record</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>&amp;Acknowledge and take over</source>
        <translation>&amp;Acknowledge and take over</translation>
    </message>
    <message>
        <source>&lt;b&gt;{by}&lt;/b&gt; handed over {number} to &lt;b&gt;{to}&lt;/b&gt; at {at}. Read it and the open items, then take over the {shift}.</source>
        <translation>&lt;b&gt;{by}&lt;/b&gt; handed over {number} to &lt;b&gt;{to}&lt;/b&gt; at {at}. Read it and the open items, then take over the {shift}.</translation>
    </message>
    <message>
        <source>It was handed over to {name}, not to you.</source>
        <translation>It was handed over to {name}, not to you.</translation>
    </message>
    <message>
        <source>Duty log {number} ({on_duty}) was not handed over.</source>
        <translation>Duty log {number} ({on_duty}) was not handed over.</translation>
    </message>
    <message>
        <source>Taking over closes it; sign out instead if the colleague is still here to hand over. You take over the {shift}.</source>
        <translation>Taking over closes it; sign out instead if the colleague is still here to hand over. You take over the {shift}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{names}&lt;/b&gt; took over this shift ({number}) at {at}. Read the handover and the open items, then join the shift.</source>
        <translation>&lt;b&gt;{names}&lt;/b&gt; took over this shift ({number}) at {at}. Read the handover and the open items, then join the shift.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge and join the shift</source>
        <translation>&amp;Acknowledge and join the shift</translation>
    </message>
    <message>
        <source>There is no duty log yet. Read the open items, then take over the {shift}.</source>
        <translation>There is no duty log yet. Read the open items, then take over the {shift}.</translation>
    </message>
    <message>
        <source>You are on duty ({number}).</source>
        <translation>You are on duty ({number}).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No previous duty log.</source>
        <translation>No previous duty log.</translation>
    </message>
    <message>
        <source>Open items now ({n})</source>
        <translation>Open items now ({n})</translation>
    </message>
    <message>
        <source>You are on duty: {number}, {shift}.</source>
        <translation>You are on duty: {number}, {shift}.</translation>
    </message>
    <message>
        <source>Take over the shift, or sign out to do it later.</source>
        <translation>Take over the shift, or sign out to do it later.</translation>
    </message>
</context>
<context>
    <name>TileWidget</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>minutes of office hours</source>
        <translation>minutes of office hours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>attempts</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>copies</translation>
    </message>
    <message>
        <source>× deadline</source>
        <translation>× deadline</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit in building {no}</source>
        <translation>New unit in building {no}</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. lihua</source>
        <translation>Latin letters and digits, e.g. lihua</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Account active</source>
        <translation>Account active</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Users and permissions</source>
        <translation>Users and permissions</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Permissions by role</source>
        <translation>&amp;Permissions by role</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>User added.</translation>
    </message>
    <message>
        <source>User saved.</source>
        <translation>User saved.</translation>
    </message>
    <message>
        <source>Password reset. Tell {name} the new password.</source>
        <translation>Password reset. Tell {name} the new password.</translation>
    </message>
    <message>
        <source>{username} can sign in again.</source>
        <translation>{username} can sign in again.</translation>
    </message>
    <message>
        <source>{username} can no longer sign in.</source>
        <translation>{username} can no longer sign in.</translation>
    </message>
    <message>
        <source>Tick what each role may do. Changes apply at once to every user of the role, also to those signed in now. Changed cells are highlighted until you save.</source>
        <translation>Tick what each role may do. Changes apply at once to every user of the role, also to those signed in now. Changed cells are highlighted until you save.</translation>
    </message>
    <message>
        <source>Only the customer-service supervisor changes what roles may do; you can read the matrix here.</source>
        <translation>Only the customer-service supervisor changes what roles may do; you can read the matrix here.</translation>
    </message>
    <message>
        <source>Permissions saved. They apply at once.</source>
        <translation>Permissions saved. They apply at once.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Restore &amp;preset</source>
        <translation>Restore &amp;preset</translation>
    </message>
    <message>
        <source>Tick the permissions the chosen role has by default</source>
        <translation>Tick the permissions the chosen role has by default</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>&amp;Save permissions</source>
        <translation>&amp;Save permissions</translation>
    </message>
</context>
<context>
    <name>Vacancy</name>
    <message>
        <source>Type 1 is for units the developer has not sold; this room is {state}</source>
        <translation>Type 1 is for units the developer has not sold; this room is {state}</translation>
    </message>
    <message>
        <source>Type 2 is for sold units; this room is {state}</source>
        <translation>Type 2 is for sold units; this room is {state}</translation>
    </message>
    <message>
        <source>Type 3 is for units handed over to the owner; this room is {state}</source>
        <translation>Type 3 is for units handed over to the owner; this room is {state}</translation>
    </message>
    <message>
        <source>The room has an active lease: it cannot be registered as vacant</source>
        <translation>The room has an active lease: it cannot be registered as vacant</translation>
    </message>
    <message>
        <source>Someone lives in the room: it cannot be registered as vacant</source>
        <translation>Someone lives in the room: it cannot be registered as vacant</translation>
    </message>
    <message>
        <source>The room is being renovated: it cannot be registered as vacant</source>
        <translation>The room is being renovated: it cannot be registered as vacant</translation>
    </message>
    <message>
        <source>Give the inspection date</source>
        <translation>Give the inspection date</translation>
    </message>
    <message>
        <source>The inspection date cannot be in the future</source>
        <translation>The inspection date cannot be in the future</translation>
    </message>
    <message>
        <source>The inspection date cannot be before the unit was registered ({since})</source>
        <translation>The inspection date cannot be before the unit was registered ({since})</translation>
    </message>
    <message>
        <source>Give the date the unit became vacant</source>
        <translation>Give the date the unit became vacant</translation>
    </message>
    <message>
        <source>The vacancy date cannot be in the future</source>
        <translation>The vacancy date cannot be in the future</translation>
    </message>
    <message>
        <source>A month is 1 to 12</source>
        <translation>A month is 1 to 12</translation>
    </message>
    <message>
        <source>Choose a year between 1900 and 2200</source>
        <translation>Choose a year between 1900 and 2200</translation>
    </message>
    <message>
        <source>“{text}” is not a month such as 2025-06</source>
        <translation>“{text}” is not a month such as 2025-06</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>No key in slot {slot} is in the cabinet register: choose the slot of the room's key, or tick “Take this key into the cabinet”</source>
        <translation>No key in slot {slot} is in the cabinet register: choose the slot of the room's key, or tick “Take this key into the cabinet”</translation>
    </message>
    <message>
        <source>Slot {slot} holds the key of {room}, not of {code}</source>
        <translation>Slot {slot} holds the key of {room}, not of {code}</translation>
    </message>
    <message>
        <source>An owner's key is taken into the cabinet on the keys page, with the owner's entrustment (业主托管钥匙委托书)</source>
        <translation>An owner's key is taken into the cabinet on the keys page, with the owner's entrustment (业主托管钥匙委托书)</translation>
    </message>
    <message>
        <source>Vacancy type</source>
        <translation>Vacancy type</translation>
    </message>
    <message>
        <source>Vacant since</source>
        <translation>Vacant since</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Cabinet slot of the room's key (钥匙管理)</source>
        <translation>Cabinet slot of the room's key (钥匙管理)</translation>
    </message>
    <message>
        <source>Take this key into the cabinet</source>
        <extracomment>the key is not in the cabinet register yet: take the developer's key in with the unit (its slot as typed)</extracomment>
        <translation>Take this key into the cabinet</translation>
    </message>
    <message>
        <source>Water meter</source>
        <translation>Water meter</translation>
    </message>
    <message>
        <source>Electricity meter</source>
        <translation>Electricity meter</translation>
    </message>
    <message>
        <source>Gas meter</source>
        <translation>Gas meter</translation>
    </message>
    <message>
        <source>Fee arrangement</source>
        <translation>Fee arrangement</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Supervisor's opinion</source>
        <extracomment>an inspection as its form asks it: the date, the checklist line by line, what was done on leaving</extracomment>
        <translation>Supervisor's opinion</translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation>Rectification required</translation>
    </message>
    <message>
        <source>Work to do</source>
        <translation>Work to do</translation>
    </message>
    <message>
        <source>A meter reading is a number such as 1234.5</source>
        <translation>A meter reading is a number such as 1234.5</translation>
    </message>
    <message>
        <source>{code} is already on the register ({number})</source>
        <translation>{code} is already on the register ({number})</translation>
    </message>
    <message>
        <source>This vacant-unit entry no longer exists</source>
        <translation>This vacant-unit entry no longer exists</translation>
    </message>
    <message>
        <source>Answer every checklist item: {items}</source>
        <translation>Answer every checklist item: {items}</translation>
    </message>
    <message>
        <source>Describe what is wrong: {item}</source>
        <translation>Describe what is wrong: {item}</translation>
    </message>
    <message>
        <source>{code} is no longer on the register: it cannot be inspected</source>
        <translation>{code} is no longer on the register: it cannot be inspected</translation>
    </message>
    <message>
        <source>Close the valves and lock up before leaving</source>
        <translation>Close the valves and lock up before leaving</translation>
    </message>
    <message>
        <source>There is no storm re-inspection batch open</source>
        <translation>There is no storm re-inspection batch open</translation>
    </message>
    <message>
        <source>This inspection no longer exists</source>
        <translation>This inspection no longer exists</translation>
    </message>
    <message>
        <source>This date cannot be in the past</source>
        <translation>This date cannot be in the past</translation>
    </message>
    <message>
        <source>The re-check cannot be before the rectification deadline</source>
        <translation>The re-check cannot be before the rectification deadline</translation>
    </message>
    <message>
        <source>“{action}” is recorded with the inspection itself</source>
        <translation>“{action}” is recorded with the inspection itself</translation>
    </message>
    <message>
        <source>Vacant unit {code}: findings of {number}</source>
        <translation>Vacant unit {code}: findings of {number}</translation>
    </message>
    <message>
        <source>This storm batch is already closed</source>
        <translation>This storm batch is already closed</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>On the register</source>
        <extracomment>the status chips of the register</extracomment>
        <translation>On the register</translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation>Inspection due</translation>
    </message>
    <message>
        <source>Never inspected</source>
        <translation>Never inspected</translation>
    </message>
    <message>
        <source>Off the register</source>
        <translation>Off the register</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>All entries</translation>
    </message>
    <message>
        <source>Unknown status filter {status}</source>
        <translation>Unknown status filter {status}</translation>
    </message>
    <message>
        <source>All inspections</source>
        <translation>All inspections</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>the status chips of the inspections</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Anomalies to handle</source>
        <translation>Anomalies to handle</translation>
    </message>
    <message>
        <source>Re-check due</source>
        <translation>Re-check due</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>{n} vacant units · {i} with anomalies to handle</source>
        <translation>{n} vacant units · {i} with anomalies to handle</translation>
    </message>
    <message>
        <source>storm re-inspection: {left} left by {at}</source>
        <translation>storm re-inspection: {left} left by {at}</translation>
    </message>
    <message>
        <source>{room}: last inspected {when}</source>
        <translation>{room}: last inspected {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{text} (as typed: no key of the cabinet register)</source>
        <translation>{text} (as typed: no key of the cabinet register)</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>electricity</source>
        <translation>electricity</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>gas</translation>
    </message>
    <message>
        <source>Meters at registration</source>
        <translation>Meters at registration</translation>
    </message>
    <message>
        <source>Recent inspections</source>
        <translation>Recent inspections</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Next airing</source>
        <translation>Next airing</translation>
    </message>
    <message>
        <source>Next cleaning</source>
        <translation>Next cleaning</translation>
    </message>
    <message>
        <source>Airing due</source>
        <translation>Airing due</translation>
    </message>
    <message>
        <source>Cleaning due</source>
        <translation>Cleaning due</translation>
    </message>
    <message>
        <source>This inspection already has {n} work slips: close it and inspect again</source>
        <translation>This inspection already has {n} work slips: close it and inspect again</translation>
    </message>
    <message>
        <source>{n} of {total} lines with an anomaly</source>
        <translation>{n} of {total} lines with an anomaly</translation>
    </message>
    <message>
        <source>every line OK</source>
        <translation>every line OK</translation>
    </message>
    <message>
        <source>aired</source>
        <translation>aired</translation>
    </message>
    <message>
        <source>cleaned</source>
        <translation>cleaned</translation>
    </message>
    <message>
        <source>locked up</source>
        <translation>locked up</translation>
    </message>
    <message>
        <source>storm re-inspection</source>
        <translation>storm re-inspection</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <source>Rectification overdue</source>
        <translation>Rectification overdue</translation>
    </message>
    <message>
        <source>{a} to air, {c} to clean</source>
        <translation>{a} to air, {c} to clean</translation>
    </message>
    <message>
        <source>Vacant-unit inspections due</source>
        <translation>Vacant-unit inspections due</translation>
    </message>
    <message>
        <source>Vacant-unit anomalies</source>
        <translation>Vacant-unit anomalies</translation>
    </message>
    <message>
        <source>{room}: {n} anomalies found {day}</source>
        <translation>{room}: {n} anomalies found {day}</translation>
    </message>
    <message>
        <source>fix by {day}</source>
        <translation>fix by {day}</translation>
    </message>
    <message>
        <source>Vacant units not inspected</source>
        <translation>Vacant units not inspected</translation>
    </message>
    <message>
        <source>Inspection: {n} anomalies</source>
        <translation>Inspection: {n} anomalies</translation>
    </message>
    <message>
        <source>Vacant-unit register</source>
        <translation>Vacant-unit register</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last inspected</source>
        <translation>Last inspected</translation>
    </message>
    <message>
        <source>There is no inspection {number}</source>
        <translation>There is no inspection {number}</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Developer pays / owner discount and period</source>
        <translation>Developer pays / owner discount and period</translation>
    </message>
    <message>
        <source>Record number, such as RZ…</source>
        <translation>Record number, such as RZ…</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>Storm re-inspection</source>
        <translation>Storm re-inspection</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomaly</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Aired</source>
        <translation>Aired</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Cleaned</translation>
    </message>
    <message>
        <source>Valves closed and locked up</source>
        <translation>Valves closed and locked up</translation>
    </message>
    <message>
        <source>Anomalies go to</source>
        <translation>Anomalies go to</translation>
    </message>
    <message>
        <source>Describe what is wrong</source>
        <translation>Describe what is wrong</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <source>Re-check on</source>
        <translation>Re-check on</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Required by</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <source>Typhoon, heavy rain …</source>
        <translation>Typhoon, heavy rain …</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>Storm</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Every type</translation>
    </message>
    <message>
        <source>Room (3-2-1502, 3-2-)</source>
        <translation>Room (3-2-1502, 3-2-)</translation>
    </message>
    <message>
        <source>Choose a unit in the list to inspect it or take it off the register.</source>
        <translation>Choose a unit in the list to inspect it or take it off the register.</translation>
    </message>
    <message>
        <source>No unit is on the vacant-unit register. Put an unsold or unused unit on it with “Register a unit” (Ctrl+N).</source>
        <translation>No unit is on the vacant-unit register. Put an unsold or unused unit on it with “Register a unit” (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Register a unit</source>
        <translation>&amp;Register a unit</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspect</translation>
    </message>
    <message>
        <source>Household &amp;card</source>
        <translation>Household &amp;card</translation>
    </message>
    <message>
        <source>S&amp;torm batch…</source>
        <translation>S&amp;torm batch…</translation>
    </message>
    <message>
        <source>After a typhoon or heavy rain: every vacant unit is to be inspected</source>
        <translation>After a typhoon or heavy rain: every vacant unit is to be inspected</translation>
    </message>
    <message>
        <source>Print &amp;monthly statistics</source>
        <translation>Print &amp;monthly statistics</translation>
    </message>
    <message>
        <source>空置房月统计表 of the month chosen above</source>
        <translation>空置房月统计表 of the month chosen above</translation>
    </message>
    <message>
        <source>Monthly statistics to Excel</source>
        <translation>Monthly statistics to Excel</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Choose an inspection to review it, send a work slip or record the re-check.</source>
        <translation>Choose an inspection to review it, send a work slip or record the re-check.</translation>
    </message>
    <message>
        <source>No inspection waits for anything. Inspect a unit from the register (Ctrl+I).</source>
        <translation>No inspection waits for anything. Inspect a unit from the register (Ctrl+I).</translation>
    </message>
    <message>
        <source>Vacant-unit inspections</source>
        <translation>Vacant-unit inspections</translation>
    </message>
    <message>
        <source>&amp;Print inspection</source>
        <translation>&amp;Print inspection</translation>
    </message>
    <message>
        <source>Work slips</source>
        <translation>Work slips</translation>
    </message>
</context>
<context>
    <name>VacancyPage</name>
    <message>
        <source>The month of the statistics</source>
        <translation>The month of the statistics</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Vacant units {n}</source>
        <translation>Vacant units {n}</translation>
    </message>
    <message>
        <source>Inspections due {n}</source>
        <translation>Inspections due {n}</translation>
    </message>
    <message>
        <source>Storm re-inspection ({note}): {left} of {units} left, due by {at}</source>
        <translation>Storm re-inspection ({note}): {left} of {units} left, due by {at}</translation>
    </message>
    <message>
        <source>This unit cannot be inspected by you now.</source>
        <translation>This unit cannot be inspected by you now.</translation>
    </message>
    <message>
        <source>Choose a unit on the register first.</source>
        <translation>Choose a unit on the register first.</translation>
    </message>
    <message>
        <source>Inspection recorded.</source>
        <translation>Inspection recorded.</translation>
    </message>
    <message>
        <source>Storm re-inspection opened: every vacant unit is due.</source>
        <translation>Storm re-inspection opened: every vacant unit is due.</translation>
    </message>
    <message>
        <source>{n} rows exported to {path}</source>
        <translation>{n} rows exported to {path}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required</source>
        <extracomment>a date and time as typed (or a stored one, seconds and all) a title longer than this is printed as a wrapped heading under the kind (it does not fit one line)</extracomment>
        <translation>{field} is required</translation>
    </message>
    <message>
        <source>Choose {field}</source>
        <extracomment>a check beyond the kind's own: gets the parsed value and every value parsed before it, returns the value</extracomment>
        <translation>Choose {field}</translation>
    </message>
    <message>
        <source>Tick “{field}” first</source>
        <translation>Tick “{field}” first</translation>
    </message>
    <message>
        <source>{field} must be between {lo} and {hi}</source>
        <translation>{field} must be between {lo} and {hi}</translation>
    </message>
    <message>
        <source>{field} must not be below {min}</source>
        <translation>{field} must not be below {min}</translation>
    </message>
    <message>
        <source>{field} must not exceed {max}</source>
        <translation>{field} must not exceed {max}</translation>
    </message>
    <message>
        <source>{field} must be a date such as 2025-06-12</source>
        <translation>{field} must be a date such as 2025-06-12</translation>
    </message>
    <message>
        <source>{field} must be a time such as 14:05 or 2025-06-12 14:05</source>
        <translation>{field} must be a time such as 14:05 or 2025-06-12 14:05</translation>
    </message>
    <message>
        <source>{field} must be a time of day such as 17:30</source>
        <translation>{field} must be a time of day such as 17:30</translation>
    </message>
    <message>
        <source>{field}: choose from the list</source>
        <translation>{field}: choose from the list</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field} must be a whole number</translation>
    </message>
    <message>
        <source>{field} must be yes or no</source>
        <translation>{field} must be yes or no</translation>
    </message>
    <message>
        <source>{field} must be a time such as 17:30</source>
        <translation>{field} must be a time such as 17:30</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}</source>
        <translation>{field} must be one of: {choices}</translation>
    </message>
    <message>
        <source>{field} is too long (at most {max} characters)</source>
        <translation>{field} is too long (at most {max} characters)</translation>
    </message>
    <message>
        <source>{field} contains an invisible control or direction character (often pasted with the text): retype it</source>
        <extracomment>control characters (but tab and line breaks), bidi overrides and isolates, lone surrogates, and noncharacters: invisible in a form, they reorder or hide text (U+202E "gnp.exe") and break exports</extracomment>
        <translation>{field} contains an invisible control or direction character (often pasted with the text): retype it</translation>
    </message>
    <message>
        <source>Mobile number is required</source>
        <translation>Mobile number is required</translation>
    </message>
    <message>
        <source>Phone number is required</source>
        <translation>Phone number is required</translation>
    </message>
    <message>
        <source>ID number is required</source>
        <extracomment>no holder of a number is older than this (the oldest Chinese on record were born in the 1880s)</extracomment>
        <translation>ID number is required</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters, or 15 digits for an old card (this one has {n})</source>
        <translation>A resident ID number has 18 characters, or 15 digits for an old card (this one has {n})</translation>
    </message>
    <message>
        <source>A resident ID number has only digits, and its last character may be X</source>
        <translation>A resident ID number has only digits, and its last character may be X</translation>
    </message>
    <message>
        <source>The birth date {date} in this ID number is not a real date</source>
        <translation>The birth date {date} in this ID number is not a real date</translation>
    </message>
    <message>
        <source>The birth date {date} in this ID number is in the future</source>
        <translation>The birth date {date} in this ID number is in the future</translation>
    </message>
    <message>
        <source>The birth date {date} in this ID number is impossibly early</source>
        <translation>The birth date {date} in this ID number is impossibly early</translation>
    </message>
    <message>
        <source>The district code {code} at the start of this ID number does not exist and never existed</source>
        <translation>The district code {code} at the start of this ID number does not exist and never existed</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 letters and digits (this one has {n})</source>
        <translation>A unified social credit code has 18 letters and digits (this one has {n})</translation>
    </message>
    <message>
        <source>The check character of this unified social credit code is wrong: please check every character</source>
        <translation>The check character of this unified social credit code is wrong: please check every character</translation>
    </message>
    <message>
        <source>A unified social credit code has digits in its first 8 places and then digits or capital letters other than I, O, S, V and Z</source>
        <translation>A unified social credit code has digits in its first 8 places and then digits or capital letters other than I, O, S, V and Z</translation>
    </message>
    <message>
        <source>The check digit of this ID number is wrong: please check every digit</source>
        <translation>The check digit of this ID number is wrong: please check every digit</translation>
    </message>
    <message>
        <source>This is not a mobile number: a mobile has 11 digits starting with 13–19</source>
        <translation>This is not a mobile number: a mobile has 11 digits starting with 13–19</translation>
    </message>
    <message>
        <source>Choose a document type</source>
        <translation>Choose a document type</translation>
    </message>
    <message>
        <source>A document number has 5 to 20 letters and digits</source>
        <translation>A document number has 5 to 20 letters and digits</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} must be a number</translation>
    </message>
    <message>
        <source>{field} has at most {places} decimal places</source>
        <translation>{field} has at most {places} decimal places</translation>
    </message>
    <message>
        <source>{field} must be greater than 0</source>
        <translation>{field} must be greater than 0</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>{field} may contain only letters and digits</source>
        <translation>{field} may contain only letters and digits</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, hyphens, brackets and a leading +</source>
        <extracomment>DOMAIN.md §3.4: a Chinese mobile is 1[3-9] and 9 digits. phonenumbers' metadata does not know every range the carriers opened (149, 174, 194 …), so such numbers are taken as mobiles without asking it.</extracomment>
        <translation>A phone number has only digits, spaces, hyphens, brackets and a leading +</translation>
    </message>
    <message>
        <source>A mobile number has no extension</source>
        <translation>A mobile number has no extension</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits (this one has {n})</source>
        <translation>A mobile number has 11 digits (this one has {n})</translation>
    </message>
    <message>
        <source>No Chinese mobile number starts with {prefix}</source>
        <translation>No Chinese mobile number starts with {prefix}</translation>
    </message>
    <message>
        <source>A landline needs its area code, e.g. 0755-2888 1234</source>
        <translation>A landline needs its area code, e.g. 0755-2888 1234</translation>
    </message>
    <message>
        <source>This is neither a mobile number (11 digits) nor a landline with its area code (e.g. 0755-2888 1234) nor a 400/800 number</source>
        <translation>This is neither a mobile number (11 digits) nor a landline with its area code (e.g. 0755-2888 1234) nor a 400/800 number</translation>
    </message>
</context>
<context>
    <name>Validity</name>
    <message>
        <source>To be decided</source>
        <translation>To be decided</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Register a visitor</source>
        <translation>Register a visitor</translation>
    </message>
    <message>
        <source>Business at the desk</source>
        <translation>Business at the desk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Returning visitor: last came {when} to {room} ({n} visits on record)</source>
        <translation>Returning visitor: last came {when} to {room} ({n} visits on record)</translation>
    </message>
    <message>
        <source>Known from the estate registry: filled in from the household file</source>
        <translation>Known from the estate registry: filled in from the household file</translation>
    </message>
    <message>
        <source>Check before registering:</source>
        <translation>Check before registering:</translation>
    </message>
    <message>
        <source>Register &amp;anyway</source>
        <translation>Register &amp;anyway</translation>
    </message>
</context>
<context>
    <name>VisitPurpose</name>
    <message>
        <source>Business at the desk</source>
        <translation>Business at the desk</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>“{action}” does not apply to {category}</source>
        <translation>“{action}” does not apply to {category}</translation>
    </message>
    <message>
        <source>A plate is a province character, a letter and 5 or 6 letters or digits, such as 浙A12345</source>
        <translation>A plate is a province character, a letter and 5 or 6 letters or digits, such as 浙A12345</translation>
    </message>
    <message>
        <source>Companions must be a whole number</source>
        <translation>Companions must be a whole number</translation>
    </message>
    <message>
        <source>At most {n} companions: register a group as several visits</source>
        <translation>At most {n} companions: register a group as several visits</translation>
    </message>
    <message>
        <source>A pass number has at most 20 letters, digits and dashes</source>
        <translation>A pass number has at most 20 letters, digits and dashes</translation>
    </message>
    <message>
        <source>The departure ({departure}) cannot be before the arrival ({arrival})</source>
        <translation>The departure ({departure}) cannot be before the arrival ({arrival})</translation>
    </message>
    <message>
        <source>The departure cannot be before the visitor was admitted ({at})</source>
        <translation>The departure cannot be before the visitor was admitted ({at})</translation>
    </message>
    <message>
        <source>The departure cannot be in the future</source>
        <translation>The departure cannot be in the future</translation>
    </message>
    <message>
        <source>Check before registering: {warnings}</source>
        <extracomment>the state each host answer leads to, and the action that records it statuses of a visitor waiting at the desk (registered, the host not yet answered or just agreed) statuses in which the host's answer is awaited (its clock runs)</extracomment>
        <translation>Check before registering: {warnings}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Company or address</source>
        <translation>Company or address</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>Companions</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Room visited</source>
        <translation>Room visited</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Items carried</source>
        <translation>Items carried</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Choose whether the person visits a resident or has business at the desk</source>
        <translation>Choose whether the person visits a resident or has business at the desk</translation>
    </message>
    <message>
        <source>Choose the purpose of the visit</source>
        <translation>Choose the purpose of the visit</translation>
    </message>
    <message>
        <source>Choose a document type</source>
        <translation>Choose a document type</translation>
    </message>
    <message>
        <source>Give the room the visitor goes to</source>
        <extracomment>a registration, in the order of the form what a visitor entering the estate must give besides a service visit, and the words when it is missing</extracomment>
        <translation>Give the room the visitor goes to</translation>
    </message>
    <message>
        <source>A room code looks like 3-2-1502</source>
        <translation>A room code looks like 3-2-1502</translation>
    </message>
    <message>
        <source>There is no room {code} in this estate</source>
        <translation>There is no room {code} in this estate</translation>
    </message>
    <message>
        <source>Type the full document number</source>
        <extracomment>the registration's values kept in a visit's own columns</extracomment>
        <translation>Type the full document number</translation>
    </message>
    <message>
        <source>Type the full phone number</source>
        <translation>Type the full phone number</translation>
    </message>
    <message>
        <source>{name} is on the watchlist: {reason}</source>
        <translation>{name} is on the watchlist: {reason}</translation>
    </message>
    <message>
        <source>Someone named {name} is on the watchlist ({reason}): compare the document</source>
        <translation>Someone named {name} is on the watchlist ({reason}): compare the document</translation>
    </message>
    <message>
        <source>{name} is still on site: admitted for {room} at {time} ({number}) and never signed out</source>
        <translation>{name} is still on site: admitted for {room} at {time} ({number}) and never signed out</translation>
    </message>
    <message>
        <source>This visit no longer exists</source>
        <translation>This visit no longer exists</translation>
    </message>
    <message>
        <source>Give the number of the record, such as TS20250612-0003</source>
        <translation>Give the number of the record, such as TS20250612-0003</translation>
    </message>
    <message>
        <source>A visit cannot be turned into another visit</source>
        <translation>A visit cannot be turned into another visit</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>Not signed out</translation>
    </message>
    <message>
        <source>Host's answer overdue</source>
        <translation>Host's answer overdue</translation>
    </message>
    <message>
        <source>All visits</source>
        <extracomment>the status chips of the register: key → label; each filter uses an index</extracomment>
        <translation>All visits</translation>
    </message>
    <message>
        <source>On site now</source>
        <translation>On site now</translation>
    </message>
    <message>
        <source>Waiting at the desk</source>
        <translation>Waiting at the desk</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Not admitted</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Business at the desk</source>
        <translation>Business at the desk</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Unknown status filter {status}</source>
        <extracomment>status filters that ask about now, whatever day the visit began a row of those columns, with the host's running deadline a prefix matching more visits than this is filtered while walking the register in time order (the rows come in order and 200 matches are near); fewer are read from the prefix's own index and sorted</extracomment>
        <translation>Unknown status filter {status}</translation>
    </message>
    <message>
        <source>This document number is already on the watchlist</source>
        <translation>This document number is already on the watchlist</translation>
    </message>
    <message>
        <source>This watchlist entry no longer exists</source>
        <translation>This watchlist entry no longer exists</translation>
    </message>
    <message>
        <source>No record has the number {number}: check the number on the complaint, key loan or slip it was turned into</source>
        <translation>No record has the number {number}: check the number on the complaint, key loan or slip it was turned into</translation>
    </message>
    <message>
        <source>pass returned</source>
        <translation>pass returned</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Host's answer</source>
        <translation>Host's answer</translation>
    </message>
    <message>
        <source>Pass no.</source>
        <translation>Pass no.</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Turned into</source>
        <translation>Turned into</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <source>Registered despite: {w}</source>
        <translation>Registered despite: {w}</translation>
    </message>
    <message>
        <source>This entry is already off the watchlist</source>
        <translation>This entry is already off the watchlist</translation>
    </message>
    <message>
        <source>Today: {n} visits</source>
        <translation>Today: {n} visits</translation>
    </message>
    <message>
        <source>{n} not signed out</source>
        <translation>{n} not signed out</translation>
    </message>
    <message>
        <source>{name} → {room}, since {time}</source>
        <translation>{name} → {room}, since {time}</translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation>Visitors on site</translation>
    </message>
    <message>
        <source>{name} visiting {room}, in since {time}</source>
        <translation>{name} visiting {room}, in since {time}</translation>
    </message>
    <message>
        <source>pass {no}</source>
        <translation>pass {no}</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>Recent visits</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>There is no visit {number}</source>
        <translation>There is no visit {number}</translation>
    </message>
    <message>
        <source>Mobile or landline; a known visitor is filled in</source>
        <translation>Mobile or landline; a known visitor is filled in</translation>
    </message>
    <message>
        <source>e.g. 浙A12345</source>
        <translation>e.g. 浙A12345</translation>
    </message>
    <message>
        <source>Dangerous items stay outside the estate</source>
        <translation>Dangerous items stay outside the estate</translation>
    </message>
    <message>
        <source>Admit now</source>
        <translation>Admit now</translation>
    </message>
    <message>
        <source>HH:MM, or YYYY-MM-DD HH:MM</source>
        <translation>HH:MM, or YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>e.g. TS20250612-0003</source>
        <translation>e.g. TS20250612-0003</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>On the list</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Left at</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>the date ranges of the filter bar (the kit's Dates box gives any other)</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Room (3-2-1502, 3-2-)</source>
        <translation>Room (3-2-1502, 3-2-)</translation>
    </message>
    <message>
        <source>A room code, or its beginning for a building or unit</source>
        <translation>A room code, or its beginning for a building or unit</translation>
    </message>
    <message>
        <source>Choose a visit in the list.</source>
        <translation>Choose a visit in the list.</translation>
    </message>
    <message>
        <source>No visits in this period yet. Register a visitor with “New visitor” (Ctrl+N) or an owner's business with Ctrl+Shift+N.</source>
        <translation>No visits in this period yet. Register a visitor with “New visitor” (Ctrl+N) or an owner's business with Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>No visit matches the filter. Clear the search or choose “All visits”.</source>
        <translation>No visit matches the filter. Clear the search or choose “All visits”.</translation>
    </message>
    <message>
        <source>&amp;New visitor</source>
        <translation>&amp;New visitor</translation>
    </message>
    <message>
        <source>&amp;Print visitor slip</source>
        <translation>&amp;Print visitor slip</translation>
    </message>
    <message>
        <source>Print day's &amp;register</source>
        <translation>Print day's &amp;register</translation>
    </message>
    <message>
        <source>Household &amp;card</source>
        <translation>Household &amp;card</translation>
    </message>
    <message>
        <source>Any part of a name, its pinyin, any part of a phone, document or FK number (Ctrl+F)</source>
        <translation>Any part of a name, its pinyin, any part of a phone, document or FK number (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Business at the desk</source>
        <translation>&amp;Business at the desk</translation>
    </message>
    <message>
        <source>Register an owner's business at the counter (Ctrl+Shift+N)</source>
        <translation>Register an owner's business at the counter (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>来访人员登记表 of the first day of the range (Ctrl+Shift+P)</source>
        <translation>来访人员登记表 of the first day of the range (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Watchlist…</source>
        <translation>&amp;Watchlist…</translation>
    </message>
    <message>
        <source>Visitor register</source>
        <translation>Visitor register</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>On site now {n}</source>
        <translation>On site now {n}</translation>
    </message>
    <message>
        <source>Not signed out {n}</source>
        <translation>Not signed out {n}</translation>
    </message>
    <message>
        <source>Visits {n}</source>
        <translation>Visits {n}</translation>
    </message>
    <message>
        <source>visitors {a} admitted, {r} not admitted, {w} waiting</source>
        <translation>visitors {a} admitted, {r} not admitted, {w} waiting</translation>
    </message>
    <message>
        <source>business at the desk {n}</source>
        <translation>business at the desk {n}</translation>
    </message>
    <message>
        <source>{m:.0f} min at the counter on average</source>
        <translation>{m:.0f} min at the counter on average</translation>
    </message>
    <message>
        <source>{p:.0%} turned into records</source>
        <translation>{p:.0%} turned into records</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Your role may not register visits.</source>
        <translation>Your role may not register visits.</translation>
    </message>
    <message>
        <source>Registered.</source>
        <translation>Registered.</translation>
    </message>
    <message>
        <source>Dates: {first} to {last}</source>
        <translation>Dates: {first} to {last}</translation>
    </message>
    <message>
        <source>Dates: all</source>
        <translation>Dates: all</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>WatchEditor</name>
    <message>
        <source>Edit watchlist entry</source>
        <translation>Edit watchlist entry</translation>
    </message>
    <message>
        <source>Add to the watchlist</source>
        <translation>Add to the watchlist</translation>
    </message>
</context>
<context>
    <name>WatchlistDialog</name>
    <message>
        <source>Visitor watchlist</source>
        <translation>Visitor watchlist</translation>
    </message>
    <message>
        <source>Registering a visitor with the same document number, phone or name shows the reason to the desk. Removed entries are kept for the record.</source>
        <translation>Registering a visitor with the same document number, phone or name shows the reason to the desk. Removed entries are kept for the record.</translation>
    </message>
    <message>
        <source>Show &amp;removed entries</source>
        <translation>Show &amp;removed entries</translation>
    </message>
    <message>
        <source>Nobody is on the watchlist. Add a person with “Add”.</source>
        <translation>Nobody is on the watchlist. Add a person with “Add”.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Choose an entry first.</source>
        <translation>Choose an entry first.</translation>
    </message>
    <message>
        <source>Choose an entry that is on the list.</source>
        <translation>Choose an entry that is on the list.</translation>
    </message>
    <message>
        <source>{name} is off the watchlist.</source>
        <translation>{name} is off the watchlist.</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>WorkLog</name>
    <message>
        <source>Give the time as 14:05 or 06-12 14:05</source>
        <extracomment>a request time may be typed a little ahead of the clock (two PCs' clocks differ), not more</extracomment>
        <translation>Give the time as 14:05 or 06-12 14:05</translation>
    </message>
    <message>
        <source>There is no such date or time</source>
        <translation>There is no such date or time</translation>
    </message>
    <message>
        <source>The time cannot be later than now</source>
        <translation>The time cannot be later than now</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the quick entry offers no "transferred" (it asks nobody to transfer to): 转为… does that</extracomment>
        <translation>Answer</translation>
    </message>
    <message>
        <source>There is no room {code}</source>
        <translation>There is no room {code}</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>Transferred to</translation>
    </message>
    <message>
        <source>This work-log row no longer exists</source>
        <translation>This work-log row no longer exists</translation>
    </message>
    <message>
        <source>Row {number} is {state} and can no longer be changed</source>
        <extracomment>a list's row: the entry and its running deadline (None once it has a result)</extracomment>
        <translation>Row {number} is {state} and can no longer be changed</translation>
    </message>
    <message>
        <source>Row {number} is void</source>
        <translation>Row {number} is void</translation>
    </message>
    <message>
        <source>Closed at</source>
        <extracomment>its details may be corrected by this user (it is not closed or void) it may be turned into another workflow's record (it is not void)</extracomment>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Turned into</source>
        <translation>Turned into</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>A day can be checked only once it has begun</source>
        <translation>A day can be checked only once it has begun</translation>
    </message>
    <message>
        <source>{n} rows have no result: note how they are followed up</source>
        <translation>{n} rows have no result: note how they are followed up</translation>
    </message>
    <message>
        <source>The work log of {day} was checked already by {name} at {at}</source>
        <translation>The work log of {day} was checked already by {name} at {at}</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>a work-log row as the quick entry and the editor take it (the service parses the time with its clock)</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Logged</translation>
    </message>
    <message>
        <source>Time corrected</source>
        <translation>Time corrected</translation>
    </message>
    <message>
        <source>Open (no result yet)</source>
        <translation>Open (no result yet)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>now, or 14:05</source>
        <translation>now, or 14:05</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Work log</translation>
    </message>
    <message>
        <source>Answer or result</source>
        <translation>Answer or result</translation>
    </message>
    <message>
        <source>e.g. 工程部 张师傅</source>
        <translation>e.g. 工程部 张师傅</translation>
    </message>
    <message>
        <source>Note (how open rows are followed up)</source>
        <extracomment>the supervisor's daily check of the work log: how rows without a result are followed up</extracomment>
        <translation>Note (how open rows are followed up)</translation>
    </message>
</context>
<context>
    <name>WorkLogPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Without a result</source>
        <translation>Without a result</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Caller, room, phone, request or No.</source>
        <translation>Caller, room, phone, request or No.</translation>
    </message>
    <message>
        <source>Choose a row to answer, transfer or close it, or to turn it into a record.</source>
        <translation>Choose a row to answer, transfer or close it, or to turn it into a record.</translation>
    </message>
    <message>
        <source>No requests in this period yet. Type the next call into the form above (F2) and press Enter.</source>
        <translation>No requests in this period yet. Type the next call into the form above (F2) and press Enter.</translation>
    </message>
    <message>
        <source>New request (F2)</source>
        <translation>New request (F2)</translation>
    </message>
    <message>
        <source>Mark the day as checked…</source>
        <translation>Mark the day as checked…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Con&amp;vert to…</source>
        <translation>Con&amp;vert to…</translation>
    </message>
    <message>
        <source>Saved {number}.</source>
        <translation>Saved {number}.</translation>
    </message>
    <message>
        <source>{day}: {n} requests, {m} without a result</source>
        <translation>{day}: {n} requests, {m} without a result</translation>
    </message>
    <message>
        <source>— the day's desk hours are over: give every row a result or its follow-up.</source>
        <translation>— the day's desk hours are over: give every row a result or its follow-up.</translation>
    </message>
    <message>
        <source>Checked by {name} at {at}</source>
        <translation>Checked by {name} at {at}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Linked to the new record.</source>
        <translation>Linked to the new record.</translation>
    </message>
    <message>
        <source>“{what}” is not available in this version.</source>
        <translation>“{what}” is not available in this version.</translation>
    </message>
    <message>
        <source>The day is marked as checked.</source>
        <translation>The day is marked as checked.</translation>
    </message>
    <message>
        <source>Date: {span}</source>
        <translation>Date: {span}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Duty log</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Work log</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Notice delivery</source>
        <translation>Notice delivery</translation>
    </message>
    <message>
        <source>Work contact slip</source>
        <extracomment>states in which the department still owes a reply</extracomment>
        <translation>Work contact slip</translation>
    </message>
    <message>
        <source>Parcel or letter kept for a resident</source>
        <extracomment>states in which an item waits at the desk</extracomment>
        <translation>Parcel or letter kept for a resident</translation>
    </message>
    <message>
        <source>Visitor reception</source>
        <translation>Visitor reception</translation>
    </message>
    <message>
        <source>Registered</source>
        <extracomment>a transition's target that keeps the state it came from (a progress report in either of two states) kinds and states are stored in 20-character columns, actions in 30-character ones</extracomment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>The record is {state} and can no longer be changed</source>
        <translation>The record is {state} and can no longer be changed</translation>
    </message>
    <message>
        <source>“{action}” cannot be done while the record is {state}</source>
        <translation>“{action}” cannot be done while the record is {state}</translation>
    </message>
    <message>
        <source>Your role does not allow “{action}”</source>
        <translation>Your role does not allow “{action}”</translation>
    </message>
    <message>
        <source>Fill in {fields} before “{action}”</source>
        <translation>Fill in {fields} before “{action}”</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>what a record numbered by an action shows for its number until then (a notice's draft)</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>There is no action “{action}” for {workflow}</source>
        <translation>There is no action “{action}” for {workflow}</translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation>{field} cannot be in the future</translation>
    </message>
    <message>
        <source>{field} cannot be before the previous step ({at})</source>
        <translation>{field} cannot be before the previous step ({at})</translation>
    </message>
    <message>
        <source>Choose a status from the list</source>
        <translation>Choose a status from the list</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Key cabinet</source>
        <translation>Key cabinet</translation>
    </message>
    <message>
        <source>Key loans</source>
        <translation>Key loans</translation>
    </message>
    <message>
        <source>Common-area patrol</source>
        <translation>Common-area patrol</translation>
    </message>
    <message>
        <source>Patrol finding</source>
        <translation>Patrol finding</translation>
    </message>
    <message>
        <source>Vacant-unit register</source>
        <translation>Vacant-unit register</translation>
    </message>
    <message>
        <source>Vacant-unit inspection</source>
        <translation>Vacant-unit inspection</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Deposit refund</source>
        <translation>Deposit refund</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>Renovation applications</source>
        <translation>Renovation applications</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <source>Move-outs</source>
        <extracomment>a move-out in these states holds the room (no second one; goods wait for the settlement)</extracomment>
        <translation>Move-outs</translation>
    </message>
    <message>
        <source>Goods release slips</source>
        <translation>Goods release slips</translation>
    </message>
    <message>
        <source>Renovation patrols</source>
        <translation>Renovation patrols</translation>
    </message>
    <message>
        <source>Violation notices</source>
        <translation>Violation notices</translation>
    </message>
</context>
</TS>