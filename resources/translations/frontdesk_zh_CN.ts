<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Action</name>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge and take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over without a handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished">档案</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: wrong department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to another department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned into a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>The new user signs in with this password and is asked to choose their own.</source>
        <translation>新用户用此密码登录后，须先设置自己的密码。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Front Desk</source>
        <translation>物业客服前台</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Changed role permissions</source>
        <translation>修改角色权限</translation>
    </message>
    <message>
        <source>Set up the database</source>
        <translation>初始化数据库</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Loaded the demo estate</source>
        <translation>载入演示小区</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <source>Staff account</source>
        <extracomment>labels of the record kinds (table names and the pseudo-entities of explicit rows)</extracomment>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Role permission</source>
        <translation>角色权限</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>日历日期</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Person in a room</source>
        <translation>房屋人员关系</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>操作对象</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验日志链(&amp;V)</translation>
    </message>
    <message>
        <source>Check every row&apos;s hash: an entry changed or deleted after it was written shows here</source>
        <translation>逐行核对哈希值：写入后被修改或删除的记录会在此显示</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>日期从(&amp;F)</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Record ID or text</source>
        <translation>对象 ID 或关键字</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>OK: the chain of {n} rows is intact.</source>
        <translation>校验通过：{n} 行日志链完整无误。</translation>
    </message>
    <message>
        <source>Broken at row #{id}: this row was changed, or a row before it deleted, after it was written.</source>
        <translation>日志链在第 #{id} 行断开：该行写入后被修改过，或其前面有记录被删除。</translation>
    </message>
    <message>
        <source>The audit log was tampered with: row #{id} does not match its hash. {n} rows before it are intact.</source>
        <translation>审计日志已被篡改：第 #{id} 行与其哈希值不符。此前的 {n} 行完整无误。</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>A password needs at least {n} characters</source>
        <translation>密码至少需要 {n} 个字符</translation>
    </message>
    <message>
        <source>A password has at most 128 characters</source>
        <translation>密码最多 128 个字符</translation>
    </message>
    <message>
        <source>A password needs both letters and digits</source>
        <translation>密码须同时包含字母和数字</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again in {n} minutes or ask an administrator.</source>
        <translation>登录失败次数过多，该账号已被锁定。请 {n} 分钟后再试，或请客服主管、网络工程师解锁。</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked for {n} minutes.</source>
        <translation>登录失败次数过多，账号已锁定 {n} 分钟。</translation>
    </message>
    <message>
        <source>Wrong user name or password ({left} attempts left)</source>
        <translation>用户名或密码错误（还可尝试 {left} 次）</translation>
    </message>
    <message>
        <source>This account no longer exists or is disabled</source>
        <translation>该账号不存在或已停用</translation>
    </message>
    <message>
        <source>The current password is wrong</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <source>The new password must differ from the current one</source>
        <translation>新密码不能与当前密码相同</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>A user name has only Latin letters, digits, dots and underscores</source>
        <translation>用户名只能包含英文字母、数字、点和下划线</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>请选择角色</translation>
    </message>
    <message>
        <source>The user name {u} is taken</source>
        <translation>用户名 {u} 已被占用</translation>
    </message>
    <message>
        <source>This account no longer exists</source>
        <translation>该账号已不存在</translation>
    </message>
    <message>
        <source>You cannot disable your own account or change your own role</source>
        <translation>不能停用自己的账号，也不能更改自己的角色</translation>
    </message>
    <message>
        <source>Unknown permission {p}</source>
        <translation>未知权限 {p}</translation>
    </message>
    <message>
        <source>At least one role must keep the permission to manage users</source>
        <translation>至少要保留一个角色拥有“管理用户和权限”的权限</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>A PostgreSQL database is backed up on the server (pg_dump); see the admin guide.</source>
        <translation>PostgreSQL 数据库须在服务器上用 pg_dump 备份，详见系统管理指南。</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored on the server (pg_restore); see the admin guide.</source>
        <translation>PostgreSQL 数据库须在服务器上用 pg_restore 恢复，详见系统管理指南。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <source>On exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>This desk uses a PostgreSQL server: back it up on the server with pg_dump (see the administrator&apos;s guide).</source>
        <translation>本前台使用 PostgreSQL 服务器，请在服务器上用 pg_dump 备份（详见系统管理指南）。</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}. Automatic ones (daily, on exit) are rotated; manual ones are kept until you delete them. Copy important backups to another disk too.</source>
        <translation>备份保存在 {folder}。自动备份（每日、退出时）按份数轮换，旧的会被自动删除；手动备份会一直保留，直到您删除为止。重要的备份请另外复制到其他磁盘。</translation>
    </message>
    <message>
        <source>Your role may not make backups.</source>
        <translation>您的角色无权备份。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up and checked: {file}</source>
        <translation>备份完成并已校验：{file}</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>Edit building</source>
        <translation>编辑楼栋</translation>
    </message>
    <message>
        <source>New building</source>
        <translation>新建楼栋</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{day} cannot be both a holiday and a working day</source>
        <translation>{day} 不能既是节假日又是调休工作日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Working day (adjusted)</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>{day} is not a date such as 2026-10-01</source>
        <extracomment>the longest run of days one call may set (a holiday period; a typo in the year would set hundreds)</extracomment>
        <translation>{day} 不是有效日期（格式如 2026-10-01）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Choose holiday or working day</source>
        <translation>请选择节假日或调休工作日</translation>
    </message>
    <message>
        <source>{day} is a weekday and so a working day already: only a Saturday or Sunday can be an adjusted working day</source>
        <translation>{day} 是周一至周五，本来就是工作日：只有周六或周日才能设为调休工作日</translation>
    </message>
    <message>
        <source>Choose at least one day</source>
        <translation>请至少选择一天</translation>
    </message>
    <message>
        <source>At most {n} days at a time</source>
        <translation>一次最多 {n} 天</translation>
    </message>
    <message>
        <source>The last day is before the first</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>{day} is not in the calendar</source>
        <translation>日历中没有 {day}</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Monday to Friday are working days and weekends are not, except for the days listed here: public holidays, and the weekend days worked in exchange. Working-day limits (complaints, renovation reviews, key loans) count with this calendar.</source>
        <translation>周一至周五为工作日，周六、周日休息；下表所列日期除外：法定节假日，以及调休上班的周末。按工作日计算的时限（投诉、装修审批、钥匙借用）均以本日历为准。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>如：国庆节</translation>
    </message>
    <message>
        <source>&amp;Add / change</source>
        <translation>添加/修改(&amp;A)</translation>
    </message>
    <message>
        <source>Mark the days from the first to the last date; for a working day only the weekend days count</source>
        <translation>标记从开始日期到结束日期的每一天；设为调休工作日时只标记其中的周末</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
    <message>
        <source>You may look at the calendar; your role may not change it.</source>
        <translation>您可以查看工作日历，但您的角色无权修改。</translation>
    </message>
    <message>
        <source>{year}: {off} holidays, {work} adjusted working days</source>
        <translation>{year} 年：节假日 {off} 天，调休工作日 {work} 天</translation>
    </message>
    <message>
        <source>Saved {n} days.</source>
        <translation>已保存 {n} 天。</translation>
    </message>
    <message>
        <source>Select the days to remove in the list.</source>
        <translation>请在列表中选择要删除的日期。</translation>
    </message>
    <message>
        <source>Removed {n} days; they follow the ordinary week again.</source>
        <translation>已删除 {n} 天，这些日期恢复按正常周作息计算。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Please choose your own password before you start.</source>
        <translation>开始工作前，请先设置您自己的密码。</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>Sign for the slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind the addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return when not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message>
        <source>Visitor registration</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>Work contact slip</source>
        <translation>工作联系单</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your saved work is safe. Please copy the details below to the administrator.</source>
        <translation>程序发生了意外错误，已保存的数据不受影响。请将下方的详细信息复制给网络工程师。</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation>物业客服前台</translation>
    </message>
    <message>
        <source>The screen was locked after {n} minutes without use. Unsaved input is kept for its user.</source>
        <translation>已 {n} 分钟无操作，屏幕已锁定。未保存的输入内容已为原用户保留。</translation>
    </message>
    <message>
        <source>The database was restored from {file}. Please sign in again.</source>
        <translation>数据库已从 {file} 恢复，请重新登录。</translation>
    </message>
</context>
<context>
    <name>DocType</name>
    <message>
        <source>Visit</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Vacant-unit inspection</source>
        <translation>空置房巡检</translation>
    </message>
    <message>
        <source>Key loan</source>
        <translation>钥匙借用</translation>
    </message>
    <message>
        <source>Renovation application</source>
        <translation>装修申请</translation>
    </message>
    <message>
        <source>Renovation patrol</source>
        <translation>装修巡查</translation>
    </message>
    <message>
        <source>Violation notice</source>
        <translation>违章整改通知</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租赁登记</translation>
    </message>
    <message>
        <source>Work slip</source>
        <translation>工作联系单</translation>
    </message>
    <message>
        <source>Common-area patrol</source>
        <translation>公共区域巡查</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>撤租</translation>
    </message>
    <message>
        <source>Release slip</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Parcel or letter kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation type="unfinished">值班日志</translation>
    </message>
    <message>
        <source>Work-log request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Edit user {username}</source>
        <translation>编辑用户 {username}</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Day shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished">投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work log</source>
        <translation type="unfinished">工作日志</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CS supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Property officer</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>接待员</translation>
    </message>
    <message>
        <source>Back-office clerk</source>
        <translation>内勤</translation>
    </message>
    <message>
        <source>Network engineer</source>
        <translation>网络工程师</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <extracomment>the purposes offered for each category, in the order of the form</extracomment>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit (HK/Macao)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation>共有人</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Co-resident</source>
        <translation>同住人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商铺</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>车库</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>储藏间</translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation>未售</translation>
    </message>
    <message>
        <source>Sold, not handed over</source>
        <translation>已售未交付</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Renovating</source>
        <translation>装修中</translation>
    </message>
    <message>
        <source>Owner-occupied</source>
        <translation>自住</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>出租</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water or power outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <extracomment>kinds that usually go to named recipients rather than on the boards (the editor&apos;s default)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole estate</source>
        <translation type="unfinished">全小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering (maintenance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (order maintenance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment (cleaning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work contact slip</source>
        <extracomment>departments a slip may be sent to (the desk itself is the sender)</extracomment>
        <translation type="unfinished">工作联系单</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to pass on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received for a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left for someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised by the addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor entering the estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting family or friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home service or repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished">交付状态</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-security card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host came to the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: the file is open in another program (close it in Excel) or the folder is read-only</source>
        <extracomment>Rows between two calls of ``progress``/``cancel``. Rows looked at to size the columns before streaming the rest.</extracomment>
        <translation>无法写入 {path}：文件正被其他程序打开（请先在 Excel 中关闭），或文件夹为只读</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋编码</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room no.</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Built-up area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>户型</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>房屋类型</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付状态</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>使用状态</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房屋清单</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员清单</translation>
    </message>
    <message>
        <source>Choose rooms or people</source>
        <translation>请选择导出房屋还是人员</translation>
    </message>
    <message>
        <source>Export rooms</source>
        <translation>导出房屋清单</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>导出人员清单</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>房屋清单</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员清单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未生成文件。</translation>
    </message>
    <message>
        <source>{n} rows exported to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>正在导出到 Excel…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Handed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer or result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope or recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <extracomment>states in which the department still owes a reply</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified by</source>
        <extracomment>states in which an item waits at the desk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished">证件类型</translation>
    </message>
    <message>
        <source>Collector&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it was turned into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>kinds and states are stored in 20-character columns, actions in 30-character ones</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Front Desk</source>
        <translation>初始化物业客服前台</translation>
    </message>
    <message>
        <source>Welcome. This creates the database in {path}. The first account is the customer-service supervisor (客服主管), who can add the other staff.</source>
        <translation>欢迎使用！系统将在 {path} 创建数据库。第一个账号为客服主管，由客服主管添加其他员工的账号。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Rooms</source>
        <translation>房屋总数</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>{name}, welcome. Today is {date}, {weekday}.</source>
        <translation>{name}，您好！今天是 {date}，{weekday}。</translation>
    </message>
    <message>
        <source>Nothing needs the desk right now.</source>
        <translation>目前没有需要前台处理的事项。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Day shift 08:30–17:30</source>
        <translation>白班 08:30–17:30</translation>
    </message>
    <message>
        <source>Night shift 17:30–08:30</source>
        <translation>夜班 17:30–08:30</translation>
    </message>
    <message>
        <source>{estate} — Front Desk</source>
        <translation>{estate} — 物业客服前台</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>搜索（Ctrl+K）</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import roster from Excel…</source>
        <translation>从 Excel 导入业主名册(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;rooms to Excel…</source>
        <translation>导出房屋清单到 Excel(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;people to Excel…</source>
        <translation>导出人员清单到 Excel(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Duty</source>
        <translation>值班(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Parameters…</source>
        <translation>参数(&amp;P)…</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Users and permissions…</source>
        <translation>用户与权限(&amp;U)…</translation>
    </message>
    <message>
        <source>P&amp;rinting…</source>
        <translation>打印设置(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用手册(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Front Desk</source>
        <translation>关于物业客服前台(&amp;A)</translation>
    </message>
    <message>
        <source>About Front Desk</source>
        <translation>关于物业客服前台</translation>
    </message>
    <message>
        <source>&lt;b&gt;Front Desk&lt;/b&gt; 物业客服前台&lt;br&gt;Customer-service desk of a residential estate.&lt;br&gt;Database: {db}</source>
        <translation>&lt;b&gt;物业客服前台&lt;/b&gt; Front Desk&lt;br&gt;住宅小区物业客服部前台工作系统。&lt;br&gt;数据库：{db}</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“{text}” is not an amount of money</source>
        <extracomment>亿亿 is not a unit anyone writes; refuse amounts that would need it.</extracomment>
        <translation>“{text}”不是有效的金额</translation>
    </message>
    <message>
        <source>An amount of money has at most 2 decimal places (“{text}”)</source>
        <translation>金额最多两位小数（“{text}”）</translation>
    </message>
    <message>
        <source>The amount {amount} is too large to write in words</source>
        <translation>金额 {amount} 过大，无法转换为中文大写</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <source>Desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>Visitor reception</source>
        <translation>来访接待</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>Information relay</source>
        <translation>信息传递</translation>
    </message>
    <message>
        <source>Estate registry</source>
        <translation>房屋档案</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>{field} must be a date and time such as 2026-06-12 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: there is no such date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Valid until” cannot be before the time the notice applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice applies immediately: notices should be posted {required} h ahead. Publish it anyway only if it is an emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {hours} h before the notice applies: notices should be posted {required} h ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole estate already includes every building: remove the other parts of the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{part}” is not a building (3栋), a unit (3栋2单元) or a room (3-2-1502)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{part}” is not a room: type room codes such as 3-2-1502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one room code, such as 3-2-1502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo must be a picture (JPEG, PNG, BMP or HEIC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>“{text}” is not a document number (such as TS20250612-0003)</source>
        <translation>“{text}”不是有效的单据编号（格式如 TS20250612-0003）</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Cancelled.</source>
        <extracomment>a printed list longer than this is refused (narrow the filter, or export to Excel, which streams) record kinds whose change notices make this page refresh the title of the page&apos;s printed list and Excel sheet; ``None``: the page has no list report the permission exporting the list to Excel needs (checked on the worker), if any</extracomment>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Preparing the list…</source>
        <translation>正在生成清单…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未生成文件。</translation>
    </message>
    <message>
        <source>{n} rows exported to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>正在导出到 Excel…</translation>
    </message>
    <message>
        <source>The list has more than {n} rows: narrow the filter, or export it to Excel.</source>
        <translation>清单超过 {n} 行，请缩小筛选范围，或导出到 Excel。</translation>
    </message>
</context>
<context>
    <name>Param</name>
    <message>
        <source>Failed sign-ins before the account locks</source>
        <translation>账号锁定前允许登录失败的次数</translation>
    </message>
    <message>
        <source>Account lock after failed sign-ins</source>
        <translation>登录失败后账号锁定时长</translation>
    </message>
    <message>
        <source>Lock the window after idle time</source>
        <translation>无操作自动锁屏时间</translation>
    </message>
    <message>
        <source>Back up automatically every day</source>
        <translation>每天自动备份</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>自动备份保留份数</translation>
    </message>
    <message>
        <source>Time to reach the host of a visitor</source>
        <translation>联系被访人时限</translation>
    </message>
    <message>
        <source>Initial reply, urgent complaint</source>
        <translation>紧急投诉初步答复时限</translation>
    </message>
    <message>
        <source>Initial reply, general complaint</source>
        <translation>一般投诉初步答复时限</translation>
    </message>
    <message>
        <source>Resolution, urgent complaint</source>
        <translation>紧急投诉办结时限</translation>
    </message>
    <message>
        <source>Resolution, general complaint</source>
        <translation>一般投诉办结时限</translation>
    </message>
    <message>
        <source>Progress report interval, urgent complaint</source>
        <translation>紧急投诉进度反馈间隔</translation>
    </message>
    <message>
        <source>Progress report interval, general complaint</source>
        <translation>一般投诉进度反馈间隔</translation>
    </message>
    <message>
        <source>Escalate to the manager at this multiple of a deadline</source>
        <translation>超过时限几倍时升级至管理处经理</translation>
    </message>
    <message>
        <source>Reopenings that mark a repeat complaint</source>
        <translation>重新处理几次记为重复投诉</translation>
    </message>
    <message>
        <source>Follow-up deadline after a complaint is resolved</source>
        <translation>投诉办结后回访时限</translation>
    </message>
    <message>
        <source>Complaints followed up</source>
        <translation>投诉回访比例</translation>
    </message>
    <message>
        <source>Repairs followed up</source>
        <translation>维修回访比例</translation>
    </message>
    <message>
        <source>Day of the month for the repair follow-up batch</source>
        <translation>维修集中回访日（每月几日）</translation>
    </message>
    <message>
        <source>Community-activity participants followed up</source>
        <translation>社区活动参与者回访比例</translation>
    </message>
    <message>
        <source>Follow-up deadline after an activity</source>
        <translation>活动结束后回访时限</translation>
    </message>
    <message>
        <source>Routine visits per household per year</source>
        <translation>每户每年例行走访次数</translation>
    </message>
    <message>
        <source>Satisfaction surveys per year</source>
        <translation>每年满意度调查次数</translation>
    </message>
    <message>
        <source>Failed contact attempts before a follow-up is given up</source>
        <translation>联系不上几次后记为无法回访</translation>
    </message>
    <message>
        <source>Post a notice at least this long before it applies</source>
        <translation>通知至少提前张贴</translation>
    </message>
    <message>
        <source>Lead time when residents must prepare</source>
        <translation>需住户提前准备的通知至少提前张贴</translation>
    </message>
    <message>
        <source>Inspect each vacant unit every</source>
        <translation>空置房巡检周期</translation>
    </message>
    <message>
        <source>Air each vacant unit every</source>
        <translation>空置房通风周期</translation>
    </message>
    <message>
        <source>Clean each unrenovated unit every</source>
        <translation>未装修房屋清洁周期</translation>
    </message>
    <message>
        <source>Inspect vacant units after a storm within</source>
        <translation>台风暴雨后空置房巡检时限</translation>
    </message>
    <message>
        <source>Lent keys are due back on the same working day by</source>
        <translation>借出钥匙当天归还截止时间</translation>
    </message>
    <message>
        <source>Count the key cabinet every</source>
        <translation>钥匙柜盘点周期</translation>
    </message>
    <message>
        <source>Keep key records for</source>
        <translation>钥匙记录保存期限</translation>
    </message>
    <message>
        <source>Apply at least this long before work starts</source>
        <translation>开工前至少提前申请</translation>
    </message>
    <message>
        <source>Review an application within</source>
        <translation>装修申请审批时限</translation>
    </message>
    <message>
        <source>Longest renovation period</source>
        <translation>装修最长工期</translation>
    </message>
    <message>
        <source>Working hours on weekdays start at</source>
        <translation>工作日施工开始时间</translation>
    </message>
    <message>
        <source>Working hours on weekdays end at</source>
        <translation>工作日施工结束时间</translation>
    </message>
    <message>
        <source>Working hours on weekends and holidays start at</source>
        <translation>周末及节假日施工开始时间</translation>
    </message>
    <message>
        <source>Working hours on weekends and holidays end at</source>
        <translation>周末及节假日施工结束时间</translation>
    </message>
    <message>
        <source>Midday quiet time starts at</source>
        <translation>午间停工开始时间</translation>
    </message>
    <message>
        <source>Midday quiet time ends at</source>
        <translation>午间停工结束时间</translation>
    </message>
    <message>
        <source>Allow work on weekends and holidays</source>
        <translation>允许周末及节假日施工</translation>
    </message>
    <message>
        <source>Long-term worker pass valid for</source>
        <translation>长期施工人员出入证有效期</translation>
    </message>
    <message>
        <source>Short-term worker pass valid for</source>
        <translation>短期施工人员出入证有效期</translation>
    </message>
    <message>
        <source>Return passes within this time of expiry to keep the deposit</source>
        <translation>出入证到期后交还期限（逾期不退押金）</translation>
    </message>
    <message>
        <source>Patrol each active site every</source>
        <translation>装修现场巡查周期</translation>
    </message>
    <message>
        <source>Default deadline to correct a violation</source>
        <translation>违章整改默认期限</translation>
    </message>
    <message>
        <source>Re-inspect this long after acceptance</source>
        <translation>验收合格后复验间隔</translation>
    </message>
    <message>
        <source>Refund the deposit within this time of passing re-inspection</source>
        <translation>复验合格后退还押金时限</translation>
    </message>
    <message>
        <source>Refuse a permit while the room has arrears</source>
        <translation>房屋欠费时不予发放装修许可证</translation>
    </message>
    <message>
        <source>Remind this long before a lease ends</source>
        <translation>租约到期提前提醒</translation>
    </message>
    <message>
        <source>Refuse a lease while the room has arrears (otherwise warn)</source>
        <translation>房屋欠费时不予办理租赁登记（不勾选则仅提示）</translation>
    </message>
    <message>
        <source>Sign for an urgent work slip within</source>
        <translation>紧急工作联系单签收时限</translation>
    </message>
    <message>
        <source>Sign for a normal work slip within</source>
        <translation>普通工作联系单签收时限</translation>
    </message>
    <message>
        <source>Remind about an uncollected parcel after</source>
        <translation>代收包裹未领取提醒时间</translation>
    </message>
    <message>
        <source>Return an uncollected parcel after</source>
        <translation>代收包裹未领取退回时间</translation>
    </message>
    <message>
        <source>Fix a patrol finding within</source>
        <translation>巡查问题整改时限</translation>
    </message>
    <message>
        <source>Supervisor patrols per day</source>
        <translation>客服主管每日巡查次数</translation>
    </message>
    <message>
        <source>Notice before moving out, homes</source>
        <translation>撤租提前告知期（住宅）</translation>
    </message>
    <message>
        <source>Notice before moving out, shops and offices</source>
        <translation>撤租提前告知期（商铺、办公）</translation>
    </message>
    <message>
        <source>Refund a tenant&apos;s deposit within</source>
        <translation>租户押金退还时限</translation>
    </message>
    <message>
        <source>Extra days a release slip stays valid (0: the day of issue)</source>
        <translation>放行条额外有效期（0 表示仅开具当天有效）</translation>
    </message>
    <message>
        <source>Reconcile the week&apos;s release slips on</source>
        <translation>放行条每周核对日</translation>
    </message>
    <message>
        <source>Keep release slips for</source>
        <translation>放行条保存期限</translation>
    </message>
    <message>
        <source>Fees start</source>
        <translation>物业费起算日</translation>
    </message>
    <message>
        <source>On the handover date</source>
        <translation>交房当日</translation>
    </message>
    <message>
        <source>Handover by the 15th: on the 15th; later: next month</source>
        <translation>15日（含）前交房从当月15日起算，之后交房从次月起算</translation>
    </message>
    <message>
        <source>On the 1st of the month after handover</source>
        <translation>交房次月1日</translation>
    </message>
    <message>
        <source>The developer fixes handover defects within</source>
        <translation>开发商交房问题整改时限</translation>
    </message>
    <message>
        <source>Most months of fees payable in advance</source>
        <translation>物业费最多可预交</translation>
    </message>
    <message>
        <source>Hand over keys only after fees and agreements</source>
        <translation>缴清费用、签署协议后方可交付钥匙</translation>
    </message>
    <message>
        <source>Billing day of the month</source>
        <translation>每月出账日</translation>
    </message>
    <message>
        <source>Due day of the month</source>
        <translation>每月缴费截止日</translation>
    </message>
    <message>
        <source>Charge late fees (only if the contract provides for them)</source>
        <translation>收取滞纳金（仅限合同有约定时）</translation>
    </message>
    <message>
        <source>Late fee per day, as a fraction of the overdue amount</source>
        <translation>滞纳金日费率（按欠费金额计）</translation>
    </message>
    <message>
        <source>Days overdue before late fees start</source>
        <translation>滞纳金宽限期</translation>
    </message>
    <message>
        <source>Late fees never exceed the overdue amount</source>
        <translation>滞纳金不超过欠费本金</translation>
    </message>
    <message>
        <source>Fee rate for vacant units</source>
        <translation>空置房物业费收费比例</translation>
    </message>
    <message>
        <source>Vacant rate applies after the unit is unused for</source>
        <translation>按空置房比例收费须连续空置满</translation>
    </message>
    <message>
        <source>Final payment notice this long after the first</source>
        <translation>首次催缴后发出最后催缴通知的间隔</translation>
    </message>
    <message>
        <source>Pay within this time of the final notice</source>
        <translation>最后催缴通知后的缴费期限</translation>
    </message>
    <message>
        <source>Hand cash in to finance within (0: the same day)</source>
        <translation>现金交财务期限（0 表示当天）</translation>
    </message>
    <message>
        <source>Day shift starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night shift starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the next shift up to this long before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors still on site at this time are flagged as not signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix of official notice numbers (empty: the estate&apos;s name + 物业)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a notice as expiring this long before it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household card shows notices published within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamGroup</name>
    <message>
        <source>Sign-in and security</source>
        <translation>登录与安全</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation>空置房</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>Work slips and parcels</source>
        <translation>工作联系单与代收包裹</translation>
    </message>
    <message>
        <source>Common-area patrols</source>
        <translation>公共区域巡查</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>撤租</translation>
    </message>
    <message>
        <source>Release slips</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Duty log and work log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersDialog</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Find a parameter</source>
        <translation>查找参数</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <source>You may look at the parameters; your role may not change them.</source>
        <translation>您可以查看参数，但您的角色无权修改。</translation>
    </message>
    <message>
        <source>Correct the marked values first ({n})</source>
        <translation>请先更正标红的值（{n} 项）</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>没有任何修改。</translation>
    </message>
    <message>
        <source>Saved {n} changed parameters.</source>
        <translation>已保存 {n} 项参数修改。</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Duty log and work log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the duty log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over and hand over the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the work log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log phone and counter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the day&apos;s work log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or return notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish notices (number, print, post, deliver, archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove expired notices from the boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void or revoke notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate registry</source>
        <translation>房屋档案</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>View rooms and households</source>
        <translation>查看房屋及住户</translation>
    </message>
    <message>
        <source>Edit rooms and people</source>
        <translation>编辑房屋及人员</translation>
    </message>
    <message>
        <source>See full ID and phone numbers</source>
        <translation>查看完整证件号码和电话号码</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>导入业主名册</translation>
    </message>
    <message>
        <source>Export rooms and people</source>
        <translation>导出房屋及人员清单</translation>
    </message>
    <message>
        <source>Manage users and permissions</source>
        <translation>管理用户和权限</translation>
    </message>
    <message>
        <source>Edit parameters and calendar</source>
        <translation>修改参数和工作日历</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Printer settings</source>
        <translation>打印机设置</translation>
    </message>
    <message>
        <source>Information relay</source>
        <translation type="unfinished">信息传递</translation>
    </message>
    <message>
        <source>View work slips and parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send work slips, record signing and replies, receive and hand over parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and close work slips, approve items left for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void work slips and parcel records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor reception</source>
        <translation type="unfinished">来访接待</translation>
    </message>
    <message>
        <source>View the visitor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register, admit and sign out visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the visitor watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void a visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>编辑人员：{name}</translation>
    </message>
    <message>
        <source>Add a person to {code}</source>
        <translation>为 {code} 添加人员</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Fit width</source>
        <extracomment>Paper sizes offered for printing (the PDFs are A4; another paper scales the page to fit).</extracomment>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>The document could not be read ({error})</source>
        <translation>无法读取文档（{error}）</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {error}</source>
        <translation>无法将 PDF 保存到 {path}：{error}</translation>
    </message>
    <message>
        <source>The printer {name} cannot be used. Check that it is on and connected, or save the PDF.</source>
        <translation>无法使用打印机 {name}。请检查打印机是否已开机并连接，或先保存为 PDF。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <extracomment>``render(copy) -&gt; Rendered`` (a form) — run on the worker ``hook(copy, details) -&gt; bytes | None`` — run on the worker when the user prints or saves emitted after a successful print or save, with &quot;printer&quot; or the saved file&apos;s path emitted whenever a (re)rendered document is shown</extracomment>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>打印机(&amp;P)</translation>
    </message>
    <message>
        <source>Pa&amp;per</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>份数(&amp;C)</translation>
    </message>
    <message>
        <source>All parts</source>
        <translation>全部联</translation>
    </message>
    <message>
        <source>P&amp;art</source>
        <translation>联次(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(no printer installed)</source>
        <translation>（未安装打印机）</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. You can save the PDF and print it elsewhere.</source>
        <translation>本机未安装打印机。可以先保存为 PDF，再到其他电脑打印。</translation>
    </message>
    <message>
        <source>This document has been printed {n} time(s) before: this print is marked “补打 第{n}次” (reprint).</source>
        <translation>此单据此前已打印 {n} 次，本次打印将标注“补打 第{n}次”。</translation>
    </message>
    <message>
        <source>This document is void: every page prints “作废”.</source>
        <translation>此单据已作废，每页都将打印“作废”字样。</translation>
    </message>
    <message>
        <source>The document could not be prepared.</source>
        <translation>无法生成文档。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer is installed: save the PDF instead.</source>
        <translation>未安装打印机，请改为保存 PDF。</translation>
    </message>
    <message>
        <source>Sent to the printer {name}.</source>
        <translation>已发送到打印机 {name}。</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>The font file {path} does not exist</source>
        <translation>字体文件 {path} 不存在</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Print settings</source>
        <extracomment>the resolved font was shown (tests wait for it)</extracomment>
        <translation>打印设置</translation>
    </message>
    <message>
        <source>Estate header (printed at the top of every form, on every desk)</source>
        <translation>表头信息（打印在每张表单顶部，所有前台通用）</translation>
    </message>
    <message>
        <source>PNG or JPEG picture (optional)</source>
        <translation>PNG 或 JPEG 图片（可选）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Estate &amp;name *</source>
        <translation>小区名称(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>物业公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Service &amp;hotline</source>
        <translation>客服电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>标志图片(&amp;L)</translation>
    </message>
    <message>
        <source>Print font (this computer)</source>
        <translation>打印字体（本机）</translation>
    </message>
    <message>
        <source>Automatic (a Chinese TrueType font of this computer)</source>
        <translation>自动（使用本机的中文 TrueType 字体）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Looking for the font…</source>
        <translation>正在查找字体…</translation>
    </message>
    <message>
        <source>Default paper per form (this computer)</source>
        <translation>各表单默认纸张（本机）</translation>
    </message>
    <message>
        <source>Loading the forms…</source>
        <translation>正在加载表单…</translation>
    </message>
    <message>
        <source>Print &amp;test page…</source>
        <translation>打印测试页(&amp;T)…</translation>
    </message>
    <message>
        <source>not embedded (a font the PDF viewer or printer must have)</source>
        <translation>不嵌入（PDF 阅读器或打印机须自带该字体）</translation>
    </message>
    <message>
        <source>embedded</source>
        <translation>已嵌入</translation>
    </message>
    <message>
        <source>NOT embedded</source>
        <translation>未嵌入</translation>
    </message>
    <message>
        <source>Prints with {family} — {where} — {state}</source>
        <translation>打印字体：{family} — {where} — {state}</translation>
    </message>
    <message>
        <source>Choose the print font</source>
        <translation>选择打印字体</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No Chinese TrueType font was found on this computer, so the printout uses the non-embedded font STSong-Light: a printer or PDF viewer without that font may print blanks or boxes instead of Chinese. Install a Chinese TrueType font (e.g. SimHei, SimSun or WenQuanYi Micro Hei) or set the print font in the settings.</source>
        <translation>本机未找到中文 TrueType 字体，打印将使用未嵌入的 STSong-Light 字体：如果打印机或 PDF 阅读器没有该字体，中文可能显示为空白或方框。请安装中文 TrueType 字体（如黑体 SimHei、宋体 SimSun 或文泉驿微米黑 WenQuanYi Micro Hei），或在设置中指定打印字体。</translation>
    </message>
    <message>
        <source>The configured print font {path} cannot be used ({reason}); printing with {font} instead.</source>
        <translation>设置的打印字体 {path} 无法使用（{reason}），改用 {font} 打印。</translation>
    </message>
    <message>
        <source>There is no printable form {form} (printable: {forms})</source>
        <extracomment>pass as ``font_path`` to find the font automatically whatever is configured (settings: 自动) ``loader(session, actor, number) -&gt; (data, voided)``</extracomment>
        <translation>没有可打印的表单 {form}（可打印：{forms}）</translation>
    </message>
    <message>
        <source>No estate has been set up yet</source>
        <translation>尚未设置小区</translation>
    </message>
    <message>
        <source>Estate name</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Service hotline</source>
        <translation>客服电话</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志图片</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture</source>
        <translation>标志图片须为 PNG 或 JPEG 格式</translation>
    </message>
    <message>
        <source>The logo file {path} does not exist</source>
        <translation>标志图片文件 {path} 不存在</translation>
    </message>
    <message>
        <source>Give the number of the document to print</source>
        <translation>请填写要打印的单据编号</translation>
    </message>
    <message>
        <source>There is no document {number}</source>
        <translation>没有编号为 {number} 的单据</translation>
    </message>
    <message>
        <source>Form {form} has {n} copies: choose a copy from 1 to {n}</source>
        <translation>表单 {form} 共 {n} 联，请选择第 1 至第 {n} 联</translation>
    </message>
    <message>
        <source>There is no room {code}</source>
        <translation>没有房屋 {code}</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The language changes the next time Front Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>No estate has been set up yet</source>
        <translation>尚未设置小区</translation>
    </message>
    <message>
        <source>This record no longer exists (another desk may have deleted it)</source>
        <translation>该记录已不存在（可能已被其他前台删除）</translation>
    </message>
    <message>
        <source>Building no.</source>
        <translation>楼栋号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>楼层数</translation>
    </message>
    <message>
        <source>Building {no} already exists</source>
        <translation>{no}栋已存在</translation>
    </message>
    <message>
        <source>A building with rooms cannot be renumbered</source>
        <translation>楼栋下已有房屋，不能修改楼栋号</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单元号</translation>
    </message>
    <message>
        <source>Unit {no} already exists in this building</source>
        <translation>本楼栋已有{no}单元</translation>
    </message>
    <message>
        <source>A unit with rooms cannot be renumbered</source>
        <translation>单元下已有房屋，不能修改单元号</translation>
    </message>
    <message>
        <source>Choose the building and unit</source>
        <translation>请选择楼栋和单元</translation>
    </message>
    <message>
        <source>Room no.</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Built-up area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>Inner area</source>
        <translation>套内面积</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>户型</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The inner area cannot exceed the built-up area</source>
        <translation>套内面积不能大于建筑面积</translation>
    </message>
    <message>
        <source>Choose a value from the list</source>
        <translation>请从列表中选择</translation>
    </message>
    <message>
        <source>Room {code} already exists</source>
        <translation>房屋 {code} 已存在</translation>
    </message>
    <message>
        <source>Choose a document type</source>
        <translation>请选择证件类型</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The gender does not match the ID number</source>
        <translation>性别与身份证号码不符</translation>
    </message>
    <message>
        <source>Choose the person&apos;s role in the room</source>
        <translation>请选择该人员的身份</translation>
    </message>
    <message>
        <source>A person with this ID number is already registered: search for them and link the existing record</source>
        <translation>已有人员登记了此证件号码，请搜索该人员并关联已有记录</translation>
    </message>
    <message>
        <source>This person already has this role in the room</source>
        <translation>该人员在此房屋已是此身份</translation>
    </message>
    <message>
        <source>An owner, tenant or agent needs an ID number</source>
        <translation>业主、租户和代理人须填写证件号码</translation>
    </message>
    <message>
        <source>This relation has already ended</source>
        <translation>该关系已解除</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date</source>
        <translation>结束日期不能早于开始日期</translation>
    </message>
    <message>
        <source>e.g. 3栋</source>
        <translation>如：3栋</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>有电梯</translation>
    </message>
    <message>
        <source>e.g. 1502</source>
        <translation>如：1502</translation>
    </message>
    <message>
        <source>Built-up area (m²)</source>
        <translation>建筑面积（m²）</translation>
    </message>
    <message>
        <source>Inner area (m²)</source>
        <translation>套内面积（m²）</translation>
    </message>
    <message>
        <source>e.g. 三室两厅</source>
        <translation>如：三室两厅</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>房屋类型</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付状态</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>使用状态</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>(from ID)</source>
        <translation>（从身份证号码识别）</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Role in the room</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Room list</source>
        <translation>房屋清单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>变更字段</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>New building</source>
        <translation>新建楼栋</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建单元</translation>
    </message>
    <message>
        <source>All occupancy</source>
        <translation>全部使用状态</translation>
    </message>
    <message>
        <source>Room code starts with… e.g. 3-2-15</source>
        <translation>房号开头，如 3-2-15</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新建房屋</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>打印清单</translation>
    </message>
    <message>
        <source>Print the rooms of the current filter</source>
        <translation>打印当前筛选结果中的房屋</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Export the rooms of the current filter to Excel</source>
        <translation>将当前筛选结果中的房屋导出到 Excel</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>房屋档案卡</translation>
    </message>
    <message>
        <source>Choose a room on the left, or search with Ctrl+K.</source>
        <translation>请在左侧选择房屋，或按 Ctrl+K 搜索。</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>编辑房屋</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>End relation</source>
        <translation>解除关系</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>打印档案卡</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Whole estate</source>
        <translation>全小区</translation>
    </message>
    <message>
        <source>Building {no}</source>
        <translation>{no}栋</translation>
    </message>
    <message>
        <source>Unit {no} ({n} rooms)</source>
        <translation>{no}单元（{n} 套）</translation>
    </message>
    <message>
        <source>{n} rooms</source>
        <translation>共 {n} 套</translation>
    </message>
    <message>
        <source>Building {b}, unit {u}, floor {f} · {area} m² · {layout}</source>
        <translation>{b}栋{u}单元 {f}层 · {area} m² · {layout}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Choose a building first.</source>
        <translation>请先选择楼栋。</translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation>请先选择单元。</translation>
    </message>
    <message>
        <source>Choose a person in the card first.</source>
        <translation>请先在档案卡中选择人员。</translation>
    </message>
    <message>
        <source>This relation has already ended.</source>
        <translation>该关系已解除。</translation>
    </message>
    <message>
        <source>End {name}&apos;s relation ({role}) with {code} today? The history keeps it.</source>
        <translation>确定从今天起解除 {name} 与 {code} 的关系（{role}）吗？变更记录中会保留此关系。</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>范围：{scope}</translation>
    </message>
    <message>
        <source>Scope: whole estate</source>
        <translation>范围：全小区</translation>
    </message>
    <message>
        <source>Occupancy: {state}</source>
        <translation>使用状态：{state}</translation>
    </message>
    <message>
        <source>Room code starts with: {text}</source>
        <translation>房号开头：{text}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Edit building</source>
        <translation>编辑楼栋</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>{field} must be a time such as 17:30</source>
        <extracomment>how far ahead a required completion time may lie</extracomment>
        <translation type="unfinished">{field}须为时间，如 17:30</translation>
    </message>
    <message>
        <source>{field} must be a time such as 14:05 or 2025-06-12 14:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required completion time must be later than now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required completion time is more than a year away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be before {earliest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracking number has 4 to 40 letters, digits or dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the collector&apos;s document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector must sign for the item before it is handed over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {username}</source>
        <translation>重置 {username} 的密码</translation>
    </message>
    <message>
        <source>{name} must choose a new password at the next sign-in; a locked account is unlocked.</source>
        <translation>{name} 下次登录时须设置新密码；如账号已被锁定，将同时解锁。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restoring replaces all current data with the backup.&lt;/b&gt; Everything entered at any desk after the backup was made is lost. The current database is backed up first (kind “Before a restore”), so you can go back. Front Desk then returns to the sign-in screen; ask the other desks to stop working first.</source>
        <translation>&lt;b&gt;恢复会用备份中的数据替换当前的全部数据。&lt;/b&gt;备份之后在任何前台录入的内容都将丢失。恢复前会先备份当前数据库（类型为“恢复前”），以便需要时还原。恢复完成后，物业客服前台将回到登录界面；请先通知其他前台停止操作。</translation>
    </message>
    <message>
        <source>Choose a backup:</source>
        <translation>选择备份：</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>选择其他文件(&amp;F)…</translation>
    </message>
    <message>
        <source>No backup chosen.</source>
        <translation>尚未选择备份。</translation>
    </message>
    <message>
        <source>I understand that data entered after this backup will be lost</source>
        <translation>我已知晓：此备份之后录入的数据将会丢失</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored on the server (pg_restore); see the administrator&apos;s guide.</source>
        <translation>PostgreSQL 数据库须在服务器上用 pg_restore 恢复，详见系统管理指南。</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Front Desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>物业客服前台数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore from {file} (made {when}, {size}). Data entered after {when} will be lost.</source>
        <translation>将从 {file} 恢复（备份于 {when}，大小 {size}）。{when} 之后录入的数据将会丢失。</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>无法读取 {file}。</translation>
    </message>
    <message>
        <source>Choose a backup and tick the confirmation first.</source>
        <translation>请先选择备份并勾选确认项。</translation>
    </message>
    <message>
        <source>Restore needs the desk&apos;s session to close the database, and there is none here. Use the command line: frontdesk restore &lt;file&gt;.</source>
        <translation>恢复须由前台会话关闭数据库，但当前没有会话。请使用命令行：frontdesk restore &lt;file&gt;。</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Edit room {code}</source>
        <translation>编辑房屋 {code}</translation>
    </message>
    <message>
        <source>New room in {unit}</source>
        <translation>在 {unit} 新建房屋</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Room {code} is already registered</source>
        <translation>房屋 {code} 已登记</translation>
    </message>
    <message>
        <source>Imported {rooms} rooms and {people} new people ({linked} already registered people linked); {skipped} rows skipped</source>
        <translation>已导入 {rooms} 套房屋、{people} 名新人员（另关联已登记人员 {linked} 名），跳过 {skipped} 行</translation>
    </message>
    <message>
        <source>{n} rows have errors. Correct them in the file, or import only the good rows.</source>
        <translation>有 {n} 行存在错误。请在文件中更正，或仅导入正确的行。</translation>
    </message>
    <message>
        <source>There is no row to import.</source>
        <translation>没有可导入的行。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster from Excel</source>
        <translation>从 Excel 导入业主名册</translation>
    </message>
    <message>
        <source>Columns: 楼栋, 单元, 房号, 楼层, 建筑面积, 户型/房屋类型, 业主姓名, 证件类型, 证件号码, 手机. Format the ID column as text.</source>
        <translation>列名：楼栋、单元、房号、楼层、建筑面积、户型/房屋类型、业主姓名、证件类型、证件号码、手机。证件号码列请设为文本格式。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <source>Save problem list…</source>
        <translation>保存问题清单…</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>全部导入</translation>
    </message>
    <message>
        <source>Import only the good rows</source>
        <translation>仅导入正确的行</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>选择业主名册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>正在读取业主名册…</translation>
    </message>
    <message>
        <source>{total} rows read: {good} good, {bad} with problems.</source>
        <translation>共读取 {total} 行：{good} 行正确，{bad} 行有问题。</translation>
    </message>
    <message>
        <source>Some rows have problems (in red). Correct the file and choose it again, or import only the good rows.</source>
        <translation>部分行有问题（红色显示）。请修改文件后重新选择，或仅导入正确的行。</translation>
    </message>
    <message>
        <source>Every row is correct.</source>
        <translation>所有行均正确。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Save problem list</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>Problem list saved to {path}</source>
        <translation>问题清单已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>former {role}</source>
        <translation>原{role}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Room 3-2-1502, name, initials (zs), phone, last 4 digits, ID…</source>
        <translation>房号 3-2-1502、姓名、拼音首字母（zs）、电话、后 4 位、证件号…</translation>
    </message>
    <message>
        <source>Type at least one character.</source>
        <translation>请至少输入一个字符。</translation>
    </message>
    <message>
        <source>{n} found — Enter opens the household card</source>
        <translation>找到 {n} 条，按回车键打开房屋档案卡</translation>
    </message>
    <message>
        <source>Nothing found for “{q}”.</source>
        <translation>未找到与“{q}”相关的结果。</translation>
    </message>
    <message>
        <source>{name} is not linked to a room.</source>
        <translation>{name} 未关联任何房屋。</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Someone else changed this record in the meantime. Reload it and apply your change again.</source>
        <translation>该记录已被其他人修改，请刷新后重新修改。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: {what}</source>
        <translation>您的角色（{role}）无权执行此操作：{what}</translation>
    </message>
    <message>
        <source>This would create a duplicate or break a link between records ({detail}).</source>
        <extracomment>The administrator at the command line (whoever can read the database file can do everything).</extracomment>
        <translation>此操作会造成重复记录或破坏记录之间的关联（{detail}）。</translation>
    </message>
    <message>
        <source>Unknown parameter {key}</source>
        <translation>未知参数 {key}</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Estate name</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <source>This database is already set up</source>
        <translation>此数据库已完成初始化</translation>
    </message>
    <message>
        <source>No estate has been set up yet</source>
        <translation>尚未设置小区</translation>
    </message>
    <message>
        <source>e.g. 锦绣华庭</source>
        <translation>如：锦绣华庭</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>客服主管用户名</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>客服主管姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Front Desk</source>
        <translation>登录 — 物业客服前台</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo accounts (password {pw}) — double-click to fill in:</source>
        <translation>演示账号（密码 {pw}），双击自动填入：</translation>
    </message>
    <message>
        <source>Enter your user name</source>
        <translation>请输入用户名</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over, awaiting takeover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>The paperwork is Chinese whatever the UI language: the forms and registers print these words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned (wrong department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned into a record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This database was written by a newer version of Front Desk. Update the program.</source>
        <translation>此数据库由较新版本的物业客服前台写入，请先升级程序。</translation>
    </message>
</context>
<context>
    <name>TileWidget</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>次</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>份</translation>
    </message>
    <message>
        <source>× deadline</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit in building {no}</source>
        <translation>在{no}栋新建单元</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. lihua</source>
        <translation>英文字母和数字，如 lihua</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Account active</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Users and permissions</source>
        <translation>用户与权限</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Permissions by role</source>
        <translation>角色权限(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>用户已添加。</translation>
    </message>
    <message>
        <source>User saved.</source>
        <translation>用户已保存。</translation>
    </message>
    <message>
        <source>Password reset. Tell {name} the new password.</source>
        <translation>密码已重置，请将新密码告知 {name}。</translation>
    </message>
    <message>
        <source>{username} can sign in again.</source>
        <translation>{username} 已启用，可以重新登录。</translation>
    </message>
    <message>
        <source>{username} can no longer sign in.</source>
        <translation>{username} 已停用，不能再登录。</translation>
    </message>
    <message>
        <source>Tick what each role may do. Changes apply to every user of the role from their next sign-in. Changed cells are highlighted until you save.</source>
        <translation>勾选各角色可以执行的操作。修改对该角色的所有用户生效，自其下次登录起。修改过的单元格在保存前高亮显示。</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Restore &amp;preset</source>
        <translation>恢复预设(&amp;P)</translation>
    </message>
    <message>
        <source>Tick the permissions the chosen role has by default</source>
        <translation>按所选角色的默认权限重新勾选</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save permissions</source>
        <translation>保存权限(&amp;S)</translation>
    </message>
    <message>
        <source>Permissions saved. They apply from each user&apos;s next sign-in.</source>
        <translation>权限已保存，各用户下次登录时生效。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required</source>
        <extracomment>a title longer than this is printed as a wrapped heading under the kind (it does not fit one line)</extracomment>
        <translation>请填写{field}</translation>
    </message>
    <message>
        <source>{field} must not be below {min}</source>
        <translation>{field}不能小于 {min}</translation>
    </message>
    <message>
        <source>{field} must not exceed {max}</source>
        <translation>{field}不能大于 {max}</translation>
    </message>
    <message>
        <source>{field} must be a whole number</source>
        <translation>{field}须为整数</translation>
    </message>
    <message>
        <source>{field} must be yes or no</source>
        <translation>{field}只能为“是”或“否”</translation>
    </message>
    <message>
        <source>{field} must be a time such as 17:30</source>
        <translation>{field}须为时间，如 17:30</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}</source>
        <translation>{field}只能为以下之一：{choices}</translation>
    </message>
    <message>
        <source>{field} is too long (at most {max} characters)</source>
        <extracomment>How often (in rows) ``progress(done, total)`` is called while reading. field key -&gt; the Chinese header of the import template (also the column name in error reports).</extracomment>
        <translation>{field}过长（最多 {max} 个字）</translation>
    </message>
    <message>
        <source>Mobile number is required</source>
        <translation>请填写手机号码</translation>
    </message>
    <message>
        <source>Mobile number must be 11 digits starting with 13–19</source>
        <translation>手机号码须为 13–19 开头的 11 位数字</translation>
    </message>
    <message>
        <source>Phone number is required</source>
        <translation>请填写电话号码</translation>
    </message>
    <message>
        <source>Phone number must be a mobile (11 digits) or a landline with area code</source>
        <translation>电话号码须为 11 位手机号码或带区号的固定电话</translation>
    </message>
    <message>
        <source>ID number is required</source>
        <translation>请填写证件号码</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (this one has {n})</source>
        <translation>居民身份证号码应为 18 位（当前为 {n} 位）</translation>
    </message>
    <message>
        <source>The check digit of this ID number is wrong: please check every digit</source>
        <translation>身份证号码校验位不正确，请逐位核对</translation>
    </message>
    <message>
        <source>This ID number has an impossible birth date or region</source>
        <translation>身份证号码中的出生日期或地区码无效</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 letters and digits</source>
        <translation>统一社会信用代码应为 18 位字母或数字</translation>
    </message>
    <message>
        <source>A document number has 5 to 20 letters and digits</source>
        <translation>证件号码应为 5 至 20 位字母或数字</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field}须为数字</translation>
    </message>
    <message>
        <source>{field} has at most {places} decimal places</source>
        <translation>{field}最多保留 {places} 位小数</translation>
    </message>
    <message>
        <source>{field} must be greater than 0</source>
        <translation>{field}须大于 0</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>{field} may contain only letters and digits</source>
        <translation>{field}只能包含字母和数字</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>“{action}” does not apply to {category}</source>
        <extracomment>the actions of each track (the rest of the declaration applies to both) the state each host answer leads to, and the action that records it statuses of a visitor waiting at the desk (registered, the host not yet answered or just agreed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plate is a province character, a letter and 5 or 6 letters or digits, such as 浙A12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companions must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} companions: register a group as several visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pass number has at most 20 letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the departure time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure ({departure}) cannot be before the arrival ({arrival})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure cannot be before the visitor was admitted ({at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before registering: {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>WorkLog</name>
    <message>
        <source>Give the time as 14:05 or 06-12 14:05</source>
        <extracomment>the result a new row may be saved with directly (quick entry), and the action that gives it a request time may be typed a little ahead of the clock (two PCs&apos; clocks differ), not more</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time cannot be later than now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room {code}</source>
        <translation type="unfinished">没有房屋 {code}</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Duty log</source>
        <extracomment>The paperwork is Chinese whatever the UI language (DESIGN.md §7).</extracomment>
        <translation type="unfinished">值班日志</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation type="unfinished">工作日志</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished">通知</translation>
    </message>
    <message>
        <source>Notice delivery</source>
        <extracomment>states in which the text, dates and scope may still be edited states in which recipients may be added (not once the notice is off the boards) states in which postings may be recorded states of a notice that has been issued (counts for KPIs, the household card, expiry)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work contact slip</source>
        <translation type="unfinished">工作联系单</translation>
    </message>
    <message>
        <source>Parcel or letter kept for a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor reception</source>
        <translation type="unfinished">来访接待</translation>
    </message>
    <message>
        <source>The record is {state} and can no longer be changed</source>
        <translation>该记录状态为“{state}”，不能再修改</translation>
    </message>
    <message>
        <source>“{action}” cannot be done while the record is {state}</source>
        <translation>记录状态为“{state}”时不能执行“{action}”</translation>
    </message>
    <message>
        <source>Your role does not allow “{action}”</source>
        <translation>您的角色无权执行“{action}”</translation>
    </message>
    <message>
        <source>Fill in {fields} before “{action}”</source>
        <translation>执行“{action}”前，请先填写{fields}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>dlg</name>
    <message>
        <source>Restored what you were typing before the screen locked.</source>
        <translation>已恢复锁屏前正在输入的内容。</translation>
    </message>
</context>
<context>
    <name>self.dialog</name>
    <message>
        <source>Default: {value}</source>
        <translation>默认：{value}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Put back the default value</source>
        <translation>恢复为默认值</translation>
    </message>
    <message>
        <source>From {min} to {max}</source>
        <translation>范围 {min} 至 {max}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
