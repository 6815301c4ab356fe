using System.Text.RegularExpressions;
using SlideGen.Reading;
using SlideGen.Sections;

namespace SlideGen.Cleaning;

/// <summary>
/// Recognises what web pages, document-sharing sites and page layouts add around a text, by its shape rather than by
/// one site's words: menus (runs of short link lines), link bars (a | b | c), breadcrumbs (首页 > 栏目 > 子栏目),
/// lists of dated links, previous/next links, 'key：value' credit lines (来源：… 编辑：…), buttons (【打印】), photo
/// credits, copyright and licence footers, and the fragments a scraped footer leaves at the end of a page.
/// </summary>
public static partial class PageChrome
{
    // Words that only appear in site furniture, never as a whole line of a speech.
    [GeneratedRegex(@"购物车|我的足迹|加入\s*VIP|免费下载|立即下载|下载文档|下载此文档|文档下载|点击下载|VIP专享|会员免费|开通VIP|" +
        @"展开阅读全文|阅读全文|继续阅读|还剩\s*\d+\s*页未读|收藏|举报|分享到|猜你喜欢|相关文档|相关推荐|上传者|文档贡献者|" +
        @"原创力文档|百度文库|道客巴巴|豆丁网|^\s*第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?\s*$|^\s*\d+\s*/\s*\d+\s*$|^\s*首页\s*$|^\s*登录\s*$|^\s*注册\s*$|" +
        @"^\s*上一页\s*$|^\s*下一页\s*$|^\s*打印\s*$|^\s*返回顶部\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeWords();

    [GeneratedRegex(@"[\s|·•/，,、>《》]+")]
    private static partial Regex Separators();

    /// <summary>True for a short line that consists of site furniture only.</summary>
    public static bool IsChromeLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return false;
        if (IsFurnitureShape(trimmed)) return true;
        if (trimmed.Length > 40) return false;
        if (!ChromeWords().IsMatch(trimmed)) return false;
        var rest = Separators().Replace(ChromeWords().Replace(trimmed, ""), "");
        return rest.Length <= 2;
    }

    /// <summary>Page furniture removed from a document's blocks: lines of a furniture shape, menus, and a scraped footer.</summary>
    public static List<SourceBlock> RemoveFurniture(IReadOnlyList<SourceBlock> blocks)
    {
        var furniture = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
            furniture[i] = IsText(blocks[i]) && IsChromeLine(blocks[i].Text);
        MarkMenus(blocks, furniture);
        MarkScrapedFooter(blocks, furniture);
        MarkEditorVariables(blocks, furniture);
        MarkBrokenCreditValues(blocks, furniture);
        MarkRepeatedSectionNumbers(blocks, furniture);
        var kept = new List<SourceBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
            if (!furniture[i]) kept.Add(blocks[i]);
        return kept;
    }

    /// <summary>
    /// An editor's file-variables block at the end of a text file (Emacs: "Local Variables:" … "End:", often under an
    /// RST comment ".."; a Vim modeline): settings for the editor, not text.
    /// </summary>
    private static void MarkEditorVariables(IReadOnlyList<SourceBlock> blocks, bool[] furniture)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text.Trim();
            if (VimModeline().IsMatch(text)) { furniture[i] = true; continue; }
            if (!text.StartsWith("Local Variables:", StringComparison.Ordinal)) continue;
            var end = i;
            while (end + 1 < blocks.Count && end - i < 30 && !blocks[end].Text.Trim().EndsWith("End:", StringComparison.Ordinal)) end++;
            if (!blocks[end].Text.Trim().EndsWith("End:", StringComparison.Ordinal)) continue;
            for (var k = i; k <= end; k++) furniture[k] = true;
            if (i > 0 && blocks[i - 1].Text.Trim() == "..") furniture[i - 1] = true;
            i = end;
        }
    }

    /// <summary>"二 目前的形势" and then "二" alone: a page that prints the part's number again, large, under its heading.</summary>
    private static void MarkRepeatedSectionNumbers(IReadOnlyList<SourceBlock> blocks, bool[] furniture)
    {
        var previous = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!IsText(blocks[i]) || IsBlank(blocks[i]) || furniture[i]) continue;
            var text = blocks[i].Text.Trim();
            if (previous >= 0 && text.Length <= 3 && text.All(c => "一二三四五六七八九十".Contains(c))
                && blocks[previous].Text.Trim() is var heading && heading.StartsWith(text, StringComparison.Ordinal) && heading.Length > text.Length
                && heading[text.Length] is ' ' or '\u3000' or '、')
                furniture[i] = true;
            previous = i;
        }
    }

    /// <summary>
    /// A credit line that ends in its label (点击数：) and the scrap of its value a page script filled in, on the next
    /// line ("次", "0 次"), a previous/next link broken after its label, and the last item of a breadcrumb trail broken
    /// over lines: furniture too.
    /// </summary>
    private static void MarkBrokenCreditValues(IReadOnlyList<SourceBlock> blocks, bool[] furniture)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (!furniture[i] || !IsText(blocks[i])) continue;
            var text = blocks[i].Text.Trim();
            var next = i + 1;
            while (next < blocks.Count && IsBlank(blocks[next])) next++;
            if (next >= blocks.Count || !IsText(blocks[next])) continue;
            var value = blocks[next].Text.Trim();
            if (text is [.., '：' or ':'] && CounterScrap().IsMatch(value)) furniture[next] = true;
            // "下一篇：" alone, the linked title on the next line and its date after it.
            if (PreviousNext().IsMatch(text) && PreviousNext().Replace(text, "").Trim().Length == 0 && Scripts.Width(value) <= 40 && !value.Any(Scripts.IsSentenceEnd))
            {
                furniture[next] = true;
                var after = next + 1;
                while (after < blocks.Count && IsBlank(blocks[after])) after++;
                if (after < blocks.Count && IsText(blocks[after]) && LinkDate().IsMatch(blocks[after].Text.Trim())) furniture[after] = true;
            }
            // A trail broken after its arrow (新闻中心>) goes on with the page's own column on the next line, which the
            // page often repeats as the column's header.
            if (text is [.., '>' or '›' or '»' or '＞'] && value.Length <= 8 && !value.Any(c => char.IsPunctuation(c)))
                for (var k = next; k < blocks.Count && (IsBlank(blocks[k]) || blocks[k].Text.Trim() == value); k++) furniture[k] = true;
        }
    }

    [GeneratedRegex(@"^[\[【（(]?\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s*[\]】）)]?$")]
    private static partial Regex LinkDate();

    [GeneratedRegex(@"^\d*\s*(?:次|人次|人|views?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CounterScrap();

    [GeneratedRegex(@"^(?:\.\.|#|//)?\s*(?:vim?|ex):\s*(?:set\s+)?\w+[=:]?\S*(?:\s+\w+[=:]?\S*)*:?\s*$")]
    private static partial Regex VimModeline();

    private static bool IsText(SourceBlock block) => block.Kind is BlockKind.Paragraph;

    private static bool IsBlank(SourceBlock block) => block.Kind is BlockKind.Paragraph && block.Text.Trim().Length == 0;

    /// <summary>Lines that are furniture whatever stands around them.</summary>
    private static bool IsFurnitureShape(string line)
    {
        if (line.Length > 200) return false;
        return IsLinkBar(line) || IsBreadcrumb(line) || PreviousNext().IsMatch(line) || DatedLink().IsMatch(line) && Scripts.Width(line) <= 60
            || IsCreditLine(line) || LegalFooter().IsMatch(line) && Scripts.Width(line) <= 120 || Buttons().IsMatch(line) || SeparatorsOnly().IsMatch(line)
            || ShareOrScan().IsMatch(line) && Scripts.Width(line) <= 30 && !line.Any(Scripts.IsSentenceEnd)
            || PhotoCredit().IsMatch(line) || Scripts.Width(line) <= 40 && (Comments().IsMatch(line) || Controls().IsMatch(line))
            || ReadingLength().IsMatch(line) || IsTagLine(line) || EditorsNote().IsMatch(line) || StageDirection().IsMatch(line) || line.Length <= 3 && !line.Any(char.IsLetterOrDigit) && !line.Any(Scripts.IsSentenceEnd);
    }

    /// <summary>阅读提示：… / 【导读】… / 编者按：…: what the site's editor says about the text, not the text.</summary>
    [GeneratedRegex(@"^(?:>\s*)?(?:【\s*(?:导读|编者按|编者的话|阅读提示)\s*】|(?:阅读提示|编者按|编者的话|导读)\s*[:：])")]
    private static partial Regex EditorsNote();

    /// <summary>[Time 0:04:28], [Laughter from audience], (Applause): a transcript's timestamps and stage directions.</summary>
    [GeneratedRegex(@"^[\[(](?:Time\s+)?\d{1,2}:\d{2}(?::\d{2})?[\])]$|^[\[(](?:Laughter|Laughs|Applause|Music|Inaudible|Crosstalk|Audience|Silence|Pause|Cheers|Cheering|笑声|掌声|鼓掌)[^\])]{0,40}[\])]$", RegexOptions.IgnoreCase)]
    private static partial Regex StageDirection();

    /// <summary>约7,000字 / 全文约3千字 / 阅读约需5分钟: the page's estimate of the article's length.</summary>
    [GeneratedRegex(@"^(?:全文|本文)?(?:共|约)?\s*[\d,，.]+\s*[千万]?\s*字$|^(?:预计)?阅读(?:时间|约需|需要|大约)?[:：]?\s*(?:约)?\s*\d+\s*分钟$|^\d+\s*min(?:ute)?s?\s+read$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingLength();

    /// <summary>思想文化 · 党的建设: the categories a page files the article under, short names between dots.</summary>
    private static bool IsTagLine(string line)
    {
        var items = line.Split(['·', '•', '・'], StringSplitOptions.TrimEntries);
        return items.Length >= 2 && items.All(item => item.Length is >= 4 and <= 6 && item.All(Scripts.IsHan));
    }

    /// <summary>首页 | 新闻 | 公告 | 联系我们: three or more short items between bars, or two tiny ones (登录|注册).</summary>
    private static bool IsLinkBar(string line)
    {
        var items = line.Split(['|', '｜', '¦'], StringSplitOptions.TrimEntries);
        if (items.Length < 2 || items.Any(item => Scripts.Width(item) > 12 || item.Any(Scripts.IsSentenceEnd) || item.Contains('，'))) return false;
        return items.Length >= 3 || items.All(item => item.Length <= 4);
    }

    /// <summary>当前位置：首页 > 栏目 > 子栏目 / Home › News › 2024: short items between arrows.</summary>
    private static bool IsBreadcrumb(string line)
    {
        // A trail a page broke over several lines: its label (当前位置：首页 >) or a link with its arrow (新闻中心>).
        if (BreadcrumbLabel().IsMatch(line) || Scripts.Width(line) <= 16 && line.TrimEnd()[^1] is '>' or '›' or '»' or '＞') return true;
        var items = line.Split(['>', '›', '»', '＞', '→'], StringSplitOptions.TrimEntries);
        return items.Length >= 3 && items.All(item => item.Length > 0 && Scripts.Width(item) <= 14 && !item.Any(Scripts.IsSentenceEnd) && !item.Contains('，') && !item.EndsWith('.'));
    }

    [GeneratedRegex(@"^(?:当前位置|您的位置|您现在的位置|你的位置|所在位置|现在位置|You are here)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex BreadcrumbLabel();

    /// <summary>
    /// A line of 'key：value' credits: two or more labels (发布时间：… 来源：… 编辑：…), or one label that credits a
    /// source, an editor or a view count (来源：北京日报, （信息来源：某某发布）, 责任编辑：某某, 阅读量：1024).
    /// </summary>
    private static bool IsCreditLine(string line)
    {
        var inner = line.Trim('（', '）', '(', ')', '【', '】', '[', ']', ' ');
        if (Scripts.Width(inner) > 90 || inner.Any(Scripts.IsSentenceEnd) || inner.Contains('，')) return false;
        var labels = Label().Matches(inner);
        if (labels.Count == 0 || labels[0].Index != 0) return false;
        // Two labels of which one is a credit (发布时间：… 来源：…); 时间：… 地点：… is a speech's own front matter.
        return labels.Any(l => CreditKey().IsMatch(l.Groups["k"].Value)) && (labels.Count >= 2 || inner.Length > labels[0].Length);
    }

    [GeneratedRegex(@"(?:^|\s)(?<k>[\p{IsCJKUnifiedIdeographs}]{1,6}|[A-Za-z]{2,12})\s*[：:]")]
    private static partial Regex Label();

    /// <summary>Labels that credit a page's publication, not a document's content.</summary>
    [GeneratedRegex(@"^(?:(?:信息|文章|稿件|新闻|图片)?来源|出处|(?:责任|文字|图片|网络)?编辑|责编|审核|审校|校对|摄影|供稿|供图|作者单位|" +
        @"点击(?:数|量|率)?|阅读(?:数|量|次数)?|浏览(?:数|量|次数)?|访问量|发布(?:时间|日期|者|人|单位)|更新时间|字号|Source|Editor|Views|Posted)$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditKey();

    [GeneratedRegex(@"^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|Previous(?: post| article)?|Next(?: post| article)?)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousNext();

    /// <summary>An entry of a list of links: a title, often cut short, and its date in brackets ("…[06-11]", "…（2024-06-11）").</summary>
    [GeneratedRegex(@"\S.*[\[【（(]\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s*[\]】）)]\s*$")]
    private static partial Regex DatedLink();

    /// <summary>A site's footer: the © sign, 版权所有, a Chinese site licence number. "Copyright (c) 2016 …" in a standard is its text.</summary>
    [GeneratedRegex(@"©|版权所有|ICP备|ICP证|公网安备", RegexOptions.IgnoreCase)]
    private static partial Regex LegalFooter();

    /// <summary>【打印正文】【关闭窗口】 / [Print] [Close]: a line of bracketed commands only.</summary>
    [GeneratedRegex(@"^(?:\s*[【\[]\s*[^\s【】\[\]]{1,8}\s*[】\]]\s*)+$")]
    private static partial Regex Buttons();

    [GeneratedRegex(@"^[\s|｜·•/\\>*=_~-]+$")]
    private static partial Regex SeparatorsOnly();

    [GeneratedRegex(@"二维码|扫码|扫一扫|长按识别|关注我们|关注公众号|分享到|Share on|Follow us", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOrScan();

    /// <summary>The head of a comment section: 发表评论, 留言与评论（共有 条评论）, "No comments:", "Leave a Comment", "12 Comments".</summary>
    [GeneratedRegex(@"^(?:(?:发表|网友|最新|热门|全部|查看|我要)评论|留言与评论.*|(?:共有|已有)\s*\d*\s*条评论.*|评论\s*[（(]\s*\d*\s*[）)]|No comments?:?|Leave a (?:comment|reply)|Post a comment|\d+\s+comments?|Comments?\s*\(\d+\))\s*\|?$", RegexOptions.IgnoreCase)]
    private static partial Regex Comments();

    /// <summary>Page controls a saved page keeps as text: skip links, back-to-top, print and share buttons, paywall notes.</summary>
    [GeneratedRegex(@"^(?:Skip to (?:main )?content|Back to top|Print(?: this page)?|Share(?: this(?: page| article)?)?|Tweet|Menu|Search|" +
        @"此处隐藏\d+个字.*|.*(?:VIP会员|会员)可见|关灯\s*护眼|字号\s*[:：]?\s*大\s*中\s*小)$", RegexOptions.IgnoreCase)]
    private static partial Regex Controls();

    /// <summary>A photo caption's credit at its end: "…新华社记者 某某/摄", "（某某 摄）".</summary>
    [GeneratedRegex(@"(?:记者|通讯员|摄影)\s*[\p{IsCJKUnifiedIdeographs}·]{2,4}\s*[/／]?\s*摄\s*[）)]?\s*$|[\p{IsCJKUnifiedIdeographs}]{2,4}\s*[/／]\s*摄\s*[）)]?\s*$|^[（(]\s*[\p{IsCJKUnifiedIdeographs}]{2,4}\s+摄\s*[）)]$")]
    private static partial Regex PhotoCredit();

    /// <summary>Menu items: short labels without punctuation (新闻中心, 学校概况, About us).</summary>
    private static bool IsMenuItem(SourceBlock block)
    {
        var text = block.Text.Trim().TrimStart('•', '·', '▪', '►', '»', '*', ' ', '\u3000');
        return IsText(block) && text.Length > 0 && Scripts.Width(text) <= 8 && !text.Any(c => char.IsPunctuation(c) && c is not ('—' or '-' or '·' or '&'))
            && MarkerRecognizer.Match(text) is null && !FrontMatter.IsSalutation(text);
    }

    /// <summary>A menu: five or more menu items in a row (furniture lines between them do not break the run).</summary>
    private static void MarkMenus(IReadOnlyList<SourceBlock> blocks, bool[] furniture)
    {
        const int MinItems = 5;
        var run = new List<int>();
        void Close()
        {
            if (run.Count >= MinItems) foreach (var k in run) furniture[k] = true;
            run.Clear();
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            if (furniture[i] || IsBlank(blocks[i])) continue;
            if (IsMenuItem(blocks[i])) run.Add(i);
            else Close();
        }
        Close();
    }

    /// <summary>
    /// The end of a scraped page: after the last paragraph of the text, three or more lines that are mostly fragments
    /// (words cut out of links, lone punctuation, "Public domain", "false") are what the page put below the text.
    /// </summary>
    private static void MarkScrapedFooter(IReadOnlyList<SourceBlock> blocks, bool[] furniture)
    {
        var tail = new List<int>();
        var textEnds = false;
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (furniture[i] || IsBlank(blocks[i])) continue;
            if (!IsText(blocks[i])) { textEnds = true; break; }
            var text = blocks[i].Text.Trim();
            // A sentence ends the text, unless it is the end of a sentence a link broke up (fragments before it).
            if (IsSentence(text) && !(text.Length < 60 && Previous(i) is { } p && IsFragment(blocks[p].Text.Trim()))) { textEnds = true; break; }
            tail.Add(i);
        }
        // Fragments with no text above them are the text itself, however odd.
        if (!textEnds) return;
        int? Previous(int i)
        {
            for (var k = i - 1; k >= 0; k--)
                if (!furniture[k] && !IsBlank(blocks[k])) return k;
            return null;
        }
        if (tail.Count < 3) return;
        var fragments = tail.Count(i => IsFragment(blocks[i].Text.Trim()));
        if (fragments * 10 < tail.Count * 6) return;
        foreach (var i in tail) furniture[i] = true;
    }

    private static bool IsSentence(string text) =>
        text.Length >= 6 && !StartsMidSentence(text) && (Scripts.IsSentenceEnd(text[^1]) || text[^1] is '.' or '”' or '"' or '）' or ')');

    private static bool StartsMidSentence(string text) => text[0] is '，' or '、' or '。' or '；' or '：' or '》' or '）' or '」' or '』' or ',' or ';';

    /// <summary>A piece of a sentence cut where a link began or ended, a lone word or mark, or a licence tag.</summary>
    private static bool IsFragment(string text) =>
        StartsMidSentence(text) || text[^1] is '，' or '、' or '《' or '（' or '「' or ','
        || text.All(c => char.IsPunctuation(c) || Scripts.IsSpace(c))
        || text.Length <= 4 && text.All(Scripts.IsHan)
        || LoneWord().IsMatch(text) || Licence().IsMatch(text);

    [GeneratedRegex(@"^[a-z]+$")]
    private static partial Regex LoneWord();

    [GeneratedRegex(@"^(?:Public domain|公有领域|公共领域|CC[ -]BY(?:[ -][A-Z]{2})*(?: \d\.\d)?|Creative Commons.*|GNU Free Documentation License.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Licence();
}
