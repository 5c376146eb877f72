"""Generates realistic workflow files for the validate benchmark (deterministic)."""
import os
import random

PLATFORMS = ["xiaohongshu", "douyin", "wechat-channels", "weibo"]
TERMS = ["最低价", "第一", "唯一", "顶级", "国家级", "最佳", "极品", "万能", "首选", "世界级", "清仓", "特价", "秒杀", "折扣", "降价"]


def workflow(i, rnd):
    steps = []
    steps.append(f"""  - id: guidelines
    check:
      block_on: error""")
    for a in range(3):
        steps.append(f"""  - id: approval-{a}
    if: draft.platforms contains "{rnd.choice(PLATFORMS)}" || findings.warnings > {a}
    approval:
      groups: [store-managers-{i % 17}, regional-compliance]
      same_store: {str(a == 0).lower()}
      required: {rnd.choice(['any', 'all', 2])}
      timeout: {rnd.choice(['2h', '24h', '48h', '1h30m'])}
      on_timeout:
        escalate: legal-{a}""")
    steps.append("""  - id: slot
    wait:
      slot: true""")
    for p in PLATFORMS:
        steps.append(f"""  - id: publish-{p}
    if: draft.platforms contains "{p}"
    publish:
      endpoint: gateway-{i}
      template: note.mustache
    retry:
      attempts: 5
      backoff: 30s""")
    return "\n".join(steps)


def document(i, rnd):
    terms = ", ".join(rnd.sample(TERMS, 10))
    return f"""# Generated program {i}: styling notes for boutique {i}.
apiVersion: kos/v1
kind: Workflow
id: program-{i}
description: Boutique {i} associates' styling notes, reviewed by store and region.
trigger:
  draft:
    platforms: [{", ".join(rnd.sample(PLATFORMS, 2))}]
calendar: calendar-{i}
guidelines: [prc-advertising-law, client-privacy, tone-{i}]
steps:
{workflow(i, rnd)}
---
apiVersion: kos/v1
kind: Calendar
id: calendar-{i}
timezone: Asia/Shanghai
slots:
  - cron: "0 {rnd.randint(8, 21)} * * TUE,FRI"
  - cron: "30 {rnd.randint(8, 21)} 1-7 * SAT"
  - rrule: "FREQ=MONTHLY;BYDAY=1SA;BYHOUR=11;BYMINUTE=0"
caps:
  - per: creator
    max: 3
    window: 7d
  - per: store
    max: 10
    window: 1d
blackouts:
  - from: "2026-12-24T00:00"
    to: "2026-12-26T23:59"
    reason: Holiday campaign.
embargoes:
  - products: [SKU-{i}-A, SKU-{i}-B]
    until: "2026-12-05T10:00"
jitter:
  per_creator: 10m
---
apiVersion: kos/v1
kind: Endpoint
id: gateway-{i}
url: https://gateway.example.com/boutique/{i}
secret: credential:gateway-{i}
rate_limit: 50/s
---
apiVersion: kos/v1
kind: Guidelines
id: tone-{i}
rules:
  - id: no-discount
    kind: existence
    level: error
    message: '"%s" is discount language.'
    terms: [{terms}]
  - id: phone
    kind: pattern
    level: error
    message: A phone number must never be posted.
    pattern: "1[3-9][0-9]{{9}}"
  - id: hashtags
    kind: occurrence
    level: warning
    message: Too many hashtags.
    token: hashtag
    max: 10
"""


def generate(workflows_dir, templates_dir, files=200, target_bytes=1 << 20):
    os.makedirs(workflows_dir, exist_ok=True)
    os.makedirs(templates_dir, exist_ok=True)
    with open(os.path.join(templates_dir, "note.mustache"), "w") as f:
        f.write('{{% CONTENT_TYPE: JSON }}\n{"title": "{{draft.title}}", "body": "{{draft.body}}"}\n')
    rnd = random.Random(20261122)
    total = 0
    per_file = target_bytes // files
    for i in range(files):
        text = document(i, rnd)
        pad = per_file - len(text.encode())
        if pad > 0:
            text += "# " + ("notes for reviewers " * (pad // 20 + 1))[: max(0, pad - 3)] + "\n"
        path = os.path.join(workflows_dir, f"program-{i:03}.yaml")
        with open(path, "w") as f:
            f.write(text)
        total += len(text.encode())
    return total
