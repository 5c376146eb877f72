"""Held-out advertising-law terms for measuring recall: words from publicly circulated lists of terms that PRC
market regulators' enforcement cites (the widely shared 广告法违禁词 lists), by category, written plainly and as
creators evade them. None of these is a fixture of the built-in packs; precision.py measures against them."""

CATEGORIES = [
    ("absolute (Art. 9(3))",
     ["最佳", "最具", "最赚", "最优", "最优秀", "最大程度", "最高档", "最奢侈", "最便宜", "最流行", "最受欢迎", "最时尚", "最符合",
      "最舒适", "最先进", "最新科技", "第一", "中国第一", "排名第一", "唯一", "独一无二", "全国第一", "一流", "国家级", "国际级",
      "世界级", "顶级", "顶尖", "尖端", "极品", "极佳", "绝佳", "绝对", "终极", "首个", "首选", "独家", "全网首发", "全国首发",
      "首家", "全国首家", "全国销量冠军", "领袖品牌", "世界领先", "遥遥领先", "领导品牌", "至尊", "巅峰", "之王", "史无前例",
      "前无古人", "万能", "无敌", "性价比之王", "NO.1", "TOP1", "最低价", "最高级", "全球首发", "仅此一家"],
     ["zui佳", "最jia", "ding级", "du一无二", "国j级", "N O . 1", "T O P 1", "最🔥佳", "顶.级", "第 一 品 牌", "ＮＯ．１", "最佳",
      "頂級", "獨家", "zui好的", "di一品牌"]),
    ("state organs (Art. 9(2))",
     ["国家机关推荐", "特供", "专供", "国宾级", "人民大会堂指定", "政府推荐", "领导人专用", "御用"],
     ["特.供", "专 供", "te供"]),
    ("efficacy (Art. 17, 28)",
     ["美白", "祛斑", "淡斑", "祛痘", "抗衰老", "抗皱", "瘦身", "减肥", "燃脂", "排毒", "治疗", "疗效", "根治", "消炎", "杀菌",
      "包治百病", "药到病除", "无副作用", "增强免疫力"],
     ["美.白", "祛 斑", "mei白", "瘦shen"]),
    ("inducements (IAM 2023)",
     ["秒杀全网", "全民免单", "错过再等一年", "手慢无", "再不买就没了", "跳楼价", "清仓甩卖", "限时秒杀", "点击领取", "转发抽奖"],
     ["秒杀全 网", "全民免 单", "手慢 无"]),
]
