using System.Text.RegularExpressions;
using SlideGen.Sections;

namespace SlideGen.Planning;

/// <summary>
/// A section's number as the document writes it, for its section slide: 第一部分 and 第二章 as written, 一、 and （一） as
/// written, "Part 2" for 2. or II.; "第三部分" or "Part 3" where the document numbers its sections with words or not at all.
/// </summary>
public static partial class SectionLabels
{
    public static string Of(OutlineNode node, int index, bool chinese)
    {
        var marker = node.Marker.Trim();
        if (chinese)
        {
            if (ChineseHeadingNumber().IsMatch(marker)) return marker.TrimEnd('：', ':', '，', ' ');
            if (ChineseCounted().IsMatch(marker)) return marker;
            return "第" + ChineseNumerals.Format(Math.Clamp(index, 0, 9999)) + "部分";
        }
        var bare = marker.TrimEnd('.', ')', ':', ' ', '．');
        if (LatinNumber().IsMatch(bare)) return "Part " + bare;
        if (LatinHeadingNumber().IsMatch(bare)) return bare;
        return "Part " + index;
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇0-9]+[部分章节篇讲编]+[：:，\s]*$")]
    private static partial Regex ChineseHeadingNumber();

    [GeneratedRegex(@"^([一二三四五六七八九十百零〇]+[、．.]|[（(][一二三四五六七八九十百零〇]+[)）]|[0-9]+[、．.])$")]
    private static partial Regex ChineseCounted();

    [GeneratedRegex(@"^([0-9]+(\.[0-9]+)*|[IVXLC]+|[A-Z])$")]
    private static partial Regex LatinNumber();

    [GeneratedRegex(@"^(Part|Section|Chapter)\s+\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex LatinHeadingNumber();
}
