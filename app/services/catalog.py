"""The workflow service modules. Importing one registers its workflow, permissions, home tiles, open items,
household-card sections and print sources; :func:`load_all` is called when a store opens, so the CLI, the
GUI and the tests all see every workflow. Keep these modules light to import (heavy libraries lazily)."""
from __future__ import annotations

import importlib

WORKFLOW_MODULES = (
    "app.services.duty",       # 值班日志 / 交接班 (DOMAIN.md §2.6)
    "app.services.worklog",    # 工作日志 (§2.6)
    "app.services.visits",     # 来访接待 (§4.1)
    "app.services.notices",    # 通知 (§4.4)
    "app.services.relay",      # 信息传递: 工作联系单 and 代收代转 (§4.9)
    "app.services.keys",       # 钥匙管理 (§4.6)
    "app.services.vacancy",    # 空置房管理 (§4.5)
    "app.services.renovation", # 房屋装修申报 (§4.14)
    "app.services.release",    # 装修期间物品放行 (§4.12)
    "app.services.site",       # 装修现场管理 (§4.7)
    "app.services.patrol",     # 公共区域巡查 (§4.10)
    "app.services.complaints", # 投诉处理 (§4.2)
    "app.services.followups",  # 客户回访 (§4.3)
    "app.services.fees",       # 收费 (§4.15, §5)
    "app.services.lease",      # 房屋租赁 (§4.8)
    "app.services.moveout",    # 撤租 (§4.11)
    "app.services.movein",     # 零星入住 (§4.13)
    "app.services.signoff",    # 主管日审: the day signed (§4.2 step 9)
    "app.services.monthly",    # 月度报表 (§6), from the workflows above
)


def load_all() -> None:
    importlib.import_module("app.services.records")   # the record kit: its default printed form
    for name in WORKFLOW_MODULES:
        importlib.import_module(name)
