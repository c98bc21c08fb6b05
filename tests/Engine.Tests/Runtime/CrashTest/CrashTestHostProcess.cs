using System.Diagnostics;

namespace PlanWorkflows.Engine.Tests.Runtime.CrashTest;

/// <summary>
/// The crash-test console host (tests/Engine.CrashTestHost) as a child process: it sends ticks to one instance and
/// prints <c>ack n</c> after each committed resume.
/// </summary>
internal sealed class CrashTestHostProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly Process process;

    private CrashTestHostProcess(Process process) => this.process = process;

    public List<int> Acknowledged { get; } = [];

    public static CrashTestHostProcess Start(string databasePath, string instanceId, int first, int last)
    {
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", HostAssemblyPath(), databasePath, instanceId, $"{first}", $"{last}" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        return new CrashTestHostProcess(Process.Start(startInfo) ?? throw new InvalidOperationException("The crash-test host did not start."));
    }

    /// <summary>Reads acknowledgements until <paramref name="count"/> arrived, then kills the process mid-stream.</summary>
    public async Task KillAfterAsync(int count)
    {
        await ReadAcknowledgementsAsync(stopAfter: count).WaitAsync(Patience);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync().WaitAsync(Patience);
        await ReadAcknowledgementsAsync(stopAfter: int.MaxValue).WaitAsync(Patience);
    }

    public async Task RunToEndAsync()
    {
        await ReadAcknowledgementsAsync(stopAfter: int.MaxValue).WaitAsync(Patience);
        await process.WaitForExitAsync().WaitAsync(Patience);
        process.ExitCode.Should().Be(0);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private async Task ReadAcknowledgementsAsync(int stopAfter)
    {
        while (Acknowledged.Count < stopAfter && await process.StandardOutput.ReadLineAsync() is { } line)
        {
            Acknowledged.Add(int.Parse(line["ack ".Length..], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The host is built beside this test assembly: same configuration, its own project folder.</summary>
    private static string HostAssemblyPath()
    {
        const string hostName = "PlanWorkflows.Engine.CrashTestHost";
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var relativeOutput = Path.GetRelativePath(testOutput.Parent!.Parent!.Parent!.FullName, testOutput.FullName);
        var testsFolder = testOutput.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(testsFolder, "Engine.CrashTestHost", relativeOutput, $"{hostName}.dll");
    }
}
