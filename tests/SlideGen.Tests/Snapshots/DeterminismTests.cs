using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using SlideGen.Cli;
using SlideGen.Diagnostics;

namespace SlideGen.Tests.Snapshots;

/// <summary>
/// Issue 5: the same input, template and options give byte-identical decks, whatever the clock, the machine
/// or the input file's timestamps; document dates come from --date, then SOURCE_DATE_EPOCH, then a fixed date.
/// </summary>
[Collection(EnvironmentTests.Name)]
public class DeterminismTests
{
    internal const string Speech = """
        在全市经济工作会议上的讲话

        同志们：

        今天召开全市经济工作会议，主要任务是总结今年工作，部署明年任务。

        一、今年工作回顾

        全市经济保持平稳增长，地区生产总值增长百分之六。我们坚持项目为王，新开工重点项目一百二十个。

        二、明年重点任务

        （一）扩大有效投资。聚焦新型基础设施，加快重大项目建设。

        （二）激发消费活力。培育新型消费，促进文旅融合发展。

        同志们，让我们团结一心，真抓实干，奋力完成全年目标任务！
        """;

    [Fact]
    public void SameSpeech_FromTwoCopiesWithDifferentTimestamps_GivesIdenticalBytes()
    {
        using var temp = new TempDirectory();
        using var noEpoch = new EnvironmentVariable("SOURCE_DATE_EPOCH", null);
        var first = CopyOfSpeech(temp, "a", new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        var second = CopyOfSpeech(temp, "b", new DateTime(2024, 11, 12, 13, 14, 15, DateTimeKind.Utc));

        SlideGenerator.Convert(first, temp.File("a.pptx"), new ConvertOptions());
        SlideGenerator.Convert(second, temp.File("b.pptx"), new ConvertOptions());

        Assert.Equal(File.ReadAllBytes(temp.File("a.pptx")), File.ReadAllBytes(temp.File("b.pptx")));
    }

    [Fact]
    public void ZipEntries_HaveOneFixedTimestamp_NotTheClock()
    {
        using var temp = new TempDirectory();
        using var noEpoch = new EnvironmentVariable("SOURCE_DATE_EPOCH", null);
        var input = CopyOfSpeech(temp, "a", DateTime.UtcNow);

        SlideGenerator.Convert(input, temp.File("a.pptx"), new ConvertOptions());

        using var zip = ZipFile.OpenRead(temp.File("a.pptx"));
        var stamps = zip.Entries.Select(e => e.LastWriteTime).Distinct().ToList();
        var stamp = Assert.Single(stamps);
        Assert.True(Math.Abs((stamp - DateTimeOffset.Now).TotalDays) > 1, $"zip entries are stamped {stamp}, which looks like the clock");
    }

    [Fact]
    public void WithoutDateOrEpoch_TheDocumentDateIsTheFixedDefault()
    {
        using var temp = new TempDirectory();
        using var noEpoch = new EnvironmentVariable("SOURCE_DATE_EPOCH", null);

        SlideGenerator.Convert(CopyOfSpeech(temp, "a", DateTime.UtcNow), temp.File("a.pptx"), new ConvertOptions());

        Assert.Equal(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), CreatedUtc(temp.File("a.pptx")));
    }

    [Fact]
    public void SourceDateEpoch_SetsTheDocumentDates_AndOnlyTheyChange()
    {
        using var temp = new TempDirectory();
        var input = CopyOfSpeech(temp, "a", DateTime.UtcNow);
        using (new EnvironmentVariable("SOURCE_DATE_EPOCH", null))
            SlideGenerator.Convert(input, temp.File("default.pptx"), new ConvertOptions());

        using (new EnvironmentVariable("SOURCE_DATE_EPOCH", "1700000000"))
            SlideGenerator.Convert(input, temp.File("epoch.pptx"), new ConvertOptions());

        Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc), CreatedUtc(temp.File("epoch.pptx")));
        var changed = ChangedEntries(temp.File("default.pptx"), temp.File("epoch.pptx"));
        Assert.Equal(["docProps/core.xml"], changed);
    }

    [Fact]
    public void DateOption_SetsTheDocumentDates_OverSourceDateEpoch()
    {
        using var temp = new TempDirectory();
        using var epoch = new EnvironmentVariable("SOURCE_DATE_EPOCH", "1700000000");
        var input = CopyOfSpeech(temp, "a", DateTime.UtcNow);
        var output = temp.File("dated.pptx");
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["convert", input, "-o", output, "--date", "2024-05-01", "--quiet"], new StringWriter(), stderr);

        Assert.True(exit == ExitCodes.Success, stderr.ToString());
        Assert.Equal(new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc), CreatedUtc(output));
    }

    private static string CopyOfSpeech(TempDirectory temp, string folder, DateTime lastWriteUtc)
    {
        Directory.CreateDirectory(temp.File(folder));
        var path = Path.Combine(temp.File(folder), "speech.txt");
        File.WriteAllText(path, Speech);
        File.SetLastWriteTimeUtc(path, lastWriteUtc);
        File.SetCreationTimeUtc(path, lastWriteUtc);
        return path;
    }

    private static DateTime? CreatedUtc(string deck)
    {
        using var document = PresentationDocument.Open(deck, false);
        return document.PackageProperties.Created?.ToUniversalTime();
    }

    private static List<string> ChangedEntries(string first, string second)
    {
        using var a = ZipFile.OpenRead(first);
        using var b = ZipFile.OpenRead(second);
        Assert.Equal(a.Entries.Select(e => e.FullName), b.Entries.Select(e => e.FullName));
        return a.Entries.Where(entry => !Bytes(entry).SequenceEqual(Bytes(b.GetEntry(entry.FullName)!))).Select(e => e.FullName).ToList();
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
