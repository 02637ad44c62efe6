<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Action</name>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
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
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
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
        <source>Approve</source>
        <translation>Approve</translation>
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
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>yes</source>
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
        <source>Wrong user name or password</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again in {n} minutes or ask an administrator.</source>
        <translation>This account is locked after too many failed attempts. Try again in {n} minutes or ask an administrator.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked for {n} minutes.</source>
        <translation>Too many failed attempts: the account is locked for {n} minutes.</translation>
    </message>
    <message>
        <source>Wrong user name or password ({left} attempts left)</source>
        <translation>Wrong user name or password ({left} attempts left)</translation>
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
        <source>At least one role must keep the permission to manage users</source>
        <translation>At least one role must keep the permission to manage users</translation>
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
        <source>A PostgreSQL database is backed up on the server (pg_dump); see the admin guide.</source>
        <translation>A PostgreSQL database is backed up on the server (pg_dump); see the admin guide.</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored on the server (pg_restore); see the admin guide.</source>
        <translation>A PostgreSQL database is restored on the server (pg_restore); see the admin guide.</translation>
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
    <name>Calendar</name>
    <message>
        <source>{day} cannot be both a holiday and a working day</source>
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
    <name>Clock</name>
    <message>
        <source>Sign for the slip</source>
        <translation>Sign for the slip</translation>
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
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your saved work is safe. Please copy the details below to the administrator.</source>
        <translation>Something went wrong that should not have. Your saved work is safe. Please copy the details below to the administrator.</translation>
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
        <source>The screen was locked after {n} minutes without use. Unsaved input is kept for its user.</source>
        <translation>The screen was locked after {n} minutes without use. Unsaved input is kept for its user.</translation>
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
</context>
<context>
    <name>Duty</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
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
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Counter visit</source>
        <translation>Counter visit</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
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
        <source>SMS</source>
        <translation>SMS</translation>
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
        <source>Engineering (maintenance)</source>
        <translation>Engineering (maintenance)</translation>
    </message>
    <message>
        <source>Security (order maintenance)</source>
        <translation>Security (order maintenance)</translation>
    </message>
    <message>
        <source>Environment (cleaning)</source>
        <translation>Environment (cleaning)</translation>
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
        <source>Normal</source>
        <translation>Normal</translation>
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
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: the file is open in another program (close it in Excel) or the folder is read-only</source>
        <extracomment>Rows between two calls of ``progress``/``cancel``. Rows looked at to size the columns before streaming the rest.</extracomment>
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
    <name>Field</name>
    <message>
        <source>Handed to</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>Items carried over</source>
        <translation>Items carried over</translation>
    </message>
    <message>
        <source>Answer or result</source>
        <translation>Answer or result</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>Transferred to</translation>
    </message>
    <message>
        <source>Scope or recipients</source>
        <translation>Scope or recipients</translation>
    </message>
    <message>
        <source>Signed by</source>
        <extracomment>states in which the department still owes a reply</extracomment>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
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
        <extracomment>states in which an item waits at the desk</extracomment>
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
        <source>Relation to the addressee</source>
        <translation>Relation to the addressee</translation>
    </message>
    <message>
        <source>Collector's signature</source>
        <translation>Collector's signature</translation>
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
        <source>Note</source>
        <extracomment>kinds and states are stored in 20-character columns, actions in 30-character ones</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
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
    <name>Home</name>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Day shift 08:30–17:30</source>
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
        <source>Export &amp;rooms to Excel…</source>
        <translation>Export &amp;rooms to Excel…</translation>
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
</context>
<context>
    <name>Nav</name>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
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
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Information relay</source>
        <translation>Information relay</translation>
    </message>
    <message>
        <source>Estate registry</source>
        <translation>Estate registry</translation>
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
        <source>The photo must be a picture (JPEG, PNG, BMP or HEIC)</source>
        <translation>The photo must be a picture (JPEG, PNG, BMP or HEIC)</translation>
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
    <message>
        <source>The list has more than {n} rows: narrow the filter, or export it to Excel.</source>
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
        <source>&amp;Printer</source>
        <translation>&amp;Printer</translation>
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
        <extracomment>the resolved font was shown (tests wait for it)</extracomment>
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
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The language changes the next time Front Desk starts.</source>
        <translation>The language changes the next time Front Desk starts.</translation>
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
        <source>Mobile</source>
        <translation>Mobile</translation>
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
        <source>Fields</source>
        <translation>Fields</translation>
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
        <source>Building {b}, unit {u}, floor {f} · {area} m² · {layout}</source>
        <translation>Building {b}, unit {u}, floor {f} · {area} m² · {layout}</translation>
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
        <source>{field} must be a time such as 17:30</source>
        <extracomment>how far ahead a required completion time may lie</extracomment>
        <translation>{field} must be a time such as 17:30</translation>
    </message>
    <message>
        <source>{field} must be a time such as 14:05 or 2025-06-12 14:05</source>
        <translation>{field} must be a time such as 14:05 or 2025-06-12 14:05</translation>
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
        <source>{field} cannot be before {earliest}</source>
        <translation>{field} cannot be before {earliest}</translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation>{field} cannot be in the future</translation>
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
        <source>Choose the collector's document type</source>
        <translation>Choose the collector's document type</translation>
    </message>
    <message>
        <source>The collector must sign for the item before it is handed over</source>
        <translation>The collector must sign for the item before it is handed over</translation>
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
    <name>RoomDialog</name>
    <message>
        <source>Edit room {code}</source>
        <translation>Edit room {code}</translation>
    </message>
    <message>
        <source>New room in {unit}</source>
        <translation>New room in {unit}</translation>
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
        <translation>{n} rows have errors. Correct them in the file, or import only the good rows.</translation>
    </message>
    <message>
        <source>There is no row to import.</source>
        <translation>There is no row to import.</translation>
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
        <source>Columns: 楼栋, 单元, 房号, 楼层, 建筑面积, 户型/房屋类型, 业主姓名, 证件类型, 证件号码, 手机. Format the ID column as text.</source>
        <translation>Columns: 楼栋, 单元, 房号, 楼层, 建筑面积, 户型/房屋类型, 业主姓名, 证件类型, 证件号码, 手机. Format the ID column as text.</translation>
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
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>Reading the roster…</translation>
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
    <name>Search</name>
    <message>
        <source>former {role}</source>
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
        <source>Administrator user name</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <source>Administrator's name</source>
        <translation>Administrator's name</translation>
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
        <source>Demo accounts (password {pw}) — double-click to fill in:</source>
        <translation>Demo accounts (password {pw}) — double-click to fill in:</translation>
    </message>
    <message>
        <source>Enter your user name</source>
        <translation>Enter your user name</translation>
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
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
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
        <source>Approved</source>
        <translation>Approved</translation>
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
        <extracomment>The paperwork is Chinese whatever the UI language: the forms and registers print these words.</extracomment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
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
</context>
<context>
    <name>Store</name>
    <message>
        <source>This database was written by a newer version of Front Desk. Update the program.</source>
        <translation>This database was written by a newer version of Front Desk. Update the program.</translation>
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
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit in building {no}</source>
        <translation>New unit in building {no}</translation>
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
        <source>Tick what each role may do. Changes apply to every user of the role from their next sign-in. Changed cells are highlighted until you save.</source>
        <translation>Tick what each role may do. Changes apply to every user of the role from their next sign-in. Changed cells are highlighted until you save.</translation>
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
    <message>
        <source>Permissions saved. They apply from each user's next sign-in.</source>
        <translation>Permissions saved. They apply from each user's next sign-in.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required</source>
        <extracomment>a title longer than this is printed as a wrapped heading under the kind (it does not fit one line)</extracomment>
        <translation>{field} is required</translation>
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
        <extracomment>How often (in rows) ``progress(done, total)`` is called while reading. field key -&gt; the Chinese header of the import template (also the column name in error reports).</extracomment>
        <translation>{field} is too long (at most {max} characters)</translation>
    </message>
    <message>
        <source>Mobile number is required</source>
        <translation>Mobile number is required</translation>
    </message>
    <message>
        <source>Mobile number must be 11 digits starting with 13–19</source>
        <translation>Mobile number must be 11 digits starting with 13–19</translation>
    </message>
    <message>
        <source>Phone number is required</source>
        <translation>Phone number is required</translation>
    </message>
    <message>
        <source>Phone number must be a mobile (11 digits) or a landline with area code</source>
        <translation>Phone number must be a mobile (11 digits) or a landline with area code</translation>
    </message>
    <message>
        <source>ID number is required</source>
        <translation>ID number is required</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (this one has {n})</source>
        <translation>A resident ID number has 18 characters (this one has {n})</translation>
    </message>
    <message>
        <source>The check digit of this ID number is wrong: please check every digit</source>
        <translation>The check digit of this ID number is wrong: please check every digit</translation>
    </message>
    <message>
        <source>This ID number has an impossible birth date or region</source>
        <translation>This ID number has an impossible birth date or region</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 letters and digits</source>
        <translation>A unified social credit code has 18 letters and digits</translation>
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
</context>
<context>
    <name>Visits</name>
    <message>
        <source>“{action}” does not apply to {category}</source>
        <extracomment>the actions of each track (the rest of the declaration applies to both) the state each host answer leads to, and the action that records it statuses of a visitor waiting at the desk (registered, the host not yet answered or just agreed)</extracomment>
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
        <source>Give the departure time</source>
        <translation>Give the departure time</translation>
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
        <translation>Check before registering: {warnings}</translation>
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
        <extracomment>the result a new row may be saved with directly (quick entry), and the action that gives it a request time may be typed a little ahead of the clock (two PCs' clocks differ), not more</extracomment>
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
        <source>Choose the channel</source>
        <translation>Choose the channel</translation>
    </message>
    <message>
        <source>Choose the category</source>
        <translation>Choose the category</translation>
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
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Duty log</source>
        <extracomment>The paperwork is Chinese whatever the UI language (DESIGN.md §7).</extracomment>
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
        <extracomment>states in which the text, dates and scope may still be edited states in which recipients may be added (not once the notice is off the boards) states in which postings may be recorded states of a notice that has been issued (counts for KPIs, the household card, expiry)</extracomment>
        <translation>Notice delivery</translation>
    </message>
    <message>
        <source>Work contact slip</source>
        <translation>Work contact slip</translation>
    </message>
    <message>
        <source>Parcel or letter kept for a resident</source>
        <translation>Parcel or letter kept for a resident</translation>
    </message>
    <message>
        <source>Visitor reception</source>
        <translation>Visitor reception</translation>
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
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>dlg</name>
    <message>
        <source>Restored what you were typing before the screen locked.</source>
        <translation>Restored what you were typing before the screen locked.</translation>
    </message>
</context>
<context>
    <name>self.dialog</name>
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
</context>
<context>
    <name>window</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>