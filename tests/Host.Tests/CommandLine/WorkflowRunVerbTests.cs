using PlanWorkflows.Host.CommandLine;

namespace PlanWorkflows.Host.Tests.CommandLine;

public sealed class WorkflowRunVerbTests : IDisposable
{
    private const string Greeting = """
        {"name":"greet","root":{"type":"Elsa.Flowchart","id":"flow","activities":[
          {"type":"Elsa.WriteLine","id":"w1","text":{"typeName":"String","expression":{"type":"JavaScript","value":"'Xin chào ' + getInput('name')"}}}]}}
        """;

    private const string DelayThenEvent = """
        {"name":"wait","root":{"type":"Elsa.Flowchart","id":"flow","activities":[
          {"type":"Elsa.WriteLine","id":"w1","text":{"typeName":"String","expression":{"type":"Literal","value":"before"}}},
          {"type":"Elsa.Delay","id":"d1","timeSpan":{"typeName":"TimeSpan","expression":{"type":"Literal","value":"10.00:00:00"}}},
          {"type":"Elsa.WriteLine","id":"w2","text":{"typeName":"String","expression":{"type":"Literal","value":"after the delay"}}},
          {"type":"Elsa.Event","id":"e1","eventName":{"typeName":"String","expression":{"type":"Literal","value":"approved"}}}],
         "connections":[
          {"source":{"activity":"w1","port":"Done"},"target":{"activity":"d1","port":"In"}},
          {"source":{"activity":"d1","port":"Done"},"target":{"activity":"w2","port":"In"}},
          {"source":{"activity":"w2","port":"Done"},"target":{"activity":"e1","port":"In"}}]}}
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("workflow-run-").FullName;

    [Fact]
    public async Task RunAsync_FinishingWorkflowWithInput_PrintsLinesAndStatusAndExitsZero()
    {
        var (exitCode, stdout, stderr) = await Run("workflow", "run", Write("greet.json", Greeting), "--input", """{"name":"Lan"}""");

        (exitCode, stderr).Should().Be((WorkflowRunVerb.Finished, string.Empty));
        Lines(stdout).Should().Equal("Xin chào Lan", "status: Finished/Finished");
    }

    [Fact]
    public async Task RunAsync_DelayThenEvent_FiresTheTimerAtOnceAndExitsThreeOnTheEventBookmark()
    {
        var (exitCode, stdout, _) = await Run("workflow", "run", Write("wait.json", DelayThenEvent));

        exitCode.Should().Be(WorkflowRunVerb.Suspended);
        Lines(stdout).Should().Equal("before", "after the delay", "status: Running/Suspended");
    }

    [Theory]
    [InlineData("""{"root":{"type":"Elsa.Flowchart","activities":[{"type":"Elsa.WriteLine","id":"w"},{"type":"Elsa.WriteLine","id":"w"}]}}""", "more than one activity")]
    [InlineData("""{"root": [""", "Malformed JSON")]
    public async Task RunAsync_DefinitionError_ExitsTwoWithTheMessageOnStderr(string json, string message)
    {
        var (exitCode, stdout, stderr) = await Run("workflow", "run", Write("bad.json", json));

        (exitCode, stdout).Should().Be((WorkflowRunVerb.Refused, string.Empty));
        stderr.Should().Contain(message);
    }

    [Theory]
    [InlineData("--input", "[1]")]
    [InlineData("--input", "{")]
    [InlineData("--inputs", "{}")]
    public async Task RunAsync_UnusableArguments_ExitsTwo(string option, string value)
    {
        var (exitCode, _, stderr) = await Run("workflow", "run", Write("greet.json", Greeting), option, value);

        exitCode.Should().Be(WorkflowRunVerb.Refused);
        stderr.Should().NotBeEmpty();
    }

    [Fact]
    public async Task RunAsync_MissingFile_ExitsTwoNamingIt()
    {
        var (exitCode, _, stderr) = await Run("workflow", "run", Path.Combine(folder, "absent.json"));

        exitCode.Should().Be(WorkflowRunVerb.Refused);
        stderr.Should().Contain("absent.json");
    }

    [Fact]
    public void Matches_WorkflowRun_IsAVerb() => CommandLineVerbs.Matches(["workflow", "run", "x.json"]).Should().BeTrue();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CommandLineVerbs.RunAsync(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
