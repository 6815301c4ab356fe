using SlideGen.Diagnostics;
using SlideGen.Previews;

namespace SlideGen.Tests.Previews;

public sealed class RenderToolsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("slidegen-tools-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string FakeProgram(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n");
        return path;
    }

    private static Func<string, string?> Environment(string? path, string? soffice = null) =>
        name => name switch { "PATH" => path, RenderTools.SofficeVariable => soffice, _ => null };

    [Fact]
    public void Both_programs_are_found_on_PATH()
    {
        var bin = Path.Combine(_folder, "bin");
        var soffice = FakeProgram(bin, "soffice");
        var pdftoppm = FakeProgram(bin, "pdftoppm");

        Assert.Equal(new RenderTools(soffice, pdftoppm), RenderTools.Find(null, Environment(bin)));
    }

    [Fact]
    public void The_option_comes_before_the_variable_and_the_variable_before_PATH()
    {
        var bin = Path.Combine(_folder, "bin");
        FakeProgram(bin, "soffice");
        FakeProgram(bin, "pdftoppm");
        var fromVariable = FakeProgram(Path.Combine(_folder, "variable"), "soffice");
        var fromOption = FakeProgram(Path.Combine(_folder, "option", "program"), "soffice");

        Assert.Equal(fromVariable, RenderTools.Find(null, Environment(bin, fromVariable)).Soffice);
        Assert.Equal(fromOption, RenderTools.Find(fromOption, Environment(bin, fromVariable)).Soffice);
        // LibreOffice's program folder is accepted for the program in it.
        Assert.Equal(fromOption, RenderTools.Find(Path.GetDirectoryName(fromOption), Environment(bin)).Soffice);
    }

    [Fact]
    public void Without_LibreOffice_the_error_says_how_to_install_it()
    {
        var error = Assert.Throws<SlideGenException>(() => RenderTools.Find(null, Environment(Path.Combine(_folder, "nothing"))));

        Assert.Equal(ExitCodes.MissingProgram, error.ExitCode);
        Assert.Contains("LibreOffice (soffice) is not installed", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install libreoffice-impress poppler-utils fonts-noto-cjk", error.Message, StringComparison.Ordinal);
        Assert.Contains("--soffice PATH", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Without_pdftoppm_the_error_names_poppler()
    {
        var bin = Path.Combine(_folder, "bin");
        FakeProgram(bin, "soffice");

        var error = Assert.Throws<SlideGenException>(() => RenderTools.Find(null, Environment(bin)));

        Assert.Equal(ExitCodes.MissingProgram, error.ExitCode);
        Assert.Contains("pdftoppm (poppler-utils) is not installed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_path_that_does_not_exist_is_an_error_not_a_fallback()
    {
        var bin = Path.Combine(_folder, "bin");
        FakeProgram(bin, "soffice");
        FakeProgram(bin, "pdftoppm");
        var missing = Path.Combine(_folder, "no", "soffice");

        var fromOption = Assert.Throws<SlideGenException>(() => RenderTools.Find(missing, Environment(bin)));
        var fromVariable = Assert.Throws<SlideGenException>(() => RenderTools.Find(null, Environment(bin, missing)));

        Assert.Equal(ExitCodes.MissingProgram, fromOption.ExitCode);
        Assert.Contains("given by --soffice", fromOption.Message, StringComparison.Ordinal);
        Assert.Contains("given by SLIDEGEN_SOFFICE", fromVariable.Message, StringComparison.Ordinal);
    }
}
