// Generated from Sources/KosDefinitions/Packs/*.yaml by scripts/embed-packs; edit the YAML, then run it.

extension BuiltinPacks {
    static let sources: [(id: String, yaml: String)] = [
        ("ad-disclosure", #"""
apiVersion: kos/v1
kind: Guidelines
id: ad-disclosure
description: >-
  Internet Advertising Measures (in force 1 May 2023), Art. 9: content that recommends goods with a
  purchase link, a product code or sponsorship must be identifiable as an ad, labelled 广告.
rules:
  - id: purchase-link-needs-label
    kind: conditional
    level: error
    message: A post with a purchase link must be labelled 广告 (Internet Advertising Measures Art. 9)
    if:
      field: links
    then:
      terms: [广告, "#广告", "#ad", "#advertisement"]
  - id: shop-link-in-text-needs-label
    kind: conditional
    level: error
    message: A shop link or 淘口令 in the text makes this an ad; label it 广告 (Internet Advertising Measures Art. 9)
    if:
      pattern: '(taobao\.com|tmall\.com|jd\.com|3\.cn|tb\.cn|pinduoduo|yangkeduo|v\.douyin\.com|xhslink\.com|[¥￥$][A-Za-z0-9]{8,}[¥￥$])'
    then:
      terms: [广告, "#广告", "#ad"]
    fixtures:
      flag: ["点这里 https://item.taobao.com/item.htm?id=1 入手"]
      pass: ["广告｜点这里 https://item.taobao.com/item.htm?id=1 入手", "今天的搭配分享"]
  - id: product-code-needs-label
    kind: conditional
    level: warning
    message: A product code in a post reads as an offer; label it 广告 unless compliance agrees it is editorial
    if:
      field: products
    then:
      terms: [广告, "#广告", "#ad"]
  - id: sponsorship-needs-label
    kind: conditional
    level: error
    message: Sponsored or gifted content must be labelled 广告 (Internet Advertising Measures Art. 9)
    if:
      terms: [赞助, 合作, 品牌方提供, 品牌赠送, 恰饭, sponsored, gifted, "#sponsored", "#partner"]
    then:
      terms: [广告, "#广告", "#ad"]
    fixtures:
      flag: ["感谢品牌方提供的新品", "This look was gifted"]
      pass: ["#广告 感谢品牌方提供的新品", "今天自己买的"]
"""#),
        ("client-privacy", #"""
apiVersion: kos/v1
kind: Guidelines
id: client-privacy
description: >-
  A client's private data never appears in a post: phone numbers, WeChat IDs, ID-card numbers and order
  numbers (Personal Information Protection Law; the quiet relationship a luxury client expects).
rules:
  - id: phone-number
    kind: pattern
    level: error
    message: 'This looks like a phone number ("%s"); a client''s number must never be posted'
    scope: [title, body, hashtags, alt]
    pattern: '(?:\+?86[- ]?1|1(?<![0-9]1))[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])'
    fixtures:
      flag: ["王女士 13812345678 已预订", "电话 138-1234-5678", "联系 +86 139 1234 5678", "+8613812345678", "１３８１２３４５６７８", "1\u200B3\u200B8 1234 5678"]
      pass: ["Arco 33 手袋", "编号 2026120510", "流水号 213812345678"]
  - id: wechat-id
    kind: pattern
    level: error
    message: 'This looks like a WeChat ID ("%s"); private contact details stay off public posts'
    scope: [title, body, hashtags, alt]
    ignorecase: true
    # Each optional part takes the spaces after it, so no two quantifiers compete for the same spaces.
    pattern: '(?:微信号?|威信|v信|vx|wx|weixin|wechat)\s*(?:(?:号|id)\s*)?(?:[:：]\s*)?[a-z][-_a-z0-9]{5,19}'
    fixtures:
      flag: ["加我微信：lina_sh2026", "VX: boutique-lina", "wechat id lina2026"]
      pass: ["微信视频号同步更新", "wx 小程序"]
  - id: id-card-number
    kind: pattern
    level: error
    message: This looks like a resident ID-card number; it must never be posted
    scope: [title, body, hashtags, alt]
    pattern: '[1-9](?<![0-9][1-9])[0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])'
    fixtures:
      flag: ["身份证 310101199003071234", "11010519491231002X"]
      pass: ["订货量 310101 件"]
  - id: order-number
    kind: pattern
    level: error
    message: 'This looks like an order number ("%s"); it identifies a client''s purchase'
    scope: [title, body, hashtags, alt]
    ignorecase: true
    pattern: '(?:订单号|订单编号|单号|order\s*(?:no\.?|number|#|id))\s*(?:[:：#]\s*)?[a-z0-9-]{8,}'
    fixtures:
      flag: ["订单号：SH20261122001", "Order No. 8821-5531-77"]
      pass: ["下单请到店"]
"""#),
        ("platform-limits", #"""
apiVersion: kos/v1
kind: Guidelines
id: platform-limits
description: >-
  Title, body and hashtag limits per platform, counted the way each platform counts (Weibo: a Chinese
  character is two half-characters). Each rule applies only to drafts for its platform. The table and its
  sources are in Workflows/README.md; override a limit with your own pack if a platform changes it.
rules:
  - {id: xiaohongshu-title, kind: length, level: error, platform: xiaohongshu, scope: [title], max: 20,
     message: The title is too long for Xiaohongshu}
  - {id: xiaohongshu-body, kind: length, level: error, platform: xiaohongshu, scope: [body], max: 1000,
     message: The note is too long for Xiaohongshu}
  - {id: douyin-title, kind: length, level: error, platform: douyin, scope: [title], max: 30,
     message: The title is too long for Douyin}
  - {id: douyin-body, kind: length, level: error, platform: douyin, scope: [body], max: 1000,
     message: The description is too long for Douyin}
  - {id: wechat-channels-title, kind: length, level: error, platform: wechat-channels, scope: [title], max: 16,
     message: The short title is too long for WeChat Channels}
  - {id: wechat-channels-body, kind: length, level: error, platform: wechat-channels, scope: [body], max: 1000,
     message: The description is too long for WeChat Channels}
  - {id: weibo-body, kind: length, level: warning, platform: weibo, scope: [title, body], max: 4000,
     message: 'The post is longer than Weibo shows in full (2000 Chinese characters; a Chinese character counts two)'}
  - {id: bilibili-title, kind: length, level: error, platform: bilibili, scope: [title], max: 80,
     message: The title is too long for Bilibili}
  - {id: bilibili-body, kind: length, level: error, platform: bilibili, scope: [body], max: 2000,
     message: The description is too long for Bilibili}
  - {id: hashtag-count, kind: occurrence, level: warning, token: hashtag, max: 10, scope: [title, body, hashtags],
     message: More than 10 hashtags reads as spam on every platform}
"""#),
        ("prc-advertising-law", #"""
apiVersion: kos/v1
kind: Guidelines
id: prc-advertising-law
description: >-
  PRC Advertising Law Art. 9(3) forbids "national-level", "highest-level", "best" and similar terms;
  market regulators' enforcement lists extend it to the absolute claims below. Fines run from 200,000 to 1,000,000 yuan.
rules:
  - id: absolute-terms
    kind: existence
    level: error
    message: '"%s" is an absolute claim (Advertising Law Art. 9)'
    scope: [title, body, hashtags, alt]
    terms: [
      国家级, 国家级产品, 世界级, 全球级, 宇宙级, 国际级, 最高级, 最佳, 最好, 最优, 最优秀, 最低价, 最低, 最高, 最便宜,
      最大, 最先进, 最受欢迎, 最时尚, 最流行, 最正宗, 最权威, 最舒适, 最强, 最火, 最新科技, 全网最低价, 全网最低, 史上最低,
      全网第一, 全国第一, 行业第一, 销量第一, 排名第一, 第一品牌, 第一, 唯一, 首选, 首个, 首家, 顶级, 顶尖, 极品, 极致, 万能,
      绝无仅有, 无与伦比, 史无前例, 空前绝后, 独一无二, 至尊, 王牌, 销量冠军, 领袖品牌, 遥遥领先, 巅峰, 终极,
      "NO.1", "NO 1", NO1, TOP1, "TOP 1", "TOP.1", best in the world, world's best, number one,
    ]
    exceptions: [
      最近, 最后, 最终, 最初, 最少, 第一次, 第一天, 第一步, 第一眼, 第一时间, 第一季, 第一期, 第一章, 第一排, 第一层,
      第一位客人, 唯一的一次, 首选项,
    ]
    fixtures:
      flag: ["全网最低价，手慢无", "全 网 最 低 价", "全網最低價", "全.网.最.低.价", "全\u200B网\u200D最\uFEFF低价", "品质ＮＯ．１", "本店销量第一", "Top1 的手感", "顶級工艺"]
      pass: ["最近上新的手袋", "第一次来店里试穿", "最后一天营业", "今天分享三种系法"]
"""#),
    ]
}
