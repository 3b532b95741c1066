/**
 * Vocabulary of Chinese official speeches that jieba's general dictionary
 * splits apart (八项规定 → 八项 / 规定) or tags as something else. Added to
 * jieba when it starts, before the user's own words.
 *
 * Format: jieba's dictionary lines, `词语 [词频] [词性]`. No frequency lets jieba
 * choose one just high enough to keep the word whole. Tags: nz = a proper term
 * (slogans, named policies), nt = an organisation, n = a common noun,
 * vn = a verbal noun. Keywords keep all four.
 *
 * Avoid compounds of a listed term (八项规定精神, 中央八项规定): default cuts would
 * then never produce the term itself.
 */
export const SPEECH_WORDS_TEXT = `
# 理论、思想与提法
三个代表 nz
科学发展观 nz
中国梦 nz
两个维护 nz
两个确立 nz
四个意识 nz
四个自信 nz
四个全面 nz
五位一体 nz
四个伟大 nz
两个一百年 nz
两个务必 nz
三严三实 nz
两学一做 nz
不忘初心 nz
牢记使命 nz
初心使命 nz
新发展理念 nz
新发展格局 nz
高质量发展 nz
中国式现代化 nz
人类命运共同体 nz
以人民为中心 nz
实事求是 nz
群众路线 nz
民主集中制 nz
# 作风与纪律
四风 nz
八项规定 nz
形式主义 nz
官僚主义 nz
享乐主义 nz
奢靡之风 nz
作风建设 nz
纪律建设 nz
党风廉政建设 nz
全面从严治党 nz
从严治党 nz
一岗双责 nz
主体责任 nz
监督责任 nz
两个责任 nz
四种形态 nz
不敢腐 nz
不能腐 nz
不想腐 nz
反腐倡廉 nz
廉洁自律 nz
政治生态 nz
政治站位 nz
政治纪律 nz
政治规矩 nz
政治判断力 nz
政治领悟力 nz
政治执行力 nz
# 党建与学习
第一议题 nz
主题教育 nz
党史学习教育 nz
三会一课 nz
民主生活会 nz
组织生活会 nz
党性 n
党性修养 n
党性原则 n
党内政治生活 nz
基层党建 nz
党建引领 nz
理想信念 n
宗旨意识 n
大局意识 n
看齐意识 n
核心意识 n
服务意识 n
忧患意识 n
担当作为 vn
# 改革与发展
放管服 nz
放管服改革 nz
最多跑一次 nz
营商环境 n
供给侧结构性改革 nz
乡村振兴 nz
脱贫攻坚 nz
精准扶贫 nz
共同富裕 nz
双循环 nz
碳达峰 nz
碳中和 nz
一带一路 nz
河长制 nz
放权赋能 nz
# 办公厅（室）工作
党委办公厅 nt
党委办公室 nt
政府办公厅 nt
办公厅 nt
办公室 nt
秘书长 n
副秘书长 n
三服务 nz
服务领导 vn
服务机关 vn
服务基层 vn
服务群众 vn
参谋助手 n
以文辅政 nz
以办辅政 nz
督查督办 vn
综合协调 vn
信息工作 n
文稿起草 vn
机要保密 vn
参谋服务 vn
枢纽作用 n
窗口作用 n
三个转变 nz
四个服务 nz
零差错 nz
零失误 nz
# 会议与文件
全会精神 n
重要讲话精神 n
重要指示批示 n
党代会 nt
人大 nt
政协 nt
纪委监委 nt
省委 nt
市委 nt
县委 nt
`;
