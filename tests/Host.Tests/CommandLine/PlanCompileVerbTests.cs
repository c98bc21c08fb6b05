using System.Text.Json;
using PlanWorkflows.Host.CommandLine;

namespace PlanWorkflows.Host.Tests.CommandLine;

public sealed class PlanCompileVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("plan-compile-").FullName;

    [Fact]
    public async Task RunAsync_Sample_WritesOneDefinitionPerSectionAndListsThem()
    {
        var output = Path.Combine(folder, "out");

        var (exitCode, stdout, stderr) = await PlanParseVerbTests.Run("plan", "compile", PlanParseVerbTests.SamplePath(), "--out", output);

        exitCode.Should().Be(0);
        stderr.Should().BeEmpty();
        var files = Directory.GetFiles(output, "*.json").Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCount(8);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(8).And.OnlyContain(line => line.StartsWith("wrote ", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(files[0]));
        json.RootElement.GetProperty("root").GetProperty("type").GetString().Should().Be("Elsa.Flowchart");
        Path.GetFileName(files[0]).Should().Be(json.RootElement.GetProperty("definitionId").GetString() + ".json");
    }

    [Fact]
    public async Task RunAsync_SampleTwice_WritesTheSameFiles()
    {
        await PlanParseVerbTests.Run("plan", "compile", PlanParseVerbTests.SamplePath(), "--out", Path.Combine(folder, "a"));
        await PlanParseVerbTests.Run("plan", "compile", PlanParseVerbTests.SamplePath(), "--out", Path.Combine(folder, "b"));

        foreach (var first in Directory.GetFiles(Path.Combine(folder, "a")))
        {
            var second = Path.Combine(folder, "b", Path.GetFileName(first));
            (await File.ReadAllTextAsync(second)).Should().Be(await File.ReadAllTextAsync(first));
        }
    }

    [Fact]
    public async Task RunAsync_UnreadableFile_ExitsTwoWithOneLineOnStderr()
    {
        var path = Path.Combine(folder, "plan.pdf");
        await File.WriteAllBytesAsync(path, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31]);

        var (exitCode, stdout, stderr) = await PlanParseVerbTests.Run("plan", "compile", path, "--out", Path.Combine(folder, "out"));

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.TrimEnd().Should().NotContain("\n").And.Contain("plan.pdf");
        Directory.Exists(Path.Combine(folder, "out")).Should().BeFalse();
    }

    [Theory]
    [InlineData("plan.txt")]
    [InlineData("plan.txt", "--into", "dir")]
    [InlineData("plan.txt", "--out")]
    public async Task RunAsync_WrongArguments_ExitsTwoWithTheUsage(params string[] args)
    {
        var (exitCode, _, stderr) = await PlanParseVerbTests.Run(["plan", "compile", .. args]);

        exitCode.Should().Be(2);
        stderr.Should().StartWith("usage: plan compile FILE --out DIR");
    }

    [Fact]
    public void Matches_PlanCompile_IsAVerb() => CommandLineVerbs.Matches(["plan", "compile", "x.txt", "--out", "d"]).Should().BeTrue();

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
