using System.Reflection;
using SlideGen.Decks;
using SlideGen.Planning;

namespace SlideGen.Tests.Planning.Speed;

/// <summary>Each deck's theme is a copy of the template's, written out property by property (issue 7).</summary>
public class ThemeCopyTests
{
    [Fact]
    public void Every_property_of_the_theme_is_copied()
    {
        var properties = typeof(DeckTheme).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p is { CanRead: true, CanWrite: true }).ToList();
        var theme = new DeckTheme();
        foreach (var property in properties)
        {
            object value = property.PropertyType switch
            {
                var t when t == typeof(string) => "set " + property.Name,
                var t when t == typeof(SlideSize) => SlideSize.Standard4x3,
                var t when t == typeof(SlideImage) => new SlideImage(property.Name + ".png", [1, 2, 3], "image/png", 1, 1, ImageRole.Logo),
                var t => throw new InvalidOperationException($"DeckTheme.{property.Name} is of a type this test cannot fill ({t.Name}): add a value here and a line to DeckPlanner.CopyOf"),
            };
            Assert.NotEqual(property.GetValue(new DeckTheme()), value);
            property.SetValue(theme, value);
        }

        var copy = DeckPlanner.CopyOf(theme);

        Assert.NotSame(theme, copy);
        foreach (var property in properties)
            Assert.True(Equals(property.GetValue(theme), property.GetValue(copy)), $"DeckPlanner.CopyOf does not copy DeckTheme.{property.Name}");
    }
}
