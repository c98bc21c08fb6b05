using PlanWorkflows.Activities.Reports;
using PlanWorkflows.Activities.SignOffs;
using PlanWorkflows.Activities.Tasks;
using PlanWorkflows.Engine.Activities.Core;
using PlanWorkflows.Engine.Descriptors;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>The descriptors of the activities a compiled plan uses, looked up once by CLR type.</summary>
internal sealed class CompilerActivities(ActivityRegistry registry)
{
    public ActivityDescriptor Flowchart { get; } = Describe<Flowchart>(registry);

    public ActivityDescriptor Start { get; } = Describe<Start>(registry);

    public ActivityDescriptor Join { get; } = Describe<FlowJoin>(registry);

    public ActivityDescriptor End { get; } = Describe<End>(registry);

    public ActivityDescriptor AssignTask { get; } = Describe<AssignTask>(registry);

    public ActivityDescriptor CollectSignOffs { get; } = Describe<CollectSignOffs>(registry);

    public ActivityDescriptor AwaitReport { get; } = Describe<AwaitReport>(registry);

    private static ActivityDescriptor Describe<TActivity>(ActivityRegistry registry) =>
        registry.Descriptors.SingleOrDefault(descriptor => descriptor.ActivityType == typeof(TActivity))
        ?? throw new ActivityTypeException($"The registry has no descriptor for {typeof(TActivity).Name}; register the plan activities' assembly.");
}
