<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Action</name>
    <message>
        <source>Acknowledge and take over</source>
        <translation>已阅并接班</translation>
    </message>
    <message>
        <source>Take over without a handover</source>
        <translation>直接接班（无交班）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Initial reply</source>
        <translation>初步答复</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类定性</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Progress told to the complainant</source>
        <translation>向投诉人通报进度</translation>
    </message>
    <message>
        <source>Wait for the owner or a contractor</source>
        <translation>等待业主或施工方</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续处理</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>登记处理结果</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Close without a follow-up</source>
        <translation>无法回访关闭</translation>
    </message>
    <message>
        <source>Invalid: explained</source>
        <translation>无效投诉：已解释</translation>
    </message>
    <message>
        <source>Withdrawn by the complainant</source>
        <translation>投诉人撤销</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Could not reach</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>Record the follow-up</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Give up: cannot be reached</source>
        <translation>无法回访</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Red reversal</source>
        <translation>红冲</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Deduct</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>Transfer to fees</source>
        <translation>转抵费用</translation>
    </message>
    <message>
        <source>Refund part</source>
        <translation>部分退还</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>结清</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Record a posting</source>
        <translation>记录张贴</translation>
    </message>
    <message>
        <source>Record removal</source>
        <translation>登记撤除</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒签</translation>
    </message>
    <message>
        <source>Record signing</source>
        <translation>登记签收</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>登记进度</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <source>Verify and close</source>
        <translation>验证并关闭</translation>
    </message>
    <message>
        <source>Send back to redo</source>
        <translation>退回重办</translation>
    </message>
    <message>
        <source>Returned: wrong department</source>
        <translation>退回：非本部门</translation>
    </message>
    <message>
        <source>Send to another department</source>
        <translation>改派其他部门</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>登记通知</translation>
    </message>
    <message>
        <source>Record reminder</source>
        <translation>登记催领</translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation>退回寄件方</translation>
    </message>
    <message>
        <source>Serve at the desk</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Turned into a record</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Contact the host</source>
        <translation>联系被访人</translation>
    </message>
    <message>
        <source>Host agreed</source>
        <translation>被访人同意</translation>
    </message>
    <message>
        <source>Host refused</source>
        <translation>被访人拒绝</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>无法联系被访人</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Refuse entry</source>
        <translation>拒绝进入</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登记离开</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Loan sent for approval</source>
        <translation>借用送审批</translation>
    </message>
    <message>
        <source>Handed out on approval</source>
        <translation>审批后借出</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Found again</source>
        <translation>找回</translation>
    </message>
    <message>
        <source>Lock changed or spare cut</source>
        <translation>换锁或补配</translation>
    </message>
    <message>
        <source>New key brought in</source>
        <translation>新钥匙入柜</translation>
    </message>
    <message>
        <source>Owner takes the key back</source>
        <translation>业主取回钥匙</translation>
    </message>
    <message>
        <source>Handed over to the owner at move-in</source>
        <translation>移交业主（入住）</translation>
    </message>
    <message>
        <source>Approve and hand out</source>
        <translation>批准并借出</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不批准</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Returned with keys missing</source>
        <translation>归还时钥匙短缺</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Owner notified</source>
        <translation>登记已通知业主</translation>
    </message>
    <message>
        <source>Record a call to the borrower</source>
        <translation>记录致电借用人</translation>
    </message>
    <message>
        <source>Start the round</source>
        <translation>开始巡查</translation>
    </message>
    <message>
        <source>Complete the round</source>
        <translation>完成巡查</translation>
    </message>
    <message>
        <source>Assign to the department</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Report fixed</source>
        <translation>登记整改完成</translation>
    </message>
    <message>
        <source>Request an extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Refuse the extension</source>
        <translation>不批准延期</translation>
    </message>
    <message>
        <source>Report to the manager</source>
        <translation>上报经理</translation>
    </message>
    <message>
        <source>Verify on site</source>
        <translation>现场验证</translation>
    </message>
    <message>
        <source>Not fixed: send back</source>
        <translation>未整改，退回</translation>
    </message>
    <message>
        <source>Turn into a violation case</source>
        <translation>转违章处理</translation>
    </message>
    <message>
        <source>Take off the register</source>
        <translation>移出空置登记</translation>
    </message>
    <message>
        <source>Anomalies found</source>
        <translation>发现异常</translation>
    </message>
    <message>
        <source>Supervisor&apos;s opinion</source>
        <translation>负责人意见</translation>
    </message>
    <message>
        <source>Send a work slip</source>
        <translation>发送工作联系单</translation>
    </message>
    <message>
        <source>Re-check: not yet fixed</source>
        <translation>复检：尚未整改</translation>
    </message>
    <message>
        <source>Issue a violation notice</source>
        <translation>开具违章整改通知书</translation>
    </message>
    <message>
        <source>Corrected on the spot</source>
        <translation>当场整改</translation>
    </message>
    <message>
        <source>Re-check: not rectified</source>
        <translation>复查：未整改</translation>
    </message>
    <message>
        <source>Re-check passed</source>
        <translation>复检合格</translation>
    </message>
    <message>
        <source>Mark overdue</source>
        <translation>标记逾期</translation>
    </message>
    <message>
        <source>Stop the work</source>
        <translation>责令停工</translation>
    </message>
    <message>
        <source>Report to the authorities</source>
        <translation>上报主管部门</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>资料补齐</translation>
    </message>
    <message>
        <source>Issue access cards</source>
        <translation>发放门禁卡</translation>
    </message>
    <message>
        <source>Police registration reminded</source>
        <translation>已提醒治安登记</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续租</translation>
    </message>
    <message>
        <source>Tenant moved out</source>
        <translation>已退租</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>补充资料</translation>
    </message>
    <message>
        <source>Return for completion</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Documents completed</source>
        <translation>资料已补齐</translation>
    </message>
    <message>
        <source>Pre-review passed</source>
        <translation>初审通过</translation>
    </message>
    <message>
        <source>Engineering review passed</source>
        <translation>工程审核通过</translation>
    </message>
    <message>
        <source>Engineering: return for changes</source>
        <translation>工程部退回修改</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>审批不通过</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>协议已签订</translation>
    </message>
    <message>
        <source>Fees collected</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>Issue the permit</source>
        <translation>发放许可证</translation>
    </message>
    <message>
        <source>Stop work</source>
        <translation>停工</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>复工</translation>
    </message>
    <message>
        <source>Extend the permit</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Worker list changed</source>
        <translation>施工人员变更</translation>
    </message>
    <message>
        <source>Completion applied</source>
        <translation>申请验收</translation>
    </message>
    <message>
        <source>Initial inspection failed</source>
        <translation>初验不合格</translation>
    </message>
    <message>
        <source>Defects rectified</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Initial inspection passed</source>
        <translation>初验合格</translation>
    </message>
    <message>
        <source>Re-inspection failed</source>
        <translation>复验不合格</translation>
    </message>
    <message>
        <source>Rectified for re-inspection</source>
        <translation>整改完成待复验</translation>
    </message>
    <message>
        <source>Re-inspection passed</source>
        <translation>复验合格</translation>
    </message>
    <message>
        <source>Deduction approved</source>
        <translation>扣款已批准</translation>
    </message>
    <message>
        <source>Refund the deposits</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>资料已审核</translation>
    </message>
    <message>
        <source>Joint inspection</source>
        <translation>联合验房</translation>
    </message>
    <message>
        <source>On hold: owner refuses the unit</source>
        <translation>暂缓：业主拒收</translation>
    </message>
    <message>
        <source>Defects fixed: resume</source>
        <translation>缺陷已整改：继续</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>Collect the fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Hand over the keys</source>
        <translation>交钥匙</translation>
    </message>
    <message>
        <source>Keys handed over, fees to pay</source>
        <translation>已交钥匙，待缴费</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>已交钥匙</translation>
    </message>
    <message>
        <source>Complete the file and archive</source>
        <translation>完善档案并归档</translation>
    </message>
    <message>
        <source>Owner agreed</source>
        <translation>业主已确认</translation>
    </message>
    <message>
        <source>Unit inspected</source>
        <translation>已验房</translation>
    </message>
    <message>
        <source>Cards and keys back</source>
        <translation>卡证钥匙交回</translation>
    </message>
    <message>
        <source>Fees settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Refund the deposit</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Close and archive</source>
        <translation>关闭归档</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Approve the slip</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Released at the gate</source>
        <translation>门岗放行</translation>
    </message>
    <message>
        <source>Refused at the gate</source>
        <translation>拒绝放行</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action} — {number}</source>
        <extracomment>more fields than this are laid out in two columns a page&apos;s own dialog of one action, ``(kind, action) -&gt; subclass`` (it adds inputs that are not kept) the columns of a page&apos;s own dialog (default: one, or two for more than ONE_COLUMN_MAX fields)</extracomment>
        <translation>{action} — {number}</translation>
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
    <name>ArrearsView</name>
    <message>
        <source>The whole estate</source>
        <translation>全小区</translation>
    </message>
    <message>
        <source>Building {no}</source>
        <translation>{no}栋</translation>
    </message>
    <message>
        <source>Log a reminder…</source>
        <translation>记录催缴…</translation>
    </message>
    <message>
        <source>Print payment reminders</source>
        <translation>打印催款通知书</translation>
    </message>
    <message>
        <source>Print final notices</source>
        <translation>打印最后缴款通知书</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Earlier years</source>
        <translation>往年</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单数</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>最早应缴日</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>No room owes anything overdue. Bills are posted under Bills; the counter takes payments.</source>
        <translation>没有逾期欠费的房屋。账单在“账单”中出账，收银台收款。</translation>
    </message>
    <message>
        <source>Go to the bills</source>
        <translation>去账单</translation>
    </message>
    <message>
        <source>{n} rooms owe {amount} overdue; choose rooms (Ctrl or Shift+click) to remind them.</source>
        <translation>{n}户逾期欠费{amount}；选中房屋（Ctrl或Shift+单击）后催缴。</translation>
    </message>
    <message>
        <source>Room {room} owes nothing overdue.</source>
        <translation>房屋 {room} 没有逾期欠费。</translation>
    </message>
    <message>
        <source>Remind {n} rooms</source>
        <translation>催缴{n}户</translation>
    </message>
    <message>
        <source>{n} reminders logged.</source>
        <translation>已记录{n}条催缴。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is {size} MB; files up to {limit} MB can be attached</source>
        <extracomment>who may read the attachments of a kind of record: kind → view permission</extracomment>
        <translation>{name} 大小为 {size} MB，附件最大 {limit} MB</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>This attachment no longer exists</source>
        <translation>该附件已不存在</translation>
    </message>
    <message>
        <source>The file {name} was missing when it was moved into the database ({path})</source>
        <translation>文件 {name} 在迁入数据库时已丢失（{path}）</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>truncated: {source} recorded {n} rows, the table has {m}</source>
        <extracomment>&quot;&quot; (ok), &quot;broken&quot; (a row does not match its hash or link), &quot;rewritten&quot; (an anchor&apos;s row differs), &quot;truncated&quot; (fewer rows than an anchor recorded)</extracomment>
        <translation>被截断：{source}记录了 {n} 行，表中只有 {m} 行</translation>
    </message>
    <message>
        <source>rewritten: row {n} (id {id}) differs from what {source} recorded</source>
        <translation>被改写：第 {n} 行（id {id}）与{source}记录的不一致</translation>
    </message>
    <message>
        <source>broken at row {id} ({n} rows before it are intact)</source>
        <translation>在第 {id} 行断开（此前 {n} 行完好）</translation>
    </message>
    <message>
        <source>An anchor is ROWS:HASH as printed on the shift handover sheet, for example 1234:3f2a9c0d1e7b</source>
        <translation>校验点的格式为“行数:哈希”，与交接班记录上打印的一致，例如 1234:3f2a9c0d1e7b</translation>
    </message>
    <message>
        <source>the anchor {a}</source>
        <translation>校验点 {a}</translation>
    </message>
    <message>
        <source>the backup {file}</source>
        <translation>备份 {file}</translation>
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
    <message>
        <source>Updated the official holiday schedule</source>
        <translation>更新了官方节假日安排</translation>
    </message>
    <message>
        <source>Imported the owner roster</source>
        <translation>导入业主名册</translation>
    </message>
    <message>
        <source>Imported meter readings</source>
        <translation>导入了抄表读数</translation>
    </message>
    <message>
        <source>Viewed a household card</source>
        <translation>查看房屋档案卡</translation>
    </message>
    <message>
        <source>Showed full ID and phone numbers</source>
        <translation>显示完整证件号码和电话</translation>
    </message>
    <message>
        <source>Signed out before the takeover</source>
        <translation>未待接班即退出登录</translation>
    </message>
    <message>
        <source>Household card views (all)</source>
        <extracomment>filters of several actions at once: the supervisor&apos;s report of who read which household card</extracomment>
        <translation>房屋档案查看记录（全部）</translation>
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
    <message>
        <source>Household card</source>
        <translation>房屋档案卡</translation>
    </message>
    <message>
        <source>List report</source>
        <translation>列表报表</translation>
    </message>
    <message>
        <source>Work log check</source>
        <translation>工作日志核查</translation>
    </message>
    <message>
        <source>Work log conversion</source>
        <translation>工作日志转办</translation>
    </message>
    <message>
        <source>Duty log event</source>
        <translation>值班记事</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Patrol route</source>
        <translation>巡查路线</translation>
    </message>
    <message>
        <source>Patrol checkpoint</source>
        <translation>巡查点</translation>
    </message>
    <message>
        <source>Patrol check</source>
        <translation>巡查点检查</translation>
    </message>
    <message>
        <source>Key stock-take</source>
        <translation>钥匙盘点</translation>
    </message>
    <message>
        <source>Key stock-take line</source>
        <translation>钥匙盘点明细</translation>
    </message>
    <message>
        <source>Notice posting</source>
        <translation>通知张贴</translation>
    </message>
    <message>
        <source>Notice scope</source>
        <translation>通知范围</translation>
    </message>
    <message>
        <source>Vacant-unit check item</source>
        <translation>空置房检查项</translation>
    </message>
    <message>
        <source>Storm re-inspection</source>
        <translation>台风暴雨后复查</translation>
    </message>
    <message>
        <source>Visitor watch list</source>
        <translation>访客关注名单</translation>
    </message>
    <message>
        <source>Record link</source>
        <translation>记录关联</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <source>Status</source>
        <extracomment>the columns every workflow record has, and the keys of the explicit rows (a print, an export …)</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>联次</translation>
    </message>
    <message>
        <source>Reprint no.</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>To</source>
        <translation>输出到</translation>
    </message>
    <message>
        <source>Numbers masked</source>
        <translation>号码已遮挡</translation>
    </message>
    <message>
        <source>Registered by (staff no.)</source>
        <translation>登记人（员工编号）</translation>
    </message>
    <message>
        <source>Handler (staff no.)</source>
        <translation>经办人（员工编号）</translation>
    </message>
    <message>
        <source>First contact (staff no.)</source>
        <translation>首问责任人（员工编号）</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <source>Room (no. in the database)</source>
        <translation>房屋（数据库编号）</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>yes</source>
        <extracomment>a row&apos;s own bookkeeping, which the row&apos;s time and record already say: not listed among its values</extracomment>
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
        <source>No recorded values.</source>
        <translation>没有记录字段值。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
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
        <source>This account is locked after too many failed attempts. Try again in {n} minutes or ask the supervisor or the network engineer.</source>
        <translation>登录失败次数过多，账号已锁定。请 {n} 分钟后再试，或请客服主管、网络工程师解锁。</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked for {n} minutes.</source>
        <translation>登录失败次数过多，账号已锁定 {n} 分钟。</translation>
    </message>
    <message>
        <source>Only the customer-service supervisor manages supervisor accounts (your role: {role})</source>
        <translation>只有客服主管可以管理客服主管账号（您的角色：{role}）</translation>
    </message>
    <message>
        <source>You cannot give an account the role {role}: it has permissions you do not hold ({what})</source>
        <translation>您不能把账号设为“{role}”：该角色有您自己没有的权限（{what}）</translation>
    </message>
    <message>
        <source>Wrong user name or password. After {n} failed attempts in a row an account is locked for {m} minutes.</source>
        <translation>用户名或密码错误。连续失败 {n} 次后，账号将被锁定 {m} 分钟。</translation>
    </message>
    <message>
        <source>Wrong password of {name}. After {n} failed attempts in a row the account is locked for {m} minutes.</source>
        <translation>{name}的密码错误。连续失败 {n} 次后账号将锁定 {m} 分钟。</translation>
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
        <source>You can grant or remove only permissions you hold yourself ({what})</source>
        <translation>您只能授予或收回自己拥有的权限（{what}）</translation>
    </message>
    <message>
        <source>At least one role must keep the permission to manage users</source>
        <translation>至少要保留一个角色拥有“管理用户和权限”的权限</translation>
    </message>
    <message>
        <source>At least one role must keep the permission to grant permissions</source>
        <translation>至少要有一个角色保留授予权限的权限</translation>
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
        <source>{path} cannot be read ({err})</source>
        <extracomment>pages copied per step of a backup (4 KiB each: 16 MiB), and a pause after each step (0: none) that leaves the disk to the desk on a slow PC</extracomment>
        <translation>无法读取 {path}（{err}）</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file</source>
        <translation>{path} 是文件夹，不是备份文件</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a Front Desk database</source>
        <translation>{path} 是空文件，不是物业客服前台数据库</translation>
    </message>
    <message>
        <source>{path} is not a Front Desk database (not an SQLite file)</source>
        <translation>{path} 不是物业客服前台数据库（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program, not a Front Desk database</source>
        <translation>{path} 是其他程序的 SQLite 文件，不是物业客服前台数据库</translation>
    </message>
    <message>
        <source>{path} is not a Front Desk database ({err})</source>
        <translation>{path} 不是物业客服前台数据库（{err}）</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Front Desk (schema {rev}): update the program first</source>
        <translation>{path} 由较新版本的物业客服前台写入（结构版本 {rev}）：请先升级程序</translation>
    </message>
    <message>
        <source>The backup could not be made ({err}); no file was left behind</source>
        <translation>备份失败（{err}），未留下任何文件</translation>
    </message>
    <message>
        <source>{path} is open in another Front Desk window or program (another desk process, or a second copy on this PC). Close it everywhere, then restore again; nothing was replaced.</source>
        <extracomment>counters moved forward so that no number issued before the restore is issued again: (doc type, period, last number in the backup, last number now)</extracomment>
        <translation>{path} 正被其他物业客服前台窗口或程序打开（另一个前台进程，或本机上的第二个副本）。请在所有地方关闭后再恢复；数据库未被替换。</translation>
    </message>
    <message>
        <source>The backup could not be copied into {path} ({err}); the database is unchanged; a copy of it is {safety}</source>
        <translation>无法把备份写入 {path}（{err}）；数据库未改变，其副本为 {safety}</translation>
    </message>
    <message>
        <source>{path} failed the integrity check: {err}</source>
        <translation>{path} 未通过完整性检查：{err}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on the server: pg_dump -Fc DBNAME &gt; estate.dump (see the administrator&apos;s guide).</source>
        <translation>PostgreSQL 数据库在服务器上备份：pg_dump -Fc 数据库名 &gt; estate.dump（见管理员指南）。</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored on the server: stop Front Desk on every desk, then run pg_restore --clean --if-exists -d DBNAME estate.dump (see the administrator&apos;s guide).</source>
        <translation>PostgreSQL 数据库在服务器上恢复：先关闭每个前台的物业客服前台，再运行 pg_restore --clean --if-exists -d 数据库名 estate.dump（见管理员指南）。</translation>
    </message>
    <message>
        <source>{type} {period}: numbering continues after {new} (the backup stopped at {old}), so no number is issued twice</source>
        <translation>{type} {period}：编号从 {new} 之后继续（备份中停在 {old}），已发出的编号不会重复</translation>
    </message>
    <message>
        <source>There is no database at {path}: check the path, or add --new to restore the backup as a new database there</source>
        <translation>{path} 没有数据库：请检查路径；若要在那里用备份新建数据库，请加 --new</translation>
    </message>
    <message>
        <source>{file} was restored but cannot be opened: {err} The previous database is saved as {safety}.</source>
        <translation>已恢复 {file}，但无法打开：{err} 原数据库已另存为 {safety}。</translation>
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
    <name>BillsView</name>
    <message>
        <source>Room or building: 3-2-1502, 3-</source>
        <translation>房号或楼栋：3-2-1502、3-</translation>
    </message>
    <message>
        <source>Period: 2026-05 or 2026</source>
        <translation>期间：2026-05 或 2026</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Find the room (Ctrl+K)…</source>
        <translation>查找房间（Ctrl+K）…</translation>
    </message>
    <message>
        <source>Void the bill…</source>
        <translation>作废账单…</translation>
    </message>
    <message>
        <source>Waive or write off…</source>
        <translation>减免/核销…</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>打印列表</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>No bill matches this filter.</source>
        <translation>没有符合筛选条件的账单。</translation>
    </message>
    <message>
        <source>No bill is owed in this estate. Find a room (Ctrl+K) to see its bills, or choose All bills.</source>
        <translation>本小区没有欠费账单。查找房间（Ctrl+K）查看其账单，或选择“全部账单”。</translation>
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
    <name>CLI</name>
    <message>
        <source>Restored {file}; the previous database was saved as {safety}</source>
        <translation>已从 {file} 恢复；原数据库已另存为 {safety}</translation>
    </message>
    <message>
        <source>Restored {file}</source>
        <translation>已从 {file} 恢复</translation>
    </message>
    <message>
        <source>row {row}: {column}: {message}</source>
        <translation>第 {row} 行：{column}：{message}</translation>
    </message>
    <message>
        <source>{n} rows exported to {file}</source>
        <translation>已导出 {n} 行到 {file}</translation>
    </message>
    <message>
        <source>The audit chain is broken at row {row}</source>
        <translation>审计日志链在第 {row} 行断开</translation>
    </message>
    <message>
        <source>The audit chain is {problem}</source>
        <translation>审计日志链{problem}</translation>
    </message>
    <message>
        <source>usage: frontdesk print FORM NUMBER --db PATH -o FILE.pdf [--copy N]</source>
        <translation>用法：frontdesk print FORM NUMBER --db PATH -o FILE.pdf [--copy N]</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{day} cannot be both a holiday and a working day</source>
        <extracomment>(opening, closing) of the office on a working day, for limits in &quot;minutes of office hours&quot;</extracomment>
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
        <source>Choose a year between 1900 and 2200</source>
        <translation>请选择 1900 到 2200 之间的年份</translation>
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
    <message>
        <source>Official schedule {first}–{last} (chinesecalendar {version}): {added} days added, {changed} changed, {kept} days edited by hand kept</source>
        <extracomment>names of the package&apos;s holidays that do not fit the 30 characters of a day&apos;s name</extracomment>
        <translation>官方节假日安排 {first}–{last} 年（chinesecalendar {version}）：新增 {added} 天，更新 {changed} 天，保留手工修改的 {kept} 天</translation>
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
        <source>&amp;Update from chinesecalendar</source>
        <translation>从 chinesecalendar 更新(&amp;U)</translation>
    </message>
    <message>
        <source>Write the State Council&apos;s holiday schedule of the installed chinesecalendar package; days changed here by hand are kept</source>
        <translation>写入已安装的 chinesecalendar 包中的国务院节假日安排；在这里手工修改过的日期保持不变</translation>
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
    <name>Category</name>
    <message>
        <source>Facilities and equipment</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <source>Cleaning and environment</source>
        <translation>环境卫生</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Safety and order</source>
        <translation>安全秩序</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>邻里</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
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
    <name>Channel</name>
    <message>
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来函</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Joint inspection</source>
        <translation>联合验房</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>Sign for the slip</source>
        <translation>签收联系单</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Remind the addressee</source>
        <translation>提醒收件人</translation>
    </message>
    <message>
        <source>Return when not collected</source>
        <translation>逾期未领退回</translation>
    </message>
    <message>
        <source>Host&apos;s answer</source>
        <translation>被访人答复</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Report to the manager</source>
        <translation>上报经理</translation>
    </message>
    <message>
        <source>Initial reply</source>
        <translation>初步答复</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进度通报</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理完成</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Return the key</source>
        <translation>归还钥匙</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Review the application</source>
        <translation>审核申请</translation>
    </message>
    <message>
        <source>Permit ends</source>
        <translation>许可证到期</translation>
    </message>
    <message>
        <source>Re-inspect</source>
        <translation>复验</translation>
    </message>
    <message>
        <source>Refund the deposits</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Refund the deposit</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
</context>
<context>
    <name>ClosingView</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation>日结…</translation>
    </message>
    <message>
        <source>Supervisor check…</source>
        <translation>主管核对…</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>收款日报表</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No receipts on this day. Payments are taken at the counter.</source>
        <translation>当天没有收据。收款请到收银台。</translation>
    </message>
    <message>
        <source>Go to the counter</source>
        <translation>去收银台</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Closings of the last 30 days</source>
        <translation>近30天的日结</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收款员</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据数</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>长短款</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>核对人</translation>
    </message>
    <message>
        <source>No day has been closed yet. At the end of the shift count the cash and close the day.</source>
        <translation>还没有日结。下班前清点现金并日结。</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>{count} receipts {first} – {last}; takings {takings}, cash {cash}; voids {voids}, red reversals {reversals}. {state}</source>
        <translation>收据{count}张 {first} – {last}；实收{takings}，其中现金{cash}；作废{voids}张，红冲{reversals}张。{state}</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>已日结。</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>尚未日结。</translation>
    </message>
    <message>
        <source>Close {day}</source>
        <translation>日结 {day}</translation>
    </message>
    <message>
        <source>Check the daily closing</source>
        <translation>核对日结</translation>
    </message>
</context>
<context>
    <name>Complainant</name>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Listen, apologise first, never argue (the manual&apos;s first rule)</source>
        <translation>耐心倾听，先致歉，不争辩（操作手册第一条）</translation>
    </message>
    <message>
        <source>This caller already has an open complaint: {numbers}. Add to it rather than registering it twice?</source>
        <translation>该来电人已有未结投诉：{numbers}。是否在原投诉中补充，而不是重复登记？</translation>
    </message>
</context>
<context>
    <name>ComplaintLinkDialog</name>
    <message>
        <source>Link a complaint to {number}</source>
        <translation>关联投诉到 {number}</translation>
    </message>
</context>
<context>
    <name>ComplaintType</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Needed for the follow-up</source>
        <translation>回访时需要</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Complainant is</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>What the complainant asks for</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Apologised to the complainant</source>
        <translation>已致歉</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Initial reply</source>
        <translation>初步答复</translation>
    </message>
    <message>
        <source>What will be done, by whom, by when</source>
        <translation>做什么、由谁做、何时完成</translation>
    </message>
    <message>
        <source>Who will handle it</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺时间</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Send a work slip to the department</source>
        <translation>同时向部门发工作联系单</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>升级至</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Explanation given</source>
        <translation>解释内容</translation>
    </message>
    <message>
        <source>Decide that the complaint is valid before it is dispatched (an invalid one is explained to the complainant)</source>
        <translation>派单前须先认定为有效投诉（无效投诉向投诉人解释）</translation>
    </message>
    <message>
        <source>A resolved complaint is closed by its follow-up</source>
        <translation>已办结的投诉经回访后关闭</translation>
    </message>
    <message>
        <source>Apologise to the complainant first, then tick “Apologised”</source>
        <translation>请先向投诉人致歉，再勾选“已致歉”</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>A complaint is made from a work-log row, a visit or a work slip</source>
        <extracomment>the statuses a list can filter by, besides the states the records a complaint is made from (转为投诉): a work-log row, a visit at the desk, a work slip</extracomment>
        <translation>投诉只能由工作日志、来访记录或工作联系单转入</translation>
    </message>
    <message>
        <source>{number} is void: it cannot become a complaint</source>
        <translation>{number} 已作废，不能转为投诉</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>repeat complaint</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>已升级至</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>进度通报次数</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新处理次数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Related record</source>
        <translation>关联单据</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>This complaint no longer exists</source>
        <translation>该投诉已不存在</translation>
    </message>
    <message>
        <source>There is no complaint {number}</source>
        <translation>没有投诉 {number}</translation>
    </message>
    <message>
        <source>{over} overdue · {near} due within 4 h · {esc} escalated to the manager</source>
        <translation>{over} 件超时 · {near} 件4小时内到期 · {esc} 件已升级至经理</translation>
    </message>
    <message>
        <source>Complaints open</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>{category} {who} {room}, {state}, resolve by {due}</source>
        <translation>{category} {who} {room}，{state}，须于 {due} 前办结</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Give a day such as 2025-06-12 or a month such as 2025-06</source>
        <translation>请输入日期（如 2025-06-12）或月份（如 2025-06）</translation>
    </message>
    <message>
        <source>More than 5000 complaints: print one day or a shorter month</source>
        <translation>投诉超过5000条：请按天打印</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>escalated to the manager</source>
        <translation>已升级至经理</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>待初复</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>待关闭</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日受理</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>No., complainant, room or phone</source>
        <translation>编号、投诉人、房号或电话</translation>
    </message>
    <message>
        <source>Choose a complaint on the left to reply, dispatch, report progress …</source>
        <translation>在左侧选择投诉，进行答复、派单、通报进度……</translation>
    </message>
    <message>
        <source>No open complaints. A caller complains? Listen, apologise, and press Ctrl+N.</source>
        <translation>没有未结投诉。有人投诉？耐心倾听、先致歉，然后按 Ctrl+N 登记。</translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>打印处理单</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>打印登记表</translation>
    </message>
    <message>
        <source>The register of the chosen dates&apos; month, or of today</source>
        <translation>打印所选日期所在月份或今日的投诉登记表</translation>
    </message>
    <message>
        <source>Turn into a complaint</source>
        <extracomment>the detail pane&apos;s button of a visit or a work slip that turns it into a complaint (the page&apos;s ``to_complaint`` calls :func:`open_from_record`); not on a void record, nor on a slip whose reply is being verified (its verification, or a redo, answers the customer first)</extracomment>
        <translation>转为投诉</translation>
    </message>
    <message>
        <source>This caller has an open complaint: {numbers}</source>
        <translation>该来电人有未办结的投诉：{numbers}</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>#{no}</source>
        <translation>{no}栋</translation>
    </message>
    <message>
        <source>&lt;b&gt;This month&lt;/b&gt;: {received} received · resolved in time {on_time} · initial reply in time {reply} · followed up {followed} · satisfied {satisfied} · repeat {repeat} · escalated {escalated}</source>
        <translation>&lt;b&gt;本月&lt;/b&gt;：受理 {received} · 处理及时率 {on_time} · 初复及时率 {reply} · 回访率 {followed} · 满意率 {satisfied} · 重复投诉率 {repeat} · 升级 {escalated}</translation>
    </message>
    <message>
        <source>valid {valid} · resolved {closed} · average time to resolve {hours} · by category {categories} · by department {depts} · by building {buildings}</source>
        <translation>有效投诉率 {valid} · 办结率 {closed} · 平均办结时长 {hours} · 按类别 {categories} · 按部门 {depts} · 按楼栋 {buildings}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
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
        <source>Key loan</source>
        <translation>钥匙借用</translation>
    </message>
    <message>
        <source>Parcel or letter kept for a resident</source>
        <translation>代收物品登记</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <source>Room, e.g. 3-2-1502</source>
        <translation>房号，如 3-2-1502</translation>
    </message>
    <message>
        <source>Find the room (Ctrl+K)…</source>
        <translation>查找房间（Ctrl+K）…</translation>
    </message>
    <message>
        <source>Press Ctrl+K to find the room of the payer (room code, name, pinyin initials or phone), or type its code above.</source>
        <translation>按 Ctrl+K 查找交款房间（房号、姓名、拼音首字母或电话），或在上方输入房号。</translation>
    </message>
    <message>
        <source>Tick all (Ctrl+A)</source>
        <translation>全选（Ctrl+A）</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Leave out (approval)</source>
        <translation>免收（需审批）</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Reason for the discount</source>
        <translation>减免原因</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>减免/优惠</translation>
    </message>
    <message>
        <source>Prepay</source>
        <translation>预存</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>交易参考号</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>What is given beyond goes to the balance</source>
        <translation>多付金额转入预存余额</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Take the payment (Ctrl+Enter)</source>
        <translation>收款（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>owing {amount}</source>
        <translation>欠费 {amount}</translation>
    </message>
    <message>
        <source>overdue {amount} ({aging})</source>
        <translation>逾期 {amount}（{aging}）</translation>
    </message>
    <message>
        <source>overdue {amount}</source>
        <translation>逾期 {amount}</translation>
    </message>
    <message>
        <source>prepaid balance {amount}</source>
        <translation>预存余额 {amount}</translation>
    </message>
    <message>
        <source>deposits held {amount}</source>
        <translation>押金 {amount}</translation>
    </message>
    <message>
        <source>Room {room} owes nothing: a payment now is a prepayment.</source>
        <translation>房间 {room} 没有欠费：现在收款即为预存。</translation>
    </message>
    <message>
        <source>{n} bills, {amount}</source>
        <translation>{n} 笔，{amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>找零 {amount}</translation>
    </message>
    <message>
        <source>To the balance {amount}</source>
        <translation>转入预存 {amount}</translation>
    </message>
    <message>
        <source>Choose the room first (Ctrl+K).</source>
        <translation>请先选择房间（Ctrl+K）。</translation>
    </message>
    <message>
        <source>Receipt {number} issued: {total}</source>
        <translation>已开具收据 {number}：{total}</translation>
    </message>
    <message>
        <source>change {amount}</source>
        <translation>找零 {amount}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your saved work is safe. Please copy the details below to the network engineer.</source>
        <translation>程序出现意外错误。已保存的内容不受影响。请复制下面的详细信息发给网络工程师。</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>New: {workflow}</source>
        <translation>新建：{workflow}</translation>
    </message>
</context>
<context>
    <name>DepositsView</name>
    <message>
        <source>Room, e.g. 3-2-1502</source>
        <translation>房号，如 3-2-1502</translation>
    </message>
    <message>
        <source>Take a deposit</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>Deduct</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>To fees</source>
        <translation>转抵费用</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>申请退还…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Approval form</source>
        <translation>审批表</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收取金额</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>现存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>收取日期</translation>
    </message>
    <message>
        <source>No deposits here. A renovation, a pass or a tenant&apos;s deposit is taken with its receipt: press “Take a deposit”.</source>
        <translation>这里没有押金。装修、出入证或租户押金收取时开具收据：请按“收取押金”。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还申请</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>{number} · {room} · held {held}</source>
        <translation>{number} · {room} · 现存 {held}</translation>
    </message>
    <message>
        <source>Deduct from {number}</source>
        <translation>从 {number} 扣除</translation>
    </message>
    <message>
        <source>Transfer {number} to fees</source>
        <translation>{number} 转抵费用</translation>
    </message>
    <message>
        <source>Refund {number}</source>
        <translation>申请退还 {number}</translation>
    </message>
    <message>
        <source>Review refund {number}</source>
        <translation>审核退还申请 {number}</translation>
    </message>
    <message>
        <source>Pay out refund {number}</source>
        <translation>办理退款 {number}</translation>
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
        <source>Restore the newest intact backup, {file}? The damaged file is kept beside the backups.</source>
        <translation>是否恢复最新的完好备份 {file}？损坏的文件会保存在备份旁边。</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>The screen was locked after {n} minutes without use. Unsaved input is kept for its user.</source>
        <translation>已 {n} 分钟无操作，屏幕已锁定。未保存的输入内容已为原用户保留。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>{to} has not taken over {number} yet. The outgoing person stays until the incoming one has signed.</source>
        <translation>{to} 尚未接班 {number}。交班人须待接班人签字接班后方可离开。</translation>
    </message>
    <message>
        <source>Sign out anyway? It is recorded on the duty log.</source>
        <translation>仍要退出登录吗？此事将记入值班日志。</translation>
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
        <translation>代收代转物品</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Work-log request</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>Vacant-unit registration</source>
        <translation>空置登记</translation>
    </message>
    <message>
        <source>Patrol finding to rectify</source>
        <translation>巡查问题整改</translation>
    </message>
    <message>
        <source>Key entrustment</source>
        <translation>钥匙托管</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Notice draft</source>
        <extracomment>a notice&apos;s provisional number while it is a draft: the official TZ number is taken at publication</extracomment>
        <translation>通知拟稿</translation>
    </message>
    <message>
        <source>Deposit refund application</source>
        <translation>押金退还申请</translation>
    </message>
    <message>
        <source>Renovation permit</source>
        <translation>装修许可证</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Restored what you were typing before the screen locked.</source>
        <translation>已恢复锁屏前正在填写的内容。</translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <source>Hand over the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>This duty log no longer exists</source>
        <translation>该值班日志已不存在</translation>
    </message>
    <message>
        <source>The shift changed while you were reading it (another desk took over or handed over). Read the handover again.</source>
        <extracomment>why this user may not acknowledge the handover (handed over to someone else, or by them): None if they may</extracomment>
        <translation>您阅读期间班次已变动（其他前台已接班或交班），请重新阅读交班内容。</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>what the incoming user notes on taking over (why the last shift was not handed over …)</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>You are on duty already ({number}).</source>
        <translation>您已在值班中（{number}）。</translation>
    </message>
    <message>
        <source>Undelivered mail</source>
        <translation>未分发邮件</translation>
    </message>
    <message>
        <source>Items carried over</source>
        <translation>遗留事项</translation>
    </message>
    <message>
        <source>Front-desk keys</source>
        <translation>前台钥匙</translation>
    </message>
    <message>
        <source>Petty items</source>
        <translation>零星物品</translation>
    </message>
    <message>
        <source>Hand over to a colleague, not to yourself</source>
        <translation>请交班给其他同事，不能交给自己</translation>
    </message>
    <message>
        <source>{name} may not take over a shift</source>
        <translation>{name} 无权接班</translation>
    </message>
    <message>
        <source>Only someone on duty in this shift can hand it over</source>
        <translation>只有本班次的值班人员才能交班</translation>
    </message>
    <message>
        <source>Nobody has taken over the shift: take it over first</source>
        <translation>尚无人接班，请先接班</translation>
    </message>
    <message>
        <source>Duty log {number} was handed over; events go to the shift on duty</source>
        <translation>值班日志 {number} 已交班，事件请记入当前值班的班次</translation>
    </message>
    <message>
        <source>There is no duty log {number}</source>
        <translation>没有值班日志 {number}</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>a duty log&apos;s events (值班记事), as the duty page and the 交接班 dialog list them</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>关联单据</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>since {at}</source>
        <translation>{at} 起</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>{by} to {to} at {at}</source>
        <translation>{by} 于 {at} 交给 {to}</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>遗留事项</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未交班</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>by {by} at {at}</source>
        <translation>{by} 于 {at}</translation>
    </message>
    <message>
        <source> (without a handover)</source>
        <translation>（未经交班）</translation>
    </message>
    <message>
        <source>{number} was handed over to {name}: only {name} can acknowledge it and take over. Ask them to sign in (here or at their desk).</source>
        <translation>{number} 已交班给 {name}：只有 {name} 本人可以确认接班。请 {name} 登录（在本机或其工位）。</translation>
    </message>
    <message>
        <source>You handed over {number} yourself: a colleague who was not on that shift takes it over.</source>
        <translation>{number} 是您本人交的班：须由未在该班值班的同事接班。</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <extracomment>the 交班 form</extracomment>
        <translation>交班给</translation>
    </message>
    <message>
        <source>Undelivered mail and newspapers</source>
        <translation>未分发的邮件报刊</translation>
    </message>
    <message>
        <source>Outstanding issues and cautions: repairs, complaints, major events; write 无 if there are none</source>
        <translation>未尽事宜及注意事项：维修、投诉、重大事件等；没有请写“无”</translation>
    </message>
    <message>
        <source>e.g. 前台钥匙3把、对讲机2台</source>
        <translation>如：前台钥匙3把、对讲机2台</translation>
    </message>
    <message>
        <source>Petty items and things lent out</source>
        <translation>零星物品及借出物品</translation>
    </message>
    <message>
        <source>Signed out before the takeover</source>
        <translation>未待接班即退出登录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>On duty</source>
        <extracomment>PostgreSQL: two desks taking over at once queue up here (SQLite: BEGIN IMMEDIATE already does) the shift is on duty now: its open items are the live ones events may be added to it by this user (it is on duty, and they may take over shifts)</extracomment>
        <translation>值班人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>All shifts</source>
        <translation>全部班次</translation>
    </message>
    <message>
        <source>No., e.g. ZB20250612</source>
        <translation>编号，如 ZB20250612</translation>
    </message>
    <message>
        <source>Choose a shift on the left to read its duty log.</source>
        <translation>在左侧选择一个班次，查看其值班日志。</translation>
    </message>
    <message>
        <source>No duty log yet: take over the shift (the button above) to start one.</source>
        <translation>还没有值班日志：请先接班（上方按钮），即开始新的值班日志。</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>&amp;Print record</source>
        <translation>打印交接班记录(&amp;P)</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>&amp;Take over…</source>
        <translation>接班(&amp;T)…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>值班事件</translation>
    </message>
    <message>
        <source>Write an event of the shift and press Enter</source>
        <translation>输入本班事件，按回车键添加</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>交班(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>添加事件(&amp;A)</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>转入下一班</translation>
    </message>
    <message>
        <source>Nobody has taken over the shift.</source>
        <translation>尚无人接班。</translation>
    </message>
    <message>
        <source>Now: {shift}</source>
        <translation>当前：{shift}</translation>
    </message>
    <message>
        <source>On duty: {names} since {at}</source>
        <translation>值班人：{names}，{at} 起</translation>
    </message>
    <message>
        <source>You are not on duty.</source>
        <translation>您不在值班中。</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>值班事件（{n}）</translation>
    </message>
    <message>
        <source>Open items now ({n}) — they are carried over at the handover</source>
        <translation>当前待办事项（{n}）——交班时将转入下一班</translation>
    </message>
    <message>
        <source>Open items now ({n})</source>
        <translation>当前待办事项（{n}）</translation>
    </message>
    <message>
        <source>Carried over at the handover ({n})</source>
        <translation>交班时转入下一班的事项（{n}）</translation>
    </message>
    <message>
        <source>Carried over ({n})</source>
        <translation>转入下一班的事项（{n}）</translation>
    </message>
    <message>
        <source>Handed over. Stay until the colleague has signed in and taken over (here after you sign out, or at their desk); signing out before that is recorded.</source>
        <translation>已交班。请留待接班同事登录并接班（您退出后在本机登录，或在其工位登录）；在此之前退出登录将被记录。</translation>
    </message>
    <message>
        <source>Only someone on duty can hand the shift over.</source>
        <translation>只有值班人员才能交班。</translation>
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
    <name>EntryDialog</name>
    <message>
        <source>Edit request {number}</source>
        <translation>编辑事项 {number}</translation>
    </message>
    <message>
        <source>unchanged (shown masked)</source>
        <translation>未修改（已隐去部分号码）</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Day shift</source>
        <translation>白班</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Counter visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
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
        <extracomment>the source a category&apos;s keys come from
----------
the documents a complete file holds (attachment roles)</extracomment>
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
        <extracomment>the fee item a compensation or a missing card is billed under (a one-off item priced per case)</extracomment>
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
        <translation>公告</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>通告</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>温馨提示</translation>
    </message>
    <message>
        <source>Water or power outage</source>
        <translation>停水停电</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>整改通知</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>催缴通知</translation>
    </message>
    <message>
        <source>Posted</source>
        <extracomment>kinds that usually go to named recipients rather than on the boards (the editor&apos;s default)</extracomment>
        <translation>张贴</translation>
    </message>
    <message>
        <source>Area × unit price</source>
        <translation>面积×单价</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <source>Meter reading × unit price</source>
        <translation>读数×单价</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Round half up</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation>进一</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>去尾</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card (POS)</source>
        <translation>POS刷卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Prepaid balance</source>
        <extracomment>the room&apos;s prepayment balance (预存抵扣) and a deposit transferred to fees: no money changes hands</extracomment>
        <translation>预存余额</translation>
    </message>
    <message>
        <source>Deposit transferred</source>
        <translation>押金转抵</translation>
    </message>
    <message>
        <source>To pay</source>
        <extracomment>the methods money comes in by (the daily closing counts these)</extracomment>
        <translation>待缴</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分缴纳</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴清</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>减免/核销</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>bills with something still to pay (the counter, the aging)</extracomment>
        <translation>费用</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>减免/优惠</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>预存</translation>
    </message>
    <message>
        <source>Deposit refund</source>
        <translation>押金退还</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>Discount at the counter</source>
        <translation>收银台优惠</translation>
    </message>
    <message>
        <source>Vacant-unit discount</source>
        <translation>空置优惠</translation>
    </message>
    <message>
        <source>Late fee waived</source>
        <extracomment>a late fee not charged (never part of a bill&apos;s own amount)</extracomment>
        <translation>滞纳金减免</translation>
    </message>
    <message>
        <source>Renovation deposit</source>
        <translation>装修押金</translation>
    </message>
    <message>
        <source>Pass deposit</source>
        <translation>出入证押金</translation>
    </message>
    <message>
        <source>Water and power deposit</source>
        <translation>水电保证金</translation>
    </message>
    <message>
        <source>Tenant deposit</source>
        <translation>租户押金</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收取</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>Transferred to fees</source>
        <translation>转抵费用</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Voided with its receipt</source>
        <extracomment>the receipt that took it was voided the same day</extracomment>
        <translation>随收据作废</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Payment reminder (催款通知书)</source>
        <translation>催款通知书</translation>
    </message>
    <message>
        <source>Final notice (最后缴款通知书)</source>
        <translation>最后缴款通知书</translation>
    </message>
    <message>
        <source>Up to 1 month</source>
        <translation>1个月以内</translation>
    </message>
    <message>
        <source>1–3 months</source>
        <translation>1–3个月</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6个月</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12个月</translation>
    </message>
    <message>
        <source>Over 12 months</source>
        <translation>12个月以上</translation>
    </message>
    <message>
        <source>Written delivery</source>
        <translation>书面送达</translation>
    </message>
    <message>
        <source>Whole estate</source>
        <translation>全小区</translation>
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
        <source>Handed over in person</source>
        <translation>当面送达</translation>
    </message>
    <message>
        <source>Left at the door</source>
        <translation>留置送达</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>秩序维护部</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境部</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务部</translation>
    </message>
    <message>
        <source>Management office</source>
        <translation>管理处</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服部</translation>
    </message>
    <message>
        <source>Work contact slip</source>
        <extracomment>departments a slip may be sent to (the desk itself is the sender)</extracomment>
        <translation>工作联系单</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Message to pass on</source>
        <translation>通知转达</translation>
    </message>
    <message>
        <source>Document transfer</source>
        <translation>文件转交</translation>
    </message>
    <message>
        <source>Morning</source>
        <extracomment>states in which a finding still waits for its fix (its fix clock runs)</extracomment>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <source>Ad hoc (storm, complaint)</source>
        <translation>临时（台风暴雨、投诉）</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>卫生</translation>
    </message>
    <message>
        <source>Greenery</source>
        <translation>绿化</translation>
    </message>
    <message>
        <source>Order and security</source>
        <translation>秩序</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>消防</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违章</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>Major (report to the manager)</source>
        <translation>重大（报管理处经理）</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Registered letter</source>
        <translation>挂号信</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Received for a resident</source>
        <translation>代收</translation>
    </message>
    <message>
        <source>Left for someone else</source>
        <translation>寄存转交</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面告知</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>公告栏</translation>
    </message>
    <message>
        <source>Addressee in person</source>
        <translation>收件人本人</translation>
    </message>
    <message>
        <source>Authorised by the addressee</source>
        <translation>收件人委托</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Visitor entering the estate</source>
        <translation>访客进入小区</translation>
    </message>
    <message>
        <source>Business at the desk</source>
        <translation>前台办事</translation>
    </message>
    <message>
        <source>Visiting family or friends</source>
        <translation>探亲访友</translation>
    </message>
    <message>
        <source>Business call</source>
        <translation>商务拜访</translation>
    </message>
    <message>
        <source>Home service or repair</source>
        <translation>上门服务/维修</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>快递外卖</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <source>Social-security card</source>
        <translation>社保卡</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>对讲</translation>
    </message>
    <message>
        <source>Host came to the desk</source>
        <translation>被访人到前台</translation>
    </message>
    <message>
        <source>Host agreed</source>
        <translation>被访人同意</translation>
    </message>
    <message>
        <source>Host refused</source>
        <translation>被访人拒绝</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>无法联系被访人</translation>
    </message>
    <message>
        <source>Entrusted by the owner</source>
        <translation>业主托管</translation>
    </message>
    <message>
        <source>Developer&apos;s key (unsold or undelivered)</source>
        <translation>开发商托管（未售或未交付）</translation>
    </message>
    <message>
        <source>Repair key</source>
        <translation>返修钥匙</translation>
    </message>
    <message>
        <source>Common area or plant room</source>
        <translation>公共区域/设备房</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发商</translation>
    </message>
    <message>
        <source>Property company</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <source>Owner&apos;s agent or family</source>
        <translation>业主代理人或家属</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工方</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Registered co-owner or agent of the room</source>
        <translation>本房屋登记的共有人或代理人</translation>
    </message>
    <message>
        <source>Owner&apos;s written authorisation</source>
        <translation>业主书面委托</translation>
    </message>
    <message>
        <source>Owner confirmed by phone</source>
        <translation>业主电话确认</translation>
    </message>
    <message>
        <source>Owner&apos;s own use</source>
        <translation>业主自用</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>看房</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Emergency (fire, leak)</source>
        <translation>紧急情况（火情、漏水）</translation>
    </message>
    <message>
        <source>Work in a common area</source>
        <translation>公共区域作业</translation>
    </message>
    <message>
        <source>Handed over to management, unsold</source>
        <translation>交付物业未售</translation>
    </message>
    <message>
        <source>Sold, not handed over or moved into</source>
        <translation>已售未交付或未入住</translation>
    </message>
    <message>
        <source>Moved into, not renovated or used</source>
        <translation>已入住未装修未使用</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Leased</source>
        <translation>已出租</translation>
    </message>
    <message>
        <source>Renovation started</source>
        <translation>开始装修</translation>
    </message>
    <message>
        <source>Registered by mistake</source>
        <translation>登记错误</translation>
    </message>
    <message>
        <source>Doors and windows closed and intact</source>
        <translation>门窗关闭完好</translation>
    </message>
    <message>
        <source>Water, power and gas meters and main valves off</source>
        <translation>水、电、燃气表及总阀关闭</translation>
    </message>
    <message>
        <source>Sockets and switches dry</source>
        <translation>插座、开关干燥</translation>
    </message>
    <message>
        <source>No water ingress</source>
        <translation>无渗水、进水</translation>
    </message>
    <message>
        <source>Ceilings and walls without drips, leaks or falling plaster</source>
        <translation>天花、墙面无滴漏、渗水、脱落</translation>
    </message>
    <message>
        <source>Contents unchanged</source>
        <translation>室内物品无变动</translation>
    </message>
    <message>
        <source>No signs of intrusion or anyone sleeping there</source>
        <translation>无闯入、留宿迹象</translation>
    </message>
    <message>
        <source>Engineering (construction defects, to the developer)</source>
        <translation>工程部（工程质量问题，报开发商）</translation>
    </message>
    <message>
        <source>Service centre (cleaning and greenery)</source>
        <translation>服务中心（卫生、绿化）</translation>
    </message>
    <message>
        <source>Tenant (the owner stays liable)</source>
        <translation>租户（业主承担连带责任）</translation>
    </message>
    <message>
        <source>Full renovation</source>
        <translation>全面装修</translation>
    </message>
    <message>
        <source>Partial renovation</source>
        <translation>局部装修</translation>
    </message>
    <message>
        <source>Simple renovation</source>
        <translation>简易装修</translation>
    </message>
    <message>
        <source>Structural change</source>
        <translation>结构改动</translation>
    </message>
    <message>
        <source>Façade or new openings</source>
        <translation>外立面/开洞</translation>
    </message>
    <message>
        <source>Gas change</source>
        <translation>燃气改动</translation>
    </message>
    <message>
        <source>Heating change</source>
        <translation>暖气改动</translation>
    </message>
    <message>
        <source>Waterproofing change</source>
        <translation>防水改动</translation>
    </message>
    <message>
        <source>Owner&apos;s deposit</source>
        <translation>装修押金（业主）</translation>
    </message>
    <message>
        <source>Contractor&apos;s deposit</source>
        <translation>装修押金（施工单位）</translation>
    </message>
    <message>
        <source>Pass deposits</source>
        <translation>出入证押金</translation>
    </message>
    <message>
        <source>Rubbish removal fee</source>
        <translation>装修垃圾清运费</translation>
    </message>
    <message>
        <source>Renovation management fee</source>
        <translation>装修管理费</translation>
    </message>
    <message>
        <source>Pass card fees</source>
        <translation>出入证工本费</translation>
    </message>
    <message>
        <source>Entrance door, windows and locks</source>
        <translation>入户门、窗及门锁</translation>
    </message>
    <message>
        <source>Walls and ceilings</source>
        <translation>墙面、天花</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>地面</translation>
    </message>
    <message>
        <source>Water supply and drains</source>
        <translation>给排水</translation>
    </message>
    <message>
        <source>Electrical: sockets, switches, panel</source>
        <translation>电气（插座、开关、配电箱）</translation>
    </message>
    <message>
        <source>Gas pipes and valve</source>
        <translation>燃气管道及阀门</translation>
    </message>
    <message>
        <source>Kitchen and bathroom fittings</source>
        <translation>厨卫设施</translation>
    </message>
    <message>
        <source>No leaks or seepage</source>
        <translation>无渗漏</translation>
    </message>
    <message>
        <source>Intercom and doorbell</source>
        <translation>对讲及门铃</translation>
    </message>
    <message>
        <source>Owner&apos;s handbook</source>
        <translation>业主手册</translation>
    </message>
    <message>
        <source>Residential quality warranty</source>
        <translation>住宅质量保证书</translation>
    </message>
    <message>
        <source>Residential user manual</source>
        <translation>住宅使用说明书</translation>
    </message>
    <message>
        <source>Preliminary property service agreement</source>
        <translation>前期物业服务协议</translation>
    </message>
    <message>
        <source>Provisional management rules</source>
        <translation>管理规约</translation>
    </message>
    <message>
        <source>Renovation management agreement</source>
        <translation>装修管理协议</translation>
    </message>
    <message>
        <source>Parking agreement</source>
        <translation>车位协议</translation>
    </message>
    <message>
        <source>Owner&apos;s signature</source>
        <translation>业主签字</translation>
    </message>
    <message>
        <source>Written authorisation</source>
        <translation>书面委托</translation>
    </message>
    <message>
        <source>Confirmed by phone</source>
        <translation>电话确认</translation>
    </message>
    <message>
        <source>Renovation goods</source>
        <translation>装修物品</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>搬家/迁出</translation>
    </message>
    <message>
        <source>Other large items</source>
        <translation>其他大件物品</translation>
    </message>
    <message>
        <source>Moving company</source>
        <translation>搬家公司</translation>
    </message>
    <message>
        <source>The owner in person</source>
        <translation>业主本人</translation>
    </message>
    <message>
        <source>Owner&apos;s written consent</source>
        <translation>业主声明书/委托书</translation>
    </message>
    <message>
        <source>Owner&apos;s phone confirmation</source>
        <translation>业主电话确认</translation>
    </message>
    <message>
        <source>Permit posted</source>
        <extracomment>the renovation case&apos;s states a patrol is possible in (§4.7 Validation)</extracomment>
        <translation>装修许可证已张贴</translation>
    </message>
    <message>
        <source>Workers wear valid passes</source>
        <translation>施工人员佩戴有效出入证</translation>
    </message>
    <message>
        <source>Approved hours kept</source>
        <translation>按规定时间施工</translation>
    </message>
    <message>
        <source>Two fire extinguishers on site</source>
        <translation>现场灭火器不少于2具</translation>
    </message>
    <message>
        <source>Nobody sleeping on site unregistered</source>
        <translation>无未登记留宿人员</translation>
    </message>
    <message>
        <source>Pipes and drains protected</source>
        <translation>管道、地漏已保护</translation>
    </message>
    <message>
        <source>Rubbish bagged in the designated place</source>
        <translation>垃圾袋装并堆放在指定地点</translation>
    </message>
    <message>
        <source>No prohibited works</source>
        <translation>无违禁作业</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Someone there</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>Nobody there</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Refused to open</source>
        <translation>拒不开门</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>CS supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Management office manager</source>
        <translation>管理处经理</translation>
    </message>
    <message>
        <source>Company leadership</source>
        <translation>公司领导</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: the file is open in another program (close it in Excel) or the folder is read-only</source>
        <extracomment>Rows between two calls of ``progress``. Rows between two polls of ``cancel`` (a cancel stops the export within a tenth of a second). Rows looked at to size the columns before streaming the rest.</extracomment>
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
    <name>FeeItemDialog</name>
    <message>
        <source>Add a fee item</source>
        <translation>添加收费项目</translation>
    </message>
    <message>
        <source>Fee item {name}</source>
        <translation>收费项目 {name}</translation>
    </message>
    <message>
        <source>{name} has bills: a new unit price applies from the day chosen; the periods billed keep the price they were billed at.</source>
        <translation>{name}已出账：新单价自所选日期起执行，已出账的期间仍按原单价。</translation>
    </message>
</context>
<context>
    <name>FeeItems</name>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Every 2 months</source>
        <translation>每两月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>按季</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>按半年</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Billing basis</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>单价起始日</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Letters, e.g. WY</source>
        <translation>字母，如 WY</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit price (yuan)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>e.g. 元/m²·月</source>
        <translation>如 元/m²·月</translation>
    </message>
    <message>
        <source>New price applies from</source>
        <translation>新单价起始日</translation>
    </message>
    <message>
        <source>Due day of the month</source>
        <translation>每月缴费截止日</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>舍入方式</translation>
    </message>
    <message>
        <source>Late fee charged (rate and grace days in the parameters)</source>
        <translation>计收滞纳金（费率与宽限天数见参数设置）</translation>
    </message>
    <message>
        <source>The developer pays for unsold rooms</source>
        <translation>未售房由开发商缴纳</translation>
    </message>
    <message>
        <source>Active (billed)</source>
        <translation>启用（参与出账）</translation>
    </message>
</context>
<context>
    <name>FeeItemsDialog</name>
    <message>
        <source>Fee items</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>The billing run bills the active items. An item with bills is deactivated, not deleted; a new price applies from a date.</source>
        <translation>出账只计启用的项目。已出账的项目只能停用，不能删除；改价须指定起始日期。</translation>
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
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>An item with bills or readings is deactivated, not deleted</source>
        <translation>已有账单或抄表读数的项目只能停用，不能删除</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <source>Fee item added.</source>
        <translation>收费项目已添加。</translation>
    </message>
    <message>
        <source>Fee item saved.</source>
        <translation>收费项目已保存。</translation>
    </message>
    <message>
        <source>{name} is billed again from the next billing run.</source>
        <translation>{name}自下次出账起重新计费。</translation>
    </message>
    <message>
        <source>{name} is no longer billed; its bills stay.</source>
        <translation>{name}不再出账，已有账单保留。</translation>
    </message>
    <message>
        <source>Delete a fee item</source>
        <translation>删除收费项目</translation>
    </message>
    <message>
        <source>Delete the fee item {name}?</source>
        <translation>确定删除收费项目{name}？</translation>
    </message>
    <message>
        <source>{name} deleted.</source>
        <translation>{name}已删除。</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>An amount cannot be negative ({amount})</source>
        <translation>金额不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>Enter how the payer pays</source>
        <translation>请填写付款方式</translation>
    </message>
    <message>
        <source>The payer gives {given}, but {due} is due</source>
        <translation>付款人交了{given}，但应收{due}</translation>
    </message>
    <message>
        <source>Only cash gives change: {method} pays {amount} more than is due. Enter the exact amount, or put the rest to the prepaid balance</source>
        <translation>只有现金可以找零：{method}比应收多付了{amount}。请填写准确金额，或将余额转入预存</translation>
    </message>
    <message>
        <source>Enter each method once</source>
        <translation>每种付款方式只填一次</translation>
    </message>
    <message>
        <source>{item}: older arrears are left unpaid ({periods})</source>
        <translation>{item}：更早的欠费未缴（{periods}）</translation>
    </message>
    <message>
        <source>Receipt {number} was issued on {day}: only a receipt of today can be voided. Correct it with a red reversal (红冲) approved by the supervisor</source>
        <translation>收据{number}开具于{day}：只能作废当天的收据。请由客服主管审批红冲更正</translation>
    </message>
    <message>
        <source>Receipt {number} is in a closed day: it can no longer be voided. Correct it with a red reversal (红冲) approved by the supervisor</source>
        <translation>收据{number}所在日期已日结，不能再作废。请由客服主管审批红冲更正</translation>
    </message>
    <message>
        <source>{item} {period}: {amount} is more than the {outstanding} still owed</source>
        <translation>{item} {period}：{amount}超过尚欠的{outstanding}</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收取</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>{item}: {n} rooms have no fee start date and are not billed</source>
        <translation>{item}：{n}户没有计费起始日期，未出账</translation>
    </message>
    <message>
        <source>{item}: {n} rooms have no meter reading for {month}</source>
        <translation>{item}：{n}户没有{month}的抄表读数</translation>
    </message>
    <message>
        <source>No active periodic fee item starts a period in {month}</source>
        <translation>{month}没有开始计费周期的有效周期性收费项目</translation>
    </message>
    <message>
        <source>Handed over: billed to the owner from the fee start date {start}</source>
        <translation>已交付：自计费起始日 {start} 起向业主计费</translation>
    </message>
    <message>
        <source>This fee item no longer exists</source>
        <translation>该收费项目已不存在</translation>
    </message>
    <message>
        <source>{day} is already closed for this cashier</source>
        <translation>该收费员的{day}已经日结</translation>
    </message>
    <message>
        <source>The cash counted differs from the takings by {difference}: explain the difference</source>
        <translation>清点现金与收款相差{difference}：请说明长短款原因</translation>
    </message>
    <message>
        <source>This daily closing no longer exists</source>
        <translation>该日结记录已不存在</translation>
    </message>
    <message>
        <source>This daily closing was checked already</source>
        <translation>该日结已审核过</translation>
    </message>
    <message>
        <source>A day can be closed only once it has begun</source>
        <translation>只能对已开始的日期进行日结</translation>
    </message>
    <message>
        <source>the check of a daily closing</source>
        <translation>日结审核</translation>
    </message>
    <message>
        <source>There is no room {room} in this estate</source>
        <translation>本小区没有房号{room}</translation>
    </message>
    <message>
        <source>{what} needs the supervisor&apos;s approval: she signs in, or types her own password at this desk</source>
        <translation>{what}需要客服主管审批：由她登录，或在本台输入她本人的密码</translation>
    </message>
    <message>
        <source>{name} may not approve {what}</source>
        <translation>{name}无权审批{what}</translation>
    </message>
    <message>
        <source>Bill {bill} is not a bill of room {room}</source>
        <translation>账单{bill}不属于房号{room}</translation>
    </message>
    <message>
        <source>{item} {period} is already paid or no longer owed: reload the room</source>
        <translation>{item} {period}已缴清或无需再缴：请重新打开该房号</translation>
    </message>
    <message>
        <source>Give the reason for the discount</source>
        <translation>请填写优惠原因</translation>
    </message>
    <message>
        <source>{item} {period}: the discount {discount} is more than the {amount} paid</source>
        <translation>{item} {period}：优惠{discount}超过实收{amount}</translation>
    </message>
    <message>
        <source>Choose what the payer pays, or an amount to prepay</source>
        <translation>请选择要缴的费用，或填写预存金额</translation>
    </message>
    <message>
        <source>a discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>leaving out the late fee</source>
        <translation>免收滞纳金</translation>
    </message>
    <message>
        <source>This deposit no longer exists</source>
        <translation>该押金已不存在</translation>
    </message>
    <message>
        <source>This refund application no longer exists</source>
        <translation>该退款申请已不存在</translation>
    </message>
    <message>
        <source>Enter an amount above zero</source>
        <translation>请填写大于零的金额</translation>
    </message>
    <message>
        <source>Deposit {number} holds {held}: {amount} is more than that</source>
        <translation>押金{number}现有{held}：{amount}超过了该数额</translation>
    </message>
    <message>
        <source>Deposit {number} already has a refund application under way ({refund})</source>
        <translation>押金{number}已有进行中的退款申请（{refund}）</translation>
    </message>
    <message>
        <source>Give the reason for the deduction</source>
        <translation>请填写扣除原因</translation>
    </message>
    <message>
        <source>a deduction from a deposit</source>
        <translation>押金扣除</translation>
    </message>
    <message>
        <source>a deposit refund</source>
        <translation>押金退还</translation>
    </message>
    <message>
        <source>Takings not yet closed</source>
        <translation>未日结的收款</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单数</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>最早应缴日</translation>
    </message>
    <message>
        <source>A billing cycle is 1, 2, 3, 6 or 12 months</source>
        <translation>计费周期为1、2、3、6或12个月</translation>
    </message>
    <message>
        <source>Room {room} is not on the vacancy register: the vacant-unit rate does not apply</source>
        <translation>房号{room}不在空置登记中：不适用空置优惠</translation>
    </message>
    <message>
        <source>A unit price cannot be negative</source>
        <translation>单价不能为负数</translation>
    </message>
    <message>
        <source>the vacant-unit rate</source>
        <translation>空置优惠</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The code {code} is already used by the fee item {name}</source>
        <translation>编码 {code} 已被收费项目{name}使用</translation>
    </message>
    <message>
        <source>{name} has bills: a new unit price needs the date it applies from</source>
        <translation>{name}已出账：改价须指定新单价的起始日期</translation>
    </message>
    <message>
        <source>{name} is billed up to {day}: a new unit price applies from {next} or later</source>
        <translation>{name}已出账至 {day}：新单价须自 {next} 或以后起执行</translation>
    </message>
    <message>
        <source>{name} has a price from {day}: a new unit price applies from that day or later</source>
        <translation>{name}自 {day} 起已有新单价：新单价须自该日或以后起执行</translation>
    </message>
    <message>
        <source>{name} has bills or readings and cannot be deleted: deactivate it instead</source>
        <translation>{name}已有账单或抄表读数，不能删除，请改为停用</translation>
    </message>
    <message>
        <source>The reading {reading} is below the previous one ({previous})</source>
        <translation>读数{reading}低于上次读数（{previous}）</translation>
    </message>
    <message>
        <source>This reading no longer exists</source>
        <translation>该读数已不存在</translation>
    </message>
    <message>
        <source>Give the reason for voiding the reading</source>
        <translation>请填写作废读数的原因</translation>
    </message>
    <message>
        <source>{room} {item} already has a reading for {month} ({reading}): void it first</source>
        <translation>{room} {item} {month} 已有读数（{reading}）：请先作废该读数</translation>
    </message>
    <message>
        <source>{item} is not a metered item</source>
        <translation>{item}不是按表计收费的项目</translation>
    </message>
    <message>
        <source>There is no metered fee item “{item}”</source>
        <translation>没有按表计收费的项目“{item}”</translation>
    </message>
    <message>
        <source>The same meter is also in row {row} of this file</source>
        <translation>同一表计已在本文件第{row}行</translation>
    </message>
    <message>
        <source>The row names no fee item and none was chosen for the file</source>
        <translation>该行未写收费项目，导入时也未选择</translation>
    </message>
    <message>
        <source>No row of the file can be saved: correct the rows refused and check the file again</source>
        <translation>文件中没有可保存的行：请改正被拒绝的行后重新检查文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>the meter&apos;s item and the day read (the row&apos;s 抄表日期, or None: the day it is saved), to save the line</extracomment>
        <translation>行号</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>There is no receipt {number}</source>
        <translation>没有收据{number}</translation>
    </message>
    <message>
        <source>“{number}” is not a daily report number such as RJ20260612-0003</source>
        <translation>“{number}”不是日报表编号（例如 RJ20260612-0003）</translation>
    </message>
    <message>
        <source>There is no cashier of daily report {number}</source>
        <translation>日报表 {number} 没有对应的收款员</translation>
    </message>
    <message>
        <source>There is no reminder {number}</source>
        <translation>没有催缴记录 {number}</translation>
    </message>
    <message>
        <source>There is no deposit refund application {number}</source>
        <translation>没有押金退还申请 {number}</translation>
    </message>
    <message>
        <source>This receipt no longer exists</source>
        <translation>该收据已不存在</translation>
    </message>
    <message>
        <source>Receipt {number} is a red reversal: it cannot be voided or reversed</source>
        <translation>收据{number}是红冲收据：不能作废或红冲</translation>
    </message>
    <message>
        <source>Receipt {number} is not in a closed day yet: void it instead</source>
        <translation>收据{number}尚未日结：请直接作废</translation>
    </message>
    <message>
        <source>The prepaid balance this receipt added has been used since ({balance} left)</source>
        <translation>该收据转入的预存余额已被使用（剩余{balance}）</translation>
    </message>
    <message>
        <source>Deposit {number} has been deducted, transferred or refunded since: settle it first</source>
        <translation>押金{number}此后已有扣除、转抵或退还：请先结清</translation>
    </message>
    <message>
        <source>A receipt needs at least one line</source>
        <translation>收据至少需要一行</translation>
    </message>
    <message>
        <source>The prepaid balance is {balance}: it cannot pay {amount}</source>
        <translation>预存余额为{balance}：不足以支付{amount}</translation>
    </message>
    <message>
        <source>a red reversal</source>
        <translation>红冲</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Pay</source>
        <extracomment>the methods offered at the counter, in the order of the form (the balance last: no money changes hands)</extracomment>
        <translation>缴</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>developer</source>
        <translation>开发商</translation>
    </message>
    <message>
        <source>All bills</source>
        <translation>全部账单</translation>
    </message>
    <message>
        <source>{n} bills</source>
        <translation>共 {n} 笔账单</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>房号：{room}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>期间：{period}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Void the bill — {bill}</source>
        <translation>作废账单 — {bill}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Waive or write off — {bill}</source>
        <translation>减免/核销 — {bill}</translation>
    </message>
    <message>
        <source>Late fee ({item} {period})</source>
        <translation>滞纳金（{item} {period}）</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红冲</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收款员</translation>
    </message>
    <message>
        <source>All receipts</source>
        <translation>全部收据</translation>
    </message>
    <message>
        <source>Red reversals</source>
        <translation>红冲收据</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>全部收款员</translation>
    </message>
    <message>
        <source>My receipts</source>
        <translation>我开的收据</translation>
    </message>
    <message>
        <source>No., room or payer</source>
        <translation>编号、房号或交款人</translation>
    </message>
    <message>
        <source>Choose a receipt on the left to reprint it, void it or reverse it.</source>
        <translation>在左侧选择收据，可补打、作废或红冲。</translation>
    </message>
    <message>
        <source>No receipt yet: take a payment at the counter.</source>
        <translation>还没有收据：请在收银台收款。</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>去收款</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印收据</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Re-issue</source>
        <translation>到收银台重开</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Red reversal…</source>
        <translation>红冲…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{method} {amount} ({reference})</source>
        <translation>{method} {amount}（{reference}）</translation>
    </message>
    <message>
        <source>Total {total} ({words})</source>
        <translation>合计 {total}（{words}）</translation>
    </message>
    <message>
        <source>Paid by {methods}</source>
        <translation>收款方式：{methods}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>找零 {amount}</translation>
    </message>
    <message>
        <source>Reprinted {n} times</source>
        <translation>已补打 {n} 次</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Red reversal of {number}</source>
        <translation>红冲原收据 {number}</translation>
    </message>
    <message>
        <source>Reversed by {number}</source>
        <translation>已被 {number} 红冲</translation>
    </message>
    <message>
        <source>Reprint {n} of {number}</source>
        <translation>{number} 第 {n} 次补打</translation>
    </message>
    <message>
        <source>This bill no longer exists</source>
        <translation>该账单已不存在</translation>
    </message>
    <message>
        <source>Give the reason</source>
        <translation>请填写原因</translation>
    </message>
    <message>
        <source>{item} {period} is void already</source>
        <translation>{item} {period} 已作废</translation>
    </message>
    <message>
        <source>{item} {period} has {paid} paid on it: void or reverse its receipts first, or waive what is left</source>
        <translation>{item} {period} 已缴 {paid}：请先作废或红冲其收据，或减免剩余部分</translation>
    </message>
    <message>
        <source>{item} {period} owes nothing: there is nothing to waive</source>
        <translation>{item} {period} 没有欠款，无需减免</translation>
    </message>
    <message>
        <source>{item} {period} owes {outstanding}: {amount} cannot be waived</source>
        <translation>{item} {period} 欠款 {outstanding}：不能减免 {amount}</translation>
    </message>
    <message>
        <source>A bill is waived (减免) or written off (核销)</source>
        <translation>账单只能减免或核销</translation>
    </message>
    <message>
        <source>a waiver or write-off</source>
        <translation>减免或核销</translation>
    </message>
    <message>
        <source>Choose the rooms to remind</source>
        <translation>请选择要催缴的房屋</translation>
    </message>
    <message>
        <source>This reminder no longer exists</source>
        <translation>该催缴记录已不存在</translation>
    </message>
    <message>
        <source>None of the chosen rooms has arrears overdue</source>
        <translation>所选房屋都没有逾期欠费</translation>
    </message>
</context>
<context>
    <name>FeesDesk</name>
    <message>
        <source>Arrears by room</source>
        <translation>欠费明细（按房屋）</translation>
    </message>
    <message>
        <source>How</source>
        <translation>催缴方式</translation>
    </message>
    <message>
        <source>What was said (will pay at the end of the month …)</source>
        <translation>沟通情况（如：答应月底交）</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单数</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>最早应缴日</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Explanation of a difference (长短款)</source>
        <translation>长短款说明</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>交款对象</translation>
    </message>
    <message>
        <source>Hand-in reference (bank slip, safe bag)</source>
        <translation>上交凭证号（银行缴款单、保险袋）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Held (收取中 or 部分退还)</source>
        <translation>未结清（收取中或部分退还）</translation>
    </message>
    <message>
        <source>Held in full</source>
        <translation>收取中</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>部分退还</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Payer (the owner if left empty)</source>
        <translation>交款人（不填为业主）</translation>
    </message>
    <message>
        <source>For (a renovation ZX…, a pass)</source>
        <translation>用途（装修单号ZX…、出入证）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还金额</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣款金额</translation>
    </message>
    <message>
        <source>Reason for the deduction</source>
        <translation>扣款原因</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Basis (复验合格, moved out …)</source>
        <translation>退还依据（复验合格、已搬离等）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Note (the reason when rejected)</source>
        <translation>备注（驳回时写明原因）</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>转账凭证号</translation>
    </message>
    <message>
        <source>Typed by the approver, unless she is signed in here</source>
        <translation>由审批人本人输入（审批人已在本机登录时免填）</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Approver&apos;s own password</source>
        <translation>审批人本人密码</translation>
    </message>
    <message>
        <source>Meter readings import</source>
        <translation>抄表读数导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>Counter</source>
        <extracomment>the page&apos;s views in tab order: (key, title, &quot;module:Class&quot;); other issues append theirs</extracomment>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Daily closing</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>This month: collection rate {amount} (households {households})</source>
        <translation>本月：收缴率 {amount}（按户 {households}）</translation>
    </message>
    <message>
        <source>arrears cleared {rate}</source>
        <translation>清欠率 {rate}</translation>
    </message>
    <message>
        <source>takings {amount}</source>
        <translation>收款 {amount}</translation>
    </message>
    <message>
        <source>voids {n} ({amount})</source>
        <translation>作废 {n}（{amount}）</translation>
    </message>
    <message>
        <source>red reversals {n} ({amount})</source>
        <translation>红冲 {n}（{amount}）</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Scope or recipients</source>
        <translation>范围或送达对象</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Replied by</source>
        <translation>回复人</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>是否接受</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Notified by</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Collector&apos;s ID number</source>
        <translation>领取人证件号码</translation>
    </message>
    <message>
        <source>The collector has signed the register</source>
        <translation>领取人已在登记表上签字</translation>
    </message>
    <message>
        <source>Relation to the addressee</source>
        <translation>与收件人关系</translation>
    </message>
    <message>
        <source>Contact method</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Record it was turned into</source>
        <translation>转办单据</translation>
    </message>
    <message>
        <source>Pass no.</source>
        <translation>通行证号</translation>
    </message>
    <message>
        <source>Pass returned</source>
        <translation>通行证已收回</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>the value a new form starts with (a callable is called then: ``default=datetime.now``) spans both columns of a two-column dialog an ID number or phone: shown masked in the event log and on printed lists the word printed on paper when it is not the Chinese translation of ``label`` the record attribute an action&apos;s value is kept in (the record service stores it there) a staff field: only staff whose role holds this permission are offered (the supervisor who approves) values offered for a text field, which accepts any other (where notices usually go up) an action&apos;s input left empty takes the record&apos;s value of ``column`` (a result given before need not be typed again to close the record) the refusal of a value the kind cannot read, when its own words say too little (&quot;Choose whether the person visits a resident or has business at the desk&quot; rather than &quot;Choose Category&quot;) required only in some cases: a predicate over the form&apos;s values (each value as typed or parsed: a choice is its code, a tick a bool), e.g. the place of a public key, the ID of a borrower who is not staff; the dialog shows the ``*`` while it holds, :func:`check_required_when` refuses the missing value</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>the reason of a void, kept on the record (every workflow record has ``void_reason``)</extracomment>
        <translation>原因</translation>
    </message>
    <message>
        <source>When it happened</source>
        <extracomment>when an action recorded from paper really happened (empty: now)</extracomment>
        <translation>实际发生时间</translation>
    </message>
    <message>
        <source>14:05 or 2025-06-12 14:05; empty: now</source>
        <translation>14:05 或 2025-06-12 14:05；留空为当前时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>巡查小结</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>新的整改期限</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Reason for leaving the register</source>
        <extracomment>a unit put on the register, in the order of its form</extracomment>
        <translation>移出原因</translation>
    </message>
    <message>
        <source>Work slip no.</source>
        <extracomment>the follow-up work slips of an inspection, as the timeline names the one an action sent</extracomment>
        <translation>工作联系单编号</translation>
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
    <name>FollowUpMethod</name>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>FollowUpType</name>
    <message>
        <source>Complaint follow-up</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Repair follow-up</source>
        <translation>维修回访</translation>
    </message>
    <message>
        <source>Paid service follow-up</source>
        <translation>有偿服务回访</translation>
    </message>
    <message>
        <source>Routine household visit</source>
        <translation>定期走访</translation>
    </message>
    <message>
        <source>Move-in follow-up</source>
        <translation>入住回访</translation>
    </message>
    <message>
        <source>Renovation follow-up</source>
        <translation>装修回访</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>What about</source>
        <translation>回访事由</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访形式</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈意见</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Signature or photo (on site)</source>
        <translation>签名或照片（上门回访）</translation>
    </message>
    <message>
        <source>Supervisor&apos;s opinion</source>
        <translation>主管意见</translation>
    </message>
    <message>
        <source>A follow-up cannot be planned in the past</source>
        <translation>回访期限不能早于今天</translation>
    </message>
    <message>
        <source>Plan routine visits or satisfaction surveys in bulk</source>
        <translation>批量计划只用于定期走访或满意度调查</translation>
    </message>
    <message>
        <source>An on-site follow-up needs the resident&apos;s signature or a photo</source>
        <translation>上门回访须有住户签名或照片</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the complaint was resolved ({at})</source>
        <translation>回访时间不能早于投诉办结时间（{at}）</translation>
    </message>
    <message>
        <source>Try at least {n} times before giving up ({done} so far)</source>
        <translation>至少联系 {n} 次后才能判定无法回访（目前 {done} 次）</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源单号</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>未联系上次数</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>This follow-up no longer exists</source>
        <translation>该回访已不存在</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <extracomment>the queue&apos;s columns, in FollowUpRow&apos;s order (phone shown, overdue computed)</extracomment>
        <translation>今日应回访</translation>
    </message>
    <message>
        <source>{late} overdue · {review} to review</source>
        <translation>{late} 条逾期 · {review} 条待审核</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>There is no follow-up {number}</source>
        <translation>没有回访 {number}</translation>
    </message>
    <message>
        <source>The whole estate</source>
        <translation>全小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>联系次数</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>No., interviewee, room or source</source>
        <translation>编号、受访人、房号或来源单号</translation>
    </message>
    <message>
        <source>Choose a follow-up on the left to record it …</source>
        <translation>在左侧选择回访，登记回访结果……</translation>
    </message>
    <message>
        <source>Nothing to follow up. Resolved complaints and sampled repairs come here by themselves; plan routine visits with “Plan visits”.</source>
        <translation>暂无待回访。已办结的投诉和抽样的维修会自动进入此处；定期走访请用“计划走访”。</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>计划回访</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation>计划走访…</translation>
    </message>
    <message>
        <source>Routine household visits or a satisfaction survey, in bulk</source>
        <translation>批量计划定期走访或满意度调查</translation>
    </message>
    <message>
        <source>Print the month</source>
        <translation>打印本月回访记录</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>&lt;b&gt;This month&lt;/b&gt;, followed up/planned (in time): {parts} · satisfied {satisfied}</source>
        <translation>&lt;b&gt;本月&lt;/b&gt;，已回访/应回访（按时）：{parts} · 满意率 {satisfied}</translation>
    </message>
    <message>
        <source>{n} follow-ups planned.</source>
        <translation>已计划 {n} 条回访。</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>14:05 or 2025-06-12 14:05</source>
        <translation>14:05 或 2025-06-12 14:05</translation>
    </message>
    <message>
        <source>17:30</source>
        <translation>17:30</translation>
    </message>
    <message>
        <source>e.g. 3-2-1502</source>
        <translation>如 3-2-1502</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <extracomment>the declaration this field was made from (its parser checks the input)</extracomment>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>无文件</translation>
    </message>
</context>
<context>
    <name>GatePane</name>
    <message>
        <source>Scan the slip&apos;s QR code, or type its number and press Enter.</source>
        <translation>扫描放行条上的二维码，或输入编号后按回车。</translation>
    </message>
    <message>
        <source>Slip number, such as FX20260608-0001</source>
        <translation>放行条编号，如 FX20260608-0001</translation>
    </message>
    <message>
        <source>The ID number of the person carrying the goods out</source>
        <translation>搬运物品出门人员的身份证号</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Carrier&apos;s ID</source>
        <translation>搬运人身份证</translation>
    </message>
    <message>
        <source>What does not match the slip (goods, person, vehicle)</source>
        <translation>与放行条不符之处（物品、人员、车辆）</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝放行</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>不符情况</translation>
    </message>
    <message>
        <source>Your role may not check slips at the gate.</source>
        <translation>您的角色无权在门岗核验放行条。</translation>
    </message>
    <message>
        <source>Waiting for a scan.</source>
        <translation>等待扫描。</translation>
    </message>
    <message>
        <source>Valid: check the person and the goods against the slip, record the carrier&apos;s ID and release.</source>
        <translation>有效：请核对人员及物品与放行条是否一致，登记搬运人身份证后放行。</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>放行条</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>放行类别</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Released: {number}</source>
        <translation>已放行：{number}</translation>
    </message>
    <message>
        <source>Refused: {number}. The applicant needs a new slip.</source>
        <translation>已拒绝放行：{number}。申请人须重新开具放行条。</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over {number}</source>
        <translation>交班：{number}</translation>
    </message>
    <message>
        <source>Open items kept with the log ({n})</source>
        <translation>随日志保留的待办事项（{n}）</translation>
    </message>
</context>
<context>
    <name>HandoverListDialog</name>
    <message>
        <source>Import the developer&apos;s handover list</source>
        <translation>导入交房清单</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with the columns 房号 (or 楼栋, 单元, 房号) and 购房人; 证件号码, 电话 and 合同编号 if the developer gives them. A move-in of a listed room is checked against its buyer.</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件，须有“房号”（或“楼栋、单元、房号”）和“购房人”两列；开发商提供时可含“证件号码、电话、合同编号”。清单内房屋办理入住时将核对购房人。</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose the developer&apos;s spreadsheet: its good rows are imported at once, and every row is listed here with what became of it.</source>
        <translation>请选择开发商提供的表格：有效的行立即导入，每一行的结果都列在这里。</translation>
    </message>
    <message>
        <source>Choose the developer&apos;s handover list</source>
        <translation>选择开发商交房清单</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file} (sheet {sheet}): {n} rows imported, {refused} refused (in red, with the reason).</source>
        <translation>{file}（工作表 {sheet}）：已导入 {n} 行，{refused} 行未导入（红色显示，附原因）。</translation>
    </message>
    <message>
        <source>{n} rows were not imported: correct them and import the file again.</source>
        <translation>{n} 行未导入：请更正后重新导入该文件。</translation>
    </message>
    <message>
        <source>Every row imported.</source>
        <translation>全部行已导入。</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Rooms</source>
        <extracomment>a workflow&apos;s tiles of the home page for the day</extracomment>
        <translation>房屋总数</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>No public holidays for {years} yet, so working-day limits count every weekday. Update the chinesecalendar package, then 设置 → 工作日历 → 从 chinesecalendar 更新 (or enter the days by hand).</source>
        <translation>工作日历中还没有 {years} 年的法定节假日，按工作日计算的时限会把每个工作日都算上。请更新 chinesecalendar 包，然后选择 设置 → 工作日历 → 从 chinesecalendar 更新（或手工录入）。</translation>
    </message>
    <message>
        <source>{n} requests today</source>
        <translation>今日 {n} 条来电来访</translation>
    </message>
    <message>
        <source>{n} open from earlier days</source>
        <translation>往日未处理 {n} 条</translation>
    </message>
    <message>
        <source>Work log: open requests today</source>
        <translation>工作日志：今日待处理</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交班</translation>
    </message>
    <message>
        <source>{number} handed over to {name} at {at}, awaiting takeover</source>
        <translation>{number} 已于 {at} 交班给 {name}，待接班</translation>
    </message>
    <message>
        <source>Nobody has taken over the shift</source>
        <translation>尚无人接班</translation>
    </message>
    <message>
        <source>{number} · since {at} · {n} events</source>
        <translation>{number} · {at} 起 · {n} 条事件</translation>
    </message>
    <message>
        <source>Days to sign (主管日审)</source>
        <translation>待签日审</translation>
    </message>
    <message>
        <source>Takings today</source>
        <translation>今日收款</translation>
    </message>
    <message>
        <source>{n} receipts</source>
        <translation>{n}张收据</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>{n} households</source>
        <translation>{n}户</translation>
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
    <name>InspectionDialog</name>
    <message>
        <source>Inspect {room}</source>
        <translation>巡检 {room}</translation>
    </message>
</context>
<context>
    <name>ItemType</name>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
</context>
<context>
    <name>KeyPurpose</name>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Key {slot} is already out: lent to {name} on {when} ({number}). It must be returned before it can be lent again</source>
        <extracomment>owners&apos; keys (entrusted or repair keys: the home is the owner&apos;s) need approval when staff use them</extracomment>
        <translation>钥匙 {slot} 已于 {when} 借给 {name}（{number}），须归还后才能再次借出</translation>
    </message>
    <message>
        <source>Key {slot} is not in the cabinet ({state}) and cannot be lent</source>
        <translation>钥匙 {slot} 不在柜中（{state}），不能借出</translation>
    </message>
    <message>
        <source>{name} is not an owner, co-owner or registered agent of {room}: the owner&apos;s written authorisation or a phone confirmation by the owner is needed</source>
        <translation>{name} 不是 {room} 的业主、共有人或登记代理人，须有业主书面委托或业主电话确认</translation>
    </message>
    <message>
        <source>{name} is not an owner of {room}: only an owner can authorise the loan</source>
        <translation>{name} 不是 {room} 的业主，只有业主才能授权借用</translation>
    </message>
    <message>
        <source>{name} is not registered as an owner of {room} (check the household card)</source>
        <translation>{name} 未登记为 {room} 的业主（请核对房屋档案卡）</translation>
    </message>
    <message>
        <source>Staff using an owner&apos;s key need the approval of the CS supervisor</source>
        <translation>员工使用业主钥匙须经客服主管批准</translation>
    </message>
    <message>
        <source>{name} may not approve the use of an owner&apos;s key</source>
        <translation>{name} 无权批准使用业主钥匙</translation>
    </message>
    <message>
        <source>{name} must approve the loan in person: they type their own password here, or lend the key signed in themselves</source>
        <translation>须由{name}本人审批：请其在此输入本人密码，或由其登录后亲自办理借出</translation>
    </message>
    <message>
        <source>For viewings staff keep the key and open the door: a developer&apos;s key, or a key for a viewing, is lent only to staff or contractors</source>
        <translation>看房由工作人员持钥匙开门：开发商钥匙及看房用钥匙只借给员工或施工方</translation>
    </message>
    <message>
        <source>Tell the owner before staff use their key (only an emergency entry may tell the owner afterwards)</source>
        <translation>员工使用业主钥匙前须先通知业主（仅紧急情况入户可事后通知）</translation>
    </message>
    <message>
        <source>Common-area and plant-room keys are lent only to staff or contractors for work</source>
        <translation>公共区域和设备房钥匙只借给员工或施工方作业使用</translation>
    </message>
    <message>
        <source>The due time ({due}) must be after the time the key is lent ({lent})</source>
        <translation>应还时间（{due}）须晚于借出时间（{lent}）</translation>
    </message>
    <message>
        <source>Keys are due back by {due}: a longer loan needs the approval of the CS supervisor</source>
        <translation>钥匙应于 {due} 前归还，延长借用须经客服主管批准</translation>
    </message>
    <message>
        <source>{missing} of the {out} keys lent are missing. Count again, or confirm to register the missing keys as lost</source>
        <translation>借出 {out} 把钥匙，缺少 {missing} 把。请重新清点，或确认将缺少的钥匙登记挂失</translation>
    </message>
    <message>
        <source>{count_in} keys returned but only {out} were lent</source>
        <translation>归还 {count_in} 把钥匙，但只借出了 {out} 把</translation>
    </message>
    <message>
        <source>Key {slot} is reserved: loan {number} to {name} waits for the CS supervisor&apos;s approval</source>
        <translation>钥匙 {slot} 已预留：借用单 {number}（{name}）待客服主管审批</translation>
    </message>
    <message>
        <source>A CS supervisor approves the loan: signed in herself, or typing her own password in this dialog</source>
        <translation>须由客服主管审批：本人登录，或在此对话框中输入其本人密码</translation>
    </message>
    <message>
        <source>Key {slot} is not in the cabinet ({state}): the loan cannot be handed out</source>
        <translation>钥匙 {slot} 不在柜内（{state}），无法借出</translation>
    </message>
    <message>
        <source>Cabinet slot</source>
        <translation>柜位号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>钥匙说明</translation>
    </message>
    <message>
        <source>Reason for entrusting</source>
        <translation>托管原因</translation>
    </message>
    <message>
        <source>Pick-up requirements</source>
        <translation>领取要求</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Purpose details</source>
        <translation>用途说明</translation>
    </message>
    <message>
        <source>Send for the supervisor&apos;s approval</source>
        <translation>送客服主管审批</translation>
    </message>
    <message>
        <source>How the owner was told</source>
        <translation>通知业主方式</translation>
    </message>
    <message>
        <source>Person called</source>
        <translation>致电对象</translation>
    </message>
    <message>
        <source>Result of the call</source>
        <translation>致电结果</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>归还人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Keys missing</source>
        <translation>缺少钥匙数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Give the room of the key</source>
        <translation>请填写钥匙所属房号</translation>
    </message>
    <message>
        <source>A cabinet slot has at most 20 letters, digits and dashes, such as A-015</source>
        <translation>柜位号最多 20 位字母、数字或短横线，如 A-015</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>钥匙数量</translation>
    </message>
    <message>
        <source>Slot {slot} already holds a key: choose a free slot</source>
        <translation>柜位 {slot} 已有钥匙，请选择空闲柜位</translation>
    </message>
    <message>
        <source>This key no longer exists</source>
        <translation>该钥匙记录已不存在</translation>
    </message>
    <message>
        <source>This loan no longer exists</source>
        <translation>该借用记录已不存在</translation>
    </message>
    <message>
        <source>Slot {slot} holds only {n} keys</source>
        <translation>柜位 {slot} 只有 {n} 把钥匙</translation>
    </message>
    <message>
        <source>Keys returned</source>
        <translation>归还钥匙数</translation>
    </message>
    <message>
        <source>{missing} of {out} keys not returned</source>
        <translation>借出 {out} 把，{missing} 把未归还</translation>
    </message>
    <message>
        <source>The new due time must be later than the current one ({due})</source>
        <translation>新的应还时间须晚于当前应还时间（{due}）</translation>
    </message>
    <message>
        <source>Key {slot} is on loan: register the loss on its loan</source>
        <translation>钥匙 {slot} 已借出，请在其借用记录上登记挂失</translation>
    </message>
    <message>
        <source>Keys found</source>
        <translation>清点数量</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>逾期 {n} 笔</translation>
    </message>
    <message>
        <source>{slot} {room} → {name}, due {due}</source>
        <translation>{slot} {room} → {name}，{due} 应还</translation>
    </message>
    <message>
        <source>Keys on loan</source>
        <translation>借出中的钥匙</translation>
    </message>
    <message>
        <source>Key {slot} ({room}) with {name} {phone}, due {due}</source>
        <translation>钥匙 {slot}（{room}）由 {name} {phone} 借用，{due} 应还</translation>
    </message>
    <message>
        <source>overdue: phone the borrower</source>
        <translation>已逾期，请致电借用人</translation>
    </message>
    <message>
        <source> ({n} missing)</source>
        <extracomment>the lend dialog&apos;s input of the approver&apos;s own password (not a declared field: never stored) the first event of a loan sent for approval keeps the due time asked for under this key the loan waits 待审批 for the supervisor (sent for approval, none given here and now) for lending it: the default due time and the room&apos;s owners and agents (the primary owner first)</extracomment>
        <translation>（缺少 {n} 把）</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>{time} 应还</translation>
    </message>
    <message>
        <source>Entrustment</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>On loan to</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>业主授权</translation>
    </message>
    <message>
        <source>Owner told</source>
        <translation>已通知业主</translation>
    </message>
    <message>
        <source>Emergency entry</source>
        <translation>紧急入户</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Keys out/in</source>
        <translation>借出/归还数量</translation>
    </message>
    <message>
        <source>tell the owner of the emergency entry</source>
        <translation>紧急入户须告知业主</translation>
    </message>
    <message>
        <source>Count the key cabinet: last stock-take {last} (every {days} days)</source>
        <extracomment>a list&apos;s row: the key, the borrower of its loan out, the loan&apos;s deadline and its running deadline a list&apos;s row: the loan, its deadline and its running deadline (None once it is closed)</extracomment>
        <translation>请盘点钥匙柜：上次盘点 {last}（每 {days} 天）</translation>
    </message>
    <message>
        <source>Count the key cabinet: it has never been counted (every {days} days)</source>
        <translation>请盘点钥匙柜：从未盘点（每 {days} 天）</translation>
    </message>
    <message>
        <source>There is no key stock-take {number}</source>
        <extracomment>the loans a retention purge may delete (closed ones)</extracomment>
        <translation>没有钥匙盘点 {number}</translation>
    </message>
    <message>
        <source>{n} loans await the supervisor&apos;s approval</source>
        <translation>{n} 笔借用待主管审批</translation>
    </message>
    <message>
        <source>Key stock-take</source>
        <translation>钥匙盘点</translation>
    </message>
    <message>
        <source>Key loans awaiting approval</source>
        <translation>待审批的钥匙借用</translation>
    </message>
    <message>
        <source>Key {slot} ({room}) for {name}: the CS supervisor approves or refuses</source>
        <translation>钥匙 {slot}（{room}）借给 {name}：待客服主管批准或不批准</translation>
    </message>
    <message>
        <source>Keys held</source>
        <translation>托管钥匙</translation>
    </message>
    <message>
        <source>Slot / time</source>
        <translation>柜位号/时间</translation>
    </message>
    <message>
        <source>Category / borrower</source>
        <translation>类别/借用人</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>There is no key loan {number}</source>
        <translation>没有钥匙借用记录 {number}</translation>
    </message>
    <message>
        <source>There is no key entrustment {number}</source>
        <translation>没有钥匙托管委托书 {number}</translation>
    </message>
    <message>
        <source>A-015</source>
        <translation>A-015</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>钥匙类别</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Location (common area)</source>
        <translation>位置（公共区域）</translation>
    </message>
    <message>
        <source>Entrusted by (owner)</source>
        <translation>委托人（业主）</translation>
    </message>
    <message>
        <source>Borrower is</source>
        <translation>借用人类型</translation>
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
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Owner&apos;s authorisation</source>
        <translation>业主授权方式</translation>
    </message>
    <message>
        <source>Authorised by (owner)</source>
        <translation>授权人（业主）</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Owner told (how, when)</source>
        <translation>已通知业主（方式、时间）</translation>
    </message>
    <message>
        <source>Emergency entry (fire, leak)</source>
        <translation>紧急入户（火情、漏水）</translation>
    </message>
    <message>
        <source>Empty: every key of the slot</source>
        <translation>不填：该柜位全部钥匙</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Empty: closing time of the working day</source>
        <translation>不填：当日下班时间</translation>
    </message>
    <message>
        <source>Register missing keys as lost</source>
        <translation>将缺少的钥匙登记挂失</translation>
    </message>
    <message>
        <source>Owner (identity checked)</source>
        <translation>业主（已核验身份）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>柜位号</translation>
    </message>
    <message>
        <source>Room or location</source>
        <translation>房号/位置</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Out/in</source>
        <translation>借/还</translation>
    </message>
    <message>
        <source>Print handover form</source>
        <translation>打印交接单</translation>
    </message>
    <message>
        <source>Print day&apos;s register</source>
        <translation>打印当日登记表</translation>
    </message>
    <message>
        <source>钥匙借用登记表 of today, or of the first day chosen above</source>
        <translation>打印今日（或上方所选起始日）的钥匙借用登记表</translation>
    </message>
    <message>
        <source>Key cabinet</source>
        <translation>钥匙柜</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>在册钥匙</translation>
    </message>
    <message>
        <source>In the cabinet</source>
        <translation>在柜</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>Lock changed</source>
        <translation>已换锁</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>全部钥匙</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Slot, room or location</source>
        <translation>柜位号、房号或位置</translation>
    </message>
    <message>
        <source>Choose a key on the left to lend it, take it back, report it lost …</source>
        <translation>请在左侧选择钥匙，以借出、收回或挂失……</translation>
    </message>
    <message>
        <source>The cabinet holds no key yet. Press Ctrl+N to take an owner&apos;s or the developer&apos;s key in.</source>
        <translation>钥匙柜中还没有钥匙。按 Ctrl+N 登记业主或开发商托管的钥匙入柜。</translation>
    </message>
    <message>
        <source>Take in a key</source>
        <translation>钥匙入柜</translation>
    </message>
    <message>
        <source>Take a key into the cabinet</source>
        <translation>钥匙入柜登记</translation>
    </message>
    <message>
        <source>Print entrustment</source>
        <translation>打印委托书</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>房屋档案卡</translation>
    </message>
    <message>
        <source>Stock-take…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借用记录</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>全部借用记录</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>No., slot, room or borrower</source>
        <translation>编号、柜位号、房号或借用人</translation>
    </message>
    <message>
        <source>Choose a loan on the left to take the key back, extend the loan …</source>
        <translation>请在左侧选择借用记录，以收回钥匙、延期……</translation>
    </message>
    <message>
        <source>No key has been lent yet. Choose a key in the cabinet and press Alt+1 to lend it.</source>
        <translation>还没有借出的钥匙。在钥匙柜中选择钥匙后按 Alt+1 借出。</translation>
    </message>
    <message>
        <source>Key loans</source>
        <translation>钥匙借用</translation>
    </message>
    <message>
        <source>Print call memo</source>
        <translation>打印钥匙管理备忘录</translation>
    </message>
    <message>
        <source>Approver&apos;s own password</source>
        <translation>审批人本人密码</translation>
    </message>
    <message>
        <source>Typed by the approver, unless signed in here</source>
        <translation>由审批人本人输入（审批人已在本机登录时免填）</translation>
    </message>
    <message>
        <source>Key register</source>
        <translation>钥匙台账</translation>
    </message>
    <message>
        <source>short</source>
        <translation>短缺</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>多出</translation>
    </message>
    <message>
        <source>should not be in the cabinet</source>
        <translation>不应在柜</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>This month: loans {n}</source>
        <translation>本月：借用 {n}</translation>
    </message>
    <message>
        <source>keys lost {n}</source>
        <translation>遗失 {n}</translation>
    </message>
    <message>
        <source>stock-takes {n}, discrepancies {d}</source>
        <translation>盘点 {n} 次，差异 {d}</translation>
    </message>
    <message>
        <source>on loan {n}, overdue {late}</source>
        <translation>借出 {n}，逾期 {late}</translation>
    </message>
    <message>
        <source>awaiting approval {n}</source>
        <translation>待审批 {n}</translation>
    </message>
    <message>
        <source>stock-take due (last {when})</source>
        <translation>应盘点（上次 {when}）</translation>
    </message>
    <message>
        <source>No key of room {room} is in the cabinet: choose the key on this page</source>
        <translation>钥匙柜里没有 {room} 的钥匙：请在本页选择钥匙</translation>
    </message>
</context>
<context>
    <name>Lease</name>
    <message>
        <source>The lease must end after it starts ({start})</source>
        <translation>租期结束日期须晚于起租日期（{start}）</translation>
    </message>
    <message>
        <source>{name} is {age} on the start date {start} (born {born}): a tenant must be at least 18</source>
        <translation>{name}于起租日 {start} 时 {age} 岁（出生于 {born}）：租户须年满18周岁</translation>
    </message>
    <message>
        <source>Give the tenant&apos;s birth date: this document does not show it</source>
        <translation>请填写租户出生日期：该证件无法读出出生日期</translation>
    </message>
    <message>
        <source>A company tenant is registered with its business licence: choose “Unified social credit code” and type the code of the licence</source>
        <translation>单位租户须凭营业执照登记：请选择“统一社会信用代码”并填写营业执照上的代码</translation>
    </message>
    <message>
        <source>An individual tenant is registered with a personal document (ID card, passport or permit), not a credit code</source>
        <translation>个人租户须凭个人证件（身份证、护照或通行证）登记，不能使用统一社会信用代码</translation>
    </message>
    <message>
        <source>Room {room} already has an active lease {number} ({tenant}, {start} to {end}) that overlaps this term: end or renew it first</source>
        <translation>房屋 {room} 已有在租的租赁备案 {number}（{tenant}，{start} 至 {end}），与本租期重叠：请先办理退租或续租</translation>
    </message>
    <message>
        <source>Room {room} has arrears of {amount} yuan ({bills} bills overdue): the fees must be settled before the tenant moves in</source>
        <translation>房屋 {room} 欠费 {amount} 元（逾期账单 {bills} 笔）：租户入住前须结清费用</translation>
    </message>
    <message>
        <source>Room {room} has arrears of {amount} yuan ({bills} bills overdue): agree with the owner how they are settled (the owner stays liable)</source>
        <translation>房屋 {room} 欠费 {amount} 元（逾期账单 {bills} 笔）：请与业主约定结清方式（业主承担连带责任）</translation>
    </message>
    <message>
        <source>{name} is not registered as an owner of {room} (check the household card)</source>
        <translation>{name} 未登记为 {room} 的业主（请核对房屋档案卡）</translation>
    </message>
    <message>
        <source>Room {room} has no registered owner: register the owner on the household card first</source>
        <translation>房屋 {room} 没有登记业主：请先在房屋档案卡中登记业主</translation>
    </message>
    <message>
        <source>Room {room} has not been handed over to its owner: it cannot be let yet</source>
        <translation>房屋 {room} 尚未交付业主，暂不能出租</translation>
    </message>
    <message>
        <source>Still missing: {missing}. Attach them to complete the file</source>
        <translation>尚缺：{missing}。请补齐附件</translation>
    </message>
    <message>
        <source>The renewal must end after the current lease ({end})</source>
        <translation>续租到期日须晚于现租期到期日（{end}）</translation>
    </message>
    <message>
        <source>The lease cannot end before it started ({start})</source>
        <translation>退租日期不能早于起租日期（{start}）</translation>
    </message>
    <message>
        <source>Co-resident line {n}: {error}</source>
        <translation>同住人第 {n} 行：{error}</translation>
    </message>
    <message>
        <source>Co-resident line {n}: give the name first, then the ID number and the relation</source>
        <translation>同住人第 {n} 行：请先写姓名，再写身份证号和关系</translation>
    </message>
    <message>
        <source>the lease contract</source>
        <translation>租赁合同</translation>
    </message>
    <message>
        <source>the owner&apos;s authorisation</source>
        <translation>业主授权委托书</translation>
    </message>
    <message>
        <source>the tenant&apos;s ID or licence copy</source>
        <translation>租户身份证或营业执照复印件</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Owner (lessor)</source>
        <translation>业主（出租人）</translation>
    </message>
    <message>
        <source>Tenant is</source>
        <translation>租户类别</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
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
        <source>Born on</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>For a passport or permit</source>
        <translation>护照或通行证填写</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Co-residents</source>
        <translation>同住人</translation>
    </message>
    <message>
        <source>One a line: name, ID number, relation (张小红 110105… 配偶)</source>
        <translation>每行一人：姓名 身份证号 关系（张小红 110105… 配偶）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起租日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Fees paid by</source>
        <translation>费用承担</translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation>代收押金</translation>
    </message>
    <message>
        <source>水电保证金 500</source>
        <translation>水电保证金 500</translation>
    </message>
    <message>
        <source>Access cards issued</source>
        <translation>已发门禁卡</translation>
    </message>
    <message>
        <source>Card numbers, separated by commas</source>
        <translation>卡号，用逗号分隔</translation>
    </message>
    <message>
        <source>Lease contract</source>
        <translation>租赁合同</translation>
    </message>
    <message>
        <source>Owner&apos;s authorisation</source>
        <translation>业主授权委托书</translation>
    </message>
    <message>
        <source>IDs or licence copy</source>
        <translation>身份证或营业执照复印件</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>新到期日期</translation>
    </message>
    <message>
        <source>New monthly rent</source>
        <translation>新月租金</translation>
    </message>
    <message>
        <source>Empty: as before</source>
        <translation>空：与原租金相同</translation>
    </message>
    <message>
        <source>New lease contract</source>
        <translation>新租赁合同</translation>
    </message>
    <message>
        <source>Tenant left on</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>How the owner and tenant were reminded</source>
        <translation>提醒方式</translation>
    </message>
    <message>
        <source>This lease no longer exists</source>
        <translation>该租赁备案已不存在</translation>
    </message>
    <message>
        <source>No lease has the number {number}</source>
        <translation>没有编号为 {number} 的租赁备案</translation>
    </message>
    <message>
        <source> (with {names})</source>
        <translation>（同住：{names}）</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Police registration reminded</source>
        <translation>已提醒治安登记</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>ended on {day}: renew it, or record the move-out</source>
        <translation>已于 {day} 到期：请办理续租或撤租</translation>
    </message>
    <message>
        <source>ends on {day}: remind the owner and tenant to renew or give notice</source>
        <translation>将于 {day} 到期：请提醒业主和租户续租或办理撤租</translation>
    </message>
    <message>
        <source>remind them of the police registration (24 h / 3 working days)</source>
        <translation>请提醒治安登记（24小时内登记 / 3个工作日内申报）</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>the status chips of the list: filter code → label</extracomment>
        <translation>未结</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>资料待补</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>在租</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Past its end</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续租</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已退租</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>All leases</source>
        <translation>全部租赁</translation>
    </message>
    <message>
        <source>{room} {tenant}: the lease ended on {day}, renew it or record the move-out</source>
        <translation>{room} {tenant}：租约已于 {day} 到期，请续租或办理撤租</translation>
    </message>
    <message>
        <source>{room} {tenant}: the lease ends on {day}</source>
        <translation>{room} {tenant}：租约将于 {day} 到期</translation>
    </message>
    <message>
        <source>{n} let · {m} past their end</source>
        <translation>在租 {n} · 已到期 {m}</translation>
    </message>
    <message>
        <source>Leases expiring</source>
        <translation>租约即将到期</translation>
    </message>
    <message>
        <source>Leases and tenants</source>
        <translation>租赁与租户</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>the list&apos;s short word for who pays (the detail says the owner stays liable)</extracomment>
        <translation>业主</translation>
    </message>
    <message>
        <source>No., room or tenant</source>
        <translation>编号、房号或租户</translation>
    </message>
    <message>
        <source>Choose a lease on the left to complete its documents, issue cards, renew it …</source>
        <translation>在左侧选择租赁备案，可补齐资料、发放门禁卡、续租……</translation>
    </message>
    <message>
        <source>No lease is registered yet. Press Ctrl+N to file an owner&apos;s lease.</source>
        <translation>还没有租赁备案。按 Ctrl+N 办理业主房屋租赁备案。</translation>
    </message>
    <message>
        <source>No lease ends within the reminder days.</source>
        <translation>提醒期内没有即将到期的租约。</translation>
    </message>
    <message>
        <source>No open lease is past its end.</source>
        <translation>没有已到期未退租的租约。</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>房屋租赁</translation>
    </message>
    <message>
        <source>File a lease</source>
        <translation>租赁备案</translation>
    </message>
    <message>
        <source>File an owner&apos;s lease</source>
        <translation>办理业主房屋租赁备案</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>租户登记表</translation>
    </message>
    <message>
        <source>Authorisation form</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Tenant&apos;s notice</source>
        <translation>承租须知</translation>
    </message>
    <message>
        <source>Card register</source>
        <translation>门禁卡登记</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>房屋档案卡</translation>
    </message>
</context>
<context>
    <name>LeasePage</name>
    <message>
        <source>Rented {n} of {d} handed-over units ({rate})</source>
        <translation>已交付 {d} 户中出租 {n} 户（出租率 {rate}）</translation>
    </message>
    <message>
        <source>ending this month {n}</source>
        <translation>本月到期 {n}</translation>
    </message>
    <message>
        <source>filed {n}, moved out {m}</source>
        <translation>本月备案 {n}，退租 {m}</translation>
    </message>
    <message>
        <source>documents missing {n}</source>
        <translation>资料待补 {n}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Day shift 08:30–17:30</source>
        <extracomment>the window&apos;s first size, cut to the screen (the reception PC&apos;s is often 1366×768) what no page or dialog may need: the reception PC&apos;s screen (tests/ui/test_screen_fit.py) the page bar&apos;s width, shown and folded to its button the widest the status bar&apos;s database path is shown (cut in the middle, in full as the tooltip)</extracomment>
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
        <source>Hide the page bar (F9)</source>
        <translation>收起页面栏（F9）</translation>
    </message>
    <message>
        <source>Show the page bar (F9)</source>
        <translation>展开页面栏（F9）</translation>
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
        <extracomment>dialogs a home tile opens by its key, as it opens a page</extracomment>
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
        <source>Export r&amp;ooms to Excel…</source>
        <translation>导出房屋到 Excel(&amp;O)…</translation>
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
        <source>&amp;Take over the shift…</source>
        <translation>接班(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>交班(&amp;H)…</translation>
    </message>
    <message>
        <source>Sign the &amp;day&apos;s records…</source>
        <translation>主管日审(&amp;D)…</translation>
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
        <source>Update &amp;holidays from chinesecalendar</source>
        <translation>从 chinesecalendar 更新节假日(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Fee items…</source>
        <translation>收费项目(&amp;F)…</translation>
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
    <message>
        <source>The language changes the next time Front Desk starts.</source>
        <translation>界面语言将在下次启动物业客服前台时生效。</translation>
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
    <message>
        <source>A posted amount cannot be changed or deleted: void it or reverse it with a new record</source>
        <translation>已入账的金额不能修改或删除：请作废，或以新单据冲销</translation>
    </message>
</context>
<context>
    <name>Monthly</name>
    <message>
        <source>A report period is a month (2026-11), a quarter (2026-Q4) or a year (2026).</source>
        <translation>报表期间须为月（2026-11）、季度（2026-Q4）或年（2026）。</translation>
    </message>
    <message>
        <source>{month}/{year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>Complaints and follow-ups</source>
        <translation>投诉与回访</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Complaints resolved in time</source>
        <translation>投诉处理及时率</translation>
    </message>
    <message>
        <source>resolved within the deadline ÷ resolved</source>
        <translation>时限内办结数 ÷ 办结数</translation>
    </message>
    <message>
        <source>Satisfaction with complaint handling</source>
        <translation>投诉处理满意率</translation>
    </message>
    <message>
        <source>satisfied or fairly satisfied ÷ followed up</source>
        <translation>满意及较满意数 ÷ 回访数</translation>
    </message>
    <message>
        <source>Collection rate (amount)</source>
        <translation>收缴率（金额）</translation>
    </message>
    <message>
        <source>received of the period&apos;s bills ÷ receivable</source>
        <translation>本期账单实收 ÷ 本期应收</translation>
    </message>
    <message>
        <source>in yuan</source>
        <translation>单位：元</translation>
    </message>
    <message>
        <source>{period} has not begun: there is nothing to count yet.</source>
        <translation>{period}尚未开始，暂无可统计的数据。</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>投诉受理量</translation>
    </message>
    <message>
        <source>complaints received</source>
        <translation>本期受理的投诉</translation>
    </message>
    <message>
        <source>Complaints closed</source>
        <translation>投诉办结率</translation>
    </message>
    <message>
        <source>resolved ÷ received</source>
        <translation>办结数 ÷ 受理数</translation>
    </message>
    <message>
        <source>Complaints followed up</source>
        <translation>投诉回访率</translation>
    </message>
    <message>
        <source>followed up ÷ resolved</source>
        <translation>已回访数 ÷ 办结数</translation>
    </message>
    <message>
        <source>Repeat complaints</source>
        <translation>重复投诉率</translation>
    </message>
    <message>
        <source>reopened or repeated ÷ received</source>
        <translation>重开或同一问题再投诉数 ÷ 受理数</translation>
    </message>
    <message>
        <source>Complaints escalated</source>
        <translation>升级投诉数</translation>
    </message>
    <message>
        <source>escalated to the manager</source>
        <translation>上报经理的投诉</translation>
    </message>
    <message>
        <source>Repair follow-ups</source>
        <translation>维修回访率</translation>
    </message>
    <message>
        <source>repair follow-ups done ÷ due</source>
        <translation>已完成维修回访 ÷ 应回访数</translation>
    </message>
    <message>
        <source>Satisfaction of all follow-ups</source>
        <translation>回访满意率</translation>
    </message>
    <message>
        <source>satisfied or fairly satisfied ÷ follow-ups done</source>
        <translation>满意及较满意数 ÷ 已完成回访数</translation>
    </message>
    <message>
        <source>Collection rate (households)</source>
        <translation>收缴率（户数）</translation>
    </message>
    <message>
        <source>households paid up ÷ households billed</source>
        <translation>已缴清户数 ÷ 计费户数</translation>
    </message>
    <message>
        <source>Old arrears cleared</source>
        <translation>清欠率</translation>
    </message>
    <message>
        <source>old arrears collected ÷ old arrears at the start</source>
        <translation>收回往期欠费 ÷ 期初往期欠费</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>receipts of the period, in yuan</source>
        <translation>本期收据合计（元）</translation>
    </message>
    <message>
        <source>Receipts voided</source>
        <translation>作废收据数</translation>
    </message>
    <message>
        <source>voids the same day</source>
        <translation>当日作废</translation>
    </message>
    <message>
        <source>Red reversals</source>
        <translation>红冲笔数</translation>
    </message>
    <message>
        <source>reversals approved</source>
        <translation>经审批的红冲</translation>
    </message>
    <message>
        <source>Arrears at the end</source>
        <translation>期末欠费金额</translation>
    </message>
    <message>
        <source>due by the period&apos;s end and unpaid today, in yuan</source>
        <translation>期末前到期、至今未缴（元）</translation>
    </message>
    <message>
        <source>Households in arrears</source>
        <translation>欠费户数</translation>
    </message>
    <message>
        <source>households owing</source>
        <translation>有欠费的户数</translation>
    </message>
    <message>
        <source>Arrears up to 1 month</source>
        <translation>欠费 1个月以内</translation>
    </message>
    <message>
        <source>Arrears 1–3 months</source>
        <translation>欠费 1–3个月</translation>
    </message>
    <message>
        <source>Arrears 3–6 months</source>
        <translation>欠费 3–6个月</translation>
    </message>
    <message>
        <source>Arrears 6–12 months</source>
        <translation>欠费 6–12个月</translation>
    </message>
    <message>
        <source>Arrears over 12 months</source>
        <translation>欠费 12个月以上</translation>
    </message>
    <message>
        <source>Patrols and vacant units</source>
        <translation>公共区域巡查</translation>
    </message>
    <message>
        <source>Patrols completed</source>
        <translation>巡查完成率</translation>
    </message>
    <message>
        <source>rounds done ÷ rounds planned</source>
        <translation>完成巡查次数 ÷ 计划次数</translation>
    </message>
    <message>
        <source>Findings fixed in time</source>
        <translation>按时整改率</translation>
    </message>
    <message>
        <source>fixed by the due date ÷ due</source>
        <translation>按期整改数 ÷ 应整改数</translation>
    </message>
    <message>
        <source>Rounds missed</source>
        <translation>漏检次数</translation>
    </message>
    <message>
        <source>planned rounds never started</source>
        <translation>计划未开始的巡查</translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation>空置房</translation>
    </message>
    <message>
        <source>Vacant units inspected</source>
        <translation>空置房巡检覆盖率</translation>
    </message>
    <message>
        <source>vacant units inspected this month ÷ vacant units</source>
        <translation>本月已巡检空置房 ÷ 空置房套数</translation>
    </message>
    <message>
        <source>Keys, notices, relay and visits</source>
        <translation>钥匙、通知、信息传递与来访</translation>
    </message>
    <message>
        <source>Key loans overdue</source>
        <translation>钥匙逾期数</translation>
    </message>
    <message>
        <source>loans past due now</source>
        <translation>当前逾期未还的借用</translation>
    </message>
    <message>
        <source>Keys lost</source>
        <translation>钥匙遗失数</translation>
    </message>
    <message>
        <source>losses reported</source>
        <translation>登记的遗失</translation>
    </message>
    <message>
        <source>Notices posted in time</source>
        <translation>通知按时张贴率</translation>
    </message>
    <message>
        <source>posted with the lead time ÷ notices</source>
        <translation>按提前量张贴数 ÷ 通知数</translation>
    </message>
    <message>
        <source>Work slips answered in time</source>
        <translation>工作联系单按时回复率</translation>
    </message>
    <message>
        <source>replied by the required time ÷ slips due</source>
        <translation>按要求时间回复数 ÷ 应回复数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访量</translation>
    </message>
    <message>
        <source>visits registered</source>
        <translation>登记的来访</translation>
    </message>
    <message>
        <source>Visitors refused</source>
        <translation>来访拒绝率</translation>
    </message>
    <message>
        <source>refused ÷ admitted or refused</source>
        <translation>拒绝数 ÷ 放行与拒绝数</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Renovation applications</source>
        <translation>装修申请数</translation>
    </message>
    <message>
        <source>applications received</source>
        <translation>受理的申请</translation>
    </message>
    <message>
        <source>Permits issued</source>
        <translation>发放许可证数</translation>
    </message>
    <message>
        <source>permits issued</source>
        <translation>发放的装修许可证</translation>
    </message>
    <message>
        <source>Average review time</source>
        <translation>审批平均时长</translation>
    </message>
    <message>
        <source>days from application to decision</source>
        <translation>从申请到审批结论的天数</translation>
    </message>
    <message>
        <source>Deposits refunded in time</source>
        <translation>押金按时退还率</translation>
    </message>
    <message>
        <source>refunded within the limit ÷ refunds due</source>
        <translation>时限内退还数 ÷ 应退还数</translation>
    </message>
    <message>
        <source>Violation rate</source>
        <translation>违章率</translation>
    </message>
    <message>
        <source>cases with a violation notice ÷ cases under way</source>
        <translation>有违章整改通知的装修户 ÷ 在装修户</translation>
    </message>
    <message>
        <source>Release slips returned and reconciled</source>
        <translation>放行条回收核对率</translation>
    </message>
    <message>
        <source>gate copies reconciled ÷ slips released</source>
        <translation>已回收核对的保安联 ÷ 已放行的放行条</translation>
    </message>
    <message>
        <source>Occupancy (today)</source>
        <translation>入住与租赁（当前）</translation>
    </message>
    <message>
        <source>Move-ins completed</source>
        <translation>办结入住数</translation>
    </message>
    <message>
        <source>move-ins of the period</source>
        <translation>本期办结的零星入住</translation>
    </message>
    <message>
        <source>Move-outs completed</source>
        <translation>撤租完成</translation>
    </message>
    <message>
        <source>tenants moved out in the period</source>
        <translation>本期迁出的租户</translation>
    </message>
    <message>
        <source>Arrears at move-out</source>
        <translation>撤租时欠费</translation>
    </message>
    <message>
        <source>due by the move-out date and unpaid, in yuan</source>
        <translation>迁出日前到期未缴，元</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>入住率</translation>
    </message>
    <message>
        <source>lived in ÷ delivered units</source>
        <translation>入住套数 ÷ 已交付套数</translation>
    </message>
    <message>
        <source>Rented rate</source>
        <translation>出租率</translation>
    </message>
    <message>
        <source>rented ÷ delivered units</source>
        <translation>出租套数 ÷ 已交付套数</translation>
    </message>
    <message>
        <source>Vacancy rate</source>
        <translation>空置率</translation>
    </message>
    <message>
        <source>vacant ÷ delivered units</source>
        <translation>空置套数 ÷ 已交付套数</translation>
    </message>
</context>
<context>
    <name>MonthlyPage</name>
    <message>
        <source>Month</source>
        <extracomment>the page behind a figure, by its key, else by the first part of its key</extracomment>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Numerator/denominator</source>
        <translation>分子/分母</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Complaints received and resolved, last 12 months</source>
        <translation>近12个月投诉受理与办结</translation>
    </message>
    <message>
        <source>Collection rate and satisfaction, last 12 months</source>
        <translation>近12个月收缴率与满意率</translation>
    </message>
    <message>
        <source>Complaints by category, this period</source>
        <translation>本期投诉分类</translation>
    </message>
    <message>
        <source>Arrears by aging (yuan)</source>
        <translation>欠费账龄（元）</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>本期无数据。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>收缴率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Counting the figures of {period}…</source>
        <translation>正在统计{period}的指标…</translation>
    </message>
    <message>
        <source> (today)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>{period}: {n} figures; {m} miss their target.</source>
        <translation>{period}：共 {n} 项指标，{m} 项未达标。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No figure of {period} is open to your account.</source>
        <translation>您的账号无权查看{period}的任何指标。</translation>
    </message>
    <message>
        <source>{n} figures exported to {path}</source>
        <translation>已导出 {n} 项指标到 {path}</translation>
    </message>
</context>
<context>
    <name>MoveIn</name>
    <message>
        <source>{code} is {state}: only a room sold and not yet handed over (已售未交付) can be handed over to its owner</source>
        <extracomment>what the owner does with the unit once handed over (§4.13 step 7: occupancy 空置/自住)</extracomment>
        <translation>{code} 为{state}：只有已售未交付的房屋才能办理入住</translation>
    </message>
    <message>
        <source>{code} already has the move-in {number} in progress</source>
        <translation>{code} 已有办理中的入住 {number}</translation>
    </message>
    <message>
        <source>Documents missing: {docs}. Check them before the joint inspection</source>
        <translation>资料不全：{docs}。请先核对资料再验房</translation>
    </message>
    <message>
        <source>{name} is not the buyer of {code} on the developer&apos;s handover list ({buyer}): check the identity, or the developer confirms the sale first</source>
        <translation>{name} 不是开发商交房清单上 {code} 的购房人（{buyer}）：请核对身份，或先由开发商确认销售</translation>
    </message>
    <message>
        <source>Keys are handed over only after the fees are paid (parameter “Hand over keys only after fees and agreements”)</source>
        <translation>交费后才能交钥匙（参数“缴费、签约后才交钥匙”）</translation>
    </message>
    <message>
        <source>Sign the preliminary property service agreement and the management rules first</source>
        <translation>请先签署前期物业服务协议和管理规约</translation>
    </message>
    <message>
        <source>The fee start date ({start}) cannot be before the handover date ({handover})</source>
        <translation>计费起始日（{start}）不能早于交房日期（{handover}）</translation>
    </message>
    <message>
        <source>At most {months} months of fees can be paid in advance</source>
        <translation>最多可预交 {months} 个月的费用</translation>
    </message>
    <message>
        <source>The handover date cannot be in the future</source>
        <translation>交房日期不能晚于今天</translation>
    </message>
    <message>
        <source>Key {slot} of the room is not in the cabinet ({state}): take it back first</source>
        <translation>本房钥匙 {slot} 不在柜中（{state}）：请先收回</translation>
    </message>
    <message>
        <source>The owner signs the inspection sheet (tick “Owner signed”)</source>
        <translation>业主须在验房单上签字（勾选“业主已签字”）</translation>
    </message>
    <message>
        <source>An agent shows their own ID: give the agent&apos;s document number</source>
        <translation>代理人须出示本人身份证件：请填写代理人的证件号码</translation>
    </message>
    <message>
        <source>Line {line}: write a family member as “name phone”, such as 王小明 13800001111</source>
        <translation>第 {line} 行：家庭成员请写成“姓名 电话”，例如 王小明 13800001111</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Owner (buyer)</source>
        <translation>业主（购房人）</translation>
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
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Agent (empty: the owner in person)</source>
        <translation>代理人（空：业主本人）</translation>
    </message>
    <message>
        <source>Agent&apos;s ID no.</source>
        <translation>代理人证件号</translation>
    </message>
    <message>
        <source>Move-in notice no.</source>
        <translation>入住通知书编号</translation>
    </message>
    <message>
        <source>Move-in notice (入住通知书)</source>
        <translation>入住通知书</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Purchase contract or invoice</source>
        <translation>购房合同或发票</translation>
    </message>
    <message>
        <source>Agent&apos;s authorisation letter</source>
        <translation>代理人授权委托书</translation>
    </message>
    <message>
        <source>Copies of the documents</source>
        <translation>资料复印件</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>验房日期</translation>
    </message>
    <message>
        <source>Inspected with (engineering, developer)</source>
        <translation>验房人员（工程部、开发商）</translation>
    </message>
    <message>
        <source>Water meter</source>
        <translation>水表读数</translation>
    </message>
    <message>
        <source>Electricity meter</source>
        <translation>电表读数</translation>
    </message>
    <message>
        <source>Gas meter</source>
        <translation>燃气表读数</translation>
    </message>
    <message>
        <source>Owner signed the inspection sheet</source>
        <translation>业主已在验房单上签字</translation>
    </message>
    <message>
        <source>Signed sheet or signature</source>
        <translation>签字的验房单或签名</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Empty: today</source>
        <translation>空：今天</translation>
    </message>
    <message>
        <source>Signed agreements</source>
        <translation>已签协议</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <source>Months paid in advance</source>
        <translation>预交月数</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>交钥匙数</translation>
    </message>
    <message>
        <source>Access cards issued</source>
        <translation>发放门禁卡数</translation>
    </message>
    <message>
        <source>Card numbers</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Received by (signature)</source>
        <translation>领取人（签字）</translation>
    </message>
    <message>
        <source>Family members (one a line: name phone)</source>
        <translation>家庭成员（每行一人：姓名 电话）</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s phone</source>
        <translation>紧急联系人电话</translation>
    </message>
    <message>
        <source>Vehicles (plates)</source>
        <translation>车辆（车牌）</translation>
    </message>
    <message>
        <source>Why the owner does not take the unit</source>
        <translation>业主拒收的原因</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Fees start</source>
        <translation>计费起始日</translation>
    </message>
    <message>
        <source>Cabinet keys</source>
        <translation>柜中钥匙</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>No header row found: the first rows of the sheet need the columns 房号 and 购房人</source>
        <translation>未找到表头：表格前几行须有“房号”和“购房人”两列</translation>
    </message>
    <message>
        <source>The room is empty</source>
        <translation>房号为空</translation>
    </message>
    <message>
        <source>The buyer&apos;s name is empty</source>
        <translation>购房人姓名为空</translation>
    </message>
    <message>
        <source>There is no room {code} in this estate</source>
        <translation>本小区没有房屋 {code}</translation>
    </message>
    <message>
        <source>{code} is handed over already</source>
        <translation>{code} 已交付</translation>
    </message>
    <message>
        <source>{code} is on row {row} of this file already</source>
        <translation>{code} 已在本文件第 {row} 行</translation>
    </message>
    <message>
        <source>{code} is unsold in the registry: the developer&apos;s list says it is sold</source>
        <translation>{code} 在房屋档案中为未售，开发商清单却列为已售</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Imported, the room&apos;s earlier line replaced</source>
        <translation>已导入，替换了该房屋原有的清单行</translation>
    </message>
    <message>
        <source>Move-in {code}: {item}</source>
        <translation>入住 {code}：{item}</translation>
    </message>
    <message>
        <source>Defect found at the joint inspection of {number}: {note}</source>
        <translation>{number} 联合验房发现缺陷：{note}</translation>
    </message>
    <message>
        <source>Move-in {number}</source>
        <translation>入住 {number}</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Developer&apos;s handover list</source>
        <translation>开发商交房清单</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>已核对</translation>
    </message>
    <message>
        <source>not on the list</source>
        <translation>不在清单上</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>验房</translation>
    </message>
    <message>
        <source>Meters (water / electricity / gas)</source>
        <translation>水 / 电 / 燃气表读数</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>On hold because</source>
        <translation>暂缓原因</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>已缴费用</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Access cards</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>Not on the developer&apos;s handover list: the developer confirms the sale</source>
        <translation>不在开发商交房清单上：须开发商确认销售</translation>
    </message>
    <message>
        <source>Keys handed over: the fees are still to be paid</source>
        <translation>已交钥匙：费用尚未缴清</translation>
    </message>
    <message>
        <source>defects sent to engineering: {n}</source>
        <translation>{n} 项缺陷已派工程部</translation>
    </message>
    <message>
        <source>This move-in no longer exists</source>
        <translation>该入住记录已不存在</translation>
    </message>
    <message>
        <source>Move-ins in progress</source>
        <translation>办理中的入住</translation>
    </message>
    <message>
        <source>{n} on hold</source>
        <translation>{n} 户暂缓</translation>
    </message>
    <message>
        <source>keys handed over, fees to pay</source>
        <translation>已交钥匙，待缴费</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>There is no move-in {number}</source>
        <translation>没有入住记录 {number}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购房人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Checklist</source>
        <extracomment>the finding last: it takes what the narrow detail pane leaves</extracomment>
        <translation>验收项目</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Work slip</source>
        <translation>工作联系单</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>RZ No., room or owner</source>
        <translation>RZ单号、房号或业主</translation>
    </message>
    <message>
        <source>Choose a move-in on the left to inspect the unit, sign, collect the fees, hand over the keys …</source>
        <translation>在左侧选择一条入住记录，办理验房、签约、缴费、交钥匙等……</translation>
    </message>
    <message>
        <source>No move-in is in progress. Press Ctrl+N to register an owner who comes with the move-in notice.</source>
        <translation>暂无办理中的入住。业主持入住通知书来办理时，按 Ctrl+N 登记。</translation>
    </message>
    <message>
        <source>No move-in is on hold.</source>
        <translation>暂无暂缓的入住。</translation>
    </message>
    <message>
        <source>Move-ins</source>
        <translation>零星入住</translation>
    </message>
    <message>
        <source>Register a move-in</source>
        <translation>登记入住</translation>
    </message>
    <message>
        <source>Register a move-in (零星入住)</source>
        <translation>登记零星入住</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>入住登记表</translation>
    </message>
    <message>
        <source>Inspection sheet</source>
        <translation>验收交接单</translation>
    </message>
    <message>
        <source>Keys and papers receipt</source>
        <translation>钥匙/资料签收单</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>房屋档案卡</translation>
    </message>
    <message>
        <source>Import handover list…</source>
        <translation>导入交房清单…</translation>
    </message>
    <message>
        <source>The developer&apos;s list of the sold units and their buyers</source>
        <translation>开发商提供的已售房屋及购房人清单</translation>
    </message>
</context>
<context>
    <name>MoveInPage</name>
    <message>
        <source>This month: handed over {n}</source>
        <translation>本月交付 {n}</translation>
    </message>
    <message>
        <source>keys handed {n}</source>
        <translation>交钥匙 {n}</translation>
    </message>
    <message>
        <source>in progress {n}</source>
        <translation>办理中 {n}</translation>
    </message>
    <message>
        <source>on hold {n}</source>
        <translation>暂缓 {n}</translation>
    </message>
    <message>
        <source>occupancy {rate} ({o} of {d} handed-over units lived in)</source>
        <translation>入住率 {rate}（已交付 {d} 户，入住 {o} 户）</translation>
    </message>
</context>
<context>
    <name>MoveOutPage</name>
    <message>
        <source>Refund the deposit of {number}</source>
        <translation>退还 {number} 的押金</translation>
    </message>
    <message>
        <source>Deposit refunded: {number}.</source>
        <translation>押金已退：{number}。</translation>
    </message>
</context>
<context>
    <name>Moveout</name>
    <message>
        <source>{room} has no open lease: a move-out ends a registered tenant&apos;s lease</source>
        <translation>{room} 没有在租的租赁登记：撤租只能结束已登记租户的租赁</translation>
    </message>
    <message>
        <source>{room} already has a move-out under way ({number})</source>
        <translation>{room} 已有办理中的撤租（{number}）</translation>
    </message>
    <message>
        <source>A {kind} move-out is applied for at least {days} days ahead: move out on {day} at the earliest</source>
        <translation>{kind}撤租须至少提前 {days} 天申请：最早 {day} 迁出</translation>
    </message>
    <message>
        <source>The move-out date cannot be before the application ({day})</source>
        <translation>迁出日期不能早于申请日期（{day}）</translation>
    </message>
    <message>
        <source>Attach the owner&apos;s signed consent or written authorisation</source>
        <translation>请附上业主签字的同意书或书面委托书</translation>
    </message>
    <message>
        <source>The owner&apos;s confirmation cannot be later than now</source>
        <translation>业主确认时间不能晚于现在</translation>
    </message>
    <message>
        <source>Damage line {n}: write the place, the damage and the amount (客厅 墙面污损 200)</source>
        <translation>第 {n} 行损坏：请写位置、损坏情况和金额（客厅 墙面污损 200）</translation>
    </message>
    <message>
        <source>{room} still owes {amount} ({bills} bills up to {day}): settle every fee through the cashier first</source>
        <translation>{room} 仍欠 {amount}（截至 {day} 共 {bills} 笔）：请先在收费台结清全部费用</translation>
    </message>
    <message>
        <source>Record the cards, keys and passes handed back first</source>
        <translation>请先登记交回的门禁卡、钥匙和出入证</translation>
    </message>
    <message>
        <source>{n} of {issued} access cards are not back: charge them or note why</source>
        <translation>发放的 {issued} 张门禁卡中有 {n} 张未交回：请收取赔偿或注明原因</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the deposits held less deductions ({left})</source>
        <translation>退还 {amount} 超过押金余额减扣款（{left}）</translation>
    </message>
    <message>
        <source>Give the reason for the deduction</source>
        <translation>请填写扣除原因</translation>
    </message>
    <message>
        <source>{room}&apos;s move-out {number} is {state}: goods leave only after the settlement</source>
        <translation>{room} 的撤租 {number} 处于“{state}”：费用结算后方可放行物品</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Applicant is</source>
        <translation>申请人身份</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Empty: the lease&apos;s tenant</source>
        <translation>空：租赁登记的租户</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Moving out on</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Owner agreed by</source>
        <translation>业主确认方式</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Signed consent or authorisation</source>
        <translation>业主同意书或委托书</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>验房人</translation>
    </message>
    <message>
        <source>Damage and compensation</source>
        <translation>损坏及赔偿</translation>
    </message>
    <message>
        <source>One a line: place, damage, amount (客厅 墙面污损 200)</source>
        <translation>每行一项：位置、损坏情况、金额（客厅 墙面污损 200）</translation>
    </message>
    <message>
        <source>Repairs notified in writing</source>
        <translation>已书面通知维修</translation>
    </message>
    <message>
        <source>Access cards back</source>
        <translation>交回门禁卡</translation>
    </message>
    <message>
        <source>Keys back</source>
        <translation>交回钥匙</translation>
    </message>
    <message>
        <source>Passes back</source>
        <translation>交回出入证</translation>
    </message>
    <message>
        <source>Charge for what is missing</source>
        <translation>遗失赔偿金额</translation>
    </message>
    <message>
        <source>What is missing, and why</source>
        <translation>遗失情况及原因</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>实际迁出日期</translation>
    </message>
    <message>
        <source>Release slip no.</source>
        <translation>放行条编号</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还金额</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>Reason for the deduction</source>
        <translation>扣款原因</translation>
    </message>
    <message>
        <source>commercial</source>
        <translation>商业</translation>
    </message>
    <message>
        <source>residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>This move-out no longer exists</source>
        <extracomment>the deposits a move-out gives back (a renovation deposit goes back through its own case)</extracomment>
        <translation>该撤租记录已不存在</translation>
    </message>
    <message>
        <source>The fee item PC (赔偿费) is not set up: add it under Fee items</source>
        <translation>未设置收费项目 PC（赔偿费）：请在收费项目中添加</translation>
    </message>
    <message>
        <source>Cards or keys not handed back</source>
        <translation>门禁卡或钥匙未交回</translation>
    </message>
    <message>
        <source>Application and notice</source>
        <translation>申请及提前告知</translation>
    </message>
    <message>
        <source>moving out on {day}</source>
        <translation>{day} 迁出</translation>
    </message>
    <message>
        <source>Owner&apos;s consent</source>
        <translation>业主确认</translation>
    </message>
    <message>
        <source>still to confirm with the owner</source>
        <translation>尚待业主确认</translation>
    </message>
    <message>
        <source>Unit inspection</source>
        <translation>验房</translation>
    </message>
    <message>
        <source>by {who}: {n} damages, compensation {amount}</source>
        <translation>{who} 验房：损坏 {n} 处，赔偿 {amount}</translation>
    </message>
    <message>
        <source>engineering inspects against the move-in list</source>
        <translation>工程部对照入住交接清单验房</translation>
    </message>
    <message>
        <source>Cards, keys and passes back</source>
        <translation>卡、钥匙、出入证交回</translation>
    </message>
    <message>
        <source>cards {back} of {issued}, keys {keys}, passes {passes}</source>
        <translation>门禁卡 {back}/{issued}，钥匙 {keys}，出入证 {passes}</translation>
    </message>
    <message>
        <source>{n} access cards issued on the lease</source>
        <translation>租赁时发放门禁卡 {n} 张</translation>
    </message>
    <message>
        <source>Fees settled up to the move-out date</source>
        <translation>结清截至迁出日的费用</translation>
    </message>
    <message>
        <source>still owes {amount} ({bills} bills)</source>
        <translation>仍欠 {amount}（{bills} 笔）</translation>
    </message>
    <message>
        <source>nothing owed</source>
        <translation>无欠费</translation>
    </message>
    <message>
        <source>Goods may leave</source>
        <translation>物品可放行</translation>
    </message>
    <message>
        <source>after the settlement</source>
        <translation>结算后</translation>
    </message>
    <message>
        <source>Tenant moved out, lease ended</source>
        <translation>租户已迁出，租赁结束</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>押金已退</translation>
    </message>
    <message>
        <source>held {held}, deducted {deducted}, refunded {refunded}</source>
        <translation>押金 {held}，扣除 {deducted}，退还 {refunded}</translation>
    </message>
    <message>
        <source>deposits held {held}</source>
        <translation>押金余额 {held}</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租赁登记</translation>
    </message>
    <message>
        <source>Move-in checklist</source>
        <translation>入住交接清单</translation>
    </message>
    <message>
        <source>none on record: the room was handed over before this system</source>
        <translation>无记录：该房交付早于系统启用</translation>
    </message>
    <message>
        <source>{number}: {n} items, {d} with defects at move-in{which}</source>
        <translation>{number}：共 {n} 项，入住时 {d} 项有缺陷{which}</translation>
    </message>
    <message>
        <source>Fees still owed</source>
        <translation>仍有欠费</translation>
    </message>
    <message>
        <source>Move-outs under way</source>
        <extracomment>a move-out in these states is done: the tenant has left</extracomment>
        <translation>办理中的撤租</translation>
    </message>
    <message>
        <source>{n} deposit refunds due</source>
        <translation>待退押金 {n} 笔</translation>
    </message>
    <message>
        <source>Move-outs to clear</source>
        <translation>待办结的撤租</translation>
    </message>
    <message>
        <source>Move-outs</source>
        <translation>撤租</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No move-out has the number {number}</source>
        <translation>没有编号为 {number} 的撤租记录</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Past the move-out date</source>
        <translation>已过迁出日期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Room or CZ No.</source>
        <translation>房号或 CZ 编号</translation>
    </message>
    <message>
        <source>Choose a move-out in the list to see what is still open, or apply with Ctrl+N.</source>
        <translation>在列表中选择撤租查看尚未办结的事项，或按 Ctrl+N 登记申请。</translation>
    </message>
    <message>
        <source>No move-outs. Press Ctrl+N when a tenant gives notice.</source>
        <translation>暂无撤租。租户提出退租时按 Ctrl+N 登记。</translation>
    </message>
    <message>
        <source>New move-out</source>
        <translation>登记撤租</translation>
    </message>
    <message>
        <source>A tenant gives notice</source>
        <translation>登记退租申请</translation>
    </message>
    <message>
        <source>Household card</source>
        <translation>房屋档案卡</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>退租申请表</translation>
    </message>
    <message>
        <source>Inspection sheet</source>
        <translation>退租验房单</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>费用结算单</translation>
    </message>
    <message>
        <source>Refund approval</source>
        <translation>押金退还审批表</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <source>Desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>物业管理</translation>
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
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
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
        <source>Renovation</source>
        <translation>装修申报</translation>
    </message>
    <message>
        <source>Site supervision</source>
        <translation>装修现场管理</translation>
    </message>
    <message>
        <source>Goods release</source>
        <translation>物品放行</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙管理</translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation>空置房管理</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>房屋租赁</translation>
    </message>
    <message>
        <source>Move-ins</source>
        <translation>零星入住</translation>
    </message>
    <message>
        <source>Move-outs</source>
        <translation>撤租</translation>
    </message>
    <message>
        <source>Common-area patrol</source>
        <translation>公共区域巡查</translation>
    </message>
    <message>
        <source>Estate registry</source>
        <translation>房屋档案</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报表</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>{field} must be a date and time such as 2026-06-12 08:00</source>
        <translation>{field}须为日期时间，如 2026-06-12 08:00</translation>
    </message>
    <message>
        <source>{field}: there is no such date or time</source>
        <translation>{field}：日期或时间无效</translation>
    </message>
    <message>
        <source>{field}: give a date between 2000 and 2099</source>
        <translation>{field}：请填写 2000 年至 2099 年之间的日期</translation>
    </message>
    <message>
        <source>“Valid until” cannot be before the time the notice applies</source>
        <translation>“有效期至”不能早于通知生效时间</translation>
    </message>
    <message>
        <source>The notice applies immediately: notices should be posted {required} h ahead. Publish it anyway only if it is an emergency.</source>
        <translation>该通知立即生效：通知应提前 {required} 小时张贴。仅在紧急情况下才可照常发布。</translation>
    </message>
    <message>
        <source>Only {hours} h before the notice applies: notices should be posted {required} h ahead.</source>
        <translation>距通知生效仅剩 {hours} 小时：通知应提前 {required} 小时张贴。</translation>
    </message>
    <message>
        <source>The whole estate already includes every building: remove the other parts of the scope</source>
        <translation>全小区已包含所有楼栋，请删除范围中的其他部分</translation>
    </message>
    <message>
        <source>“{part}” is not a building (3栋), a unit (3栋2单元) or a room (3-2-1502)</source>
        <translation>“{part}”不是楼栋（3栋）、单元（3栋2单元）或房号（3-2-1502）</translation>
    </message>
    <message>
        <source>“{part}” is not a room: type room codes such as 3-2-1502</source>
        <translation>“{part}”不是房号，请输入如 3-2-1502 的房号</translation>
    </message>
    <message>
        <source>Type at least one room code, such as 3-2-1502</source>
        <translation>请至少输入一个房号，如 3-2-1502</translation>
    </message>
    <message>
        <source>Unknown channel {code}</source>
        <translation>未知的发布渠道 {code}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Lead time (h)</source>
        <translation>提前量（小时）</translation>
    </message>
    <message>
        <source>Lead time too short</source>
        <translation>提前量不足</translation>
    </message>
    <message>
        <source>The notice was valid until {at}: change its dates first</source>
        <translation>该通知有效期至 {at}：请先修改日期</translation>
    </message>
    <message>
        <source>An archived notice can no longer be changed.</source>
        <translation>归档后的通知不能再修改。</translation>
    </message>
    <message>
        <source>The photo must be a picture (JPEG, PNG, BMP or HEIC)</source>
        <translation>照片须为图片文件（JPEG、PNG、BMP 或 HEIC）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Issuing department</source>
        <translation>发文部门</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>张贴位置</translation>
    </message>
    <message>
        <source>Posted at</source>
        <translation>张贴时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <source>How it was delivered</source>
        <extracomment>handed over in person unless said otherwise</extracomment>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>送达对象</translation>
    </message>
    <message>
        <source>The contact phone may hold only digits, spaces, - ( ) + and 转</source>
        <translation>联系电话只能包含数字、空格、- ( ) + 和“转”</translation>
    </message>
    <message>
        <source>This notice no longer exists</source>
        <translation>该通知已不存在</translation>
    </message>
    <message>
        <source>No estate has been set up yet</source>
        <extracomment>times typed a little ahead of the desk&apos;s clock (two PCs&apos; clocks differ) are accepted</extracomment>
        <translation>尚未设置小区</translation>
    </message>
    <message>
        <source>There is no building {no}</source>
        <translation>没有{no}栋</translation>
    </message>
    <message>
        <source>There is no unit {unit} in building {no}</source>
        <translation>{no}栋没有{unit}单元</translation>
    </message>
    <message>
        <source>There is no room {code}</source>
        <translation>没有房屋 {code}</translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation>{field}不能晚于当前时间</translation>
    </message>
    <message>
        <source>{field} cannot be before the notice was approved ({at})</source>
        <translation>{field}不能早于通知批准时间（{at}）</translation>
    </message>
    <message>
        <source>The notice is {state}: it can no longer be edited</source>
        <translation>该通知状态为“{state}”，不能再修改</translation>
    </message>
    <message>
        <source>The notice has recipients: remove them before making it a public notice</source>
        <translation>该通知已有送达对象，改为公开通知前请先删除</translation>
    </message>
    <message>
        <source>The notice to correct does not exist</source>
        <translation>要更正的通知不存在</translation>
    </message>
    <message>
        <source>Only an issued notice can be corrected</source>
        <translation>只有已发布的通知才能更正</translation>
    </message>
    <message>
        <source>An individual notice is delivered, not posted: archive it once every recipient has signed or refused</source>
        <translation>个别通知需送达而非张贴：待所有送达对象签收或拒签后再归档</translation>
    </message>
    <message>
        <source>Record the notice&apos;s removal from the boards before archiving it</source>
        <translation>归档前请先登记通知已从公告栏撤除</translation>
    </message>
    <message>
        <source>{n} recipient(s) have not signed or refused yet</source>
        <translation>还有 {n} 个送达对象尚未签收或拒签</translation>
    </message>
    <message>
        <source>An individual notice is delivered to its recipients, not posted</source>
        <translation>个别通知需送达给送达对象，无需张贴</translation>
    </message>
    <message>
        <source>The notice expired on {at}: take it down instead of posting it</source>
        <translation>该通知已于 {at} 到期，应撤下而不是张贴</translation>
    </message>
    <message>
        <source>The notice is already recorded as posted at {place}</source>
        <translation>已登记该通知张贴于 {place}</translation>
    </message>
    <message>
        <source>A recipient&apos;s name goes with one room: add the rooms one by one</source>
        <translation>送达对象姓名只对应一个房屋，请逐个添加房屋</translation>
    </message>
    <message>
        <source>Only an individual notice has recipients; a public notice has a scope</source>
        <translation>只有个别通知才有送达对象；公开通知设置范围</translation>
    </message>
    <message>
        <source>The notice is {state}: recipients can no longer be added</source>
        <translation>该通知状态为“{state}”，不能再添加送达对象</translation>
    </message>
    <message>
        <source>Nobody is registered in {code}: type the recipient&apos;s name</source>
        <translation>{code} 没有登记人员，请输入送达对象姓名</translation>
    </message>
    <message>
        <source>{code} {name} is already a recipient</source>
        <translation>{code} {name} 已是送达对象</translation>
    </message>
    <message>
        <source>This recipient is no longer on the list</source>
        <translation>该送达对象已不在名单中</translation>
    </message>
    <message>
        <source>The delivery to {name} is recorded: the recipient stays on the list</source>
        <translation>已登记对 {name} 的送达，该送达对象保留在名单中</translation>
    </message>
    <message>
        <source>The notice is {state}: its recipients can no longer change</source>
        <translation>该通知状态为“{state}”，送达对象不能再修改</translation>
    </message>
    <message>
        <source>Publish the notice before recording its delivery (it is {state})</source>
        <translation>请先发布通知再登记送达（当前状态为“{state}”）</translation>
    </message>
    <message>
        <source>Expired, still posted</source>
        <translation>已到期未撤除</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>the filter chips of the list: view code → label</extracomment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Removed or archived</source>
        <translation>已撤除或归档</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{n} recipient(s)</source>
        <translation>{n} 个送达对象</translation>
    </message>
    <message>
        <source>{signed} signed, {refused} refused, {pending} to deliver</source>
        <translation>已签收 {signed}，拒签 {refused}，待送达 {pending}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>at publication</source>
        <translation>发布时</translation>
    </message>
    <message>
        <source>if published now</source>
        <translation>如现在发布</translation>
    </message>
    <message>
        <source>drafted by {name}</source>
        <translation>{name} 起草</translation>
    </message>
    <message>
        <source>approved by {name} {at}</source>
        <translation>{name} {at} 批准</translation>
    </message>
    <message>
        <source>returned: {note}</source>
        <translation>已退回：{note}</translation>
    </message>
    <message>
        <source>published by {name} {at}</source>
        <translation>{name} {at} 发布</translation>
    </message>
    <message>
        <source>removed by {name} {at}</source>
        <translation>{name} {at} 撤除</translation>
    </message>
    <message>
        <source>corrects {number}</source>
        <translation>更正 {number}</translation>
    </message>
    <message>
        <source>corrected by {number}</source>
        <translation>已由 {number} 更正</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>（尚未选择）</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>个别通知</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>{hours} h {when} (needed: {required} h)</source>
        <translation>{when}：提前 {hours} 小时（要求 {required} 小时）</translation>
    </message>
    <message>
        <source>expired on {at}: take it down from the boards and record the removal</source>
        <translation>已于 {at} 到期：请从公告栏撤下并登记撤除</translation>
    </message>
    <message>
        <source>expires on {at}</source>
        <translation>将于 {at} 到期</translation>
    </message>
    <message>
        <source>{n} expiring soon · {m} pending approval</source>
        <translation>{n} 份即将到期 · {m} 份待审批</translation>
    </message>
    <message>
        <source>Notices to take down</source>
        <translation>待撤除的通知</translation>
    </message>
    <message>
        <source>{title} — expired {at}</source>
        <translation>{title} — {at} 已到期</translation>
    </message>
    <message>
        <source>Notices pending approval</source>
        <translation>待审批的通知</translation>
    </message>
    <message>
        <source>{title} — applies from {at}</source>
        <translation>{title} — {at} 起生效</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送达情况</translation>
    </message>
    <message>
        <source>There is no notice {number}</source>
        <translation>没有通知 {number}</translation>
    </message>
    <message>
        <source>Only an individual notice has a sign sheet</source>
        <translation>只有个别通知才有签收表</translation>
    </message>
    <message>
        <source>e.g. 关于3号楼二次供水水箱清洗停水的通知</source>
        <translation>如：关于3号楼二次供水水箱清洗停水的通知</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>全小区, or buildings, units and rooms: 3栋, 5栋2单元, 3-2-1502</source>
        <translation>全小区，或楼栋、单元、房号：3栋, 5栋2单元, 3-2-1502</translation>
    </message>
    <message>
        <source>Opinion</source>
        <extracomment>the notice&apos;s own fields, in the editor&apos;s order (the channels are ticks of :class:`Channel`)</extracomment>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Rooms</source>
        <extracomment>who received a notice (a room and, optionally, the person)</extracomment>
        <translation>房号</translation>
    </message>
    <message>
        <source>Room codes, e.g. 3-2-1502 3-2-1503</source>
        <translation>房号，如 3-2-1502 3-2-1503</translation>
    </message>
    <message>
        <source>Empty: the room&apos;s owner as registered</source>
        <translation>留空则为登记的业主</translation>
    </message>
    <message>
        <source>How</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>送达情况</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Signed by / witness</source>
        <translation>签收人/见证人</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Title or number (Ctrl+F)</source>
        <translation>标题或编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Choose a notice on the left.</source>
        <translation>请在左侧选择通知。</translation>
    </message>
    <message>
        <source>No notices here yet. Press “New notice” (Ctrl+N) to draft one.</source>
        <translation>这里还没有通知。点“新建通知”（Ctrl+N）起草一份。</translation>
    </message>
    <message>
        <source>No expired notice is still on the boards.</source>
        <translation>没有已到期仍在张贴的通知。</translation>
    </message>
    <message>
        <source>No notice is waiting for approval.</source>
        <translation>没有待审批的通知。</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>新建通知</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Add recipients…</source>
        <translation>添加送达对象…</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>打印通知</translation>
    </message>
    <message>
        <source>Print sign sheet</source>
        <translation>打印签收表</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Notice index</source>
        <translation>通告发布目录</translation>
    </message>
    <message>
        <source>Official No.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>有效期间</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>提前张贴</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>送达对象</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>发布渠道</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Residents must prepare (longer lead time)</source>
        <translation>住户需提前准备（提前期更长）</translation>
    </message>
    <message>
        <source>Individual notice, delivered to named recipients</source>
        <translation>个别通知，送达指定对象</translation>
    </message>
    <message>
        <source>The reason, the time window, the places concerned, what residents should do, and what happens otherwise. One paragraph per line.</source>
        <translation>写明原因、时间段、涉及区域、住户须做的准备，以及未按要求的后果。每段一行。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Tick the whole estate, buildings or units</source>
        <translation>勾选全小区、楼栋或单元</translation>
    </message>
    <message>
        <source>Named recipients: add them on the notice&apos;s Recipients tab after saving</source>
        <translation>指定送达对象：保存后请在通知的“送达对象”页添加</translation>
    </message>
    <message>
        <source>The scope may stay empty while drafting; submitting needs it.</source>
        <translation>起草时范围可以留空，提交审批时必须填写。</translation>
    </message>
    <message>
        <source>Edit notice {number}</source>
        <translation>编辑通知 {number}</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>更正通知</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>新建通知</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Recipients</source>
        <translation>送达对象</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>张贴记录</translation>
    </message>
    <message>
        <source>Not posted anywhere yet: record where it went up (“Record a posting”).</source>
        <translation>尚未张贴：张贴后请点“记录张贴”登记位置。</translation>
    </message>
    <message>
        <source>This month: issued {n}</source>
        <translation>本月发布 {n}</translation>
    </message>
    <message>
        <source>posted in time {rate}</source>
        <translation>按时张贴率 {rate}</translation>
    </message>
    <message>
        <source>delivered and signed {signed}/{due}, refused {refused}</source>
        <translation>书面送达签收 {signed}/{due}，拒签 {refused}</translation>
    </message>
    <message>
        <source>expired, not taken down {n}</source>
        <translation>已到期未撤除 {n}</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>更正通知</translation>
    </message>
    <message>
        <source>Draft a correction notice for {number} now?</source>
        <translation>现在为 {number} 起草更正通知吗？</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>No recipients yet: add them by room code.</source>
        <translation>尚无送达对象，请按房号添加。</translation>
    </message>
    <message>
        <source>{n} to deliver · print the sign sheet, deliver, then record each signature or refusal.</source>
        <translation>{n} 个待送达 · 请打印签收表、送达，再逐一登记签收或拒签。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Take {room} {name} off the recipients?</source>
        <translation>将 {room} {name} 移出送达对象吗？</translation>
    </message>
</context>
<context>
    <name>NotifyBy</name>
    <message>
        <source>Phone call</source>
        <translation>电话通知</translation>
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
    <name>OpenItems</name>
    <message>
        <source>Work-log requests without a result</source>
        <translation>工作日志中未处理的事项</translation>
    </message>
    <message>
        <source>… and {n} older ones (see the work log)</source>
        <translation>……另有 {n} 条更早的（见工作日志）</translation>
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
        <extracomment>rows an export fetches at a time (a page query&apos;s fixed cost spread over more rows) an export counts its list up to this for the progress total (the list&apos;s own count stops earlier)</extracomment>
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
        <source>Renovation follow-up (装修回访) within this time of the refund</source>
        <translation>退款后装修回访期限</translation>
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
        <source>Report a major patrol finding to the manager within</source>
        <translation>重大巡查问题上报经理时限</translation>
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
        <source>Move-in follow-up (入住回访) within</source>
        <translation>入住回访期限</translation>
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
        <translation>白班开始时间</translation>
    </message>
    <message>
        <source>Night shift starts at</source>
        <translation>夜班开始时间</translation>
    </message>
    <message>
        <source>Take over the next shift up to this long before it starts</source>
        <translation>下一班最早可提前接班</translation>
    </message>
    <message>
        <source>The office opens at (limits in office hours)</source>
        <translation>上班时间（按办公时间计的时限）</translation>
    </message>
    <message>
        <source>The office closes at</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>Largest file that can be attached</source>
        <translation>附件大小上限</translation>
    </message>
    <message>
        <source>Photos larger than this are scaled down to it (longest side)</source>
        <translation>照片超过此尺寸时缩小（最长边）</translation>
    </message>
    <message>
        <source>Visitors still on site at this time are flagged as not signed out</source>
        <translation>到此时间仍未离开的访客标记为“未登记离开”</translation>
    </message>
    <message>
        <source>Prefix of official notice numbers (empty: the estate&apos;s name + 物业)</source>
        <translation>通知文号前缀（留空：小区名称 + 物业）</translation>
    </message>
    <message>
        <source>Show a notice as expiring this long before it ends</source>
        <translation>通知到期前提示“即将到期”</translation>
    </message>
    <message>
        <source>The household card shows notices published within</source>
        <translation>房屋档案卡显示近期发布的通知</translation>
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
        <translation>值班日志与工作日志</translation>
    </message>
    <message>
        <source>Office hours and attachments</source>
        <translation>办公时间与附件</translation>
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
    <name>ParcelDialog</name>
    <message>
        <source>Receive an item</source>
        <translation>登记代收物品</translation>
    </message>
</context>
<context>
    <name>Patrol</name>
    <message>
        <source>A photo is a .jpg, .jpeg, .png, .heic or .bmp file</source>
        <translation>照片须为 .jpg、.jpeg、.png、.heic 或 .bmp 文件</translation>
    </message>
    <message>
        <source>Give the new due date</source>
        <translation>请填写新的整改期限</translation>
    </message>
    <message>
        <source>The new due date must be after the current one ({due})</source>
        <translation>新的整改期限须晚于当前期限（{due}）</translation>
    </message>
    <message>
        <source>The new due date must be in the future</source>
        <translation>新的整改期限须晚于当前时间</translation>
    </message>
    <message>
        <source>An extension is at most {n} days</source>
        <translation>延期最长 {n} 天</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>该记录已不存在</translation>
    </message>
    <message>
        <source>Route</source>
        <extracomment>a finding&apos;s fields at a checkpoint: its photo is the checkpoint&apos;s</extracomment>
        <translation>巡查路线</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>There is already a route named {name}</source>
        <translation>已有巡查路线“{name}”</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <extracomment>the result at a checkpoint (the service passes them to the hidden action ``check``)</extracomment>
        <translation>巡查点</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>A patrol cannot be planned for a past day</source>
        <translation>不能为已过去的日期安排巡查</translation>
    </message>
    <message>
        <source>The route {name} is no longer in use</source>
        <translation>巡查路线“{name}”已停用</translation>
    </message>
    <message>
        <source>The route {name} has no checkpoints yet: add them first</source>
        <translation>巡查路线“{name}”尚无巡查点，请先添加</translation>
    </message>
    <message>
        <source>Say what is wrong at this checkpoint</source>
        <translation>请说明该巡查点的异常情况</translation>
    </message>
    <message>
        <source>This checkpoint is not on the route of the round</source>
        <translation>该巡查点不在本次巡查的路线上</translation>
    </message>
    <message>
        <source>Record every checkpoint before completing the round; not yet: {points}</source>
        <translation>完成巡查前须登记每个巡查点的结果，尚未登记：{points}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>The patrol {number} is void</source>
        <translation>巡查记录 {number} 已作废</translation>
    </message>
    <message>
        <source>Work slip no.</source>
        <extracomment>a finding as recorded (ad hoc, or at a checkpoint of a round)</extracomment>
        <translation>工作联系单编号</translation>
    </message>
    <message>
        <source>No new due date was requested</source>
        <translation>未申请新的整改期限</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Open findings</source>
        <extracomment>a findings list&apos;s row: the finding, its deadline and its running deadline (None once it is fixed) a finding sent as a work slip is to be completed by the end of this time on the day the desk chooses the finding filters of the page</extracomment>
        <translation>未关闭的问题</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 2 days</source>
        <translation>2 天内到期</translation>
    </message>
    <message>
        <source>Extension to approve</source>
        <translation>延期待批</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>待验证</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>Reported to the manager</source>
        <translation>已上报经理</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Missed (漏检): planned for {day}, never walked</source>
        <translation>漏检：计划于 {day} 巡查，未执行</translation>
    </message>
    <message>
        <source>Major finding: report it to the manager</source>
        <translation>重大问题：请上报管理处经理</translation>
    </message>
    <message>
        <source>Major finding not reported to the manager within {n} hours</source>
        <translation>重大问题未在 {n} 小时内上报经理</translation>
    </message>
    <message>
        <source>Supervisor&apos;s patrols today: {done} of {planned}</source>
        <extracomment>漏检: planned for a past day and never started (derived)</extracomment>
        <translation>今日主管巡查：{done}/{planned} 次</translation>
    </message>
    <message>
        <source>{n} major findings open: report to the manager</source>
        <translation>{n} 项重大问题未关闭：请上报管理处经理</translation>
    </message>
    <message>
        <source>{location}: not reported to the manager (found {found})</source>
        <translation>{location}：未上报经理（发现于 {found}）</translation>
    </message>
    <message>
        <source>{location}, due {due}</source>
        <translation>{location}，{due} 到期</translation>
    </message>
    <message>
        <source>Patrol findings overdue</source>
        <translation>逾期的巡查问题</translation>
    </message>
    <message>
        <source>Patrol findings open</source>
        <translation>未关闭的巡查问题</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>{due} 到期</translation>
    </message>
    <message>
        <source>Patrol rounds not completed</source>
        <translation>未完成的巡查</translation>
    </message>
    <message>
        <source>e.g. 1号楼3层消防通道</source>
        <translation>如：1号楼3层消防通道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Fixed on the spot</source>
        <translation>已现场处理</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Patrol route</source>
        <translation>巡查路线</translation>
    </message>
    <message>
        <source>e.g. lights, fire doors, exit signs, escape route clear</source>
        <translation>如：照明、防火门、疏散指示标志、疏散通道畅通</translation>
    </message>
    <message>
        <source>last</source>
        <translation>排在最后</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Start a patrol round</source>
        <translation>开始巡查</translation>
    </message>
    <message>
        <source>Add a route with checkpoints first</source>
        <translation>请先添加巡查路线及巡查点</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <source>Record a finding to fix</source>
        <translation>登记需整改的问题</translation>
    </message>
    <message>
        <source>Checkpoint: {name}</source>
        <translation>巡查点：{name}</translation>
    </message>
    <message>
        <source>New patrol finding</source>
        <translation>新建巡查问题</translation>
    </message>
    <message>
        <source>LX… if a slip was already sent</source>
        <translation>如已发工作联系单，填写 LX…</translation>
    </message>
    <message>
        <source>Due after the extension</source>
        <translation>延期后期限</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>原期限</translation>
    </message>
    <message>
        <source>Manager told</source>
        <extracomment>上报经理: who was told, when, how (the note says what they said)</extracomment>
        <translation>上报经理</translation>
    </message>
    <message>
        <source>Name of the manager</source>
        <translation>经理姓名</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>14:05 or 2025-06-12 14:05; empty: now</source>
        <translation>14:05 或 2025-06-12 14:05；留空为当前时间</translation>
    </message>
    <message>
        <source>Reported how</source>
        <translation>上报方式</translation>
    </message>
    <message>
        <source>Record a checkpoint</source>
        <translation>登记巡查点</translation>
    </message>
    <message>
        <source>Send as work slip</source>
        <translation>转工作联系单</translation>
    </message>
    <message>
        <source>Photo after the fix</source>
        <translation>整改后照片</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>This round was planned for {day} and never walked: it is missed (漏检) and cannot be started now; plan a new round</source>
        <translation>该巡查计划于 {day} 执行但未巡查，已记为漏检，不能再开始；请重新安排一次巡查</translation>
    </message>
    <message>
        <source>Only a major (重大) finding is reported to the manager</source>
        <translation>只有重大问题才需上报经理</translation>
    </message>
    <message>
        <source>This finding was already reported to the manager</source>
        <translation>该问题已上报经理</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>要求完成日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>[photo]</source>
        <translation>[照片]</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>巡查问题</translation>
    </message>
    <message>
        <source>Print day&apos;s record</source>
        <translation>打印日巡视记录</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>全部巡查</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Route, inspector or No.</source>
        <translation>路线、巡查人或编号</translation>
    </message>
    <message>
        <source>Choose a round in the list, or start one with “New round” (Ctrl+N).</source>
        <translation>请在列表中选择一次巡查，或点“新建巡查”（Ctrl+N）开始巡查。</translation>
    </message>
    <message>
        <source>No patrol rounds yet. Press Ctrl+N to start a round of a route.</source>
        <translation>还没有巡查记录。按 Ctrl+N 按路线开始巡查。</translation>
    </message>
    <message>
        <source>Patrol rounds</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>新建巡查</translation>
    </message>
    <message>
        <source>Record checkpoint</source>
        <translation>登记巡查点</translation>
    </message>
    <message>
        <source>客服部日巡视检查记录 of the chosen dates&apos; first day, or of today</source>
        <translation>打印所选日期第一天（或今天）的客服部日巡视检查记录</translation>
    </message>
    <message>
        <source>Routes and checkpoints…</source>
        <translation>巡查路线和巡查点…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>巡查问题</translation>
    </message>
    <message>
        <source>Location, ZG No. or work slip No.</source>
        <translation>位置、整改单号或联系单号</translation>
    </message>
    <message>
        <source>Choose a finding in the list.</source>
        <translation>请在列表中选择巡查问题。</translation>
    </message>
    <message>
        <source>No open findings. Record one with Ctrl+N, or at a checkpoint of a round.</source>
        <translation>没有未办结的巡查问题。按 Ctrl+N 登记，或在巡查时于巡查点登记。</translation>
    </message>
    <message>
        <source>No finding is overdue.</source>
        <translation>没有超期的巡查问题。</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>登记巡查问题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>{n} of {m} checkpoints recorded</source>
        <translation>已登记 {n}/{m} 个巡查点</translation>
    </message>
    <message>
        <source>{n} abnormal</source>
        <translation>异常 {n} 处</translation>
    </message>
    <message>
        <source>(extended from {d}, approved by {who})</source>
        <translation>（原期限 {d}，{who} 批准延期）</translation>
    </message>
    <message>
        <source>Work slip</source>
        <translation>工作联系单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>巡查点数</translation>
    </message>
    <message>
        <source>Patrol findings</source>
        <translation>巡查问题</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <source>Patrol {room}</source>
        <translation>巡查 {room}</translation>
    </message>
</context>
<context>
    <name>PatrolPage</name>
    <message>
        <source>Routes and their checkpoints (客服主管 changes them)</source>
        <translation>巡查路线及其巡查点（由客服主管维护）</translation>
    </message>
    <message>
        <source>This month: patrols {done}/{planned}, completion {rate}</source>
        <translation>本月巡查 {done}/{planned} 次，完成率 {rate}</translation>
    </message>
    <message>
        <source>supervisor&apos;s rounds {done}/{required}</source>
        <translation>主管巡查 {done}/{required}</translation>
    </message>
    <message>
        <source>missed {n}</source>
        <translation>漏检 {n}</translation>
    </message>
    <message>
        <source>checkpoint coverage {c}</source>
        <translation>巡查点覆盖率 {c}</translation>
    </message>
    <message>
        <source>findings {n}, fixed {f}, on time {r}</source>
        <translation>发现问题 {n} 个，已整改 {f} 个，按时整改率 {r}</translation>
    </message>
    <message>
        <source>open {n}</source>
        <translation>未关闭 {n}</translation>
    </message>
    <message>
        <source>overdue {n}</source>
        <translation>已逾期 {n}</translation>
    </message>
    <message>
        <source>major {n}, reported to the manager {r} ({t} in time)</source>
        <translation>重大问题 {n}，已上报经理 {r}（按时 {t}）</translation>
    </message>
    <message>
        <source>major not reported in time {n}</source>
        <translation>重大问题超时未上报 {n}</translation>
    </message>
    <message>
        <source>{d:.1f} days to close on average</source>
        <translation>平均 {d:.1f} 天关闭</translation>
    </message>
    <message>
        <source>repeated: {places}</source>
        <translation>重复发生：{places}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Round started: record each checkpoint.</source>
        <translation>巡查已开始，请逐个登记巡查点。</translation>
    </message>
    <message>
        <source>Every checkpoint is recorded: complete the round.</source>
        <translation>所有巡查点均已登记，请完成巡查。</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>已登记。</translation>
    </message>
    <message>
        <source>Finding recorded.</source>
        <translation>巡查问题已登记。</translation>
    </message>
</context>
<context>
    <name>PatrolState</name>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Duty log and work log</source>
        <translation>值班日志与工作日志</translation>
    </message>
    <message>
        <source>View the duty log</source>
        <translation>查看值班日志</translation>
    </message>
    <message>
        <source>Take over and hand over the shift</source>
        <translation>接班和交班</translation>
    </message>
    <message>
        <source>View the work log</source>
        <translation>查看工作日志</translation>
    </message>
    <message>
        <source>Log phone and counter requests</source>
        <translation>登记来电来访事项</translation>
    </message>
    <message>
        <source>Check the day&apos;s work log</source>
        <translation>检查当日工作日志</translation>
    </message>
    <message>
        <source>Sign the day&apos;s records (主管日审)</source>
        <extracomment>主管日审: the day&apos;s complaints, follow-ups and unusual events signed (app.services.signoff)</extracomment>
        <translation>签审当天记录（主管日审）</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>View notices</source>
        <translation>查看通知</translation>
    </message>
    <message>
        <source>Draft notices</source>
        <translation>起草通知</translation>
    </message>
    <message>
        <source>Approve or return notices</source>
        <translation>审批或退回通知</translation>
    </message>
    <message>
        <source>Publish notices (number, print, post, deliver, archive)</source>
        <translation>发布通知（编号、打印、张贴、送达、归档）</translation>
    </message>
    <message>
        <source>Record postings of notices on the boards</source>
        <extracomment>§4.4 step 4–5: 管理员 post notices on the boards, check them daily and take them down</extracomment>
        <translation>登记通知张贴</translation>
    </message>
    <message>
        <source>Remove expired notices from the boards</source>
        <translation>撤除过期通知</translation>
    </message>
    <message>
        <source>Void or revoke notices</source>
        <translation>作废或撤销通知</translation>
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
        <source>Grant permissions to roles and manage supervisor accounts</source>
        <translation>为角色授权并管理客服主管账号</translation>
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
        <translation>信息传递</translation>
    </message>
    <message>
        <source>View work slips and parcels</source>
        <translation>查看工作联系单和代收物品</translation>
    </message>
    <message>
        <source>Send work slips, record signing and replies, receive and hand over parcels</source>
        <translation>发送工作联系单，登记签收和回复，代收和交付物品</translation>
    </message>
    <message>
        <source>Verify and close work slips, approve items left for others</source>
        <translation>验证并关闭工作联系单，审批寄存转交物品</translation>
    </message>
    <message>
        <source>Void work slips and parcel records</source>
        <translation>作废工作联系单和代收物品记录</translation>
    </message>
    <message>
        <source>Visitor reception</source>
        <translation>来访接待</translation>
    </message>
    <message>
        <source>View the visitor register</source>
        <translation>查看访客登记</translation>
    </message>
    <message>
        <source>Register, admit and sign out visitors</source>
        <translation>访客登记、放行和离开登记</translation>
    </message>
    <message>
        <source>Keep the visitor watchlist</source>
        <translation>维护访客关注名单</translation>
    </message>
    <message>
        <source>Void a visit</source>
        <translation>作废来访记录</translation>
    </message>
    <message>
        <source>Key management</source>
        <translation>钥匙管理</translation>
    </message>
    <message>
        <source>View the key cabinet and loans</source>
        <translation>查看钥匙柜及借用记录</translation>
    </message>
    <message>
        <source>Take in, lend and take back keys</source>
        <translation>钥匙收存、借出和归还</translation>
    </message>
    <message>
        <source>Approve the use of an owner&apos;s key</source>
        <translation>批准使用业主钥匙</translation>
    </message>
    <message>
        <source>Count the key cabinet</source>
        <translation>盘点钥匙柜</translation>
    </message>
    <message>
        <source>Common-area patrol</source>
        <translation>公共区域巡查</translation>
    </message>
    <message>
        <source>View patrols and findings</source>
        <translation>查看巡查记录及巡查问题</translation>
    </message>
    <message>
        <source>Record patrols and findings, assign and report fixes</source>
        <translation>登记巡查及巡查问题，派单和登记整改</translation>
    </message>
    <message>
        <source>Verify fixes, void patrols and findings</source>
        <translation>验证整改，作废巡查记录及巡查问题</translation>
    </message>
    <message>
        <source>Approve extensions of patrol findings</source>
        <translation>批准巡查问题延期</translation>
    </message>
    <message>
        <source>Manage patrol routes and checkpoints</source>
        <translation>管理巡查路线和巡查点</translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation>空置房管理</translation>
    </message>
    <message>
        <source>View the vacant-unit register and inspections</source>
        <translation>查看空置房登记及巡检记录</translation>
    </message>
    <message>
        <source>Record vacant-unit inspections</source>
        <translation>登记空置房巡检</translation>
    </message>
    <message>
        <source>Review vacant-unit inspections (负责人意见)</source>
        <translation>审核空置房巡检（负责人意见）</translation>
    </message>
    <message>
        <source>Put units on and off the vacant-unit register</source>
        <translation>空置房登记及移出</translation>
    </message>
    <message>
        <source>Complaints and follow-ups</source>
        <translation>投诉与回访</translation>
    </message>
    <message>
        <source>View complaints and follow-ups</source>
        <translation>查看投诉与回访</translation>
    </message>
    <message>
        <source>Register complaints, reply, dispatch, report progress and record results</source>
        <translation>登记投诉、答复、派单、通报进度、登记结果</translation>
    </message>
    <message>
        <source>Close complaints without a follow-up, void complaints</source>
        <translation>无法回访时关闭投诉、作废投诉</translation>
    </message>
    <message>
        <source>Carry out follow-ups</source>
        <translation>进行回访</translation>
    </message>
    <message>
        <source>Review follow-ups, give them up, plan routine visits and surveys</source>
        <translation>审核回访、判定无法回访、计划走访与调查</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>View bills, receipts and arrears</source>
        <translation>查看账单、收据和欠费</translation>
    </message>
    <message>
        <source>Take payments and deposits, issue receipts</source>
        <translation>收款和收押金、开具收据</translation>
    </message>
    <message>
        <source>Approve discounts, waivers, reversals and refunds</source>
        <translation>审批优惠、减免、红冲和退款</translation>
    </message>
    <message>
        <source>Set up fee items and run billing</source>
        <translation>设置收费项目和出账</translation>
    </message>
    <message>
        <source>Enter and import meter readings</source>
        <translation>录入和导入抄表读数</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>房屋租赁</translation>
    </message>
    <message>
        <source>View leases</source>
        <translation>查看租赁备案</translation>
    </message>
    <message>
        <source>File, renew and end leases</source>
        <translation>办理租赁备案、续租和退租</translation>
    </message>
    <message>
        <source>Void a lease</source>
        <translation>作废租赁备案</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修管理</translation>
    </message>
    <message>
        <source>View renovation cases</source>
        <translation>查看装修申报</translation>
    </message>
    <message>
        <source>Receive renovation applications and issue permits</source>
        <translation>受理装修申请、发放许可证</translation>
    </message>
    <message>
        <source>Review and inspect renovations (engineering)</source>
        <translation>装修审核与验收（工程部）</translation>
    </message>
    <message>
        <source>Approve renovations, extensions and deductions (manager)</source>
        <translation>审批装修、延期与扣款（经理）</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>零星入住</translation>
    </message>
    <message>
        <source>View move-ins</source>
        <translation>查看入住</translation>
    </message>
    <message>
        <source>Hand rooms over to their owners (move-in)</source>
        <translation>办理房屋交付（入住）</translation>
    </message>
    <message>
        <source>Void a move-in</source>
        <translation>作废入住记录</translation>
    </message>
    <message>
        <source>Import the developer&apos;s handover list</source>
        <translation>导入开发商交房清单</translation>
    </message>
    <message>
        <source>View the monthly report</source>
        <translation>查看月度报表</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Move-outs</source>
        <translation>撤租</translation>
    </message>
    <message>
        <source>View move-outs</source>
        <translation>查看撤租</translation>
    </message>
    <message>
        <source>Handle move-outs</source>
        <translation>办理撤租</translation>
    </message>
    <message>
        <source>Inspect a unit at move-out (engineering)</source>
        <translation>撤租验房（工程部）</translation>
    </message>
    <message>
        <source>Goods release</source>
        <translation>物品放行</translation>
    </message>
    <message>
        <source>View release slips</source>
        <translation>查看物品放行条</translation>
    </message>
    <message>
        <source>Issue and void release slips</source>
        <translation>开具、作废物品放行条</translation>
    </message>
    <message>
        <source>Review release slips (supervisor)</source>
        <translation>审核物品放行条（主管）</translation>
    </message>
    <message>
        <source>Check release slips at the gate</source>
        <translation>门岗核验放行条</translation>
    </message>
    <message>
        <source>Reconcile the slips returned from the gate</source>
        <translation>核对门岗交回的放行条</translation>
    </message>
    <message>
        <source>Renovation site supervision</source>
        <translation>装修现场管理</translation>
    </message>
    <message>
        <source>View renovation patrols and violation notices</source>
        <translation>查看装修巡查和违章整改通知书</translation>
    </message>
    <message>
        <source>Patrol renovation sites and issue violation notices</source>
        <translation>装修巡查并开具违章整改通知书</translation>
    </message>
    <message>
        <source>Report an unrectified violation to the authorities</source>
        <translation>将拒不整改的违章上报主管部门</translation>
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
    <message>
        <source>{value} (kept unless you type a new one)</source>
        <translation>{value}（不输入新号码则保持不变）</translation>
    </message>
</context>
<context>
    <name>PlanVisitsDialog</name>
    <message>
        <source>Plan routine visits or a survey</source>
        <translation>计划定期走访或满意度调查</translation>
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
        <source>Pri&amp;nter</source>
        <translation>打印机(&amp;N)</translation>
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
        <extracomment>forms per row of the paper grid (the list grows with every workflow; three a row keep the dialog within 768 px) the resolved font was shown (tests wait for it)</extracomment>
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
    <message>
        <source>“{text}” is not a day such as 2025-06-12</source>
        <translation>“{text}”不是有效日期（格式如 2025-06-12）</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>New request (F2)</source>
        <translation>新登记（F2）</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存（Enter）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+5, or type the digit</source>
        <translation>Alt+1 … Alt+5，或直接输入数字</translation>
    </message>
    <message>
        <source>Alt+Z enquiry, Alt+B repair, Alt+T complaint, Alt+J suggestion, Alt+Q help, Alt+Y praise, Alt+O other; or type the letter</source>
        <translation>Alt+Z 咨询，Alt+B 报修，Alt+T 投诉，Alt+J 建议，Alt+Q 求助，Alt+Y 表扬，Alt+O 其他；或直接输入字母</translation>
    </message>
</context>
<context>
    <name>Readings</name>
    <message>
        <source>No header row found: the first rows of the sheet need the columns 房号 and 本月读数</source>
        <extracomment>field key -&gt; the Chinese header of the template (and the column named in reports)</extracomment>
        <translation>未找到表头：表格前几行需要有“房号”和“本月读数”两列</translation>
    </message>
    <message>
        <source>The room is empty</source>
        <translation>房号为空</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>“{value}”不是日期</translation>
    </message>
    <message>
        <source>The reading</source>
        <translation>读数</translation>
    </message>
</context>
<context>
    <name>ReadingsView</name>
    <message>
        <source>The meter of the rows that name none</source>
        <translation>未写表计的行所用的表计</translation>
    </message>
    <message>
        <source>(rows name their meter)</source>
        <translation>（各行自填表计）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Save the readings</source>
        <translation>保存读数</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
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
        <source>Meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Choose the meter reader&apos;s spreadsheet (.xlsx or .csv) with the columns 房号 and 本月读数: every row is checked and shown here before anything is saved.</source>
        <translation>请选择抄表员的表格（.xlsx 或 .csv，含“房号”和“本月读数”两列）：保存前每一行都会先检查并在此列出。</translation>
    </message>
    <message>
        <source>Only the supervisor and the clerk enter meter readings</source>
        <translation>只有客服主管和内勤可以录入抄表读数</translation>
    </message>
    <message>
        <source>Choose the meter readings</source>
        <translation>选择抄表读数文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{file}: {n} readings of {month} saved; {refused} rows refused.</source>
        <translation>{file}：已保存 {month} 的读数 {n} 条；{refused} 行被拒绝。</translation>
    </message>
    <message>
        <source>{file} (sheet {sheet}): {n} readings of {month} to save, {refused} rows refused (in red, with the reason). Nothing is saved until you press Save the readings.</source>
        <translation>{file}（工作表 {sheet}）：{month} 的读数 {n} 条待保存，{refused} 行被拒绝（红色，附原因）。按“保存读数”后才会保存。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>To save</source>
        <translation>待保存</translation>
    </message>
    <message>
        <source>{n} meter readings saved.</source>
        <translation>已保存抄表读数 {n} 条。</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>Add recipients to {number}</source>
        <translation>为 {number} 添加送达对象</translation>
    </message>
</context>
<context>
    <name>ReconcilePane</name>
    <message>
        <source>Week from</source>
        <translation>核对周起始日</translation>
    </message>
    <message>
        <source>Scan or type the number of each gate copy returned, one a line</source>
        <translation>逐张扫描或输入交回的保安联编号，每行一个</translation>
    </message>
    <message>
        <source>Gate copies returned</source>
        <translation>交回的保安联</translation>
    </message>
    <message>
        <source>Reconcile the week</source>
        <translation>核对本周</translation>
    </message>
    <message>
        <source>Week from {day}: {n} slips released, {m} gate copies returned, {k} not returned.</source>
        <translation>自{day}起的一周：放行{n}张，交回保安联{m}张，未交回{k}张。</translation>
    </message>
    <message>
        <source>Every gate copy of the week is back.</source>
        <translation>本周的保安联已全部交回。</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <source>Choose a record on the left to see it and act on it.</source>
        <translation>在左侧选择一条记录，查看并处理。</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>the page&apos;s method that opens the new-record dialog (default: a dialog from the record fields) the title of the default new-record dialog (default &quot;New: &lt;workflow&gt;&quot;) the page&apos;s method that gives an action&apos;s starting values: ``(view, action_name) -&gt; dict`` the page&apos;s method that gives texts an action&apos;s text fields offer: ``(view, action_name) -&gt; {key: [..]}`` actions whose dialog is the page&apos;s own: action name → the page&apos;s method ``(view) -&gt; dialog | None`` the page&apos;s method ``(pane) -&gt; QWidget`` adding a part of its own to the detail pane, under the buttons; it follows the record shown through :attr:`RecordPane.shown` Alt+1 … Alt+9 on the action buttons; off where the page&apos;s own Alt+digits come first (a quick entry) the widths of the list and the detail pane until the user moves the splitter the record shown in the detail pane: ``get_fn(db, actor, id)``; default records.get of the kind the page&apos;s method called after an action&apos;s dialog is saved: ``(view, action_name)`` (offer the correction notice after a revocation)</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Dates</source>
        <extracomment>the record the detail pane shows now (a RecordView, or None) many chips beside the filters would widen the page past the reception PC&apos;s 1366 px: a row of their own</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation>状态：{s}</translation>
    </message>
    <message>
        <source>{a} to {b}</source>
        <translation>{a} 至 {b}</translation>
    </message>
    <message>
        <source>Search: {t}</source>
        <translation>搜索：{t}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Print list</source>
        <extracomment>the columns are sized to the first rows shown unless the user set their own widths the button that does what the empty list&apos;s hint says (the new-record button&apos;s twin)</extracomment>
        <translation>打印列表</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>{n} shown by this filter</source>
        <translation>按此筛选共 {n} 条</translation>
    </message>
    <message>
        <source>More than {n} match this filter: narrow it</source>
        <translation>符合此筛选的超过 {n} 条，请缩小范围</translation>
    </message>
    <message>
        <source>Nothing matches this filter.</source>
        <extracomment>more status chips than this go on a row of their own above the other filters without it the button is not there (hidden and disabled) ``list_fn(db, actor, *, after, limit, **filters)`` and ``count_fn(db, actor, **filters)`` the status chips (value, label); the first is the default view chips that show &quot;what needs the desk&quot; (the empty hint is shown for these; others say &quot;nothing matches&quot;) the status chips on a row of their own (long words), the other filters below them; more than CHIPS_INLINE_MAX chips always have their own row the hint of an empty list per status chip (what it means that nothing is waiting for approval) chips that show how many records they hold (what needs the desk: pending, expired) what an empty list says when the user&apos;s filter left nothing (the search, a text filter, a chip)</extracomment>
        <translation>没有符合此筛选的记录。</translation>
    </message>
    <message>
        <source>No action is open to you on this record now.</source>
        <translation>您目前不能对这条记录进行任何操作。</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>the page&apos;s own part of the detail pane (``PaneSpec.detail_extra``), if any</extracomment>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>The file was missing when it was moved into the database: {path}</source>
        <translation>迁入数据库时文件已丢失：{path}</translation>
    </message>
    <message>
        <source>{action}: {number} saved.</source>
        <translation>{action}：{number} 已保存。</translation>
    </message>
    <message>
        <source>{clock}: done late</source>
        <translation>{clock}：逾期完成</translation>
    </message>
    <message>
        <source>{clock}: done in time</source>
        <translation>{clock}：按时完成</translation>
    </message>
    <message>
        <source>{clock}: paused</source>
        <translation>{clock}：已暂停计时</translation>
    </message>
    <message>
        <source>{clock}: due {when}</source>
        <translation>{clock}：期限 {when}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>escalated to {who}</source>
        <translation>已升级至{who}</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>关联记录</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>There is no kind of record “{kind}”</source>
        <translation>没有“{kind}”这类记录</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>该记录已不存在</translation>
    </message>
    <message>
        <source>There is no room {code} in this estate</source>
        <translation>本小区没有房屋 {code}</translation>
    </message>
    <message>
        <source>{field}: choose an active member of staff</source>
        <translation>{field}：请选择在职员工</translation>
    </message>
    <message>
        <source>No document has the number {number}</source>
        <translation>没有编号为 {number} 的单据</translation>
    </message>
    <message>
        <source>work slip</source>
        <extracomment>the mapped class of the records (columns read by name: ``id``, ``status``, ``number`` when it has one) the page (app/ui/pages) that shows these records the permission to register a new record from the workflow&apos;s record fields (:func:`create`) the workflow&apos;s own registration of a new record from its parsed record fields (checks across records, a number of its own, the room looked up): ``create(session, actor, values)`` returns the record it made with :func:`create_in`; default: the model made from the fields&apos; columns the code a record without a document number is known by (a key&apos;s cabinet slot) the headline under the number in the detail pane warnings shown beside the state (not signed for in time, waits for approval), from the record the detail pane&apos;s rows (label, shown value); default: the workflow&apos;s record fields the workflow&apos;s own projection of a record (its page and forms read it) what the transitions&apos; guards and warnings look at when the record&apos;s columns are not enough (how many recipients have not signed, the time now): a :class:`Subject` of the record; default the record per action: cross-record rules (raise a UserError), then side effects, then effects after the event per action: the name of another action done in its place when the input says so (a return short of keys, confirmed, is the loan&apos;s loss), or None; the input and its columns stay, the other action&apos;s effects run and its event is stored what a linked record is to the one shown (a work slip sent with it, its follow-up, a reversal …)</extracomment>
        <translation>工作联系单</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>续签</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>巡查问题</translation>
    </message>
    <message>
        <source>key loan</source>
        <translation>钥匙借用</translation>
    </message>
    <message>
        <source>move-out</source>
        <translation>撤租</translation>
    </message>
    <message>
        <source>The approver acts herself: signed in, or typing her own password here</source>
        <extracomment>the input, parsed by the fields&apos; parser what the event keeps (an effect may add to it) rooms and staff the values name, found by :func:`act_in` the stored event (set before the after-effects run) when it was entered, for an action recorded from paper later than it happened what to mind before doing it (the transition&apos;s warning on this record), shown in its dialog every action the engine allows this user now, the hidden ones included (what enables a page&apos;s buttons) warnings shown beside the state a count stops here: the list says &quot;more than …&quot; instead of counting a whole table on each keystroke</extracomment>
        <translation>须由审批人本人登录，或在本机输入其本人密码</translation>
    </message>
    <message>
        <source>{name} may not do this: the approver acts herself, signed in or typing her own password at this desk</source>
        <translation>{name}无权办理此操作：须由有权限的审批人本人登录，或在本机输入其本人密码</translation>
    </message>
    <message>
        <source>patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>违章</translation>
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
        <extracomment>the estate registry&apos;s fields with the labels its editors declare (app/ui/dialogs/registry.py), and the enumerations of its choice fields</extracomment>
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
        <source>Building name</source>
        <translation>楼栋名称</translation>
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
        <source>{field} changes only through the move-in, lease and move-out workflows, not on the room form</source>
        <translation>{field}只能通过入住、租赁和撤租流程变更，不能在房屋表单中修改</translation>
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
        <source>Give at least one phone number: a mobile or a landline with its area code</source>
        <translation>请至少填写一个电话：手机或带区号的固定电话</translation>
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
        <source>Your role may not see full ID and phone numbers: ask a supervisor</source>
        <extracomment>filled by later workflows (keys held, leases, open complaints …) through sections() the audit trail&apos;s rows of a household card being read (一户一档 is privacy-sensitive, DOMAIN §2.2, §3.3): entity ``household_card`` (as its print), the room code as the record; a reveal of the full ID and phone numbers is a row of its own the same user reading the same card again within this time (the card refreshed after an edit, masked again after a reveal) is the same viewing: no second row</extracomment>
        <translation>您的角色无权查看完整的证件号码和电话，请联系客服主管</translation>
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
        <extracomment>the room&apos;s states a workflow keeps (DOMAIN.md §2.1, §8 design point 5): given when a room is entered, then read-only on its form</extracomment>
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
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>mobile or landline, e.g. 0755-2888 1234</source>
        <translation>手机或固话，如 0755-2888 1234</translation>
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
        <extracomment>the fill of a room&apos;s row by what the desk sees on the estate&apos;s colour-coded plan (DOMAIN.md §8.3): unsold, sold and not handed over, then a handed-over room by its use</extracomment>
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
        <source>Changes</source>
        <translation>变更内容</translation>
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
        <source>This estate has no rooms yet. Import the roster of owners from Excel (the rooms come with it), or add a building on the left.</source>
        <translation>本小区还没有房屋。请从 Excel 导入业主名册（房屋随之导入），或在左侧新建楼栋。</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>导入业主名册(&amp;I)…</translation>
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
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
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
        <source>Full ID and phone numbers are shown; this is recorded in the audit log.</source>
        <translation>已显示完整的证件号码和电话；此操作已记入审计日志。</translation>
    </message>
    <message>
        <source>Building {b}, unit {u}, floor {f} · {area} m² · {layout}</source>
        <translation>{b}栋{u}单元 {f}层 · {area} m² · {layout}</translation>
    </message>
    <message>
        <source>Hide full numbers</source>
        <translation>隐藏完整号码</translation>
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
        <source>Hand over to the collector</source>
        <translation>交付领取人</translation>
    </message>
    <message>
        <source>{field} must be a time such as 17:30</source>
        <extracomment>how far ahead a required completion time may lie</extracomment>
        <translation>{field}须为时间，如 17:30</translation>
    </message>
    <message>
        <source>The required completion time must be later than now</source>
        <translation>要求完成时间须晚于当前时间</translation>
    </message>
    <message>
        <source>The required completion time is more than a year away</source>
        <translation>要求完成时间不能超过一年</translation>
    </message>
    <message>
        <source>A tracking number has 4 to 40 letters, digits or dashes</source>
        <translation>快递单号应为 4 至 40 位字母、数字或短横线</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to 999</source>
        <translation>数量须为 1 至 999 的整数</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>longest range of days one printed register covers, and most rows it prints most open items listed per group in the shift handover (the rest are counted)</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <source>Complete by (date)</source>
        <translation>要求完成日期</translation>
    </message>
    <message>
        <source>Complete by (time)</source>
        <translation>要求完成时间</translation>
    </message>
    <message>
        <source>Related record</source>
        <translation>关联单据</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>物品类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>物品描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Addressee&apos;s phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>破损情况</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>There is no room {code}: pick one from the list</source>
        <extracomment>couriers offered in the courier box (it accepts any other name)</extracomment>
        <translation>没有房屋 {code}，请从列表中选择</translation>
    </message>
    <message>
        <source>This record no longer exists</source>
        <translation>该记录已不存在</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date</source>
        <translation>结束日期不能早于开始日期</translation>
    </message>
    <message>
        <source>Choose the type of slip</source>
        <translation>请选择联系单类型</translation>
    </message>
    <message>
        <source>Choose the priority</source>
        <translation>请选择紧急程度</translation>
    </message>
    <message>
        <source>Choose the department the slip goes to</source>
        <translation>请选择接收部门</translation>
    </message>
    <message>
        <source>{source} already has the open work slip {number}</source>
        <extracomment>the follow-up slips an inspection keeps (their numbers are kept in a 200-character column)</extracomment>
        <translation>{source} 已有未关闭的工作联系单 {number}</translation>
    </message>
    <message>
        <source>The slip was returned by this department: choose another</source>
        <translation>该部门已退回此联系单，请选择其他部门</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发单</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>customer informed</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>There is no work slip {number}</source>
        <extracomment>status filters of the slip list besides the states themselves</extracomment>
        <translation>没有工作联系单 {number}</translation>
    </message>
    <message>
        <source>Choose received or left</source>
        <translation>请选择代收或寄存转交</translation>
    </message>
    <message>
        <source>Choose the item type</source>
        <translation>请选择物品类型</translation>
    </message>
    <message>
        <source>Choose the condition</source>
        <translation>请选择物品状况</translation>
    </message>
    <message>
        <source>This tracking number is already waiting at the desk as {number}</source>
        <translation>该快递单号已在前台待领，登记号为 {number}</translation>
    </message>
    <message>
        <source>This item needs no approval, or is approved already</source>
        <translation>该物品无需审批，或已审批</translation>
    </message>
    <message>
        <source>An item left for someone else needs the supervisor&apos;s approval first</source>
        <translation>寄存转交的物品须先经客服主管审批</translation>
    </message>
    <message>
        <source>There is no item {number}</source>
        <translation>没有代收物品 {number}</translation>
    </message>
    <message>
        <source>Give a day such as 2025-06-12 or a range such as 2025-06-01~2025-06-12</source>
        <translation>请填写日期，如 2025-06-12，或日期范围，如 2025-06-01~2025-06-12</translation>
    </message>
    <message>
        <source>A register covers at most {n} days</source>
        <translation>登记表最多涵盖 {n} 天</translation>
    </message>
    <message>
        <source>Work slips overdue</source>
        <translation>逾期的工作联系单</translation>
    </message>
    <message>
        <source>{open} awaiting a reply · {verify} to verify</source>
        <translation>{open} 张待回复 · {verify} 张待验证</translation>
    </message>
    <message>
        <source>Parcels waiting</source>
        <translation>待领物品</translation>
    </message>
    <message>
        <source>{notify} to notify · {remind} to remind · {back} to return</source>
        <translation>{notify} 件待通知 · {remind} 件待催领 · {back} 件待退回</translation>
    </message>
    <message>
        <source>Work slips not answered</source>
        <translation>未回复的工作联系单</translation>
    </message>
    <message>
        <source>reply by {time}</source>
        <translation>{time} 前回复</translation>
    </message>
    <message>
        <source>reply overdue since {time}</source>
        <translation>自 {time} 起回复逾期</translation>
    </message>
    <message>
        <source>not signed for in time</source>
        <translation>未按时签收</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>{n} reminders</source>
        <translation>已催领 {n} 次</translation>
    </message>
    <message>
        <source>Remind at</source>
        <translation>催领时间</translation>
    </message>
    <message>
        <source>Return after</source>
        <translation>退回时间</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Urgent: {title}</source>
        <translation>急：{title}</translation>
    </message>
    <message>
        <source>{n} urgent not signed for yet</source>
        <translation>{n} 张加急未签收</translation>
    </message>
    <message>
        <source>{n} urgent: notify now</source>
        <translation>{n} 件加急：立即通知</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 条</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>{time} 起</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open work slips</source>
        <translation>未关闭的工作联系单</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>要求完成时间</translation>
    </message>
    <message>
        <source>More than {n} items in these days: print a shorter range</source>
        <translation>所选日期内物品超过 {n} 件，请缩短日期范围后打印</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Name, if known</source>
        <translation>姓名（如知道）</translation>
    </message>
    <message>
        <source>e.g. 3-2-1502</source>
        <translation>如：3-2-1502</translation>
    </message>
    <message>
        <source>Work-log or complaint no.</source>
        <translation>工作日志或投诉编号</translation>
    </message>
    <message>
        <source>Received or left</source>
        <translation>代收/寄存</translation>
    </message>
    <message>
        <source>e.g. small box, A4 envelope</source>
        <translation>如：小纸箱、A4 信封</translation>
    </message>
    <message>
        <source>Who left it (required when left for someone)</source>
        <translation>寄存人（寄存转交时必填）</translation>
    </message>
    <message>
        <source>e.g. shelf A-3</source>
        <translation>如：A-3 货架</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>物品状况</translation>
    </message>
    <message>
        <source>Urgent / express</source>
        <translation>加急/特快</translation>
    </message>
    <message>
        <source>Valuable</source>
        <translation>贵重物品</translation>
    </message>
    <message>
        <source>If damaged: what, and that the courier was told</source>
        <translation>如有破损：写明破损情况，以及已告知快递员</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不接受</translation>
    </message>
    <message>
        <source>Name as signed on the slip</source>
        <translation>联系单上的签收人姓名</translation>
    </message>
    <message>
        <source>14:05 or 2025-06-12 14:05; empty: now</source>
        <translation>14:05 或 2025-06-12 14:05；留空为当前时间</translation>
    </message>
    <message>
        <source>Result, progress, problems</source>
        <translation>处理结果、进度、问题</translation>
    </message>
    <message>
        <source>e.g. belongs to the engineering department</source>
        <translation>如：属于工程部职责</translation>
    </message>
    <message>
        <source>e.g. not collected in time, returned to the courier</source>
        <translation>如：逾期未领，已退回快递员</translation>
    </message>
    <message>
        <source>sign by {time}</source>
        <translation>{time} 前签收</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>to return</source>
        <translation>待退回</translation>
    </message>
    <message>
        <source>remind</source>
        <translation>待催领</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>valuable</source>
        <translation>贵重</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Courier / tracking no.</source>
        <translation>快递公司/单号</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Awaiting a reply</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>待验证</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>New work slip</source>
        <translation>新建工作联系单</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>打印登记表</translation>
    </message>
    <message>
        <source>Print the register of items of today, or of the dates chosen above</source>
        <translation>打印今日或上方所选日期的物品收发登记表</translation>
    </message>
    <message>
        <source>No., subject or customer</source>
        <translation>编号、主题或客户</translation>
    </message>
    <message>
        <source>Choose a slip on the left to see it, sign for it, record the reply …</source>
        <translation>在左侧选择联系单，即可查看、登记签收、登记回复……</translation>
    </message>
    <message>
        <source>No open work slips. A request that needs another department? Press Ctrl+N to send a work slip.</source>
        <translation>没有未关闭的工作联系单。需要其他部门处理的事项，请按 Ctrl+N 发送工作联系单。</translation>
    </message>
    <message>
        <source>reply overdue</source>
        <translation>回复逾期</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待领</translation>
    </message>
    <message>
        <source>To notify</source>
        <translation>待通知</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>待催领</translation>
    </message>
    <message>
        <source>Due to return</source>
        <translation>待退回</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>All item types</source>
        <translation>全部物品类型</translation>
    </message>
    <message>
        <source>Receive an item</source>
        <translation>登记代收物品</translation>
    </message>
    <message>
        <source>Name, room, tracking no., last 4 digits of the phone, No.</source>
        <translation>姓名、房号、快递单号、电话后 4 位、编号</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Choose an item on the left to notify, remind or hand it over …</source>
        <translation>在左侧选择物品，即可通知、催领或交付……</translation>
    </message>
    <message>
        <source>Nothing is waiting at the desk. Press Ctrl+N when a letter or parcel arrives.</source>
        <translation>前台没有待领物品。收到信件或包裹时，请按 Ctrl+N 登记。</translation>
    </message>
    <message>
        <source>waits for the supervisor&apos;s approval</source>
        <translation>等待客服主管审批</translation>
    </message>
    <message>
        <source>due to be returned</source>
        <translation>应退回</translation>
    </message>
    <message>
        <source>reminder due</source>
        <translation>应催领</translation>
    </message>
    <message>
        <source>Work slips</source>
        <translation>工作联系单</translation>
    </message>
    <message>
        <source>Parcels and letters</source>
        <translation>代收物品</translation>
    </message>
</context>
<context>
    <name>RelayPage</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This month: slips sent {n}</source>
        <translation>本月发出联系单 {n}</translation>
    </message>
    <message>
        <source>signed in time {rate}</source>
        <translation>按时签收率 {rate}</translation>
    </message>
    <message>
        <source>replied in time {rate}</source>
        <translation>按时回复率 {rate}</translation>
    </message>
    <message>
        <source>items waiting over the reminder time {n}</source>
        <translation>超过提醒时限未领 {n}</translation>
    </message>
    <message>
        <source>{h:.1f} h to collection on average</source>
        <translation>平均 {h:.1f} 小时领取</translation>
    </message>
    <message>
        <source>Work slip sent. Print it (Ctrl+P) for the department to sign.</source>
        <translation>工作联系单已发出。请打印（Ctrl+P）交接收部门签收。</translation>
    </message>
    <message>
        <source>Item registered. Notify the addressee now.</source>
        <translation>物品已登记，请立即通知收件人。</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <source>List at least one item with its quantity</source>
        <translation>请至少填写一项物品及其数量</translation>
    </message>
    <message>
        <source>A slip lists at most {n} items: write a second slip for the rest</source>
        <translation>一张放行条最多列{n}项物品，其余请另开一张</translation>
    </message>
    <message>
        <source>Item line {n}: write the name, then a quantity above 0 (旧地板 12 捆)</source>
        <translation>第{n}行物品：请先写名称，再写大于0的数量（旧地板 12 捆）</translation>
    </message>
    <message>
        <source>{name} is not a registered owner of {room}: choose how the owner authorised the applicant</source>
        <translation>{name}不是{room}登记的业主：请选择业主的授权方式</translation>
    </message>
    <message>
        <source>{room} has no registered owner: register the owner on the household card first</source>
        <translation>{room}没有登记业主：请先在住户档案中登记业主</translation>
    </message>
    <message>
        <source>Attach the owner&apos;s written consent naming the applicant and the goods</source>
        <translation>请附上写明申请人及物品的业主声明书/委托书</translation>
    </message>
    <message>
        <source>{name} is not a registered owner of {room}: the phone confirmation comes from an owner</source>
        <translation>{name}不是{room}登记的业主：电话确认须由业主本人作出</translation>
    </message>
    <message>
        <source>The owner&apos;s phone confirmation cannot be in the future</source>
        <translation>业主电话确认时间不能晚于现在</translation>
    </message>
    <message>
        <source>{room} has no renovation permit valid on {day}: renovation goods leave only under an active permit</source>
        <translation>{room}在{day}没有有效的装修许可证：装修物品须凭有效许可证放行</translation>
    </message>
    <message>
        <source>{room} owes {amount} overdue ({bills} bills): the goods of a move-out leave only when the arrears are paid</source>
        <translation>{room}欠费{amount}（{bills}笔逾期）：搬家/迁出物品须结清欠费后方可放行</translation>
    </message>
    <message>
        <source>The exit day cannot be before today</source>
        <translation>出门日期不能早于今天</translation>
    </message>
    <message>
        <source>The slip must be valid at least until the exit day ({day})</source>
        <translation>放行条有效期至少到出门日期（{day}）</translation>
    </message>
    <message>
        <source>A slip is valid at most {days} days after the exit day (until {day})</source>
        <translation>放行条有效期最多为出门日期后{days}天（至{day}）</translation>
    </message>
    <message>
        <source>There is no release slip {number}</source>
        <translation>没有放行条 {number}</translation>
    </message>
    <message>
        <source>Slip {number} was already used: released at {at} by {name}. A slip is used once</source>
        <translation>放行条 {number} 已使用：{at} 由{name}放行。每张放行条只能使用一次</translation>
    </message>
    <message>
        <source>Slip {number} was refused at the gate at {at}: the applicant needs a new slip</source>
        <translation>放行条 {number} 已于{at}被门岗拒绝放行：申请人须重新开具</translation>
    </message>
    <message>
        <source>Slip {number} was valid until {day}: it has expired, the applicant needs a new slip</source>
        <translation>放行条 {number} 有效期至{day}，已过期：申请人须重新开具</translation>
    </message>
    <message>
        <source>Slip {number} has not been approved by the supervisor yet</source>
        <translation>放行条 {number} 尚未经主管审核</translation>
    </message>
    <message>
        <source>Slip {number} is void</source>
        <translation>放行条 {number} 已作废</translation>
    </message>
    <message>
        <source>Slip {number} is valid from {day}</source>
        <translation>放行条 {number} 自{day}起有效</translation>
    </message>
    <message>
        <source>The week reconciled starts on a {weekday} (the reconciliation day): {day} is not</source>
        <translation>核对的一周从{weekday}（核对日）开始：{day}不是</translation>
    </message>
    <message>
        <source>The week from {day} is not over yet: reconcile it from {next}</source>
        <translation>自{day}起的一周尚未结束：请于{next}起核对</translation>
    </message>
    <message>
        <source>Not released in this week: {numbers}</source>
        <translation>不是本周放行的放行条：{numbers}</translation>
    </message>
    <message>
        <source>{name} may not review release slips: the supervisor reviews, signed in or typing her own password at this desk</source>
        <translation>{name}无权审核放行条：须由主管本人登录，或在本机输入其本人密码</translation>
    </message>
    <message>
        <source>Write the plate as 浙A12345 (province, letter, 5 or 6 characters)</source>
        <translation>车牌号请写成 浙A12345（省份简称、字母及5或6位字符）</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>放行类别</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applicant is</source>
        <translation>申请人身份</translation>
    </message>
    <message>
        <source>Applicant&apos;s ID</source>
        <translation>申请人身份证</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <source>Owner&apos;s written consent</source>
        <translation>业主声明书/委托书</translation>
    </message>
    <message>
        <source>Owner who confirmed by phone</source>
        <translation>电话确认的业主</translation>
    </message>
    <message>
        <source>Confirmed by phone at</source>
        <translation>电话确认时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>One a line: name, quantity, unit, remark (旧地板 12 捆)</source>
        <translation>每行一项：名称 数量 单位 备注（旧地板 12 捆）</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Exit day</source>
        <translation>出门日期</translation>
    </message>
    <message>
        <source>Empty: today</source>
        <translation>空：今天</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Empty: the exit day</source>
        <translation>空：出门当天</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <extracomment>the supervisor who reviews at another&apos;s desk, typing her own password (empty: the one signed in)</extracomment>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Carrier&apos;s ID</source>
        <translation>搬运人身份证</translation>
    </message>
    <message>
        <source>What does not match</source>
        <translation>不符情况</translation>
    </message>
    <message>
        <source>This release slip no longer exists</source>
        <translation>此放行条已不存在</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Gate copy not returned</source>
        <translation>保安联未交回</translation>
    </message>
    <message>
        <source>All slips</source>
        <translation>全部放行条</translation>
    </message>
    <message>
        <source>At the gate</source>
        <translation>门岗放行</translation>
    </message>
    <message>
        <source>Gate copy returned</source>
        <translation>保安联交回</translation>
    </message>
    <message>
        <source>Release slips to review</source>
        <translation>待审核的放行条</translation>
    </message>
    <message>
        <source>Gate copies to reconcile</source>
        <translation>待核对的保安联</translation>
    </message>
    <message>
        <source>Release slips not yet used</source>
        <translation>尚未使用的放行条</translation>
    </message>
    <message>
        <source>Goods release slips</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>放行条</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>放行条</translation>
    </message>
    <message>
        <source>No., room or applicant</source>
        <translation>编号、房号或申请人</translation>
    </message>
    <message>
        <source>Choose a slip on the left, or issue one with Ctrl+N.</source>
        <translation>请在左侧选择放行条，或按 Ctrl+N 开具。</translation>
    </message>
    <message>
        <source>No release slip is waiting. Press Ctrl+N to issue one.</source>
        <translation>没有待使用的放行条。按 Ctrl+N 开具。</translation>
    </message>
    <message>
        <source>Every gate copy of a released slip is back.</source>
        <translation>已放行的放行条保安联均已交回。</translation>
    </message>
    <message>
        <source>No slip has expired unused.</source>
        <translation>没有过期未用的放行条。</translation>
    </message>
    <message>
        <source>Issue a slip</source>
        <translation>开具放行条</translation>
    </message>
    <message>
        <source>Issue a goods-release slip</source>
        <translation>开具物品放行条</translation>
    </message>
    <message>
        <source>Release slip</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>Supervisor&apos;s own password</source>
        <translation>主管本人密码</translation>
    </message>
    <message>
        <source>Typed by the supervisor, unless signed in here</source>
        <translation>由主管本人输入（主管在本机登录时不必填写）</translation>
    </message>
</context>
<context>
    <name>ReleasePage</name>
    <message>
        <source>Gate check</source>
        <translation>门岗核验</translation>
    </message>
    <message>
        <source>Weekly reconciliation</source>
        <translation>每周核对</translation>
    </message>
</context>
<context>
    <name>Renovation</name>
    <message>
        <source>Applicant&apos;s ID</source>
        <extracomment>the documents every application needs (§4.14 step 2): attachment role → what the checklist calls it</extracomment>
        <translation>申请人身份证</translation>
    </message>
    <message>
        <source>Proof of ownership or handover</source>
        <translation>业主证/房产证/购房合同</translation>
    </message>
    <message>
        <source>Plan drawings</source>
        <translation>施工图纸（平面、水电走向）</translation>
    </message>
    <message>
        <source>Contractor&apos;s licence and qualification</source>
        <translation>施工单位营业执照及资质（盖章）</translation>
    </message>
    <message>
        <source>Contractor head&apos;s ID and guarantee letter</source>
        <translation>施工负责人身份证及担保书</translation>
    </message>
    <message>
        <source>Owner&apos;s written consent or power of attorney</source>
        <translation>业主书面同意书/委托书</translation>
    </message>
    <message>
        <source>Designer&apos;s plan for the structural change</source>
        <extracomment>each special flag&apos;s approval document</extracomment>
        <translation>结构改动设计方案</translation>
    </message>
    <message>
        <source>Planning approval of the façade change</source>
        <translation>外立面改动规划审批</translation>
    </message>
    <message>
        <source>Gas company&apos;s approval</source>
        <translation>燃气公司审批</translation>
    </message>
    <message>
        <source>Heating company&apos;s approval</source>
        <translation>供暖单位审批</translation>
    </message>
    <message>
        <source>Closed-water test record</source>
        <translation>闭水试验记录</translation>
    </message>
    <message>
        <source>Worker list (at least one worker)</source>
        <translation>施工人员名单（至少一人）</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>{name}的照片</translation>
    </message>
    <message>
        <source>{room} has not been handed over: a renovation needs a delivered room</source>
        <translation>{room}尚未交付：已交付的房屋才能申报装修</translation>
    </message>
    <message>
        <source>{room} already has a renovation case under way ({number}, {state})</source>
        <translation>{room}已有进行中的装修申报（{number}，{state}）</translation>
    </message>
    <message>
        <source>Work may start {days} days after the application at the earliest ({day})</source>
        <translation>须提前{days}天申报：最早{day}开工</translation>
    </message>
    <message>
        <source>The planned end must be after the planned start</source>
        <translation>计划完工日期须晚于开工日期</translation>
    </message>
    <message>
        <source>A renovation lasts at most {days} days: end by {day}, or ask for an extension later</source>
        <translation>装修期最长{days}天：须在{day}前完工，或日后申请延期</translation>
    </message>
    <message>
        <source>A tenant or an agent applies with the owner&apos;s written consent or power of attorney attached</source>
        <translation>租户或代理人申请须附业主书面同意书或委托书</translation>
    </message>
    <message>
        <source>{room} has no open lease: a tenant applies under the room&apos;s lease</source>
        <translation>{room} 没有有效的租赁备案：租户须凭该房屋的租赁申请装修</translation>
    </message>
    <message>
        <source>{name} is not the tenant of {room}: its lease {number} is {tenant}&apos;s</source>
        <translation>{name} 不是 {room} 的租户：该房屋的租赁 {number} 承租人为 {tenant}</translation>
    </message>
    <message>
        <source>The file is incomplete. Missing: {missing}</source>
        <translation>资料不全，缺少：{missing}</translation>
    </message>
    <message>
        <source>{name}&apos;s ID number is already on this case&apos;s worker list</source>
        <translation>{name}的身份证号已在本申报的施工人员名单中</translation>
    </message>
    <message>
        <source>Workers can no longer be added to a case that is {state}</source>
        <translation>申报已{state}，不能再添加施工人员</translation>
    </message>
    <message>
        <source>This worker is not on the case</source>
        <translation>该施工人员不在本申报中</translation>
    </message>
    <message>
        <source>Record the signed three-party renovation agreement before the permit</source>
        <translation>发证前须登记已签订的三方装修管理服务协议</translation>
    </message>
    <message>
        <source>The permit is issued only after the deposits are paid: {missing}</source>
        <translation>押金缴清后才能发放许可证：{missing}</translation>
    </message>
    <message>
        <source>{room} owes {amount} overdue ({bills} bills): the permit is refused until the arrears are paid</source>
        <translation>{room}欠费{amount}（{bills}笔）：缴清欠费前不发放许可证</translation>
    </message>
    <message>
        <source>{fee} is already paid for this case ({receipt})</source>
        <translation>本申报的{fee}已缴（{receipt}）</translation>
    </message>
    <message>
        <source>Enter at least one fee or deposit to collect</source>
        <translation>请至少填写一项费用或押金</translation>
    </message>
    <message>
        <source>The re-inspection is due {days} days after the initial acceptance: from {day}</source>
        <translation>复验须在初验合格{days}天后进行：{day}起</translation>
    </message>
    <message>
        <source>The new end date must be after the permit&apos;s current end ({day})</source>
        <translation>新的截止日期须晚于许可证现有截止日期（{day}）</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the deposits less deductions ({left})</source>
        <translation>退款{amount}超过押金扣除扣款后的余额（{left}）</translation>
    </message>
    <message>
        <source>{name} may not approve this: the manager approves, signed in or typing her own password at this desk</source>
        <translation>{name}无权审批：须由经理本人登录或在本机输入其密码审批</translation>
    </message>
    <message>
        <source>Deposits are still held for this case: refund them before withdrawing it</source>
        <translation>本申报仍有押金未退：请先退还押金再撤销</translation>
    </message>
    <message>
        <source>Collect the workers&apos; passes at the initial acceptance (tick “Passes collected”)</source>
        <translation>初验合格时须收回施工人员出入证（勾选“出入证已收回”）</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applicant is</source>
        <translation>申请人身份</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Renovation type</source>
        <translation>装修类型</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>装修项目</translation>
    </message>
    <message>
        <source>Walls, floors, wiring</source>
        <translation>墙面、地面、水电改造</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <source>Fire-safety person</source>
        <translation>消防责任人</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Licence no.</source>
        <translation>营业执照号</translation>
    </message>
    <message>
        <source>Site head</source>
        <translation>施工负责人</translation>
    </message>
    <message>
        <source>Site head&apos;s phone</source>
        <translation>负责人电话</translation>
    </message>
    <message>
        <source>Site head&apos;s ID</source>
        <translation>负责人身份证号</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的资料</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>附加条件</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>协议签订日期</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>新截止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Defects to rectify</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Passes collected</source>
        <translation>出入证已收回</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>施工人员</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>This renovation case no longer exists</source>
        <translation>该装修申报已不存在</translation>
    </message>
    <message>
        <source>The approver acts herself: signed in, or typing her own password here</source>
        <translation>须由审批人本人登录，或在本机输入其本人密码</translation>
    </message>
    <message>
        <source>The fee item {code} is not set up: add it under Fee items</source>
        <extracomment>the fee items a case charges at the counter (app.services.fees.items)</extracomment>
        <translation>收费项目{code}未设置：请在收费项目中添加</translation>
    </message>
    <message>
        <source>Renovation {number}</source>
        <extracomment>why a stopped case may not resume yet, asked of the chain&apos;s other workflows without importing them (site supervision registers its violation notices that keep the work stopped); None: nothing holds it</extracomment>
        <translation>装修 {number}</translation>
    </message>
    <message>
        <source>Special works</source>
        <translation>特殊项目</translation>
    </message>
    <message>
        <source>Planned period</source>
        <translation>装修期</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>缺少资料</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>施工人员</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>已缴费用</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>File incomplete</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <source>Renovation applications to review</source>
        <translation>待审核装修申请</translation>
    </message>
    <message>
        <source>Permits ending within 7 days</source>
        <translation>7天内到期的许可证</translation>
    </message>
    <message>
        <source>Acceptances due</source>
        <translation>待验收装修</translation>
    </message>
    <message>
        <source>Deposit refunds due</source>
        <translation>待退装修押金</translation>
    </message>
    <message>
        <source>Renovation cases to handle</source>
        <translation>待办装修申报</translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation>装修记录</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>申报单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>There is no renovation case {number}</source>
        <translation>没有装修申报{number}</translation>
    </message>
    <message>
        <source>Case {number} has no permit yet</source>
        <translation>申报{number}尚未发放许可证</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>审核期限</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>审核超期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Room or ZX No.</source>
        <translation>房号或ZX编号</translation>
    </message>
    <message>
        <source>Choose a case in the list, or register an application with Ctrl+N.</source>
        <translation>请在左侧选择一条申报，或按 Ctrl+N 登记新的装修申请。</translation>
    </message>
    <message>
        <source>No renovation applications. Press Ctrl+N to register one.</source>
        <translation>暂无装修申请。按 Ctrl+N 登记。</translation>
    </message>
    <message>
        <source>Renovation cases</source>
        <translation>装修申报</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>New renovation application</source>
        <translation>新装修申请</translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation>添加施工人员</translation>
    </message>
    <message>
        <source>Collect fees</source>
        <translation>收取费用</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>装修申请表</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>出入证</translation>
    </message>
    <message>
        <source>Worker register</source>
        <translation>施工人员登记表</translation>
    </message>
    <message>
        <source>Acceptance form</source>
        <translation>验收单</translation>
    </message>
    <message>
        <source>Refund approval</source>
        <translation>退款审批表</translation>
    </message>
    <message>
        <source>Photo (for the pass)</source>
        <translation>照片（出入证用）</translation>
    </message>
    <message>
        <source>Owner&apos;s deposit</source>
        <translation>装修押金（业主）</translation>
    </message>
    <message>
        <source>2000.00</source>
        <translation>2000.00</translation>
    </message>
    <message>
        <source>Contractor&apos;s deposit</source>
        <translation>装修押金（施工单位）</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Pass deposit per worker</source>
        <translation>出入证押金（每人）</translation>
    </message>
    <message>
        <source>30.00</source>
        <translation>30.00</translation>
    </message>
    <message>
        <source>Rubbish removal fee (by area)</source>
        <translation>装修垃圾清运费（按面积）</translation>
    </message>
    <message>
        <source>Renovation management fee</source>
        <translation>装修管理费</translation>
    </message>
    <message>
        <source>Pass card fees (per worker)</source>
        <translation>出入证工本费（每人）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
</context>
<context>
    <name>RenovationPage</name>
    <message>
        <source>Enter an amount such as 2000.00</source>
        <translation>请输入金额，如 2000.00</translation>
    </message>
    <message>
        <source>Add a worker to {number}</source>
        <translation>为 {number} 添加施工人员</translation>
    </message>
    <message>
        <source>Worker added.</source>
        <translation>已添加施工人员。</translation>
    </message>
    <message>
        <source>Collect the fees of {number}</source>
        <translation>收取 {number} 的费用</translation>
    </message>
    <message>
        <source>Fees collected; the receipts are in Fees.</source>
        <translation>已收费，收据见“收费”。</translation>
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
    <name>ReviewDialog</name>
    <message>
        <source>Check the work log of {day}</source>
        <translation>检查 {day} 的工作日志</translation>
    </message>
    <message>
        <source>{n} requests, {m} without a result.</source>
        <translation>共 {n} 条，{m} 条尚无处理结果。</translation>
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
    <message>
        <source>Changed only through the move-in, lease and move-out workflows</source>
        <translation>只能通过入住、租赁和撤租流程变更</translation>
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
        <extracomment>rows written per transaction: the write lock is held well under a second at a time, so the other desks&apos; saves go through during a large import (a 50,000-row roster held it for 90 s in one transaction)</extracomment>
        <translation>有 {n} 行存在错误。请在文件中更正，或仅导入正确的行。</translation>
    </message>
    <message>
        <source>There is no row to import.</source>
        <translation>没有可导入的行。</translation>
    </message>
    <message>
        <source>{done} of {n} rows were imported, then: {err} Import the file again with only the good rows to finish.</source>
        <translation>已导入 {n} 行中的 {done} 行，随后：{err} 请再次导入该文件并选择只导入无误的行，以完成导入。</translation>
    </message>
    <message>
        <source>Excel has turned this ID number into a number and rounded it; format the column as text and type it again</source>
        <extracomment>How often (in rows) ``progress(done, total)`` is called while reading. field key -&gt; the Chinese header of the import template (also the column name in error reports).</extracomment>
        <translation>Excel 把这个证件号码当成数字并做了舍入；请把该列设为文本格式后重新输入</translation>
    </message>
    <message>
        <source>Unknown ID type “{value}”</source>
        <translation>无法识别的证件类型“{value}”</translation>
    </message>
    <message>
        <source>Unknown room type “{value}”</source>
        <translation>无法识别的房屋类型“{value}”</translation>
    </message>
    <message>
        <source>The floor must be a whole number (this is “{value}”)</source>
        <translation>楼层须为整数（当前为“{value}”）</translation>
    </message>
    <message>
        <source>The floor is empty and cannot be read from the room number; fill in the floor</source>
        <translation>楼层为空，且无法从房号推出；请填写楼层</translation>
    </message>
    <message>
        <source>Room {code} is also in row(s) {rows} of this file</source>
        <translation>房号 {code} 在本文件第 {rows} 行重复出现</translation>
    </message>
    <message>
        <source>An ID number or phone is given but the owner&apos;s name is empty</source>
        <translation>填了证件号码或电话，但业主姓名为空</translation>
    </message>
    <message>
        <source>This file is neither an Excel workbook (.xlsx) nor a CSV file: save the roster from Excel or WPS as .xlsx (文件 → 另存为 → Excel 工作簿) and import that file</source>
        <translation>此文件既不是 Excel 工作簿（.xlsx）也不是 CSV 文件：请在 Excel 或 WPS 中把名册另存为 .xlsx（文件 → 另存为 → Excel 工作簿），再导入该文件</translation>
    </message>
    <message>
        <source>This is an old Excel 97–2003 workbook (.xls), which cannot be read directly. Open it in Excel or WPS, choose 文件 → 另存为, file type “Excel 工作簿 (*.xlsx)”, and import the .xlsx file</source>
        <translation>这是旧版 Excel 97–2003 工作簿（.xls），无法直接读取。请用 Excel 或 WPS 打开，选择 文件 → 另存为，文件类型选“Excel 工作簿 (*.xlsx)”，然后导入该 .xlsx 文件</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods), which cannot be read directly. Open it in LibreOffice Calc, choose 文件 → 另存为, file type “Excel 2007-365 (.xlsx)”, and import the .xlsx file</source>
        <translation>这是 OpenDocument 电子表格（.ods），无法直接读取。请用 LibreOffice Calc 打开，选择 文件 → 另存为，文件类型选“Excel 2007-365 (.xlsx)”，然后导入该 .xlsx 文件</translation>
    </message>
    <message>
        <source>This CSV file is neither UTF-8 nor GBK text: save it from Excel as “CSV UTF-8 (逗号分隔)”</source>
        <translation>此 CSV 文件既不是 UTF-8 也不是 GBK 编码：请在 Excel 中另存为“CSV UTF-8 (逗号分隔)”</translation>
    </message>
    <message>
        <source>Row {row} is a totals row (“{label}”) and was skipped</source>
        <translation>第 {row} 行是合计行（“{label}”），已跳过</translation>
    </message>
    <message>
        <source>No header row found: the first rows of the sheet need the columns {columns}</source>
        <translation>找不到表头行：工作表的前几行须有这些列：{columns}</translation>
    </message>
    <message>
        <source>The sheet has no column {columns}</source>
        <translation>工作表缺少列：{columns}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>a row whose first filled cell says one of these sums up the rows above it (合计/小计/总计, 共计 …)</extracomment>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
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
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>名册 (*.xlsx *.csv);;所有文件 (*)</translation>
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
        <source>Columns: 楼栋, 单元, 房号, 楼层, 建筑面积, 户型/房屋类型, 业主姓名, 证件类型, 证件号码, 联系电话. An Excel workbook (.xlsx) or a CSV file; format the ID column as text.</source>
        <translation>列：楼栋、单元、房号、楼层、建筑面积、户型/房屋类型、业主姓名、证件类型、证件号码、联系电话。可导入 Excel 工作簿（.xlsx）或 CSV 文件；证件号码列请设为文本格式。</translation>
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
    <name>RoutesDialog</name>
    <message>
        <source>Routes and checkpoints</source>
        <translation>巡查路线和巡查点</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>新建巡查路线</translation>
    </message>
    <message>
        <source>Edit route</source>
        <translation>修改巡查路线</translation>
    </message>
    <message>
        <source>New checkpoint</source>
        <translation>新建巡查点</translation>
    </message>
    <message>
        <source>Edit checkpoint</source>
        <translation>修改巡查点</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>Satisfied (A)</source>
        <translation>满意（A）</translation>
    </message>
    <message>
        <source>Fairly satisfied (B)</source>
        <translation>较满意（B）</translation>
    </message>
    <message>
        <source>Not satisfied (C)</source>
        <translation>不满意（C）</translation>
    </message>
</context>
<context>
    <name>ScopePickerDialog</name>
    <message>
        <source>Choose the scope</source>
        <translation>选择范围</translation>
    </message>
    <message>
        <source>Tick the whole estate, or the buildings and units concerned. Rooms typed in the scope are kept.</source>
        <translation>勾选全小区，或涉及的楼栋和单元。范围中已输入的房号会保留。</translation>
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
        <source>Unit {no}</source>
        <translation>{no}单元</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>former {role}</source>
        <extracomment>the shortest part of a phone number that finds it (any part of its digits, like a name&apos;s suffixes) a document&apos;s record kind (app.services.records), whose page opens it; &quot;&quot; for a room or a person the global search&apos;s statements, built once (a keystroke binds its values: Database.rows)</extracomment>
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
        <source>{n} found — Enter opens the document on its page</source>
        <translation>找到 {n} 条 — 按回车键在其页面打开该单据</translation>
    </message>
    <message>
        <source>{n} found — Enter chooses the room</source>
        <translation>找到 {n} 条 — 按 Enter 选择该房间</translation>
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
        <source>Your account was disabled or given another role since you signed in: sign out and sign in again.</source>
        <translation>您登录后，您的账号已被停用或改为其他角色：请退出并重新登录。</translation>
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
        <extracomment>the last overrides read and the values parsed from them: most calls find the same rows (one small query) and skip the parsing; a change made at any desk differs from them and is parsed afresh</extracomment>
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
        <source>Supervisor&apos;s user name</source>
        <translation>客服主管用户名</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
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
        <source>Customer service desk</source>
        <translation>客服前台</translation>
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
    <name>SignOff</name>
    <message>
        <source>Audit trail</source>
        <extracomment>how far back an unsigned day is still asked for on the home tab record kind → the actions shown (None: every event of the day) the audit trail&apos;s rows a supervisor reads: action → shown one by one (False: counted per person)</extracomment>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>{n} times: {rooms}</source>
        <translation>{n} 次：{rooms}</translation>
    </message>
    <message>
        <source>A day can be signed only once it has begun</source>
        <translation>当天开始后才能签审</translation>
    </message>
    <message>
        <source>{n} work-log rows have no result: note how they are followed up</source>
        <translation>工作日志有 {n} 条未办结：请注明如何跟进</translation>
    </message>
    <message>
        <source>{day} was signed already by {name} at {at}</source>
        <translation>{day} 已由 {name} 于 {at} 签审</translation>
    </message>
    <message>
        <source>{n} records were added to the day while you read it: read the list again, then sign</source>
        <translation>您阅读期间当天新增了 {n} 条记录：请重新阅读后再签字</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign the day&apos;s records</source>
        <translation>主管日审</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>Double-click a row to open its record.</source>
        <translation>双击一行可打开对应记录。</translation>
    </message>
    <message>
        <source>&amp;Sign the day</source>
        <translation>签字确认(&amp;S)</translation>
    </message>
    <message>
        <source>{n} requests, {m} without a result{checked}</source>
        <translation>{n} 条来电来访，{m} 条未办结{checked}</translation>
    </message>
    <message>
        <source>; checked by {name}</source>
        <translation>；已由 {name} 检查</translation>
    </message>
    <message>
        <source>Signed by {name} at {at}: {n} records, {u} unusual.</source>
        <translation>{name} 已于 {at} 签审：共 {n} 条记录，异常 {u} 条。</translation>
    </message>
    <message>
        <source>No complaint, follow-up or unusual event on this day: sign to confirm it was read.</source>
        <translation>当天没有投诉、回访或异常事件：签字确认已阅。</translation>
    </message>
    <message>
        <source>{n} records to read, {u} unusual (in amber).</source>
        <translation>待阅 {n} 条记录，其中异常 {u} 条（橙色）。</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>{room}&apos;s renovation case {number} is {state}: only a case renovating or stopped is patrolled</source>
        <extracomment>the prohibited works of §4.7 step 2, offered when a notice&apos;s items are typed</extracomment>
        <translation>{room} 的装修申报 {number} 为“{state}”：只有装修中或停工的装修才能巡查</translation>
    </message>
    <message>
        <source>Describe what was found for “{item}”</source>
        <translation>请填写“{item}”的违规情况</translation>
    </message>
    <message>
        <source>List at least one violation item on the notice</source>
        <translation>通知书至少要列出一项违章内容</translation>
    </message>
    <message>
        <source>The rectification deadline must be after the notice is issued ({at})</source>
        <translation>整改期限必须晚于开单时间（{at}）</translation>
    </message>
    <message>
        <source>Write who signed for the notice, or tick that the signature was refused</source>
        <translation>请填写签收人，或勾选“拒签”</translation>
    </message>
    <message>
        <source>The notice is due {at}: it is not overdue yet</source>
        <translation>整改期限为 {at}，尚未逾期</translation>
    </message>
    <message>
        <source>Violation notice {number} ({state}) keeps the work stopped: work resumes when its re-check passes</source>
        <translation>违章整改通知书 {number}（{state}）尚未复查合格：复查合格后方可复工</translation>
    </message>
    <message>
        <source>The renovation case {number} is {state}: work cannot be stopped</source>
        <translation>装修申报 {number} 为“{state}”，不能停工</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>违规情况</translation>
    </message>
    <message>
        <source>Patrolled at</source>
        <translation>巡查时间</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场情况</translation>
    </message>
    <message>
        <source>Workers on site</source>
        <translation>现场施工人数</translation>
    </message>
    <message>
        <source>Stage of work</source>
        <translation>施工阶段</translation>
    </message>
    <message>
        <source>Tiling, painting …</source>
        <translation>铺砖、粉刷……</translation>
    </message>
    <message>
        <source>Room</source>
        <extracomment>the room a patrol or a notice is of (the lists show it and search it)</extracomment>
        <translation>房号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Violation items</source>
        <extracomment>a patrol as its dialog asks it</extracomment>
        <translation>违章内容</translation>
    </message>
    <message>
        <source>Rule or clause</source>
        <translation>违反条款</translation>
    </message>
    <message>
        <source>装修管理服务协议第五条</source>
        <translation>装修管理服务协议第五条</translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Stop work at once (major violation)</source>
        <translation>立即停工（重大违章）</translation>
    </message>
    <message>
        <source>Estimated deduction</source>
        <translation>预计扣款</translation>
    </message>
    <message>
        <source>Signed for by (owner or site head)</source>
        <translation>签收人（业主或施工负责人）</translation>
    </message>
    <message>
        <source>Refused to sign</source>
        <translation>拒签</translation>
    </message>
    <message>
        <source>Neighbour&apos;s complaint no.</source>
        <translation>邻里投诉单号</translation>
    </message>
    <message>
        <source>TS…</source>
        <translation>TS…</translation>
    </message>
    <message>
        <source>Re-check result</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新整改期限</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>上报单位</translation>
    </message>
    <message>
        <source>街道城管执法中队</source>
        <translation>街道城管执法中队</translation>
    </message>
    <message>
        <source>Patrolled</source>
        <translation>已巡查</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开单</translation>
    </message>
    <message>
        <source>This patrol no longer exists</source>
        <translation>此巡查记录已不存在</translation>
    </message>
    <message>
        <source>This violation notice no longer exists</source>
        <translation>此违章整改通知书已不存在</translation>
    </message>
    <message>
        <source>There is no complaint {number}</source>
        <translation>没有投诉 {number}</translation>
    </message>
    <message>
        <source>A patrol cannot be recorded for a time still to come</source>
        <translation>巡查时间不能晚于现在</translation>
    </message>
    <message>
        <source>The deduction of notice {number} is already listed on the renovation case</source>
        <translation>通知书 {number} 的扣款已列入装修申报</translation>
    </message>
    <message>
        <source>Enter the deduction to list (the notice estimated none)</source>
        <translation>请填写扣款金额（通知书未预估扣款）</translation>
    </message>
    <message>
        <source>Complaint {number} is already linked to this case</source>
        <translation>投诉 {number} 已关联此装修</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部工地</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日应巡查</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>Work stopped</source>
        <translation>停工</translation>
    </message>
    <message>
        <source>Unknown list filter {status}</source>
        <translation>未知的列表筛选 {status}</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规项</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Renovation case</source>
        <translation>装修申报</translation>
    </message>
    <message>
        <source>Stop work</source>
        <translation>停工</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Renovation patrols due today</source>
        <translation>今日应巡查装修</translation>
    </message>
    <message>
        <source>Violations past their deadline</source>
        <translation>逾期未整改违章</translation>
    </message>
    <message>
        <source>Violation notices to follow up</source>
        <translation>待跟进违章整改通知书</translation>
    </message>
    <message>
        <source>Violation notices</source>
        <translation>违章整改通知书</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>There is no violation notice {number}</source>
        <translation>没有违章整改通知书 {number}</translation>
    </message>
    <message>
        <source>No deposit of case {number} has been refunded yet</source>
        <translation>装修申报 {number} 的押金尚未退还</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已巡查</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Last patrol</source>
        <translation>上次巡查</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未巡查</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>装修状态</translation>
    </message>
    <message>
        <source>Open notices</source>
        <translation>未结通知书</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Permit ends</source>
        <translation>许可证到期</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>申报单号</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Patrol list</source>
        <translation>巡查清单</translation>
    </message>
    <message>
        <source>Room (3-2-1502, 3-2-)</source>
        <translation>房号（3-2-1502、3-2-）</translation>
    </message>
    <message>
        <source>Choose a site in the list and patrol it (Ctrl+N).</source>
        <translation>在列表中选择工地后巡查（Ctrl+N）。</translation>
    </message>
    <message>
        <source>No renovation is under way: a case appears here once its permit is issued.</source>
        <translation>目前没有装修中的房屋：装修许可证发放后即列入巡查清单。</translation>
    </message>
    <message>
        <source>Every site has been patrolled today.</source>
        <translation>今日所有工地均已巡查。</translation>
    </message>
    <message>
        <source>No site has missed its patrol.</source>
        <translation>没有漏检的工地。</translation>
    </message>
    <message>
        <source>Renovation patrol list</source>
        <translation>装修巡查清单</translation>
    </message>
    <message>
        <source>&amp;Patrol the site</source>
        <translation>巡查工地(&amp;P)</translation>
    </message>
    <message>
        <source>Link a complaint…</source>
        <translation>关联投诉…</translation>
    </message>
    <message>
        <source>Print today&apos;s patrol register</source>
        <translation>打印今日装修巡查记录表</translation>
    </message>
    <message>
        <source>装修巡查记录表 of today</source>
        <translation>今日的装修巡查记录表</translation>
    </message>
    <message>
        <source>Acceptance form</source>
        <translation>装修验收单</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <source>Violations to answer</source>
        <translation>待处理违章</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Room or XC No.</source>
        <translation>房号或 XC 单号</translation>
    </message>
    <message>
        <source>Choose a patrol: a violation is answered with a notice or corrected on the spot.</source>
        <translation>选择巡查记录：违章须开具整改通知书或当场整改。</translation>
    </message>
    <message>
        <source>No violation waits for a notice.</source>
        <translation>没有待开通知书的违章。</translation>
    </message>
    <message>
        <source>Renovation patrols</source>
        <translation>装修巡查</translation>
    </message>
    <message>
        <source>Patrol register of the day</source>
        <translation>当日巡查记录表</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>已过整改期限</translation>
    </message>
    <message>
        <source>Room or WG No.</source>
        <translation>房号或 WG 单号</translation>
    </message>
    <message>
        <source>Choose a notice to record its re-check, stop the work or report it.</source>
        <translation>选择通知书以登记复查、责令停工或上报。</translation>
    </message>
    <message>
        <source>No violation notice is open.</source>
        <translation>没有未结的违章整改通知书。</translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation>打印通知书</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Choose a site in the patrol list first.</source>
        <translation>请先在巡查清单中选择工地。</translation>
    </message>
    <message>
        <source>Patrol recorded.</source>
        <translation>巡查已登记。</translation>
    </message>
    <message>
        <source>Complaint linked to the case.</source>
        <translation>投诉已关联到该装修。</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Send a work slip</source>
        <translation>发送工作联系单</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>On duty</source>
        <translation>值班中</translation>
    </message>
    <message>
        <source>Handed over, awaiting takeover</source>
        <translation>已交班，待接班</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>已接班</translation>
    </message>
    <message>
        <source>Open, no result</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Initial reply given</source>
        <translation>已初复</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for the owner or a contractor</source>
        <translation>等待业主或施工方</translation>
    </message>
    <message>
        <source>Resolved, follow-up due</source>
        <translation>已办结，待回访</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Explained (invalid)</source>
        <translation>已解释（无效投诉）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation>无法回访</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Closed for the day</source>
        <translation>已日结</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已红冲</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>收取中</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>部分退还</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已撤除</translation>
    </message>
    <message>
        <source>Checking documents</source>
        <translation>资料审核</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已验房</translation>
    </message>
    <message>
        <source>On hold (owner refuses the unit)</source>
        <translation>暂缓（业主拒收）</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>已交钥匙</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Not yet delivered</source>
        <translation>待送达</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒签</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>延期待批</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>待验证</translation>
    </message>
    <message>
        <source>Turned into a violation</source>
        <translation>转违章</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Returned (wrong department)</source>
        <translation>已退回（非本部门）</translation>
    </message>
    <message>
        <source>Verified and closed</source>
        <translation>已验证关闭</translation>
    </message>
    <message>
        <source>To notify</source>
        <translation>待通知</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Contacting the host</source>
        <translation>联系被访人中</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>无法联系被访人</translation>
    </message>
    <message>
        <source>Host agreed</source>
        <translation>被访人已同意</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>已放行</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>接待中</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>未放行</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Turned into a record</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>In the cabinet</source>
        <translation>在柜</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>Lock changed, new key awaited</source>
        <translation>已换锁，待新钥匙入柜</translation>
    </message>
    <message>
        <source>Returned to the owner</source>
        <translation>已退还业主</translation>
    </message>
    <message>
        <source>Handed over to the owner</source>
        <extracomment>a developer&apos;s key handed to the buyer at the move-in (零星入住, §4.13 step 6)</extracomment>
        <translation>已交付业主</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Approval refused</source>
        <translation>未获批准</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置中</translation>
    </message>
    <message>
        <source>Off the register</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Anomalies to handle</source>
        <translation>有异常待处理</translation>
    </message>
    <message>
        <source>No violation</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Violation found</source>
        <translation>发现违章</translation>
    </message>
    <message>
        <source>Corrected on the spot</source>
        <translation>当场整改</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>已开整改通知</translation>
    </message>
    <message>
        <source>Awaiting rectification</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Not rectified in time</source>
        <translation>逾期未改</translation>
    </message>
    <message>
        <source>Reported to the authorities</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Rectified, re-check passed</source>
        <translation>已整改/复检合格</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>资料待补</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>在租</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续租</translation>
    </message>
    <message>
        <source>Tenant moved out</source>
        <translation>已退租</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Past its end</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Awaiting pre-review</source>
        <extracomment>what the new application&apos;s dialog asks: the special works&apos; approvals are attached and remarks written with “Attach documents” (so the dialog fits the desk&apos;s 1366×768 screen) a case in these states holds the room: no second application on it the room is 装修中</extracomment>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Returned for completion</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <source>Awaiting engineering review</source>
        <translation>待工程审核</translation>
    </message>
    <message>
        <source>Awaiting the manager&apos;s approval</source>
        <translation>待经理审批</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>审批不通过</translation>
    </message>
    <message>
        <source>Approved, awaiting fees</source>
        <translation>已批准待缴费</translation>
    </message>
    <message>
        <source>Renovating</source>
        <translation>装修中</translation>
    </message>
    <message>
        <source>Work stopped</source>
        <translation>停工</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>Initial inspection failed</source>
        <translation>初验不合格</translation>
    </message>
    <message>
        <source>Initial inspection passed</source>
        <translation>初验合格</translation>
    </message>
    <message>
        <source>Re-inspection failed</source>
        <translation>复验不合格</translation>
    </message>
    <message>
        <source>Re-inspection passed</source>
        <translation>复验合格</translation>
    </message>
    <message>
        <source>Deposits refunded</source>
        <translation>押金已退</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Owner agreed</source>
        <translation>业主已确认</translation>
    </message>
    <message>
        <source>Unit inspected</source>
        <translation>已验房</translation>
    </message>
    <message>
        <source>Fees settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>押金已退</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>已过期: derived, never stored</extracomment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Awaiting the supervisor&apos;s review</source>
        <translation>待主管审核</translation>
    </message>
    <message>
        <source>Approved, awaiting the gate</source>
        <translation>已批准（待放行）</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已放行</translation>
    </message>
    <message>
        <source>Refused at the gate</source>
        <translation>拒绝放行</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <source>Key stock-take</source>
        <translation>钥匙盘点</translation>
    </message>
    <message>
        <source>Enter how many keys are really in each slot.</source>
        <translation>请逐个柜位填写实际清点到的钥匙数量。</translation>
    </message>
    <message>
        <source>{slot}  {room}  ({state}, should hold {n})</source>
        <translation>{slot}  {room}（{state}，应有 {n} 把）</translation>
    </message>
    <message>
        <source>Earlier stock-takes:</source>
        <translation>历次盘点：</translation>
    </message>
    <message>
        <source>&amp;Print the count sheet</source>
        <translation>打印盘点表(&amp;P)</translation>
    </message>
    <message>
        <source>钥匙盘点表 of the stock-take chosen</source>
        <translation>所选盘点的钥匙盘点表</translation>
    </message>
    <message>
        <source>&amp;Record the stock-take</source>
        <translation>登记盘点结果(&amp;R)</translation>
    </message>
    <message>
        <source>The cabinet holds no key yet.</source>
        <translation>钥匙柜中还没有钥匙。</translation>
    </message>
    <message>
        <source>{number}  {when}  {who}: {n} keys, {bad} discrepancies</source>
        <translation>{number}  {when}  {who}：{n} 把，差异 {bad}</translation>
    </message>
    <message>
        <source>{n} keys counted: everything is in place.</source>
        <translation>共盘点 {n} 把（组）钥匙，全部相符。</translation>
    </message>
    <message>
        <source>{n} keys counted, {bad} discrepancies.</source>
        <translation>共盘点 {n} 把（组）钥匙，{bad} 处不符。</translation>
    </message>
    <message>
        <source>{slot}: should hold {expected}, found {found} ({result})</source>
        <translation>{slot}：应有 {expected} 把，实有 {found} 把（{result}）</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Newest backup: {file}</source>
        <translation>最新备份：{file}</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <extracomment>revision -&gt; what the services redo once a store has been upgraded past it (or created): derived data whose rules changed and seeds. Each runs in the unit of work that follows the migrations.</extracomment>
        <translation>这是文件夹</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>不是 SQLite 文件</translation>
    </message>
    <message>
        <source>it holds another program&apos;s tables</source>
        <translation>其中是其他程序的数据表</translation>
    </message>
    <message>
        <source>There is no database at {path}: check the path (a new database is made by starting the program, or with “frontdesk demo”)</source>
        <translation>{path} 没有数据库：请检查路径（新数据库在首次启动程序时创建，或用“frontdesk demo”创建）</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Front Desk. Update the program.</source>
        <translation>此数据库由较新版本的物业客服前台写入，请先升级程序。</translation>
    </message>
    <message>
        <source>The database file {path} is on a network share, where SQLite can lose data. To share one estate between several desks, use a PostgreSQL server (--db-url postgresql+psycopg://…).</source>
        <extracomment>the PostgreSQL advisory lock every writer takes first (db.engine.Database.write, app.services.audit)</extracomment>
        <translation>数据库文件 {path} 位于网络共享上，SQLite 在那里可能丢失数据。多个前台共用一个小区，请使用 PostgreSQL 服务器（--db-url postgresql+psycopg://…）。</translation>
    </message>
    <message>
        <source>The database is busy: another desk or program is saving a large change. Try again in a moment; nothing was saved.</source>
        <translation>数据库正忙：另一个前台或程序正在保存大量更改。请稍后重试；本次未保存任何内容。</translation>
    </message>
    <message>
        <source>Another desk changed the same records at the same moment. Try again; nothing was saved.</source>
        <translation>另一个前台同时修改了相同的记录。请重试；本次未保存任何内容。</translation>
    </message>
    <message>
        <source>{where} is damaged or is not a Front Desk database ({detail}). Restore the newest backup (File → Restore, or: frontdesk restore FILE --db {where}).</source>
        <translation>{where} 已损坏或不是物业客服前台数据库（{detail}）。请恢复最新的备份（文件 → 从备份恢复，或：frontdesk restore 备份文件 --db {where}）。</translation>
    </message>
    <message>
        <source>{where} cannot be opened ({detail}): check the path and that it is a file you may write.</source>
        <translation>无法打开 {where}（{detail}）：请检查路径，并确认这是一个可写的文件。</translation>
    </message>
    <message>
        <source>The disk of {where} is full: free some space, then try again; nothing was saved.</source>
        <translation>{where} 所在磁盘已满：请腾出空间后重试；本次未保存任何内容。</translation>
    </message>
    <message>
        <source>{where} is read-only: Front Desk needs to write to it.</source>
        <translation>{where} 是只读的：物业客服前台需要写入它。</translation>
    </message>
    <message>
        <source>The database server {where} refused the user name or password: check --db-url.</source>
        <translation>数据库服务器 {where} 拒绝了用户名或密码：请检查 --db-url。</translation>
    </message>
    <message>
        <source>Cannot reach the database server {where} ({detail}): check that it runs and that this PC can reach it.</source>
        <translation>无法连接数据库服务器 {where}（{detail}）：请确认服务器在运行，且本机能访问它。</translation>
    </message>
    <message>
        <source>A number is too large</source>
        <translation>数字太大</translation>
    </message>
    <message>
        <source>The text contains a character that cannot be stored (a broken character from a copy and paste): retype it</source>
        <translation>文字中含有无法保存的字符（复制粘贴带来的残缺字符）：请重新输入</translation>
    </message>
    <message>
        <source>A value is out of range or has the wrong form ({detail})</source>
        <translation>有一个值超出范围或格式不对（{detail}）</translation>
    </message>
    <message>
        <source>Copied {tables} tables, {rows} rows; every count matches and the audit chain ({chain} rows) is unbroken. Point every desk at {url}</source>
        <translation>已复制 {tables} 张表、{rows} 行；各表行数一致，审计链（{chain} 行）完整。请把每台前台电脑指向 {url}</translation>
    </message>
    <message>
        <source>The target is the database in use: name another one</source>
        <translation>目标就是正在使用的数据库：请指定另一个</translation>
    </message>
    <message>
        <source>The target database is not empty: create a new, empty database for the estate and try again</source>
        <translation>目标数据库不是空的：请为本小区新建一个空数据库后重试</translation>
    </message>
    <message>
        <source>Table {table}: the target refused a row ({detail}); nothing was copied</source>
        <translation>表 {table}：目标数据库拒收了一行（{detail}）；没有复制任何数据</translation>
    </message>
    <message>
        <source>Table {table}: {copied} rows copied but {found} found in the target</source>
        <translation>表 {table}：复制了 {copied} 行，目标中却有 {found} 行</translation>
    </message>
    <message>
        <source>The audit chain does not verify on the target: {why}</source>
        <translation>目标数据库的审计链校验未通过：{why}</translation>
    </message>
</context>
<context>
    <name>StormDialog</name>
    <message>
        <source>Storm re-inspection of every vacant unit</source>
        <translation>台风暴雨后全部空置房复查</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Previous shift</source>
        <translation>上一班</translation>
    </message>
    <message>
        <source>Open items now</source>
        <translation>当前待办事项</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>optional, e.g. why the last shift was not handed over</source>
        <translation>选填，如上一班未交班的原因</translation>
    </message>
    <message>
        <source>&amp;Print the previous record</source>
        <translation>打印上一班记录(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge and take over</source>
        <translation>已阅并接班(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{by}&lt;/b&gt; handed over {number} to &lt;b&gt;{to}&lt;/b&gt; at {at}. Read it and the open items, then take over the {shift}.</source>
        <translation>&lt;b&gt;{by}&lt;/b&gt; 已于 {at} 将 {number} 交班给 &lt;b&gt;{to}&lt;/b&gt;。请阅读交班内容和待办事项，然后接 {shift}。</translation>
    </message>
    <message>
        <source>It was handed over to {name}, not to you.</source>
        <translation>此班交给的是 {name}，不是您。</translation>
    </message>
    <message>
        <source>Duty log {number} ({on_duty}) was not handed over.</source>
        <translation>值班日志 {number}（{on_duty}）未办理交班。</translation>
    </message>
    <message>
        <source>Taking over closes it; sign out instead if the colleague is still here to hand over. You take over the {shift}.</source>
        <translation>接班后该日志即关闭；如同事仍在岗、可以当面交班，请先退出登录。您将接 {shift}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{names}&lt;/b&gt; took over this shift ({number}) at {at}. Read the handover and the open items, then join the shift.</source>
        <translation>&lt;b&gt;{names}&lt;/b&gt; 已于 {at} 接本班（{number}）。请阅读交班内容和待办事项，然后加入本班。</translation>
    </message>
    <message>
        <source>&amp;Acknowledge and join the shift</source>
        <translation>已阅并加入本班(&amp;A)</translation>
    </message>
    <message>
        <source>There is no duty log yet. Read the open items, then take over the {shift}.</source>
        <translation>尚无值班日志。请阅读待办事项，然后接 {shift}。</translation>
    </message>
    <message>
        <source>You are on duty ({number}).</source>
        <translation>您正在值班（{number}）。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No previous duty log.</source>
        <translation>没有上一班的值班日志。</translation>
    </message>
    <message>
        <source>Open items now ({n})</source>
        <translation>当前待办事项（{n}）</translation>
    </message>
    <message>
        <source>You are on duty: {number}, {shift}.</source>
        <translation>您已接班：{number}，{shift}。</translation>
    </message>
    <message>
        <source>Take over the shift, or sign out to do it later.</source>
        <translation>请接班，或退出登录稍后再接。</translation>
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
        <source>minutes of office hours</source>
        <translation>分钟（办公时间）</translation>
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
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
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
    <name>Urgency</name>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
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
        <source>Tick what each role may do. Changes apply at once to every user of the role, also to those signed in now. Changed cells are highlighted until you save.</source>
        <translation>勾选每个角色可以做的事。更改立即对该角色的所有用户生效，包括正在登录使用的用户。已更改的格子在保存前会高亮显示。</translation>
    </message>
    <message>
        <source>Only the customer-service supervisor changes what roles may do; you can read the matrix here.</source>
        <translation>只有客服主管可以更改各角色的权限；您在这里只能查看。</translation>
    </message>
    <message>
        <source>Permissions saved. They apply at once.</source>
        <translation>权限已保存，立即生效。</translation>
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
</context>
<context>
    <name>Vacancy</name>
    <message>
        <source>Type 1 is for units the developer has not sold; this room is {state}</source>
        <translation>类型 1 适用于开发商未售的房屋，该房屋为“{state}”</translation>
    </message>
    <message>
        <source>Type 2 is for sold units; this room is {state}</source>
        <translation>类型 2 适用于已售房屋，该房屋为“{state}”</translation>
    </message>
    <message>
        <source>Type 3 is for units handed over to the owner; this room is {state}</source>
        <translation>类型 3 适用于已交付业主的房屋，该房屋为“{state}”</translation>
    </message>
    <message>
        <source>The room has an active lease: it cannot be registered as vacant</source>
        <translation>该房屋有生效中的租赁，不能登记为空置</translation>
    </message>
    <message>
        <source>Someone lives in the room: it cannot be registered as vacant</source>
        <translation>该房屋有人居住，不能登记为空置</translation>
    </message>
    <message>
        <source>The room is being renovated: it cannot be registered as vacant</source>
        <translation>该房屋正在装修，不能登记为空置</translation>
    </message>
    <message>
        <source>Give the inspection date</source>
        <translation>请填写巡检日期</translation>
    </message>
    <message>
        <source>The inspection date cannot be in the future</source>
        <translation>巡检日期不能晚于今天</translation>
    </message>
    <message>
        <source>The inspection date cannot be before the unit was registered ({since})</source>
        <translation>巡检日期不能早于空置登记日期（{since}）</translation>
    </message>
    <message>
        <source>Give the date the unit became vacant</source>
        <translation>请填写空置起始日期</translation>
    </message>
    <message>
        <source>The vacancy date cannot be in the future</source>
        <translation>空置起始日期不能晚于今天</translation>
    </message>
    <message>
        <source>A month is 1 to 12</source>
        <translation>月份须为 1 至 12</translation>
    </message>
    <message>
        <source>Choose a year between 1900 and 2200</source>
        <translation>请选择 1900 到 2200 之间的年份</translation>
    </message>
    <message>
        <source>“{text}” is not a month such as 2025-06</source>
        <translation>“{text}”不是有效月份（格式如 2025-06）</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>No key in slot {slot} is in the cabinet register: choose the slot of the room&apos;s key, or tick “Take this key into the cabinet”</source>
        <translation>钥匙柜登记中没有 {slot} 号位的钥匙：请选择该房屋钥匙所在的柜位，或勾选“将此钥匙收入钥匙柜”</translation>
    </message>
    <message>
        <source>Slot {slot} holds the key of {room}, not of {code}</source>
        <translation>{slot} 号位存放的是 {room} 的钥匙，不是 {code} 的</translation>
    </message>
    <message>
        <source>An owner&apos;s key is taken into the cabinet on the keys page, with the owner&apos;s entrustment (业主托管钥匙委托书)</source>
        <translation>业主的钥匙须在钥匙管理页面凭业主委托（业主托管钥匙委托书）收取</translation>
    </message>
    <message>
        <source>Vacancy type</source>
        <translation>空置类型</translation>
    </message>
    <message>
        <source>Vacant since</source>
        <translation>空置起始日期</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持有方</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Cabinet slot of the room&apos;s key (钥匙管理)</source>
        <translation>该房屋钥匙的柜位（钥匙管理）</translation>
    </message>
    <message>
        <source>Take this key into the cabinet</source>
        <extracomment>the key is not in the cabinet register yet: take the developer&apos;s key in with the unit (its slot as typed)</extracomment>
        <translation>将此钥匙收入钥匙柜</translation>
    </message>
    <message>
        <source>Water meter</source>
        <translation>水表读数</translation>
    </message>
    <message>
        <source>Electricity meter</source>
        <translation>电表读数</translation>
    </message>
    <message>
        <source>Gas meter</source>
        <translation>燃气表读数</translation>
    </message>
    <message>
        <source>Fee arrangement</source>
        <translation>物业费约定</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Supervisor&apos;s opinion</source>
        <extracomment>an inspection as its form asks it: the date, the checklist line by line, what was done on leaving</extracomment>
        <translation>负责人意见</translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Work to do</source>
        <translation>处理事项</translation>
    </message>
    <message>
        <source>A meter reading is a number such as 1234.5</source>
        <translation>表读数须为数字，如 1234.5</translation>
    </message>
    <message>
        <source>{code} is already on the register ({number})</source>
        <translation>{code} 已在空置登记中（{number}）</translation>
    </message>
    <message>
        <source>This vacant-unit entry no longer exists</source>
        <translation>该空置登记已不存在</translation>
    </message>
    <message>
        <source>Answer every checklist item: {items}</source>
        <translation>请填写每个巡检项目：{items}</translation>
    </message>
    <message>
        <source>Describe what is wrong: {item}</source>
        <translation>请说明异常情况：{item}</translation>
    </message>
    <message>
        <source>{code} is no longer on the register: it cannot be inspected</source>
        <translation>{code} 已移出空置登记，不能巡检</translation>
    </message>
    <message>
        <source>Close the valves and lock up before leaving</source>
        <translation>离开前请关闭阀门并锁好门窗</translation>
    </message>
    <message>
        <source>There is no storm re-inspection batch open</source>
        <translation>当前没有进行中的台风暴雨后复查</translation>
    </message>
    <message>
        <source>This inspection no longer exists</source>
        <translation>该巡检记录已不存在</translation>
    </message>
    <message>
        <source>This date cannot be in the past</source>
        <translation>该日期不能早于今天</translation>
    </message>
    <message>
        <source>The re-check cannot be before the rectification deadline</source>
        <translation>复检时间不能早于整改期限</translation>
    </message>
    <message>
        <source>“{action}” is recorded with the inspection itself</source>
        <translation>“{action}”随巡检记录一并登记</translation>
    </message>
    <message>
        <source>Vacant unit {code}: findings of {number}</source>
        <translation>空置房 {code}：{number} 巡检发现的问题</translation>
    </message>
    <message>
        <source>This storm batch is already closed</source>
        <translation>该次台风暴雨后复查已结束</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>On the register</source>
        <extracomment>the status chips of the register</extracomment>
        <translation>空置中</translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation>应巡检</translation>
    </message>
    <message>
        <source>Never inspected</source>
        <translation>从未巡检</translation>
    </message>
    <message>
        <source>Off the register</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>全部登记</translation>
    </message>
    <message>
        <source>Unknown status filter {status}</source>
        <translation>未知的状态筛选 {status}</translation>
    </message>
    <message>
        <source>All inspections</source>
        <translation>全部巡检记录</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>the status chips of the inspections</extracomment>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Anomalies to handle</source>
        <translation>有异常待处理</translation>
    </message>
    <message>
        <source>Re-check due</source>
        <translation>待复检</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>{n} vacant units · {i} with anomalies to handle</source>
        <translation>空置房 {n} 套 · {i} 套有异常待处理</translation>
    </message>
    <message>
        <source>storm re-inspection: {left} left by {at}</source>
        <translation>台风暴雨后复查：尚余 {left} 套，须于 {at} 前完成</translation>
    </message>
    <message>
        <source>{room}: last inspected {when}</source>
        <translation>{room}：上次巡检 {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未巡检</translation>
    </message>
    <message>
        <source>{text} (as typed: no key of the cabinet register)</source>
        <translation>{text}（原文登记，钥匙柜中无此钥匙）</translation>
    </message>
    <message>
        <source>water</source>
        <translation>水表</translation>
    </message>
    <message>
        <source>electricity</source>
        <translation>电表</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>燃气表</translation>
    </message>
    <message>
        <source>Meters at registration</source>
        <translation>登记时表读数</translation>
    </message>
    <message>
        <source>Recent inspections</source>
        <translation>近期巡检</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Next airing</source>
        <translation>下次通风</translation>
    </message>
    <message>
        <source>Next cleaning</source>
        <translation>下次保洁</translation>
    </message>
    <message>
        <source>Airing due</source>
        <translation>待通风</translation>
    </message>
    <message>
        <source>Cleaning due</source>
        <translation>待保洁</translation>
    </message>
    <message>
        <source>This inspection already has {n} work slips: close it and inspect again</source>
        <translation>本次巡检已发出 {n} 张工作联系单：请关闭后重新巡检</translation>
    </message>
    <message>
        <source>{n} of {total} lines with an anomaly</source>
        <translation>{total} 项中 {n} 项异常</translation>
    </message>
    <message>
        <source>every line OK</source>
        <translation>各项均正常</translation>
    </message>
    <message>
        <source>aired</source>
        <translation>已通风</translation>
    </message>
    <message>
        <source>cleaned</source>
        <translation>已清洁</translation>
    </message>
    <message>
        <source>locked up</source>
        <translation>已关阀锁门</translation>
    </message>
    <message>
        <source>storm re-inspection</source>
        <translation>台风暴雨后复查</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>巡检项目</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成事项</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Rectification overdue</source>
        <translation>整改逾期</translation>
    </message>
    <message>
        <source>{a} to air, {c} to clean</source>
        <translation>{a} 套待通风，{c} 套待保洁</translation>
    </message>
    <message>
        <source>Vacant-unit inspections due</source>
        <translation>应巡检的空置房</translation>
    </message>
    <message>
        <source>Vacant-unit anomalies</source>
        <translation>空置房异常</translation>
    </message>
    <message>
        <source>{room}: {n} anomalies found {day}</source>
        <translation>{room}：{day} 巡检发现 {n} 项异常</translation>
    </message>
    <message>
        <source>fix by {day}</source>
        <translation>{day} 前整改</translation>
    </message>
    <message>
        <source>Vacant units not inspected</source>
        <translation>未巡检的空置房</translation>
    </message>
    <message>
        <source>Inspection: {n} anomalies</source>
        <translation>巡检：{n} 项异常</translation>
    </message>
    <message>
        <source>Vacant-unit register</source>
        <translation>空置房登记</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last inspected</source>
        <translation>上次巡检</translation>
    </message>
    <message>
        <source>There is no inspection {number}</source>
        <translation>没有巡检记录 {number}</translation>
    </message>
    <message>
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <source>Developer pays / owner discount and period</source>
        <translation>开发商承担，或业主折扣比例及期限</translation>
    </message>
    <message>
        <source>Record number, such as RZ…</source>
        <translation>单据编号，如 RZ…</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>巡检日期</translation>
    </message>
    <message>
        <source>Storm re-inspection</source>
        <translation>台风暴雨后复查</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Aired</source>
        <translation>已通风</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>已清洁</translation>
    </message>
    <message>
        <source>Valves closed and locked up</source>
        <translation>已关闭总阀并锁门</translation>
    </message>
    <message>
        <source>Anomalies go to</source>
        <translation>异常处理部门</translation>
    </message>
    <message>
        <source>Describe what is wrong</source>
        <translation>请说明异常情况</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Re-check on</source>
        <translation>复检日期</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>要求完成日期</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气情况</translation>
    </message>
    <message>
        <source>Typhoon, heavy rain …</source>
        <translation>台风、暴雨……</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次巡检</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常项</translation>
    </message>
    <message>
        <source>Storm</source>
        <translation>台风暴雨</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>巡检人</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>空置登记</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Room (3-2-1502, 3-2-)</source>
        <translation>房号（3-2-1502、3-2-）</translation>
    </message>
    <message>
        <source>Choose a unit in the list to inspect it or take it off the register.</source>
        <translation>请在左侧列表中选择空置房，进行巡检或移出登记。</translation>
    </message>
    <message>
        <source>No unit is on the vacant-unit register. Put an unsold or unused unit on it with “Register a unit” (Ctrl+N).</source>
        <translation>空置房登记中尚无房屋。可用“空置房登记”（Ctrl+N）登记未售或未使用的房屋。</translation>
    </message>
    <message>
        <source>&amp;Register a unit</source>
        <translation>空置房登记(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>巡检(&amp;I)</translation>
    </message>
    <message>
        <source>Household &amp;card</source>
        <translation>房屋档案卡(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;torm batch…</source>
        <translation>台风暴雨后复查(&amp;T)…</translation>
    </message>
    <message>
        <source>After a typhoon or heavy rain: every vacant unit is to be inspected</source>
        <translation>台风或暴雨过后，所有空置房均须复查</translation>
    </message>
    <message>
        <source>Print &amp;monthly statistics</source>
        <translation>打印月统计表(&amp;M)</translation>
    </message>
    <message>
        <source>空置房月统计表 of the month chosen above</source>
        <translation>打印上方所选月份的空置房月统计表</translation>
    </message>
    <message>
        <source>Monthly statistics to Excel</source>
        <translation>月统计表导出 Excel</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>巡检记录</translation>
    </message>
    <message>
        <source>Choose an inspection to review it, send a work slip or record the re-check.</source>
        <translation>请选择一条巡检记录，填写负责人意见、发送工作联系单或登记复检。</translation>
    </message>
    <message>
        <source>No inspection waits for anything. Inspect a unit from the register (Ctrl+I).</source>
        <translation>没有待处理的巡检。可在空置登记中选择房屋进行巡检（Ctrl+I）。</translation>
    </message>
    <message>
        <source>Vacant-unit inspections</source>
        <translation>空置房巡检记录</translation>
    </message>
    <message>
        <source>&amp;Print inspection</source>
        <translation>打印巡检表(&amp;P)</translation>
    </message>
    <message>
        <source>Work slips</source>
        <translation>工作联系单</translation>
    </message>
</context>
<context>
    <name>VacancyPage</name>
    <message>
        <source>The month of the statistics</source>
        <translation>统计月份</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Vacant units {n}</source>
        <translation>空置房 {n} 套</translation>
    </message>
    <message>
        <source>Inspections due {n}</source>
        <translation>应巡检 {n} 套</translation>
    </message>
    <message>
        <source>Storm re-inspection ({note}): {left} of {units} left, due by {at}</source>
        <translation>台风暴雨后复查（{note}）：{units} 套中尚余 {left} 套，须于 {at} 前完成</translation>
    </message>
    <message>
        <source>This unit cannot be inspected by you now.</source>
        <translation>您现在不能巡检这套房屋。</translation>
    </message>
    <message>
        <source>Choose a unit on the register first.</source>
        <translation>请先选择在册的空置房。</translation>
    </message>
    <message>
        <source>Inspection recorded.</source>
        <translation>巡检已登记。</translation>
    </message>
    <message>
        <source>Storm re-inspection opened: every vacant unit is due.</source>
        <translation>已开始台风暴雨后复查，所有空置房均须复查。</translation>
    </message>
    <message>
        <source>{n} rows exported to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required</source>
        <extracomment>a date and time as typed (or a stored one, seconds and all) a title longer than this is printed as a wrapped heading under the kind (it does not fit one line)</extracomment>
        <translation>请填写{field}</translation>
    </message>
    <message>
        <source>Choose {field}</source>
        <extracomment>a check beyond the kind&apos;s own: gets the parsed value and every value parsed before it, returns the value</extracomment>
        <translation>请选择{field}</translation>
    </message>
    <message>
        <source>Tick “{field}” first</source>
        <translation>请先勾选“{field}”</translation>
    </message>
    <message>
        <source>{field} must be between {lo} and {hi}</source>
        <translation>{field}须在 {lo} 至 {hi} 之间</translation>
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
        <source>{field} must be a date such as 2025-06-12</source>
        <translation>{field}须为日期，如 2025-06-12</translation>
    </message>
    <message>
        <source>{field} must be a time such as 14:05 or 2025-06-12 14:05</source>
        <translation>{field}须为时间，如 14:05 或 2025-06-12 14:05</translation>
    </message>
    <message>
        <source>{field} must be a time of day such as 17:30</source>
        <translation>{field}须为时刻，如 17:30</translation>
    </message>
    <message>
        <source>{field}: choose from the list</source>
        <translation>{field}：请从列表中选择</translation>
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
        <translation>{field}过长（最多 {max} 个字）</translation>
    </message>
    <message>
        <source>{field} contains an invisible control or direction character (often pasted with the text): retype it</source>
        <extracomment>control characters (but tab and line breaks), bidi overrides and isolates, lone surrogates, and noncharacters: invisible in a form, they reorder or hide text (U+202E &quot;gnp.exe&quot;) and break exports</extracomment>
        <translation>{field}中含有看不见的控制字符或文字方向字符（常随粘贴带入）：请重新输入</translation>
    </message>
    <message>
        <source>Mobile number is required</source>
        <translation>请填写手机号码</translation>
    </message>
    <message>
        <source>Phone number is required</source>
        <translation>请填写电话号码</translation>
    </message>
    <message>
        <source>ID number is required</source>
        <extracomment>no holder of a number is older than this (the oldest Chinese on record were born in the 1880s)</extracomment>
        <translation>请填写证件号码</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters, or 15 digits for an old card (this one has {n})</source>
        <translation>居民身份证号码为 18 位，旧证为 15 位数字（此号码有 {n} 位）</translation>
    </message>
    <message>
        <source>A resident ID number has only digits, and its last character may be X</source>
        <translation>居民身份证号码只能是数字，最后一位可以是 X</translation>
    </message>
    <message>
        <source>The birth date {date} in this ID number is not a real date</source>
        <translation>此证件号码中的出生日期 {date} 不是有效日期</translation>
    </message>
    <message>
        <source>The birth date {date} in this ID number is in the future</source>
        <translation>此证件号码中的出生日期 {date} 晚于今天</translation>
    </message>
    <message>
        <source>The birth date {date} in this ID number is impossibly early</source>
        <translation>此证件号码中的出生日期 {date} 过早，不可能</translation>
    </message>
    <message>
        <source>The district code {code} at the start of this ID number does not exist and never existed</source>
        <translation>此证件号码开头的地区码 {code} 不存在，也从未存在过</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 letters and digits (this one has {n})</source>
        <translation>统一社会信用代码为 18 位字母和数字（此代码有 {n} 位）</translation>
    </message>
    <message>
        <source>The check character of this unified social credit code is wrong: please check every character</source>
        <translation>此统一社会信用代码的校验码不对：请逐位核对</translation>
    </message>
    <message>
        <source>A unified social credit code has digits in its first 8 places and then digits or capital letters other than I, O, S, V and Z</source>
        <translation>统一社会信用代码前 8 位为数字，其后为数字或大写字母（不含 I、O、S、V、Z）</translation>
    </message>
    <message>
        <source>The check digit of this ID number is wrong: please check every digit</source>
        <translation>身份证号码校验位不正确，请逐位核对</translation>
    </message>
    <message>
        <source>This is not a mobile number: a mobile has 11 digits starting with 13–19</source>
        <translation>这不是手机号码：手机号码为 11 位，以 13–19 开头</translation>
    </message>
    <message>
        <source>Choose a document type</source>
        <translation>请选择证件类型</translation>
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
    <message>
        <source>A phone number has only digits, spaces, hyphens, brackets and a leading +</source>
        <extracomment>DOMAIN.md §3.4: a Chinese mobile is 1[3-9] and 9 digits. phonenumbers&apos; metadata does not know every range the carriers opened (149, 174, 194 …), so such numbers are taken as mobiles without asking it.</extracomment>
        <translation>电话号码只能包含数字、空格、连字符、括号和开头的 +</translation>
    </message>
    <message>
        <source>A mobile number has no extension</source>
        <translation>手机号码没有分机号</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits (this one has {n})</source>
        <translation>手机号码为 11 位（此号码有 {n} 位）</translation>
    </message>
    <message>
        <source>No Chinese mobile number starts with {prefix}</source>
        <translation>没有以 {prefix} 开头的中国手机号码</translation>
    </message>
    <message>
        <source>A landline needs its area code, e.g. 0755-2888 1234</source>
        <translation>固定电话须带区号，如 0755-2888 1234</translation>
    </message>
    <message>
        <source>This is neither a mobile number (11 digits) nor a landline with its area code (e.g. 0755-2888 1234) nor a 400/800 number</source>
        <translation>这既不是手机号码（11 位），也不是带区号的固定电话（如 0755-2888 1234），也不是 400/800 号码</translation>
    </message>
</context>
<context>
    <name>Validity</name>
    <message>
        <source>To be decided</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Register a visitor</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>Business at the desk</source>
        <translation>前台办事</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Returning visitor: last came {when} to {room} ({n} visits on record)</source>
        <translation>老访客：上次于 {when} 拜访 {room}（共来访 {n} 次）</translation>
    </message>
    <message>
        <source>Known from the estate registry: filled in from the household file</source>
        <translation>房屋档案中已有此人，已按档案填入</translation>
    </message>
    <message>
        <source>Check before registering:</source>
        <translation>登记前请核实：</translation>
    </message>
    <message>
        <source>Register &amp;anyway</source>
        <translation>仍然登记(&amp;A)</translation>
    </message>
</context>
<context>
    <name>VisitPurpose</name>
    <message>
        <source>Business at the desk</source>
        <translation>前台办事</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>“{action}” does not apply to {category}</source>
        <translation>“{action}”不适用于{category}</translation>
    </message>
    <message>
        <source>A plate is a province character, a letter and 5 or 6 letters or digits, such as 浙A12345</source>
        <translation>车牌号由省份简称、一个字母和 5 或 6 位字母或数字组成，如 浙A12345</translation>
    </message>
    <message>
        <source>Companions must be a whole number</source>
        <translation>同行人数须为整数</translation>
    </message>
    <message>
        <source>At most {n} companions: register a group as several visits</source>
        <translation>同行人数最多 {n} 人，团体来访请分多次登记</translation>
    </message>
    <message>
        <source>A pass number has at most 20 letters, digits and dashes</source>
        <translation>通行证号最多 20 位字母、数字或短横线</translation>
    </message>
    <message>
        <source>The departure ({departure}) cannot be before the arrival ({arrival})</source>
        <translation>离开时间（{departure}）不能早于到达时间（{arrival}）</translation>
    </message>
    <message>
        <source>The departure cannot be before the visitor was admitted ({at})</source>
        <translation>离开时间不能早于放行时间（{at}）</translation>
    </message>
    <message>
        <source>The departure cannot be in the future</source>
        <translation>离开时间不能晚于当前时间</translation>
    </message>
    <message>
        <source>Check before registering: {warnings}</source>
        <extracomment>the state each host answer leads to, and the action that records it statuses of a visitor waiting at the desk (registered, the host not yet answered or just agreed) statuses in which the host&apos;s answer is awaited (its clock runs)</extracomment>
        <translation>登记前请核实：{warnings}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>来访类型</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Company or address</source>
        <translation>单位或住址</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Room visited</source>
        <translation>被访房号</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Items carried</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Choose whether the person visits a resident or has business at the desk</source>
        <translation>请选择是拜访住户还是到前台办事</translation>
    </message>
    <message>
        <source>Choose the purpose of the visit</source>
        <translation>请选择来访事由</translation>
    </message>
    <message>
        <source>Choose a document type</source>
        <translation>请选择证件类型</translation>
    </message>
    <message>
        <source>Give the room the visitor goes to</source>
        <extracomment>a registration, in the order of the form what a visitor entering the estate must give besides a service visit, and the words when it is missing</extracomment>
        <translation>请填写被访房号</translation>
    </message>
    <message>
        <source>A room code looks like 3-2-1502</source>
        <translation>房号格式如 3-2-1502</translation>
    </message>
    <message>
        <source>There is no room {code} in this estate</source>
        <translation>本小区没有房屋 {code}</translation>
    </message>
    <message>
        <source>Type the full document number</source>
        <extracomment>the registration&apos;s values kept in a visit&apos;s own columns</extracomment>
        <translation>请输入完整的证件号码</translation>
    </message>
    <message>
        <source>Type the full phone number</source>
        <translation>请输入完整的电话号码</translation>
    </message>
    <message>
        <source>{name} is on the watchlist: {reason}</source>
        <translation>{name} 在关注名单中：{reason}</translation>
    </message>
    <message>
        <source>Someone named {name} is on the watchlist ({reason}): compare the document</source>
        <translation>关注名单中有同名人员 {name}（{reason}），请核对证件</translation>
    </message>
    <message>
        <source>{name} is still on site: admitted for {room} at {time} ({number}) and never signed out</source>
        <translation>{name} 仍在小区内：{time} 放行前往 {room}（{number}），尚未登记离开</translation>
    </message>
    <message>
        <source>This visit no longer exists</source>
        <translation>该来访记录已不存在</translation>
    </message>
    <message>
        <source>Give the number of the record, such as TS20250612-0003</source>
        <translation>请填写单据编号，如 TS20250612-0003</translation>
    </message>
    <message>
        <source>A visit cannot be turned into another visit</source>
        <translation>来访记录不能转为另一条来访记录</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>未登记离开</translation>
    </message>
    <message>
        <source>Host&apos;s answer overdue</source>
        <translation>被访人答复超时</translation>
    </message>
    <message>
        <source>All visits</source>
        <extracomment>the status chips of the register: key → label; each filter uses an index</extracomment>
        <translation>全部来访</translation>
    </message>
    <message>
        <source>On site now</source>
        <translation>当前在场</translation>
    </message>
    <message>
        <source>Waiting at the desk</source>
        <translation>前台等候</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>未放行</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Business at the desk</source>
        <translation>前台办事</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Unknown status filter {status}</source>
        <extracomment>status filters that ask about now, whatever day the visit began a row of those columns, with the host&apos;s running deadline a prefix matching more visits than this is filtered while walking the register in time order (the rows come in order and 200 matches are near); fewer are read from the prefix&apos;s own index and sorted</extracomment>
        <translation>未知的状态筛选 {status}</translation>
    </message>
    <message>
        <source>This document number is already on the watchlist</source>
        <translation>该证件号码已在关注名单中</translation>
    </message>
    <message>
        <source>This watchlist entry no longer exists</source>
        <translation>该关注名单记录已不存在</translation>
    </message>
    <message>
        <source>No record has the number {number}: check the number on the complaint, key loan or slip it was turned into</source>
        <translation>没有编号为 {number} 的单据：请核对转成的投诉、钥匙借用或联系单的编号</translation>
    </message>
    <message>
        <source>pass returned</source>
        <translation>通行证已收回</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Host&apos;s answer</source>
        <translation>被访人答复</translation>
    </message>
    <message>
        <source>Pass no.</source>
        <translation>通行证号</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>放行时间</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Turned into</source>
        <translation>转为</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Registered despite: {w}</source>
        <translation>已知悉以下提示仍登记：{w}</translation>
    </message>
    <message>
        <source>This entry is already off the watchlist</source>
        <translation>该人员已移出关注名单</translation>
    </message>
    <message>
        <source>Today: {n} visits</source>
        <translation>今日来访 {n} 人次</translation>
    </message>
    <message>
        <source>{n} not signed out</source>
        <translation>{n} 人未登记离开</translation>
    </message>
    <message>
        <source>{name} → {room}, since {time}</source>
        <translation>{name} → {room}，{time} 起</translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation>在场访客</translation>
    </message>
    <message>
        <source>{name} visiting {room}, in since {time}</source>
        <translation>{name} 拜访 {room}，{time} 进入</translation>
    </message>
    <message>
        <source>pass {no}</source>
        <translation>通行证 {no}</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>近期来访</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>There is no visit {number}</source>
        <translation>没有来访记录 {number}</translation>
    </message>
    <message>
        <source>Mobile or landline; a known visitor is filled in</source>
        <translation>手机或固定电话；老访客会自动填入信息</translation>
    </message>
    <message>
        <source>e.g. 浙A12345</source>
        <translation>如：浙A12345</translation>
    </message>
    <message>
        <source>Dangerous items stay outside the estate</source>
        <translation>危险物品不得带入小区</translation>
    </message>
    <message>
        <source>Admit now</source>
        <translation>立即放行</translation>
    </message>
    <message>
        <source>HH:MM, or YYYY-MM-DD HH:MM</source>
        <translation>HH:MM，或 YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>e.g. TS20250612-0003</source>
        <translation>如：TS20250612-0003</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>在名单中</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>接待员</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>the date ranges of the filter bar (the kit&apos;s Dates box gives any other)</extracomment>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Room (3-2-1502, 3-2-)</source>
        <translation>房号（3-2-1502、3-2-）</translation>
    </message>
    <message>
        <source>A room code, or its beginning for a building or unit</source>
        <translation>房号，或输入开头部分以查找楼栋、单元</translation>
    </message>
    <message>
        <source>Choose a visit in the list.</source>
        <translation>请在列表中选择来访记录。</translation>
    </message>
    <message>
        <source>No visits in this period yet. Register a visitor with “New visitor” (Ctrl+N) or an owner&apos;s business with Ctrl+Shift+N.</source>
        <translation>此期间尚无来访记录。可用“访客登记”（Ctrl+N）登记访客，或按 Ctrl+Shift+N 登记业主办事。</translation>
    </message>
    <message>
        <source>No visit matches the filter. Clear the search or choose “All visits”.</source>
        <translation>没有符合筛选条件的来访记录。请清空搜索或选择“全部来访”。</translation>
    </message>
    <message>
        <source>&amp;New visitor</source>
        <translation>访客登记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Print visitor slip</source>
        <translation>打印访客单(&amp;P)</translation>
    </message>
    <message>
        <source>Print day&apos;s &amp;register</source>
        <translation>打印当日登记表(&amp;R)</translation>
    </message>
    <message>
        <source>Household &amp;card</source>
        <translation>房屋档案卡(&amp;C)</translation>
    </message>
    <message>
        <source>Any part of a name, its pinyin, any part of a phone, document or FK number (Ctrl+F)</source>
        <translation>姓名任意部分、拼音、电话任意部分、证件号或来访单号（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Business at the desk</source>
        <translation>前台办事(&amp;B)</translation>
    </message>
    <message>
        <source>Register an owner&apos;s business at the counter (Ctrl+Shift+N)</source>
        <translation>登记业主到前台办事（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>来访人员登记表 of the first day of the range (Ctrl+Shift+P)</source>
        <translation>打印所选范围第一天的来访人员登记表（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Watchlist…</source>
        <translation>关注名单(&amp;W)…</translation>
    </message>
    <message>
        <source>Visitor register</source>
        <translation>来访人员登记表</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>On site now {n}</source>
        <translation>当前在场 {n}</translation>
    </message>
    <message>
        <source>Not signed out {n}</source>
        <translation>未登记离开 {n}</translation>
    </message>
    <message>
        <source>Visits {n}</source>
        <translation>来访 {n}</translation>
    </message>
    <message>
        <source>visitors {a} admitted, {r} not admitted, {w} waiting</source>
        <translation>访客：放行 {a}，未放行 {r}，等候 {w}</translation>
    </message>
    <message>
        <source>business at the desk {n}</source>
        <translation>前台办事 {n}</translation>
    </message>
    <message>
        <source>{m:.0f} min at the counter on average</source>
        <translation>平均办理 {m:.0f} 分钟</translation>
    </message>
    <message>
        <source>{p:.0%} turned into records</source>
        <translation>{p:.0%} 已转办</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Your role may not register visits.</source>
        <translation>您的角色无权登记来访。</translation>
    </message>
    <message>
        <source>Registered.</source>
        <translation>已登记。</translation>
    </message>
    <message>
        <source>Dates: {first} to {last}</source>
        <translation>日期：{first} 至 {last}</translation>
    </message>
    <message>
        <source>Dates: all</source>
        <translation>日期：全部</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>WatchEditor</name>
    <message>
        <source>Edit watchlist entry</source>
        <translation>编辑关注名单</translation>
    </message>
    <message>
        <source>Add to the watchlist</source>
        <translation>加入关注名单</translation>
    </message>
</context>
<context>
    <name>WatchlistDialog</name>
    <message>
        <source>Visitor watchlist</source>
        <translation>访客关注名单</translation>
    </message>
    <message>
        <source>Registering a visitor with the same document number, phone or name shows the reason to the desk. Removed entries are kept for the record.</source>
        <translation>登记访客时，如证件号码、电话或姓名与名单相同，前台会看到关注原因。已移出的记录会保留备查。</translation>
    </message>
    <message>
        <source>Show &amp;removed entries</source>
        <translation>显示已移出的记录(&amp;R)</translation>
    </message>
    <message>
        <source>Nobody is on the watchlist. Add a person with “Add”.</source>
        <translation>关注名单为空。可点“添加”加入人员。</translation>
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
        <source>Re&amp;move</source>
        <translation>移出(&amp;M)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Choose an entry first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <source>Choose an entry that is on the list.</source>
        <translation>请选择仍在名单中的记录。</translation>
    </message>
    <message>
        <source>{name} is off the watchlist.</source>
        <translation>{name} 已移出关注名单。</translation>
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
        <extracomment>a request time may be typed a little ahead of the clock (two PCs&apos; clocks differ), not more</extracomment>
        <translation>时间格式为 14:05 或 06-12 14:05</translation>
    </message>
    <message>
        <source>There is no such date or time</source>
        <translation>日期或时间无效</translation>
    </message>
    <message>
        <source>The time cannot be later than now</source>
        <translation>时间不能晚于当前时间</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>事项内容</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the quick entry offers no &quot;transferred&quot; (it asks nobody to transfer to): 转为… does that</extracomment>
        <translation>答复</translation>
    </message>
    <message>
        <source>There is no room {code}</source>
        <translation>没有房屋 {code}</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>转办对象</translation>
    </message>
    <message>
        <source>This work-log row no longer exists</source>
        <translation>该工作日志记录已不存在</translation>
    </message>
    <message>
        <source>Row {number} is {state} and can no longer be changed</source>
        <extracomment>a list&apos;s row: the entry and its running deadline (None once it has a result)</extracomment>
        <translation>记录 {number} 状态为“{state}”，不能再修改</translation>
    </message>
    <message>
        <source>Row {number} is void</source>
        <translation>记录 {number} 已作废</translation>
    </message>
    <message>
        <source>Closed at</source>
        <extracomment>its details may be corrected by this user (it is not closed or void) it may be turned into another workflow&apos;s record (it is not void)</extracomment>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Turned into</source>
        <translation>转为</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>A day can be checked only once it has begun</source>
        <translation>当天开始后才能检查</translation>
    </message>
    <message>
        <source>{n} rows have no result: note how they are followed up</source>
        <translation>有 {n} 条尚无处理结果，请注明如何跟进</translation>
    </message>
    <message>
        <source>The work log of {day} was checked already by {name} at {at}</source>
        <translation>{day} 的工作日志已由 {name} 于 {at} 检查</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>a work-log row as the quick entry and the editor take it (the service parses the time with its clock)</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Time corrected</source>
        <translation>更正时间</translation>
    </message>
    <message>
        <source>Open (no result yet)</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>now, or 14:05</source>
        <translation>当前时间，或 14:05</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>Answer or result</source>
        <translation>答复或处理结果</translation>
    </message>
    <message>
        <source>e.g. 工程部 张师傅</source>
        <translation>如：工程部 张师傅</translation>
    </message>
    <message>
        <source>Note (how open rows are followed up)</source>
        <extracomment>the supervisor&apos;s daily check of the work log: how rows without a result are followed up</extracomment>
        <translation>备注（未处理事项如何跟进）</translation>
    </message>
</context>
<context>
    <name>WorkLogPage</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Without a result</source>
        <translation>未有结果</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Caller, room, phone, request or No.</source>
        <translation>报事人、房号、电话、事项或编号</translation>
    </message>
    <message>
        <source>Choose a row to answer, transfer or close it, or to turn it into a record.</source>
        <translation>选择一行，可答复、转办、办结，或转为其他业务记录。</translation>
    </message>
    <message>
        <source>No requests in this period yet. Type the next call into the form above (F2) and press Enter.</source>
        <translation>本期间还没有登记。在上方表单（F2）录入来电，按回车保存。</translation>
    </message>
    <message>
        <source>New request (F2)</source>
        <translation>新登记（F2）</translation>
    </message>
    <message>
        <source>Mark the day as checked…</source>
        <translation>标记当日已检查…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Con&amp;vert to…</source>
        <translation>转为(&amp;V)…</translation>
    </message>
    <message>
        <source>Saved {number}.</source>
        <translation>已保存 {number}。</translation>
    </message>
    <message>
        <source>{day}: {n} requests, {m} without a result</source>
        <translation>{day}：共 {n} 条，{m} 条尚无处理结果</translation>
    </message>
    <message>
        <source>— the day&apos;s desk hours are over: give every row a result or its follow-up.</source>
        <translation>——今日前台工作时间已结束：请为每条记录填写处理结果或跟进措施。</translation>
    </message>
    <message>
        <source>Checked by {name} at {at}</source>
        <translation>已由 {name} 于 {at} 检查</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Linked to the new record.</source>
        <translation>已关联到新单据。</translation>
    </message>
    <message>
        <source>“{what}” is not available in this version.</source>
        <translation>本版本暂不支持“{what}”。</translation>
    </message>
    <message>
        <source>The day is marked as checked.</source>
        <translation>已标记当日已检查。</translation>
    </message>
    <message>
        <source>Date: {span}</source>
        <translation>日期：{span}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Duty log</source>
        <translation>值班日志</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Notice delivery</source>
        <translation>通知送达</translation>
    </message>
    <message>
        <source>Work contact slip</source>
        <extracomment>states in which the department still owes a reply</extracomment>
        <translation>工作联系单</translation>
    </message>
    <message>
        <source>Parcel or letter kept for a resident</source>
        <extracomment>states in which an item waits at the desk</extracomment>
        <translation>代收代转物品</translation>
    </message>
    <message>
        <source>Visitor reception</source>
        <translation>来访接待</translation>
    </message>
    <message>
        <source>Registered</source>
        <extracomment>a transition&apos;s target that keeps the state it came from (a progress report in either of two states) kinds and states are stored in 20-character columns, actions in 30-character ones</extracomment>
        <translation>登记</translation>
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
        <source>Draft</source>
        <extracomment>what a record numbered by an action shows for its number until then (a notice&apos;s draft)</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>There is no action “{action}” for {workflow}</source>
        <translation>{workflow}没有“{action}”这一操作</translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation>{field}不能晚于当前时间</translation>
    </message>
    <message>
        <source>{field} cannot be before the previous step ({at})</source>
        <translation>{field}不能早于上一步（{at}）</translation>
    </message>
    <message>
        <source>Choose a status from the list</source>
        <translation>请从列表中选择状态</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Key cabinet</source>
        <translation>钥匙柜</translation>
    </message>
    <message>
        <source>Key loans</source>
        <translation>钥匙借用</translation>
    </message>
    <message>
        <source>Common-area patrol</source>
        <translation>公共区域巡查</translation>
    </message>
    <message>
        <source>Patrol finding</source>
        <translation>巡查问题</translation>
    </message>
    <message>
        <source>Vacant-unit register</source>
        <translation>空置房登记</translation>
    </message>
    <message>
        <source>Vacant-unit inspection</source>
        <translation>空置房巡检</translation>
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
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Deposit refund</source>
        <translation>押金退还</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>房屋租赁</translation>
    </message>
    <message>
        <source>Renovation applications</source>
        <translation>房屋装修申报</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>零星入住</translation>
    </message>
    <message>
        <source>Move-outs</source>
        <extracomment>a move-out in these states holds the room (no second one; goods wait for the settlement)</extracomment>
        <translation>撤租</translation>
    </message>
    <message>
        <source>Goods release slips</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>Renovation patrols</source>
        <translation>装修巡查</translation>
    </message>
    <message>
        <source>Violation notices</source>
        <translation>违章整改通知书</translation>
    </message>
</context>
</TS>
