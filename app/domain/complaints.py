"""投诉处理 and 客户回访 — complaints (DOMAIN.md §4.2) and follow-ups (§4.3): permissions, codes, fields, the two
declared workflows and the rules that are not state changes.

**Complaints** (投诉, TS): ``已受理 → 已初复 → 处理中 (⇄ 等待中) → 已办结 → 已回访 → 已关闭``; ``已受理/已初复 →
已解释 (无效投诉) → 已关闭``; any open → ``已撤销``; ``作废`` by the supervisor. "已致歉" must be ticked when a
complaint is registered (the manual's first rule); it is valid (有效) before it is dispatched; dispatching
names the responsible department; resolving needs a result; a resolved complaint is closed only after its
follow-up (or, when the complainant cannot be reached after the attempts allowed, by the supervisor giving
the follow-up up). An unsatisfied follow-up reopens it (``reopen``: the counter goes up, the second time
it is flagged 重复投诉).

Three clocks by urgency on the working-day calendar (parameters of §7): the initial reply, the progress
report to the complainant (restarted by each report) and the resolution, which stands still while the
complaint waits for the owner or a contractor (``waiting``) and escalates to the CS supervisor at its
deadline and to the manager at ``complaint.manager_escalation_factor`` times it.

**Follow-ups** (回访, HF): ``待回访 → 已回访 → 已审核``; ``待回访 → 无法回访`` (given up by the supervisor after
``followup.max_attempts`` failed attempts); a deadline clock set when the follow-up is planned.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from app.domain.enums import LabelledEnum
from app.domain.errors import ValidationError
from app.domain.fields import VOID_REASON, FieldSpec
from app.domain.permissions import ST, C, R, S, declare
from app.domain.relay import TARGET_DEPARTMENTS
from app.domain.validation import check_phone
from app.domain.workflow import STAY, Clock, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

COMPLAINT_KIND = "complaint"
FOLLOWUP_KIND = "followup"

# --------------------------------------------------------------------------------------------- permissions

_GROUP = T("Permission", "Complaints and follow-ups")
COMPLAINT_VIEW = declare("complaint.view", T("Permission", "View complaints and follow-ups"), _GROUP, S, ST, R, C)
COMPLAINT_HANDLE = declare("complaint.handle", T(
    "Permission", "Register complaints, reply, dispatch, report progress and record results"), _GROUP, S, ST, R)
COMPLAINT_SUPERVISE = declare("complaint.supervise", T(
    "Permission", "Close complaints without a follow-up, void complaints"), _GROUP, S)
FOLLOWUP_DO = declare("followup.do", T("Permission", "Carry out follow-ups"), _GROUP, S, ST, R)
FOLLOWUP_REVIEW = declare("followup.review", T(
    "Permission", "Review follow-ups, give them up, plan routine visits and surveys"), _GROUP, S)


# --------------------------------------------------------------------------------------------- codes

class Channel(LabelledEnum):
    PHONE = ("phone", T("Channel", "Phone call"), "来电")
    VISIT = ("visit", T("Channel", "At the desk"), "来访")
    LETTER = ("letter", T("Channel", "Letter"), "来函")
    ONLINE = ("online", T("Channel", "Online"), "网络")
    OTHER = ("other", T("Channel", "Other"), "其他")


class ComplainantRole(LabelledEnum):
    OWNER = ("owner", T("Enum", "Owner"))
    TENANT = ("tenant", T("Enum", "Tenant"))
    VISITOR = ("visitor", T("Complainant", "Visitor"), "访客")
    OTHER = ("other", T("Enum", "Other"))


class ComplaintType(LabelledEnum):
    COMPLAINT = ("complaint", T("ComplaintType", "Complaint"), "投诉")
    SUGGESTION = ("suggestion", T("ComplaintType", "Suggestion"), "建议")
    ENQUIRY = ("enquiry", T("ComplaintType", "Enquiry"), "咨询")


class Category(LabelledEnum):
    FACILITIES = ("facilities", T("Category", "Facilities and equipment"), "设施设备")
    ENVIRONMENT = ("environment", T("Category", "Cleaning and environment"), "环境卫生")
    SERVICE = ("service", T("Category", "Quality of service"), "服务质量")
    SECURITY = ("security", T("Category", "Safety and order"), "安全秩序")
    FEES = ("fees", T("Category", "Fees"), "收费")
    RENOVATION = ("renovation", T("Category", "Renovation"), "装修")
    NEIGHBOURS = ("neighbours", T("Category", "Neighbours"), "邻里")
    OTHER = ("other", T("Category", "Other"), "其他")


class Urgency(LabelledEnum):
    URGENT = ("urgent", T("Urgency", "Urgent"), "紧急")
    GENERAL = ("general", T("Urgency", "General"), "一般")


class Validity(LabelledEnum):
    PENDING = ("pending", T("Validity", "To be decided"), "待定")
    VALID = ("valid", T("Validity", "Valid"), "有效")
    INVALID = ("invalid", T("Validity", "Invalid"), "无效")


class EscalationLevel(LabelledEnum):
    SUPERVISOR = ("supervisor", T("Escalation", "CS supervisor"), "客服主管")
    MANAGER = ("manager", T("Escalation", "Management office manager"), "管理处经理")
    LEADERSHIP = ("leadership", T("Escalation", "Company leadership"), "公司领导")


class FollowUpType(LabelledEnum):
    COMPLAINT = ("complaint", T("FollowUpType", "Complaint follow-up"), "投诉回访")
    REPAIR = ("repair", T("FollowUpType", "Repair follow-up"), "维修回访")
    PAID = ("paid", T("FollowUpType", "Paid service follow-up"), "有偿服务回访")
    ROUTINE = ("routine", T("FollowUpType", "Routine household visit"), "定期走访")
    MOVE_IN = ("move_in", T("FollowUpType", "Move-in follow-up"), "入住回访")
    RENOVATION = ("renovation", T("FollowUpType", "Renovation follow-up"), "装修回访")
    SURVEY = ("survey", T("FollowUpType", "Satisfaction survey"), "满意度调查")


class Method(LabelledEnum):
    PHONE = ("phone", T("FollowUpMethod", "By phone"), "电话")
    VISIT = ("visit", T("FollowUpMethod", "On site"), "上门")
    SMS = ("sms", T("FollowUpMethod", "Text message"), "短信")
    WECHAT = ("wechat", T("FollowUpMethod", "WeChat"), "微信")


class Satisfaction(LabelledEnum):
    SATISFIED = ("satisfied", T("Satisfaction", "Satisfied (A)"), "满意")
    FAIR = ("fair", T("Satisfaction", "Fairly satisfied (B)"), "较满意")
    UNSATISFIED = ("unsatisfied", T("Satisfaction", "Not satisfied (C)"), "不满意")


SATISFIED = (Satisfaction.SATISFIED.value, Satisfaction.FAIR.value)
NAME_MAX, CONTENT_MAX, TEXT_MAX = 30, 1000, 500


def _phone(value: str, _values: Mapping[str, Any]) -> str:
    return check_phone(value, "phone", required=True)


# --------------------------------------------------------------------------------------------- fields

CHANNEL = FieldSpec("channel", T("Complaints", "Channel"), "choice", choices=Channel, required=True,
                    default=Channel.PHONE.value)
COMPLAINANT = FieldSpec("complainant", T("Complaints", "Complainant"), required=True, max_len=NAME_MAX)
PHONE = FieldSpec("phone", T("Complaints", "Phone"), required=True, max_len=30, check=_phone, private=True,
                  placeholder=T("Complaints", "Needed for the follow-up"))
ROOM = FieldSpec("room", T("Complaints", "Room"), "room")
ROLE = FieldSpec("role", T("Complaints", "Complainant is"), "choice", choices=ComplainantRole,
                 default=ComplainantRole.OWNER.value)
CTYPE = FieldSpec("ctype", T("Complaints", "Type"), "choice", choices=ComplaintType, required=True,
                  default=ComplaintType.COMPLAINT.value)
CATEGORY = FieldSpec("category", T("Complaints", "Category"), "choice", choices=Category, required=True,
                     column="category")
URGENCY = FieldSpec("urgency", T("Complaints", "Urgency"), "choice", choices=Urgency, required=True,
                    default=Urgency.GENERAL.value)
MAJOR = FieldSpec("major", T("Complaints", "Major complaint"), "bool")
CONTENT = FieldSpec("content", T("Complaints", "What happened"), "multiline", required=True, max_len=CONTENT_MAX,
                    wide=True)
DEMAND = FieldSpec("demand", T("Complaints", "What the complainant asks for"), "multiline", max_len=TEXT_MAX,
                   wide=True)
APOLOGISED = FieldSpec("apologised", T("Complaints", "Apologised to the complainant"), "bool", required=True)
VALIDITY = FieldSpec("validity", T("Complaints", "Validity"), "choice", choices=Validity, required=True,
                     column="validity")
INITIAL_REPLY = FieldSpec("initial_reply", T("Complaints", "Initial reply"), "multiline", required=True,
                          max_len=TEXT_MAX, column="initial_reply", wide=True,
                          placeholder=T("Complaints", "What will be done, by whom, by when"))
REPLY_BY = FieldSpec("reply_by", T("Complaints", "Who will handle it"), max_len=NAME_MAX, column="reply_by")
PROMISED_AT = FieldSpec("promised_at", T("Complaints", "Promised by"), "datetime", column="promised_at")
DEPT = FieldSpec("dept", T("Complaints", "Responsible department"), "choice", choices=TARGET_DEPARTMENTS,
                 required=True, column="dept")
ASSIGNEE = FieldSpec("assignee", T("Complaints", "Handled by"), max_len=NAME_MAX, column="assignee")
SEND_SLIP = FieldSpec("send_slip", T("Complaints", "Send a work slip to the department"), "bool")
LEVEL = FieldSpec("level", T("Complaints", "Escalate to"), "choice", choices=EscalationLevel, required=True,
                  column="escalated_to")
RESULT = FieldSpec("result", T("Complaints", "Result"), "multiline", required=True, max_len=TEXT_MAX,
                   column="result", wide=True)
EXPLANATION = FieldSpec("result", T("Complaints", "Explanation given"), "multiline", required=True,
                        max_len=TEXT_MAX, column="result", wide=True)

FTYPE = FieldSpec("ftype", T("FollowUps", "Type"), "choice", choices=FollowUpType, required=True,
                  default=FollowUpType.ROUTINE.value)
INTERVIEWEE = FieldSpec("interviewee", T("FollowUps", "Interviewee"), required=True, max_len=NAME_MAX,
                        column="interviewee")
F_PHONE = FieldSpec("phone", T("FollowUps", "Phone"), max_len=30, private=True,
                    check=lambda v, _: check_phone(v, "phone"))
F_ROOM = FieldSpec("room", T("FollowUps", "Room"), "room")
PLANNED_ON = FieldSpec("due_on", T("FollowUps", "Follow up by"), "date", required=True)
TOPIC = FieldSpec("topic", T("FollowUps", "What about"), max_len=200, wide=True)
METHOD = FieldSpec("method", T("FollowUps", "Method"), "choice", choices=Method, required=True,
                   default=Method.PHONE.value, column="method")
FEEDBACK = FieldSpec("feedback", T("FollowUps", "Feedback"), "multiline", required=True, max_len=TEXT_MAX,
                     column="feedback", wide=True)
SATISFACTION = FieldSpec("satisfaction", T("FollowUps", "Satisfaction"), "choice", choices=Satisfaction,
                         required=True, column="satisfaction")
PROBLEMS = FieldSpec("problems", T("FollowUps", "Problems found"), "multiline", max_len=TEXT_MAX,
                     column="problems", wide=True)
ACTION_TAKEN = FieldSpec("action_taken", T("FollowUps", "Action taken"), "multiline", max_len=TEXT_MAX,
                         column="action_taken", wide=True)
SIGNED = FieldSpec("signed", T("FollowUps", "Signature or photo (on site)"), "attachment")
OPINION = FieldSpec("opinion", T("FollowUps", "Supervisor's opinion"), "multiline", required=True,
                    max_len=TEXT_MAX, column="opinion", wide=True)


# --------------------------------------------------------------------------------------------- complaints

MSG_NOT_VALID = T("Complaints", "Decide that the complaint is valid before it is dispatched (an invalid one "
                                "is explained to the complainant)")
MSG_NO_FOLLOWUP = T("Complaints", "A resolved complaint is closed by its follow-up")

COMPLAINT_STATES = [
    State("registered", T("State", "Registered"), tone="attention", print_label="已受理"),
    State("replied", T("State", "Initial reply given"), print_label="已初复"),
    State("dispatched", T("State", "Being handled"), print_label="处理中"),
    State("waiting", T("State", "Waiting for the owner or a contractor"), tone="attention", print_label="等待中"),
    State("resolved", T("State", "Resolved, follow-up due"), print_label="已办结"),
    State("visited", T("State", "Followed up"), print_label="已回访"),
    State("explained", T("State", "Explained (invalid)"), print_label="已解释"),
    State("closed", T("State", "Closed"), terminal=True, print_label="已关闭"),
    State("withdrawn", T("State", "Withdrawn"), terminal=True, print_label="已撤销"),
    State("void", T("State", "Void"), terminal=True, print_label="作废"),
]
OPEN_HANDLING = ("registered", "replied", "dispatched", "waiting")


def _valid(complaint: Any) -> Text | None:
    return None if complaint.validity == Validity.VALID.value else MSG_NOT_VALID


COMPLAINTS = register(Workflow(
    COMPLAINT_KIND, label=T("Workflow", "Complaint"), doc_type="TS", states=COMPLAINT_STATES,
    initial="registered",
    fields=(CHANNEL, COMPLAINANT, PHONE, ROOM, ROLE, CTYPE, CATEGORY, URGENCY, MAJOR, CONTENT, DEMAND, APOLOGISED),
    created_with=("channel", "complainant", "phone", "room", "role", "ctype", "category", "urgency", "major",
                  "content", "demand", "apologised"),
    transitions=[
        Transition("reply", "registered", "replied", label=T("Action", "Initial reply"),
                   permission=COMPLAINT_HANDLE, fields=(INITIAL_REPLY, REPLY_BY, PROMISED_AT), effective=True),
        Transition("classify", OPEN_HANDLING, STAY, label=T("Action", "Classify"), permission=COMPLAINT_HANDLE,
                   fields=(VALIDITY, CATEGORY)),
        Transition("dispatch", "replied", "dispatched", label=T("Action", "Dispatch"),
                   permission=COMPLAINT_HANDLE, fields=(DEPT, ASSIGNEE, SEND_SLIP), guard=_valid),
        Transition("report", ("dispatched", "waiting"), STAY, label=T("Action", "Progress told to the complainant"),
                   permission=COMPLAINT_HANDLE, needs_note=True, effective=True),
        Transition("progress", ("dispatched", "waiting"), STAY, label=T("Action", "Record progress"),
                   permission=COMPLAINT_HANDLE, needs_note=True),
        Transition("wait", "dispatched", "waiting", label=T("Action", "Wait for the owner or a contractor"),
                   permission=COMPLAINT_HANDLE, needs_note=True),
        Transition("resume", "waiting", "dispatched", label=T("Action", "Resume"), permission=COMPLAINT_HANDLE),
        Transition("escalate", ("replied", "dispatched", "waiting"), STAY, label=T("Action", "Escalate"),
                   permission=COMPLAINT_HANDLE, fields=(LEVEL,), needs_note=True),
        Transition("resolve", ("dispatched", "waiting"), "resolved", label=T("Action", "Record the result"),
                   permission=COMPLAINT_HANDLE, fields=(RESULT,), effective=True),
        Transition("visit", "resolved", "visited", label=T("Action", "Followed up"), permission=FOLLOWUP_DO,
                   hidden=True),
        Transition("reopen", "resolved", "dispatched", label=T("Action", "Reopen"), permission=FOLLOWUP_DO,
                   hidden=True),
        Transition("close", ("visited", "explained"), "closed", label=T("Action", "Close"),
                   permission=COMPLAINT_HANDLE),
        Transition("close_unreachable", "resolved", "closed", label=T("Action", "Close without a follow-up"),
                   permission=COMPLAINT_SUPERVISE, hidden=True),
        Transition("explain", ("registered", "replied"), "explained", label=T("Action", "Invalid: explained"),
                   permission=COMPLAINT_HANDLE, fields=(EXPLANATION,)),
        Transition("withdraw", "*", "withdrawn", label=T("Action", "Withdrawn by the complainant"),
                   permission=COMPLAINT_HANDLE, needs_note=True, exclude=("resolved", "visited")),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=COMPLAINT_SUPERVISE,
                   fields=(VOID_REASON,)),
    ],
    clocks=[
        Clock("reply", label=T("Clock", "Initial reply"), start_on="registered",
              stop_on=("replied", "explained", "withdrawn", "void", "closed"), by="urgency",
              param={"urgent": "complaint.reply_hours_urgent", "general": "complaint.reply_hours_general"},
              escalate_at=(1.0, "complaint.manager_escalation_factor"),
              escalation_labels=(EscalationLevel.SUPERVISOR.label, EscalationLevel.MANAGER.label)),
        Clock("report", label=T("Clock", "Progress report"), start_on="dispatched", restart_on=("report",),
              stop_on=("resolved", "explained", "withdrawn", "void", "closed"), by="urgency",
              param={"urgent": "complaint.progress_hours_urgent",
                     "general": "complaint.progress_working_days_general"}),
        Clock("resolve", label=T("Clock", "Resolution"), start_on=("registered", "dispatched"),
              pause_on=("waiting",), stop_on=("resolved", "explained", "withdrawn", "void", "closed"),
              by="urgency", param={"urgent": "complaint.resolve_hours_urgent",
                                   "general": "complaint.resolve_working_days_general"},
              escalate_at=(1.0, "complaint.manager_escalation_factor"),
              escalation_labels=(EscalationLevel.SUPERVISOR.label, EscalationLevel.MANAGER.label)),
    ],
))


def check_apology(apologised: bool) -> None:
    """The manual's first rule: apologise before anything else."""
    if not apologised:
        raise ValidationError(T("Complaints", "Apologise to the complainant first, then tick “Apologised”"),
                              "apologised")


def is_repeat(reopens: int, threshold: int) -> bool:
    """A complaint reopened ``threshold`` times (parameter complaint.repeat_reopens) is a repeat complaint."""
    return reopens >= threshold


# --------------------------------------------------------------------------------------------- follow-ups

FOLLOWUP_STATES = [
    State("planned", T("State", "To follow up"), print_label="待回访"),
    State("done", T("State", "Followed up"), print_label="已回访"),
    State("reviewed", T("State", "Reviewed"), terminal=True, print_label="已审核"),
    State("unreachable", T("State", "Could not be reached"), terminal=True, print_label="无法回访"),
    State("void", T("State", "Void"), terminal=True, print_label="作废"),
]

FOLLOWUPS = register(Workflow(
    FOLLOWUP_KIND, label=T("Workflow", "Follow-up"), doc_type="HF", states=FOLLOWUP_STATES, initial="planned",
    fields=(FTYPE, INTERVIEWEE, F_PHONE, F_ROOM, PLANNED_ON, TOPIC),
    created_with=("ftype", "interviewee", "phone", "room", "due_on", "topic"),
    transitions=[
        Transition("attempt", "planned", "planned", label=T("Action", "Could not reach"), permission=FOLLOWUP_DO),
        Transition("record", "planned", "done", label=T("Action", "Record the follow-up"), permission=FOLLOWUP_DO,
                   fields=(METHOD, INTERVIEWEE, FEEDBACK, SATISFACTION, PROBLEMS, ACTION_TAKEN, SIGNED),
                   effective=True),
        Transition("give_up", "planned", "unreachable", label=T("Action", "Give up: cannot be reached"),
                   permission=FOLLOWUP_REVIEW, needs_note=True),
        Transition("review", "done", "reviewed", label=T("Action", "Review"), permission=FOLLOWUP_REVIEW,
                   fields=(OPINION,)),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=FOLLOWUP_REVIEW,
                   fields=(VOID_REASON,)),
    ],
    clocks=[Clock("due", label=T("Clock", "Follow up by"), start_on="planned", stop_on=("done", "unreachable", "void"),
                  param=None, due_field="due_at")],
))


def sampled(number: str, rate_percent: int) -> bool:
    """Whether a record is in the sample followed up at ``rate_percent`` (the same answer on every desk and
    every day: a hash of its number, so a month of repairs is followed up at the rate)."""
    if rate_percent >= 100:
        return True
    digest = int(hashlib.sha256(number.encode()).hexdigest()[:8], 16)
    return digest % 100 < rate_percent
