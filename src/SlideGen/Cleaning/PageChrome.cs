using System.Text.RegularExpressions;

namespace SlideGen.Cleaning;

/// <summary>
/// Recognises what document-sharing sites and page layouts add around a text: shop buttons, download prompts,
/// page counters. Such lines are removed wherever they stand.
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
        if (trimmed.Length == 0 || trimmed.Length > 40) return false;
        if (!ChromeWords().IsMatch(trimmed)) return false;
        var rest = Separators().Replace(ChromeWords().Replace(trimmed, ""), "");
        return rest.Length <= 2;
    }
}
