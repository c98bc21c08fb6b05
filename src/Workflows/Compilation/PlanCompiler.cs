using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>
/// Compiles a plan into one Elsa 3 workflow definition per section that has tasks (II.1, II.2, …, III.4). Each task
/// routes to its lead unit, collects its coordinating units' sign-offs and awaits its reports; the tasks of a section
/// run in parallel and join at its end. Ids derive from the plan id, section and task, so the output is stable.
/// </summary>
/// <param name="registry">A registry holding the core and the plan activities.</param>
public sealed class PlanCompiler(ActivityRegistry registry)
{
    private readonly CompilerActivities activities = new(registry);

    /// <param name="plan">The imported plan.</param>
    /// <param name="planId">The plan's id in the <c>PlanId</c> inputs and the definition ids, e.g. <see cref="PlanKey.Of"/>.</param>
    public IReadOnlyList<CompiledWorkflow> Compile(Plan plan, string planId) =>
        plan.Tasks
            .GroupBy(task => task.Section, StringComparer.Ordinal)
            .Select(section => new CompiledWorkflow(section.Key, CompileSection(plan, planId, section.Key, section.ToList())))
            .ToList();

    /// <summary>The definition id of a plan section's workflow: <c>kh-&lt;plan id&gt;-&lt;section&gt;</c>, e.g. <c>kh-2024-3f0a9c1e-ii-2</c>.</summary>
    public static string DefinitionIdOf(string planId, string sectionId) => $"kh-{PlanKey.Slug(planId)}-{PlanKey.Slug(sectionId)}";

    private WorkflowDefinition CompileSection(Plan plan, string planId, string sectionId, IReadOnlyList<PlanTask> tasks)
    {
        var definitionId = DefinitionIdOf(planId, sectionId);
        var rootId = StableId.Of(definitionId, "flowchart");
        var rootNodeId = $"Workflow1:{rootId}";
        var context = new SectionContext(plan, planId, definitionId, rootNodeId, EscalationLadder.Of(plan.Reporting), new DesignerLayout(tasks.Count));
        var section = plan.Sections.FirstOrDefault(candidate => candidate.Id == sectionId);
        return new WorkflowDefinition
        {
            Id = StableId.Of(definitionId, "version", "1"),
            DefinitionId = definitionId,
            Name = SectionNames.Name(plan, sectionId, section),
            Description = SectionNames.Description(plan, section),
            Root = new ActivityNode
            {
                Id = rootId,
                NodeId = rootNodeId,
                Name = "Flowchart1",
                Type = activities.Flowchart.TypeName,
                Version = activities.Flowchart.Version,
                Flowchart = new SectionWorkflowBuilder(activities, context).Build(tasks),
            },
        };
    }
}
