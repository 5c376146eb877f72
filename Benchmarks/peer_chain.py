"""What the Python peers' chains share: the guideline check (Aho-Corasick over the same terms) and the Standard
Webhooks signature of the publish."""
import base64
import hashlib
import hmac
import time

import ahocorasick

TERMS = ["全网最低价", "最低价", "第一", "最好", "顶级", "国家级", "绝对", "史上最", "微信", "手机号"]
automaton = ahocorasick.Automaton()
for t in TERMS:
    automaton.add_word(t, t)
automaton.make_automaton()
SECRET = base64.b64decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")


def findings(title, body):
    return [term for _, term in automaton.iter(title + "\n" + body)]


def signed_headers(n, data):
    msg_id = f"msg_{n}"
    ts = str(int(time.time()))
    sig = base64.b64encode(hmac.new(SECRET, f"{msg_id}.{ts}.".encode() + data, hashlib.sha256).digest()).decode()
    return {"content-type": "application/json", "webhook-id": msg_id, "webhook-timestamp": ts, "webhook-signature": f"v1,{sig}"}
