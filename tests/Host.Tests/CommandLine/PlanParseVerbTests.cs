using System.Text.Json;
using PlanWorkflows.Host.CommandLine;

namespace PlanWorkflows.Host.Tests.CommandLine;

public sealed class PlanParseVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("plan-parse-").FullName;

    [Fact]
    public async Task RunAsync_Sample_PrintsThePlanJsonAndExitsZero()
    {
        var (exitCode, stdout, stderr) = await Run("plan", "parse", SamplePath());

        exitCode.Should().Be(0);
        stderr.Should().BeEmpty();
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("tasks").GetArrayLength().Should().Be(23);
        json.RootElement.GetProperty("document").GetProperty("number").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("tasks")[0].GetProperty("lead")[0].GetProperty("group").GetString().Should().Be("cac-phong-ban-nganh");
        stdout.Should().Contain("Ủy ban nhân dân huyện Kon Rẫy", "Vietnamese is written as UTF-8, not escaped");
    }

    [Theory]
    [InlineData("empty.txt", new byte[0])]
    [InlineData("binary.txt", new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x10 })]
    [InlineData("plan.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 })]
    [InlineData("plan.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 })]
    public async Task RunAsync_UnreadableFile_ExitsTwoWithOneLineOnStderr(string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllBytesAsync(path, content);

        var (exitCode, stdout, stderr) = await Run("plan", "parse", path);

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.TrimEnd().Should().NotContain("\n").And.Contain(name);
    }

    [Fact]
    public async Task RunAsync_MissingFile_ExitsTwo()
    {
        var (exitCode, _, stderr) = await Run("plan", "parse", Path.Combine(folder, "absent.txt"));

        exitCode.Should().Be(2);
        stderr.Should().Contain("absent.txt");
    }

    [Fact]
    public void Matches_PlanParse_IsAVerb() => CommandLineVerbs.Matches(["plan", "parse", "x.txt"]).Should().BeTrue();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The shared sample beside the repository (further up when the repository is a nested worktree).</summary>
    private static string SamplePath()
    {
        for (var dir = Directory.GetParent(RepositoryRoot.Path); dir is not null; dir = dir.Parent)
        {
            var sample = Path.Combine(dir.FullName, "shared", "plans", "kon-ray-2024-child-care-plan.txt");
            if (File.Exists(sample))
            {
                return sample;
            }
        }

        throw new FileNotFoundException("shared/plans/kon-ray-2024-child-care-plan.txt not found beside " + RepositoryRoot.Path);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CommandLineVerbs.RunAsync(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
