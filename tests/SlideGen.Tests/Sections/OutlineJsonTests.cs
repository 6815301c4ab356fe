using System.Text.Json;
using SlideGen.Sections;

namespace SlideGen.Tests.Sections;

/// <summary>The JSON that `slidegen outline` prints and other tools read.</summary>
public class OutlineJsonTests
{
    [Fact]
    public void Json_carries_title_language_warnings_and_the_section_tree()
    {
        var outline = Frontend.FixtureOutline("levels_zh.txt");
        using var json = JsonDocument.Parse(OutlineJson.Serialize(outline));
        var root = json.RootElement;

        Assert.Equal("组织部长在2023年市直机关党支部书记论坛上的讲话", root.GetProperty("title").GetString());
        Assert.Equal("zh", root.GetProperty("language").GetString());
        var warnings = root.GetProperty("warnings");
        Assert.Equal(JsonValueKind.Array, warnings.ValueKind);
        Assert.Equal(outline.Warnings, warnings.EnumerateArray().Select(w => w.GetString()!));
        Assert.All(warnings.EnumerateArray(), w => Assert.Equal(JsonValueKind.String, w.ValueKind));

        var sections = root.GetProperty("sections");
        Assert.Equal(2, sections.GetArrayLength());
        var first = sections[0];
        Assert.Equal("一、", first.GetProperty("marker").GetString());
        Assert.Equal("提高政治站位，把准支部建设方向", first.GetProperty("heading").GetString());
        Assert.Equal(outline.Sections[0].Bullets, first.GetProperty("bullets").EnumerateArray().Select(b => b.GetString()!));
        var child = first.GetProperty("children")[0];
        Assert.Equal("（一）", child.GetProperty("marker").GetString());
        Assert.Equal("加强理论武装", child.GetProperty("heading").GetString());
        Assert.Equal(JsonValueKind.Array, child.GetProperty("children").ValueKind);
    }

    [Fact]
    public void Json_keeps_chinese_readable_rather_than_escaped()
    {
        var json = OutlineJson.Serialize(Frontend.FixtureOutline("levels_zh.txt"));

        Assert.Contains("加强理论武装", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaf_sections_have_an_empty_children_array()
    {
        using var json = JsonDocument.Parse(OutlineJson.Serialize(Frontend.FixtureOutline("chrome_zh.txt")));

        foreach (var section in json.RootElement.GetProperty("sections").EnumerateArray())
            Assert.Equal(0, section.GetProperty("children").GetArrayLength());
    }
}
