"""Drives the review console in a real browser (Debian's chromium through chromedriver, headless) as a store
manager would, at a phone's size and a laptop's, and prints what it saw as JSON for the Swift test to judge.

usage: console_browser.py SHOTS_DIR PHONE_LINK DESKTOP_LINK CLEAN_ID BLOCKED_ID SCRIPT_ID REVISED_ID LAPSED_LINK
"""
import json
import os
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

shots, phone_link, desktop_link, clean, blocked, script, revised, lapsed_link, chinese_link = sys.argv[1:10]
base = phone_link.split("/console/")[0]
os.makedirs(shots, exist_ok=True)
seen = {"shots": []}


def browser(width, height, phone=False, languages=None):
    options = webdriver.ChromeOptions()
    if languages:
        # What the browser asks pages for (Accept-Language), as a Chinese phone's settings say.
        options.add_experimental_option("prefs", {"intl.accept_languages": languages})
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--window-size={width},{height}",
                 "--lang=zh-CN"]:
        options.add_argument(flag)
    if phone:
        # A window is at least 500 pixels wide; a phone's viewport is set by emulating the device.
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0, "touch": True}})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(120)
    return driver


def wait_for(driver, condition, what):
    try:
        return WebDriverWait(driver, 120).until(lambda d: condition(d))
    except TimeoutException:
        raise SystemExit(json.dumps({"error": f"timed out waiting for {what}", "url": driver.current_url, "page": driver.find_element(By.TAG_NAME, "body").text[:2000]}))


def shot(driver, name):
    path = os.path.join(shots, name + ".png")
    driver.save_screenshot(path)
    seen["shots"].append(path)


def alert_shown(driver):
    try:
        driver.switch_to.alert
        return True
    except NoAlertPresentException:
        return False


def sign_in(driver, link):
    """Opens a sign-in link; the page it answers moves on to the inbox by itself."""
    driver.get(link)
    wait_for(driver, lambda d: d.current_url.endswith("/console") and "Waiting for your decision" in d.page_source, "the inbox")


def phone():
    d = browser(390, 844, phone=True)
    try:
        sign_in(d, phone_link)
        seen["phone_inbox_lists_clean"] = f"/console/drafts/{clean}" in d.page_source
        shot(d, "phone-1-inbox")

        d.get(f"{base}/console/drafts/{blocked}")
        marks = d.find_elements(By.CSS_SELECTOR, "mark.finding")
        seen["phone_marks"] = [m.text for m in marks]
        seen["phone_mark_visible"] = bool(marks) and marks[0].is_displayed() and marks[0].size["width"] > 0
        seen["phone_viewport"] = d.execute_script("return window.innerWidth")
        seen["phone_page_fits"] = d.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
        cards = d.find_elements(By.CSS_SELECTOR, "figure.preview")
        seen["phone_previews"] = [c.get_attribute("class") for c in cards]
        seen["phone_previews_fit"] = all(c.is_displayed() and 0 < c.rect["x"] and c.rect["x"] + c.rect["width"] <= 391 for c in cards)
        shot(d, "phone-2-blocked-draft")

        d.get(f"{base}/console/drafts/{script}")
        time.sleep(0.5)
        seen["script_ran"] = d.execute_script("return window.kosInjected !== undefined") or alert_shown(d)
        seen["script_shown_as_text"] = "<script>" in d.find_element(By.CSS_SELECTOR, "section.content").text
        shot(d, "phone-3-draft-with-script")

        d.get(f"{base}/console/drafts/{revised}")
        seen["diff_inserted"] = [e.text for e in d.find_elements(By.CSS_SELECTOR, "section.diff ins")]
        seen["diff_deleted"] = [e.text for e in d.find_elements(By.CSS_SELECTOR, "section.diff del")]
        shot(d, "phone-3b-changes")

        # Another site cannot know the form's token: one changed in the page is refused.
        d.get(f"{base}/console/drafts/{clean}")
        d.execute_script("document.querySelector('form.approve input[name=csrf]').value = '0'.repeat(64)")
        d.find_element(By.CSS_SELECTOR, "form.approve button").click()
        wait_for(d, lambda d: "/decision" in d.current_url, "the answer to a tampered form")
        seen["tampered_form"] = d.find_element(By.TAG_NAME, "main").text
        shot(d, "phone-3c-tampered-form")

        d.get(f"{base}/console/drafts/{clean}")
        d.find_element(By.CSS_SELECTOR, "form.reject button").click()
        wait_for(d, lambda d: "/decision" in d.current_url, "the answer to a reject without reason")
        seen["reject_without_reason"] = d.find_element(By.TAG_NAME, "main").text
        shot(d, "phone-4-reject-without-reason")

        d.get(f"{base}/console/drafts/{clean}")
        d.find_element(By.CSS_SELECTOR, "form.approve textarea").send_keys("面料介绍准确，可以发")
        d.find_element(By.CSS_SELECTOR, "form.approve button").click()
        wait_for(d, lambda d: "done=approved" in d.current_url, "the draft page after approving")
        seen["approved_page"] = d.find_element(By.TAG_NAME, "main").text
        shot(d, "phone-5-approved")

        d.get(f"{base}/console/health")
        seen["phone_health_charts"] = len(d.find_elements(By.CSS_SELECTOR, "figure.chart svg"))
        seen["phone_health_fits"] = d.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
        shot(d, "phone-6-health")
    finally:
        d.quit()


def desktop():
    d = browser(1280, 900)
    try:
        sign_in(d, desktop_link)
        seen["desktop_inbox_lists_clean"] = f"/console/drafts/{clean}" in d.page_source
        shot(d, "desktop-1-inbox")
        d.get(f"{base}/console/drafts/{blocked}")
        seen["desktop_marks"] = [m.text for m in d.find_elements(By.CSS_SELECTOR, "mark.finding")]
        shot(d, "desktop-2-blocked-draft")
        d.get(f"{base}/console/drafts/{clean}")
        seen["desktop_clean"] = d.find_element(By.TAG_NAME, "main").text
        shot(d, "desktop-3-decided-draft")
        d.get(f"{base}/console/health")
        seen["desktop_health"] = d.find_element(By.TAG_NAME, "main").text
        shot(d, "desktop-4-health")
        d.get(f"{base}/console/drafts/{clean}")
        d.find_element(By.CSS_SELECTOR, "form.signout button").click()
        wait_for(d, lambda d: "Signed out" in d.page_source, "signing out")
        d.get(f"{base}/console")
        seen["after_sign_out"] = d.find_element(By.TAG_NAME, "main").text
        # The used link does not sign in again, nor one whose time has passed.
        d.get(desktop_link)
        seen["link_again"] = d.find_element(By.TAG_NAME, "main").text
        d.get(lapsed_link)
        seen["lapsed_link"] = d.find_element(By.TAG_NAME, "main").text
        shot(d, "desktop-5-expired-link")
    finally:
        d.quit()


def chinese():
    """A reviewer whose phone reads Chinese: the console answers in Chinese, findings included."""
    d = browser(390, 844, phone=True, languages="zh-CN,zh")
    try:
        d.get(chinese_link)
        wait_for(d, lambda d: d.current_url.endswith("/console") and "等待你的决定" in d.page_source, "the Chinese inbox")
        seen["chinese_lang"] = d.execute_script("return document.documentElement.lang")
        seen["chinese_inbox"] = d.find_element(By.TAG_NAME, "main").text
        shot(d, "phone-zh-1-inbox")
        d.get(f"{base}/console/drafts/{blocked}")
        seen["chinese_blocked"] = d.find_element(By.TAG_NAME, "main").text
        seen["chinese_page_fits"] = d.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
        shot(d, "phone-zh-2-blocked-draft")
    finally:
        d.quit()


phone()
desktop()
chinese()
print(json.dumps(seen, ensure_ascii=False))
