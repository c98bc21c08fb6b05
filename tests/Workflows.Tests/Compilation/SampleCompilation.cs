using PlanWorkflows.Activities.Tasks;
using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Workflows.Compilation;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Tests.Plans;

namespace PlanWorkflows.Workflows.Tests.Compilation;

/// <summary>The sample plan (read from the shared folder) and its compiled workflows, shared by the compilation tests.</summary>
internal static class SampleCompilation
{
    private static readonly Lazy<Plan> SamplePlan = new(() =>
        PlanText.Import(File.ReadAllBytes(SharedPlans.PathOf(SharedPlans.Sample + ".txt")), "sample.txt").Plan!);

    public static ActivityRegistry Registry { get; } = ActivityRegistry.CreateDefault().RegisterAssembly(typeof(AssignTask).Assembly);

    public static Plan Plan => SamplePlan.Value;

    public static string PlanId => PlanKey.Of(Plan);

    public static IReadOnlyList<CompiledWorkflow> Compile(Plan? plan = null) =>
        new PlanCompiler(Registry).Compile(plan ?? Plan, PlanId);

    public static WorkflowDefinition Section(string sectionId, Plan? plan = null) =>
        Compile(plan).Single(workflow => workflow.SectionId == sectionId).Definition;

    public static IReadOnlyList<ActivityNode> Activities(this WorkflowDefinition definition) => definition.Root.Children;

    public static ActivityNode Step(this WorkflowDefinition definition, string activityName, string taskId) =>
        definition.Activities().Single(node => node.Name == $"{activityName}_{PlanKey.Slug(taskId).Replace('-', '_')}");

    public static IEnumerable<string> Targets(this WorkflowDefinition definition, ActivityNode source, string port) =>
        definition.Root.Flowchart!.OutboundConnections(source.Id)
            .Where(connection => connection.Source.Port == port)
            .Select(connection => definition.Root.Flowchart.FindActivity(connection.Target.Activity)!.Name!);
}
