"""Draws the pictures the image checks are tested and measured on, with what is in each.

    draw_images.py OUT_DIR [--set NAME] [--count N] [--seed S]

Sets:
  cards    1080x1440 styling-note pictures: some carry a client's mobile number (on a receipt, a price card, a
           note), some a QR code to a personal WeChat, some 全网最低价, some nothing to find; clean renders, then
           ones with noise, a slight rotation and JPEG compression.
  hostile  files that must be refused before any decoding: an animated GIF, an animated PNG, an animated WebP, a
           PNG whose header claims 50,000 x 50,000 pixels (a decompression bomb), a PNG named .jpg, a cut-short JPEG.

Prints one JSON object per line: {"file", "phone", "qr", "claim", "noisy"} for cards, {"file", "why"} for hostile.
Text is drawn with Debian's Noto CJK font; QR codes with the qrcode package.
"""
import json
import random
import struct
import sys
import zlib

from PIL import Image, ImageDraw, ImageFilter, ImageFont
import qrcode

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SC = 2  # the Simplified Chinese face in the collection

INNOCENT = ["秋冬新品 Arco 33 到店", "今天的搭配：驼色大衣配深棕手袋", "周末和闺蜜逛街", "编织小羊皮 手感柔软",
            "欢迎到店试背", "新季限定色 焦糖棕", "上海 IFC 店"]
PHONE_LABELS = ["预约电话", "客户电话", "联系方式", "电话", "手机"]


def phone(rng):
    prefix = rng.choice(["138", "139", "135", "186", "177", "152"])
    digits = "".join(rng.choice("0123456789") for _ in range(8))
    style = rng.choice(["spaced", "plain", "dashed"])
    if style == "spaced":
        return f"{prefix} {digits[:4]} {digits[4:]}", prefix + digits
    if style == "dashed":
        return f"{prefix}-{digits[:4]}-{digits[4:]}", prefix + digits
    return prefix + digits, prefix + digits


def card(rng, index, noisy):
    img = Image.new("RGB", (1080, 1440), tuple(rng.randint(225, 250) for _ in range(3)))
    d = ImageDraw.Draw(img)
    # A photo-like backdrop: soft blocks of colour.
    for _ in range(6):
        x, y = rng.randint(0, 900), rng.randint(600, 1300)
        d.rectangle([x, y, x + rng.randint(80, 300), y + rng.randint(60, 200)],
                    fill=tuple(rng.randint(120, 220) for _ in range(3)))
    kind = index % 4  # 0 phone, 1 qr, 2 claim, 3 nothing
    truth = {"phone": None, "qr": None, "claim": False, "noisy": noisy}
    y = 120
    for line in rng.sample(INNOCENT, 2):
        size = rng.choice([44, 52, 60])
        d.text((rng.randint(60, 140), y), line, font=ImageFont.truetype(FONT, size, index=SC), fill=(40, 30, 25))
        y += size + rng.randint(40, 80)
    if kind == 0:
        shown, digits = phone(rng)
        size = rng.choice([40, 48, 56])
        # A receipt or price card: a white panel with the number on it.
        d.rectangle([50, y - 20, 1030, y + size + 30], fill=(255, 255, 255))
        d.text((80, y), f"{rng.choice(PHONE_LABELS)} {shown}", font=ImageFont.truetype(FONT, size, index=SC), fill=(20, 20, 20))
        truth["phone"] = digits
        truth["phone_y"] = [y, y + size + 20]   # the rows the number's line covers (before any rotation)
    elif kind == 1:
        target = f"https://u.wechat.com/{''.join(rng.choice('abcdefghijkmnpqrstuvwxyz23456789') for _ in range(10))}"
        side = rng.choice([260, 320, 380])
        code = qrcode.make(target).resize((side, side), Image.NEAREST)
        img.paste(code, (rng.randint(60, 1080 - side - 60), rng.randint(700, 1440 - side - 60)))
        truth["qr"] = target
    elif kind == 2:
        size = rng.choice([52, 64])
        d.text((80, y), "全网最低价 仅此一天", font=ImageFont.truetype(BOLD, size, index=SC), fill=(170, 20, 20))
        truth["claim"] = True
    if noisy:
        img = img.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, expand=False, fillcolor=(235, 232, 228))
        noise = Image.effect_noise((1080, 1440), 18).convert("RGB")
        img = Image.blend(img, noise, 0.08).filter(ImageFilter.GaussianBlur(0.6))
    return img, truth


def hostile(out):
    rows = []
    frames = [Image.new("RGB", (200, 120), c) for c in [(200, 30, 30), (30, 200, 30), (30, 30, 200)]]
    frames[0].save(f"{out}/animated.gif", save_all=True, append_images=frames[1:], duration=200, loop=0)
    rows.append({"file": "animated.gif", "why": "it is animated"})
    frames[0].save(f"{out}/animated.png", save_all=True, append_images=frames[1:], duration=200, loop=0)
    rows.append({"file": "animated.png", "why": "it is animated"})
    frames[0].save(f"{out}/animated.webp", save_all=True, append_images=frames[1:], duration=200, loop=0)
    rows.append({"file": "animated.webp", "why": "it is animated"})

    # 50,000 x 50,000 grey pixels claimed by a header, with one tiny IDAT: refused on its header.
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 50000, 50000, 8, 0, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + chunk(b"IEND", b"")
    open(f"{out}/bomb.png", "wb").write(bomb)
    rows.append({"file": "bomb.png", "why": "megapixels"})

    Image.new("RGB", (300, 200), (250, 250, 250)).save(f"{out}/really-a-png.jpg", format="PNG")
    rows.append({"file": "really-a-png.jpg", "why": "its bytes are image/png"})
    Image.new("RGB", (300, 200), (250, 250, 250)).save(f"{out}/whole.jpg", quality=90)
    data = open(f"{out}/whole.jpg", "rb").read()
    open(f"{out}/cut.jpg", "wb").write(data[: len(data) // 3])
    rows.append({"file": "cut.jpg", "why": "cut short"})
    return rows


def main():
    out = sys.argv[1]
    args = dict(zip(sys.argv[2::2], sys.argv[3::2]))
    which = args.get("--set", "cards")
    if which == "hostile":
        for row in hostile(out):
            print(json.dumps(row, ensure_ascii=False))
        return
    rng = random.Random(int(args.get("--seed", "20261206")))
    count = int(args.get("--count", "16"))
    for i in range(count):
        noisy = i >= count // 2
        img, truth = card(rng, i, noisy)
        name = f"card-{i:03d}.jpg"
        img.save(f"{out}/{name}", quality=rng.choice([80, 88, 95]))
        print(json.dumps({"file": name, **truth}, ensure_ascii=False))


if __name__ == "__main__":
    main()
