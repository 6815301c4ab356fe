using System.Reflection;
using System.Text.Json;
using SlideGen.Diagnostics;
using SlideGen.Planning;
using SlideGen.Tests.Planning;

namespace SlideGen.Tests.Native;

/// <summary>
/// Plan functions are registered by hand, not imported by reflection, so that the native binary has them (issue 7):
/// they must keep the names, optional arguments and argument checks that reflection import gave them.
/// The native binary itself is compared with the JIT-compiled program by tests/native-smoke.sh.
/// </summary>
public class PlanFunctionRegistrationTests
{
    [Fact]
    public void Every_public_function_of_PlanFunctions_is_registered_under_its_snake_case_name()
    {
        var expected = typeof(PlanFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(method => method.Name != nameof(PlanFunctions.Register))
            .Select(method => JsonNamingPolicy.SnakeCaseLower.ConvertName(method.Name))
            .Order(StringComparer.Ordinal);
        var globals = new Scriban.Runtime.ScriptObject();

        PlanFunctions.Register(globals);

        Assert.Equal(expected, globals.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Join_text_separates_with_a_line_break_when_no_separator_is_given()
    {
        var deck = TemplateFolder.PlanDeck("""{{ slide { kind: "title", title: "t", notes: join_text ["a", null, "", 3, true] } }}""");

        Assert.Equal("a\n3\ntrue", Assert.Single(deck.Slides).Notes);
    }

    [Fact]
    public void Arguments_are_converted_to_the_parameter_types_as_before()
    {
        var deck = TemplateFolder.PlanDeck("""{{ slide { kind: "title", title: (zh_number "12") + (join_text ["a", "b"] 0) } }}""");

        Assert.Equal("十二a0b", Assert.Single(deck.Slides).Title);
    }

    [Theory]
    [InlineData("""{{ x = zh_number }}""", "Invalid number of arguments `0` passed to `zh_number` while expecting `1` arguments")]
    [InlineData("""{{ x = join_text }}""", "Invalid number of arguments `0` passed to `join_text` while expecting `1` arguments")]
    [InlineData("""{{ slide }}""", "Invalid number of arguments `0` passed to `slide` while expecting `1` arguments")]
    public void A_call_with_the_wrong_number_of_arguments_is_a_template_error(string plan, string message)
    {
        var error = TemplateFolder.PlanError(plan);

        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
        Assert.StartsWith(message, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_with_too_many_arguments_is_a_template_error_at_the_call()
    {
        var error = TemplateFolder.PlanError("""{{ x = zh_number 1 2 }}""");

        Assert.Equal(ExitCodes.TemplateError, error.ExitCode);
        Assert.Equal((1, 8), (error.Position.Line, error.Position.Column));
    }
}
