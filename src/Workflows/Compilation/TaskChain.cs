using PlanWorkflows.Engine.Definitions;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>
/// A task's steps and the connections between them: entered at <see cref="EntryId"/>, left through each of
/// <see cref="Exits"/> (one port, or approved and overdue sign-offs when the task has no report step).
/// </summary>
internal sealed record TaskChain(
    IReadOnlyList<ActivityNode> Steps,
    IReadOnlyList<Connection> Connections,
    string EntryId,
    IReadOnlyList<Endpoint> Exits);
