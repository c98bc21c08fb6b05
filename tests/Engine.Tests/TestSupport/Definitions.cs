using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Serialization;

namespace PlanWorkflows.Engine.Tests.TestSupport;

/// <summary>Definition files used by the tests, and a serializer over the core registry.</summary>
internal static class Definitions
{
    public static ActivityRegistry Registry { get; } = ActivityRegistry.CreateDefault();

    public static WorkflowDefinitionSerializer Serializer() => new(Registry, new SequentialIdentityGenerator());

    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Definitions", "Samples", name);

    public static WorkflowDefinition ReadSample(string name) => Serializer().Read(File.ReadAllText(SamplePath(name))).Definition;

    public static WorkflowDefinition ReadFixture(string name) =>
        Serializer().Read(File.ReadAllText(SharedReference.Path("elsa-fixtures", name))).Definition;

    /// <summary>Every sample, the shared example and the 32 shared Elsa fixtures, as (label, path).</summary>
    public static TheoryData<string> AllFiles()
    {
        var files = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Definitions", "Samples"), "*.json")
            .Order(StringComparer.Ordinal)
            .Append(SharedReference.Path("elsa-definition-example.json"))
            .Concat(SharedReference.FixtureFiles());
        return new TheoryData<string>(files);
    }
}
