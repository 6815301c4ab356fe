using SlideGen.Tests.Sections;

namespace SlideGen.Tests.KeyPhrases;

public sealed class MixedLanguageTests
{
    [Fact]
    public void A_mixed_document_picks_the_method_point_by_point()
    {
        var outline = Frontend.Outline("""
            Joint Workshop on Open Data 开放数据联合研讨会

            1. 数据开放的进展

            今年全市新开放数据集三百余个，覆盖交通、医疗、教育等重点领域，坚持需求导向、坚持安全可控，数据调用量同比增长一倍。

            2. Lessons from the pilot districts

            The pilot districts published their bus timetables as open data in March. Ridership questions to the hotline fell by a third within two months. The districts now plan to publish road works in the same format.
            """, "workshop.txt");

        Assert.Equal("mixed", outline.Language);
        var chinese = outline.Sections[0].Bullets;
        var english = outline.Sections[1].Bullets;
        Assert.InRange(chinese.Count, 2, 6);
        Assert.All(chinese, b => Assert.True(b.Length <= 40 && !b.Contains(' '), b));
        Assert.InRange(english.Count, 2, 6);
        // English bullets are phrases of words, not Chinese-style clause cuts.
        Assert.All(english, b => Assert.True(b.Split(' ').Length >= 3 && char.IsUpper(b[0]), b));
    }
}
