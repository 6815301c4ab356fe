using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using SlideGen.Writing;

namespace SlideGen.Tests.Writing;

/// <summary>Decks written for these tests: a Chinese speech with every slide kind, an English report.</summary>
internal static class SampleDecks
{
    public const string ChineseTitle = "组织部长在2023年市直机关党支部书记论坛上的讲话";

    public static readonly string LongNotes = string.Concat(Enumerable.Repeat(
        "同志们，今天我们召开市直机关党支部书记论坛，主要任务是交流经验、查找不足、明确方向。" +
        "支部书记是党支部的带头人，要坚守服务宗旨不动摇，坚持工作标准不放松，把服务质量摆在首位。", 4));

    public static Deck Chinese(bool notes = true)
    {
        var deck = new Deck { Title = ChineseTitle, Author = "市委组织部", Language = "zh-CN" };
        deck.Slides.Add(new Slide { Kind = SlideKind.Title, Title = ChineseTitle, Subtitle = "市委组织部  2023年6月", Notes = notes ? "开场白：向各位支部书记问好。" : "" });
        var agenda = new Slide { Kind = SlideKind.Agenda, Title = "主要内容" };
        agenda.Bullets.AddRange([new("把牢政治方向"), new("夯实基层基础"), new("锤炼过硬作风"), new("强化责任担当")]);
        deck.Slides.Add(agenda);
        deck.Slides.Add(new Slide { Kind = SlideKind.Section, Title = "一、把牢政治方向", Subtitle = "旗帜鲜明讲政治", Notes = notes ? "第一部分。" : "" });
        var content = new Slide { Kind = SlideKind.Content, Title = "坚守服务宗旨", Notes = notes ? LongNotes : "" };
        content.Bullets.AddRange([
            new("坚守服务宗旨不动摇，坚持工作标准不放松", Emphasis: true),
            new("深入学习贯彻习近平新时代中国特色社会主义思想，做到学思用贯通、知信行统一"),
            new("严格落实“三会一课”、主题党日、谈心谈话等组织生活制度", 1),
            new("推动党建工作与业务工作深度融合，以党建引领业务发展"),
        ]);
        deck.Slides.Add(content);
        deck.Slides.Add(new Slide { Kind = SlideKind.Closing, Title = "谢谢！", Subtitle = "请各位批评指正" });
        return deck;
    }

    public static Deck English()
    {
        var deck = new Deck { Title = "Quarterly Operations Report", Language = "en-US" };
        deck.Theme.Size = SlideSize.Standard4x3;
        deck.Slides.Add(new Slide { Kind = SlideKind.Title, Title = "Quarterly Operations Report", Subtitle = "Platform team, Q3" });
        var content = new Slide { Kind = SlideKind.Content, Title = "Highlights", Notes = "Mention the migration first." };
        content.Bullets.AddRange([new("Latency down 23% after the cache rollout"), new("Two incidents, both resolved within the SLA", 1), new("Hiring: three engineers joined")]);
        deck.Slides.Add(content);
        return deck;
    }

    /// <summary>A PNG drawn in memory: a gradient, so that scaling and cropping show.</summary>
    public static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                    row[x] = new Rgba32((byte)(x * 255 / width), (byte)(y * 255 / height), 160);
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    public static SlideImage Image(int width, int height, ImageRole role, string name = "picture.png") =>
        ImageLoader.Load(Png(width, height), name, new SourcePosition("test"), role);

    public static Deck Fitted(Deck deck)
    {
        DeckFitter.Fit(deck);
        return deck;
    }
}
