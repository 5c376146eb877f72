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
    # Homophones and letters people write for 微信 (薇信, V信, 加v, +V) count as 微信.
    pattern: '(?:微信号?|威信|薇信|徽信|维信|v信|vx|wx|weixin|wechat|加v|\+v|v号)\s*(?:(?:号|id)\s*)?(?:[:：]\s*)?[a-z][-_a-z0-9]{5,19}'
    fixtures:
      flag: ["加我微信：lina_sh2026", "VX: boutique-lina", "wechat id lina2026", "薇信：lina_sh2026", "加v lina_sh2026", "＋V：lina2026", "V信 lina2026"]
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
  The PRC Advertising Law and the Internet Advertising Measures (in force 1 May 2023), one rule per
  article: absolute and superlative claims (Art. 9(3)), state organs and their staff (Art. 9(2)), data
  and quotations without a source (Art. 11), endorsements (Art. 38), efficacy and medical claims (Art. 17,
  Art. 28; cosmetics' special-use claims), and inducements and fake urgency (Internet Advertising Measures
  Art. 9-11). Fines for absolute claims run from 200,000 to 1,000,000 yuan. Claims are judged in context:
  最好的面料 is a claim, 最好提前预约 is advice; kos lint --explain shows how each was decided.
rules:
  - id: absolute-terms
    kind: claim
    level: error
    message: '"%s" is an absolute claim (Advertising Law Art. 9(3))'
    scope: [title, body, hashtags, alt]
    families: [superlative, ordinal, uniqueness]
    terms: [
      国家级, 国家级产品, 世界级, 全球级, 宇宙级, 国际级, 全网最低价, 全网最低, 史上最低, 全网第一, 全国第一, 行业第一, 销量第一,
      第一品牌, 首选, 首个, 首家, 全球首发, 全国首发, 顶级, 顶尖, 极品, 万能, 绝无仅有, 无与伦比, 史无前例, 空前绝后, 独一无二,
      仅此一家, 至尊, 王牌, 销量冠军, 冠军品质, 冠军品牌, 领袖品牌, 领导品牌, 领先品牌, 遥遥领先, 世界领先, 全球领先, 国际领先,
      行业领先, 巅峰, 终极, 绝对, 独家, 一流, 极佳, 无敌, 性价比之王, 之王, 天花板, 100%, 零风险,
      "NO.1", "NO 1", NO1, TOP1, "TOP 1", "TOP.1", best in the world, world's best, number one, the best,
    ]
    exceptions: [
      首选项, 首个工作日, 首家门店开业, 绝对值, 独家记忆, 王牌对王牌, 终极一班, 一流程, 绝对不, 绝对没, 绝对别, 绝对不会, 绝对不是,
    ]
    suggest:
      最好: 优质
      最佳: 出色
      最优: 优秀
      最低价: 优惠价
      最高级: 高品质
      最新: 新款
      最美: 很美
      最强: 很强
      最舒适: 舒适
      最受欢迎: 广受欢迎
      第一: 广受好评
      唯一: 特别
      顶级: 高品质
      顶尖: 精湛
      极致: 精致
      全网最低价: 优惠价
      全网最低: 优惠
      独家: 特别
      首选: 推荐之选
      世界级: 高水准
      国家级: 高标准
    fixtures:
      flag: ["全网最低价，手慢无", "全 网 最 低 价", "全網最低價", "全.网.最.低.价", "全\u200B网\u200D最\uFEFF低价", "品质ＮＯ．１", "本店销量第一",
             "Top1 的手感", "顶級工艺", "最好的面料", "这是第一品牌", "唯一能配所有裙子的鞋", "最具质感的手袋", "最奢侈的一次体验",
             "全国第一", "行业第一的工艺", "它是第一", "性价比之王", "世界领先的工艺", "最低价", "最高级的皮革", "最好看的一只", "最前沿的设计"]
      pass: ["最近上新的手袋", "第一次来店里试穿", "最后一天营业", "今天分享三种系法", "周末人多，最好提前预约", "店在商场最高层",
             "第一件八折", "这是我们店唯一的一只白色款", "这是我在门店工作的第一个月", "清晨的第一缕阳光", "山谷的最低点",
             "第一季度的新品", "第一批到货", "每人最多两件", "最好别错过", "我最喜欢这只包", "第一，面料柔软；第二，版型好", "最前排的位置",
             "唯一的缺点是有点重", "最重要的是舒服", "最新一期的穿搭", "第一本书", "第一百位客人", "绝对不会后悔来看看"]
  - id: state-organs
    kind: pattern
    level: error
    message: '"%s" uses a state organ or its staff to promote (Advertising Law Art. 9(2))'
    scope: [title, body, hashtags, alt]
    pattern: '(?:国家机关|政府|部委|国务院|军队|军方|领导人|国宾|人民大会堂|中南海|机关单位)\p{Han}{0,4}?(?:推荐|指定|专供|特供|专用|御用|采购|使用过)'
    fixtures:
      flag: ["国家机关推荐的手袋", "人民大会堂指定用品", "领导人同款专用"]
      pass: ["今天去政府大楼附近的门店", "专业护理建议", "特别供应的新色"]
  - id: state-supply-terms
    kind: existence
    level: error
    message: '"%s" claims supply to state organs (Advertising Law Art. 9(2))'
    scope: [title, body, hashtags, alt]
    terms: [特供, 专供, 国宾级, 国宴专用, 御用, 国家机关推荐, 人民大会堂指定, 政府推荐]
    fixtures:
      flag: ["特供款，限量", "特.供款", "专 供", "御用工匠手作"]
      pass: ["专业护理建议", "特别供应的新色", "今天供货充足"]
  - id: unsourced-data
    kind: conditional
    level: warning
    message: Data, research and quotations need their source in the post (Advertising Law Art. 11)
    if:
      terms: [数据显示, 研究表明, 研究发现, 实验证明, 临床证明, 临床验证, 调查显示, 据统计, 统计显示, 测试表明, 科学证明, 专家表示, 权威认证]
    then:
      terms: [来源, 出处, 引自, 报告, "《", 检测报告编号, 数据来自]
    fixtures:
      flag: ["研究表明，这种面料更耐穿", "数据显示九成顾客会回购"]
      pass: ["研究表明（来源：《纺织学报》2025 年第 3 期），这种面料更耐穿", "今天到店试穿了新款"]
  - id: endorsements
    kind: existence
    level: warning
    message: '"%s" is an endorsement: an endorser must have used the product, and health claims may not be endorsed (Advertising Law Art. 38); say what you used yourself'
    scope: [title, body, hashtags, alt]
    terms: [明星同款, 明星推荐, 专家推荐, 医生推荐, 医师推荐, 名人推荐, 网红推荐, 代言人推荐, 明星代言, 权威推荐, 院士推荐]
    fixtures:
      flag: ["明星同款手袋到店", "专家推荐的护理方法"]
      pass: ["我自己用了三个月", "同款颜色还有两只"]
  - id: efficacy-claims
    kind: existence
    level: error
    message: '"%s" is an efficacy or medical claim that apparel and ordinary cosmetics may not make (Advertising Law Art. 17, 28; Cosmetics Supervision and Administration Regulation)'
    scope: [title, body, hashtags, alt]
    terms: [
      美白, 祛斑, 淡斑, 祛痘, 抗衰老, 抗衰, 抗皱, 去皱, 除皱, 生发, 防脱, 丰胸, 瘦身, 减肥, 燃脂, 排毒, 治疗, 治愈, 疗效, 根治,
      药用, 医用级, 消炎, 杀菌, 抗菌, 除螨, 包治百病, 药到病除, 无副作用, 永不反弹, 增强免疫力, 延年益寿, 活血, 祛湿, 助眠, 降血压,
    ]
    exceptions: [治疗师, 美白色, 抗菌面料检测报告]
    fixtures:
      flag: ["这条围巾还能美白", "穿上就能瘦身", "羊绒抗菌又消炎", "包治百病的好物"]
      pass: ["米白色的针织衫", "面料柔软亲肤"]
  - id: inducements
    kind: existence
    level: warning
    message: '"%s" is an inducement or false urgency (Internet Advertising Measures Art. 9, 10; Anti-Unfair Competition Law Art. 8)'
    scope: [title, body, hashtags, alt]
    terms: [秒杀全网, 全民免单, 免单, 错过再等一年, 最后一波, 仅此一次, 再不买就没了, 手慢无, 限时秒杀, 点击领取, 转发抽奖, 不买后悔, 马上抢, 清仓甩卖, 亏本甩卖, 跳楼价]
    fixtures:
      flag: ["秒杀全网，今晚八点", "全民免单活动", "手慢无"]
      pass: ["今晚八点直播", "新品到店"]
"""#),
    ]
}
