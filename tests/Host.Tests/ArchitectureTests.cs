using System.Reflection;

namespace PlanWorkflows.Host.Tests;

public sealed class ArchitectureTests
{
    [Theory]
    [InlineData("PlanWorkflows.Engine", new string[0])]
    [InlineData("PlanWorkflows.Activities", new[] { "PlanWorkflows.Engine" })]
    [InlineData("PlanWorkflows.Workflows", new[] { "PlanWorkflows.Activities", "PlanWorkflows.Engine" })]
    public void References_OfEachLayer_PointOnlyDownwards(string assemblyName, string[] allowed)
    {
        var references = Assembly.Load(assemblyName).GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("PlanWorkflows.", StringComparison.Ordinal));

        references.Should().BeSubsetOf(allowed);
    }

    [Fact]
    public void Sources_UnderSrc_NeverReadTheWallClock()
    {
        var offenders = Directory.EnumerateFiles(RepositoryRoot.Combine("src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => File.ReadAllText(path).Contains("DateTime.Now", StringComparison.Ordinal)
                || File.ReadAllText(path).Contains("DateTime.UtcNow", StringComparison.Ordinal)
                || File.ReadAllText(path).Contains("DateTimeOffset.Now", StringComparison.Ordinal)
                || File.ReadAllText(path).Contains("DateTimeOffset.UtcNow", StringComparison.Ordinal));

        offenders.Should().BeEmpty("time comes from an injected TimeProvider");
    }
}
